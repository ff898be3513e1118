import { AppError } from '../errors';
import { newId } from '../model/factory';
import { MappingFileSchema, MappingSchema, type Mapping, type MappingFile, type TaughtField, type TaughtPage } from '../model/mapping';
import type { BeianDatabase } from './db';

/** Two mappings say the same thing: the same control of the same page, or the same place named as the same page. */
function sameLesson(a: Mapping, b: Mapping): boolean {
  if (a.kind === 'field' && b.kind === 'field') return a.host === b.host && a.pageId === b.pageId && a.caption === b.caption && a.position === b.position;
  if (a.kind === 'page' && b.kind === 'page') return a.host === b.host && a.location === b.location;
  return false;
}

export type NewTaughtField = Omit<TaughtField, 'id' | 'kind' | 'createdAt' | 'lastUsedAt' | 'missingSince'>;
export type NewTaughtPage = Omit<TaughtPage, 'id' | 'kind' | 'createdAt' | 'lastUsedAt'>;

/**
 * What the person taught, by host. Teaching a control again replaces the earlier lesson about
 * it (one control, one field); every write is one transaction; imports are all or nothing.
 */
export class MappingRepository {
  constructor(private readonly db: BeianDatabase) {}

  /** Every lesson, by host, then page, then when it was taught (fields before places at the same moment). */
  async list(): Promise<Mapping[]> {
    const all = await this.db.mappings.toArray();
    return all.sort((a, b) => a.host.localeCompare(b.host) || a.pageId.localeCompare(b.pageId) || a.createdAt - b.createdAt || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  }

  forHost(host: string): Promise<Mapping[]> {
    return this.db.mappings.where('host').equals(host).toArray();
  }

  private async put(mapping: Mapping): Promise<Mapping> {
    const parsed = MappingSchema.safeParse(mapping);
    if (!parsed.success) throw AppError.fromZod('invalid-request', parsed.error);
    return this.db.transaction('rw', this.db.mappings, async () => {
      const earlier = (await this.db.mappings.where('host').equals(parsed.data.host).toArray()).filter((existing) => sameLesson(existing, parsed.data));
      await this.db.mappings.bulkDelete(earlier.map((existing) => existing.id));
      await this.db.mappings.put(parsed.data);
      return parsed.data;
    });
  }

  teachField(lesson: NewTaughtField, now = Date.now()): Promise<Mapping> {
    return this.put({ ...lesson, kind: 'field', id: newId(), createdAt: now });
  }

  teachPage(lesson: NewTaughtPage, now = Date.now()): Promise<Mapping> {
    return this.put({ ...lesson, kind: 'page', id: newId(), createdAt: now });
  }

  async delete(id: string): Promise<void> {
    await this.db.mappings.delete(id);
  }

  /** Points a taught control at another field of its page. */
  async repoint(id: string, path: string): Promise<Mapping> {
    return this.db.transaction('rw', this.db.mappings, async () => {
      const mapping = await this.db.mappings.get(id);
      if (!mapping || mapping.kind !== 'field') throw new AppError('not-found', `mapping ${id}`);
      const moved = { ...mapping, path };
      delete moved.missingSince;
      return this.put(moved);
    });
  }

  /** After a fill or a check: which lessons applied, and which found their caption no more. */
  async recordUse(used: readonly string[], missing: readonly string[], now = Date.now()): Promise<void> {
    await this.db.transaction('rw', this.db.mappings, async () => {
      for (const id of used) await this.db.mappings.update(id, (mapping) => {
        mapping.lastUsedAt = now;
        if (mapping.kind === 'field') delete mapping.missingSince;
      });
      for (const id of missing) await this.db.mappings.update(id, (mapping) => {
        if (mapping.kind === 'field' && mapping.missingSince === undefined) mapping.missingSince = now;
      });
    });
  }

  async exportFile(now = Date.now()): Promise<MappingFile> {
    return { format: 'beian-helper/mappings', version: 1, exportedAt: now, mappings: await this.list() };
  }

  /** Adds the lessons of a shared file: all of them or, when one is malformed, none; a lesson already known is kept as it is. */
  async importFile(content: unknown): Promise<{ added: number; known: number }> {
    const parsed = MappingFileSchema.safeParse(content);
    if (!parsed.success) throw AppError.fromZod('invalid-request', parsed.error);
    return this.db.transaction('rw', this.db.mappings, async () => {
      const existing = await this.db.mappings.toArray();
      const fresh = parsed.data.mappings.filter(
        (mapping, index, all) => !existing.some((known) => sameLesson(known, mapping)) && all.findIndex((other) => sameLesson(other, mapping)) === index,
      );
      await this.db.mappings.bulkPut(fresh.map((mapping) => ({ ...mapping, id: existing.some((known) => known.id === mapping.id) ? newId() : mapping.id })));
      return { added: fresh.length, known: parsed.data.mappings.length - fresh.length };
    });
  }
}
