import { beforeEach, describe, expect, it } from 'vitest';
import { BeianDatabase } from '@/lib/store/db';
import { profileHandlers } from '@/lib/api/book/handlers';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';
import { loadPublicImage } from '../../helpers/sample-images';

let repository: ProfileRepository;
let count = 0;

beforeEach(async () => {
  repository = new ProfileRepository(new BeianDatabase(`bulk-${++count}`));
  await installSamples(repository, loadPublicImage);
  const company = await repository.getClient('sample-qingwu');
  for (let copy = 1; copy <= 4; copy++) await repository.saveClient({ ...company, id: `copy-${copy}`, displayName: `副本 ${copy}`, websites: [] });
});

describe('finding a client to choose', () => {
  it('lists names and domains without judging anyone, by the search index, in pinyin order', async () => {
    const handlers = profileHandlers(repository, async () => undefined);
    const found = await handlers.findClients({ query: '杭州青梧' });
    expect(found.map((client) => client.displayName)).toEqual(['副本 1', '副本 2', '副本 3', '副本 4', '青梧科技']);
    expect(found[0]).not.toHaveProperty('findings');
    expect((await handlers.findClients({ query: 'ruoxi-notes' })).map((client) => client.id)).toEqual(['sample-zhou']);
    expect(await handlers.findClients({})).toHaveLength(6);
  });

  it('lists the first so many when asked (the popup), and a list that follows every save', async () => {
    const handlers = profileHandlers(repository, async () => undefined);
    expect((await handlers.findClients({ limit: 2 })).map((client) => client.displayName)).toEqual(['副本 1', '副本 2']);
    await repository.saveClient({ ...(await repository.getClient('copy-1')), displayName: '最后一个' });
    expect((await handlers.findClients({ limit: 2 })).map((client) => client.displayName)).toEqual(['副本 2', '副本 3']);
    expect((await handlers.findClients({})).at(-1)!.displayName).toBe('最后一个');
  });
});

describe('a website’s filing status', () => {
  it('is kept with its reason, and each client’s list line carries its websites’ statuses', async () => {
    const company = await repository.getClient('sample-qingwu');
    company.websites[1]!.filing = { ...company.websites[1]!.filing, status: 'returned', returnedReason: '网站名称含“新闻”' };
    await repository.saveClient(company);
    expect((await repository.getClient('sample-qingwu')).websites[1]!.filing).toMatchObject({ status: 'returned', returnedReason: '网站名称含“新闻”' });
    const listed = await profileHandlers(repository, async () => undefined).findClients({ query: 'qingwushop' });
    expect(listed[0]!.statuses).toEqual(['approved', 'returned']);
  });
});

describe('checking the whole book', () => {
  it('goes a slice at a time, each client judged against the whole book, with its errors and warnings', async () => {
    const handlers = profileHandlers(repository, async () => undefined);
    const first = await handlers.bulkCheck({ offset: 0, limit: 4 });
    expect(first).toMatchObject({ total: 6, next: 4 });
    const second = await handlers.bulkCheck({ offset: 4, limit: 4 });
    expect(second.next).toBeUndefined();
    const rows = [...first.rows, ...second.rows];
    expect(rows.map((row) => row.clientId).sort()).toEqual(['copy-1', 'copy-2', 'copy-3', 'copy-4', 'sample-qingwu', 'sample-zhou']);
    // Five clients with one subject: the agency rule sees the shared contacts in every copy.
    const copy = rows.find((row) => row.clientId === 'copy-1')!;
    expect(copy.findings.map((finding) => finding.ruleId)).toContain('A-SHARED-CONTACT');
    expect(rows.flatMap((row) => row.findings).every((finding) => finding.severity !== 'info')).toBe(true);
    expect(copy.counts.warn).toBe(copy.findings.filter((finding) => finding.severity === 'warn').length);
  });
});
