import { beforeEach, describe, expect, it } from 'vitest';
import { BeianDatabase } from '@/lib/store/db';
import { profileHandlers } from '@/lib/api/book/handlers';
import { FindingCountsCache } from '@/lib/api/book/finding-counts';
import { checkProfile, countFindings } from '@/lib/rules';
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

describe('the list’s finding counts', () => {
  /** What judging the whole book afresh gives, client by client: what the kept counts must always equal. */
  const countedAfresh = async () => {
    const book = await repository.allClients();
    return Object.fromEntries(book.map((client) => [client.id, countFindings(checkProfile(client, { book, clientId: client.id }))]));
  };
  const sharedContactCount = async (handlers: ReturnType<typeof profileHandlers>, id: string) =>
    (await handlers.bulkCheck({ offset: 0, limit: 100 })).rows.find((row) => row.clientId === id)!.findings.filter((finding) => finding.ruleId === 'A-SHARED-CONTACT').length;

  it('are counted ahead for the whole book, and after each write judged again for the clients it touched and those sharing a contact with them', async () => {
    const counts = new FindingCountsCache(repository);
    const handlers = profileHandlers(repository, async () => undefined, counts);
    await counts.countAll();
    expect(await handlers.findingCounts({})).toEqual(await countedAfresh());

    // copy-1 takes contacts of its own; then copy-2 takes copy-1's mobile: copy-1's counts change though it was not saved.
    const copy = await repository.getClient('copy-1');
    const ownPrincipal = { ...copy.subject.principal, mobile: '13900001111', email: 'own@example.cn', certNumber: '11010519491231002X' };
    await repository.saveClient({ ...copy, subject: { ...copy.subject, principal: ownPrincipal } });
    expect(await handlers.findingCounts({})).toEqual(await countedAfresh());
    const alone = await sharedContactCount(handlers, 'copy-1');
    const second = await repository.getClient('copy-2');
    await repository.saveClient({ ...second, subject: { ...second.subject, principal: { ...second.subject.principal, mobile: '13900001111' } } });
    expect(await handlers.findingCounts({})).toEqual(await countedAfresh());
    expect(await sharedContactCount(handlers, 'copy-1')).toBe(alone + 1);

    await repository.deleteClient('copy-3');
    expect(await handlers.findingCounts({})).toEqual(await countedAfresh());
    await repository.saveClients([{ ...copy, id: 'copy-5', displayName: '副本 5' }]);
    const everyCount = await countedAfresh();
    expect(await handlers.findingCounts({})).toEqual(everyCount);
    expect(Object.keys(await handlers.findingCounts({ query: '副本 5' }))).toEqual(['copy-5']);
    expect(await handlers.findingCounts({ ids: ['copy-5', 'sample-zhou', 'no-such-client'] })).toEqual({ 'copy-5': everyCount['copy-5'], 'sample-zhou': everyCount['sample-zhou'] });
    const afresh = await countedAfresh();
    for (const listed of await handlers.listClients({})) expect(listed.findings).toEqual(afresh[listed.id]);
  });
});
