import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { filingStatusOf } from '@/lib/model/codes';
import type { Client } from '@/lib/model/profile';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, withReviewFields } from '@/lib/store/db';

/** Every schema the book has had, by version: a fixture is written with those of its time only. */
export const SCHEMAS: Record<number, Record<string, string>> = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4, 5: SCHEMA_V5, 6: SCHEMA_V6, 7: SCHEMA_V7, 8: SCHEMA_V8, 9: SCHEMA_V9, 10: SCHEMA_V10 };

export const fixturePath = (version: number) => resolve(import.meta.dirname, `../fixtures/db/v${version}.json`);

export interface Fixture {
  version: number;
  attachments: { id: string; type: string; base64: string }[];
  [table: string]: unknown;
}

export function readFixture(version: number): Fixture {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Fixture;
}

/**
 * A client stored long ago as today's model has it: each website's filing got a status (v5: 已备案
 * with a record number, else 草稿) and its 面审 fields (v7: not by an agent, nothing gathered).
 */
export const asLatest = (client: Client): Client => ({
  ...client,
  websites: client.websites.map((website) => ({
    ...website,
    filing: withReviewFields({ ...website.filing, status: filingStatusOf(website.filing), returnedReason: website.filing.returnedReason ?? '' }),
  })),
});

/** The clients every fixture holds, as the latest schema reads them. */
export const latestClients = (): Client[] => (readFixture(1).clients as Client[]).map(asLatest);

/** Writes a fixture with only the schema versions that existed when it was made. */
export async function writeAtVersion(name: string, fixture: Fixture) {
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
