import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BeianDatabase, LATEST_VERSION, type TrashEntry } from '@/lib/store/db';
import { MappingRepository } from '@/lib/store/mappings';
import { ProfileRepository } from '@/lib/store/repository';
import { SCHEMAS, fixturePath, latestClients, readFixture, asLatest, writeAtVersion } from '../../helpers/db-fixtures';

/**
 * The migration harness: a database written at each past schema version (a fixture stored in
 * tests/fixtures/db/vN.json) is opened by today's code, and every client comes back whole.
 */
const expectedClients = latestClients();
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
    for (const entry of trash) expect(await repository.restoreClient(entry.id, entry.client.updatedAt)).toEqual(asLatest(entry.client));
    db.close();
  });
});
