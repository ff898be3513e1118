import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Client } from '@/lib/model/profile';
import { BeianDatabase, LATEST_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, type TrashEntry } from '@/lib/store/db';
import { MappingRepository } from '@/lib/store/mappings';
import { ProfileRepository } from '@/lib/store/repository';

/**
 * The migration harness: a database written at each past schema version (a fixture stored in
 * tests/fixtures/db/vN.json) is opened by today's code, and every client comes back whole.
 */
const SCHEMAS: Record<number, Record<string, string>> = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4 };
const fixturePath = (version: number) => resolve(import.meta.dirname, `../../fixtures/db/v${version}.json`);

interface Fixture {
  version: number;
  attachments: { id: string; type: string; base64: string }[];
  [table: string]: unknown;
}

function readFixture(version: number): Fixture {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Fixture;
}

/** Writes a fixture with only the schema versions that existed when it was made. */
async function writeAtVersion(name: string, fixture: Fixture) {
  const old = new Dexie(name);
  for (let version = 1; version <= fixture.version; version++) old.version(version).stores(SCHEMAS[version]!);
  await old.open();
  for (const table of old.tables) {
    const rows = fixture[table.name] as Record<string, unknown>[];
    await table.bulkPut(
      table.name === 'attachments'
        ? fixture.attachments.map(({ base64, ...row }) => ({ ...row, blob: new Blob([Buffer.from(base64, 'base64')], { type: row.type }) }))
        : rows,
    );
  }
  old.close();
}

const expectedClients = readFixture(1).clients as Client[];
const versions = Array.from({ length: LATEST_VERSION }, (_, index) => index + 1);

describe('the profile database migrations', () => {
  it('have a stored fixture for every schema version', () => {
    expect(versions.filter((version) => !existsSync(fixturePath(version)))).toEqual([]);
    expect(Object.keys(SCHEMAS).map(Number)).toEqual(versions);
  });

  it.each(versions)('upgrade a v%i database to the latest without losing a field', async (version) => {
    const name = `migration-v${version}`;
    const fixture = readFixture(version);
    await writeAtVersion(name, fixture);

    const db = new BeianDatabase(name);
    const repository = new ProfileRepository(db);
    for (const expected of expectedClients) {
      expect(await repository.getClient(expected.id)).toEqual(expected);
    }
    expect(db.verno).toBe(LATEST_VERSION);
    for (const attachment of fixture.attachments) {
      const { blob } = await repository.getAttachment(attachment.id);
      expect(Buffer.from(await blob.arrayBuffer()).toString('base64')).toBe(attachment.base64);
    }
    expect((await repository.searchClients('qingwushop.com')).map((client) => client.id)).toEqual(['sample-qingwu']);
    expect(await new MappingRepository(db).list()).toEqual(fixture.mappings ?? []);
    const trash = (fixture.trash ?? []) as TrashEntry[];
    expect((await repository.listTrash()).map((entry) => entry.id)).toEqual(trash.map((entry) => entry.id));
    for (const entry of trash) expect(await repository.restoreClient(entry.id, entry.client.updatedAt)).toEqual(entry.client);
    db.close();
  });
});
