import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BeianDatabase, LATEST_VERSION, SCHEMA_V5 } from '@/lib/store/db';
import { ProfileRepository } from '@/lib/store/repository';
import { openBook, rawChunk } from '@/lib/store/rescue';
import { latestClients, readFixture, writeAtVersion } from '../../helpers/db-fixtures';

/** A release whose next schema upgrade throws: what a bug in a future migration looks like. */
class BrokenUpgrade extends BeianDatabase {
  constructor(name: string) {
    super(name);
    this.version(LATEST_VERSION + 1)
      .stores({ ...SCHEMA_V5, notes: 'id' })
      .upgrade(async (tx) => {
        await tx.table('clients').toCollection().modify({ displayName: 'half-migrated' });
        throw new Error('v5 upgrade bug');
      });
  }
}

let count = 0;
const fixture = readFixture(LATEST_VERSION);

async function brokenBook() {
  const name = `rescue-${++count}`;
  await writeAtVersion(name, fixture);
  const broken = new BrokenUpgrade(name);
  return { name, broken, health: await openBook(broken) };
}

/** Every slice of the raw export, as the options page asks for them. */
async function rawExport(name: string, budget?: number) {
  const tables: Record<string, unknown[]> = {};
  let cursor: Parameters<typeof rawChunk>[1];
  let slices = 0;
  do {
    const chunk = await rawChunk(name, cursor, budget);
    (tables[chunk.table] ??= []).push(...chunk.rows);
    cursor = chunk.next;
    slices++;
  } while (cursor);
  return { tables, slices };
}

describe('a schema upgrade that fails', () => {
  it('is reported, with the error, instead of failing every call silently', async () => {
    const { health } = await brokenBook();
    expect(health).toEqual({ ok: false, error: expect.stringContaining('v5 upgrade bug') });
  });

  it('leaves the old database intact, at its old version, with nothing half-written', async () => {
    const { name } = await brokenBook();
    const db = new BeianDatabase(name);
    expect(await openBook(db)).toEqual({ ok: true, version: LATEST_VERSION });
    const repository = new ProfileRepository(db);
    for (const client of latestClients()) expect(await repository.getClient(client.id)).toEqual(client);
    db.close();
  });

  it('lets every table be read out raw, files included, slice by slice', async () => {
    const { name } = await brokenBook();
    const { tables, slices } = await rawExport(name, 20_000);
    expect(slices).toBeGreaterThan(Object.keys(tables).length);
    expect((await rawChunk(name, undefined)).version).toBe(LATEST_VERSION);
    expect(Object.keys(tables).sort()).toEqual(['attachments', 'clients', 'mappings', 'quarantine', 'summaries', 'trash', 'vault', 'websites']);
    expect((tables.clients as { id: string; displayName: string }[]).map((client) => client.displayName).sort()).toEqual(
      (fixture.clients as { displayName: string }[]).map((client) => client.displayName).sort(),
    );
    expect(tables.trash).toHaveLength((fixture.trash as unknown[]).length);
    const files = tables.attachments as { id: string; blob: { $blob: string; type: string } }[];
    for (const attachment of fixture.attachments) {
      expect(files.find((file) => file.id === attachment.id)?.blob).toEqual({ $blob: attachment.base64, type: attachment.type });
    }
  });

  it('reads out scans stored as bytes (v8), and a sealed book’s rows, as base64', async () => {
    const name = `rescue-${++count}`;
    const raw = new Dexie(name);
    raw.version(1).stores({ attachments: 'id' });
    await raw.open();
    await raw.table('attachments').bulkPut([
      { id: 'plain', blob: new Uint8Array([1, 2, 255]) },
      { id: 'sealed', sealed: 'c2VhbGVk', sealedBytes: new Uint8Array([9, 8, 7]) },
    ]);
    raw.close();
    const { rows } = await rawChunk(name, undefined);
    expect(rows).toEqual([
      { id: 'plain', blob: { $bytes: 'AQL/' } },
      { id: 'sealed', sealed: 'c2VhbGVk', sealedBytes: { $bytes: 'CQgH' } },
    ]);
  });
});
