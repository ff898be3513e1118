import { beforeEach, describe, expect, it } from 'vitest';
import type { ContentRequest } from '@/lib/fill/content-protocol';
import { BeianDatabase } from '@/lib/store/db';
import { MappingRepository } from '@/lib/store/mappings';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';
import { tabHandlers } from '@/lib/api/tab/handlers';
import type { SendToTab } from '@/lib/tab/ask-tab';
import { loadPublicImage } from '../../helpers/sample-images';

let repository: ProfileRepository;
let mappings: MappingRepository;
let sent: ContentRequest[];
let count = 0;

beforeEach(async () => {
  const db = new BeianDatabase(`tabs-${++count}`);
  repository = new ProfileRepository(db);
  mappings = new MappingRepository(db);
  await installSamples(repository, loadPublicImage);
  sent = [];
});

const report = { pageId: 'website-basic', pageTitle: '网站基本信息（第二步）', entries: [], workMs: 3 };

/** A platform tab's content script on a page, answering as the real one does. */
function platformTab(answers: Partial<Record<ContentRequest['type'], unknown>> = {}, pageId = 'website-basic'): SendToTab {
  return async (_tabId, request) => {
    sent.push(request);
    if (request.type in answers) return answers[request.type];
    switch (request.type) {
      case 'where':
        return { host: 'beian.mps.gov.cn', location: '/x/y#/z', document: 'doc-1' };
      case 'detect':
        return { pageId, pageTitle: '某页', fillable: true };
      case 'read':
        return { pageId, values: {} };
      case 'stage':
        return { staged: true };
      default:
        return { ...report, pageId };
    }
  };
}

const sentOf = <T extends ContentRequest['type']>(type: T) => sent.find((request) => request.type === type) as Extract<ContentRequest, { type: T }> | undefined;

describe('filling a tab from the background', () => {
  it('sends the tab only the values of the page it shows, in the platform’s words, pinned to the document it read', async () => {
    const { handlers } = tabHandlers(repository, mappings, platformTab());
    expect(await handlers.fillTab({ tabId: 7, clientId: 'sample-qingwu', websiteId: 'sample-qingwu-shop' })).toMatchObject({ pageId: 'website-basic' });
    const fill = sentOf('fill')!;
    expect(fill.values['website.name']).toEqual({ kind: 'text', text: '青梧商城' });
    expect(fill.values['website.serviceTypes']).toEqual({ kind: 'multi-choice', options: [['www服务'], ['网络购物']] });
    expect(fill.values['subject.nature']).toBeUndefined();
    expect(fill.values['website.people.liaison.certScans']).toBeUndefined();
    expect(Object.keys(fill.values).every((path) => path.startsWith('website.') && !path.startsWith('website.people'))).toBe(true);
    expect(fill.document).toBe('doc-1');
  });

  it('sends a person’s scans to step 3 only, each in a message of its own ahead of the fill, to the same document', async () => {
    const { handlers } = tabHandlers(repository, mappings, platformTab({}, 'website-people'));
    await handlers.fillTab({ tabId: 7, clientId: 'sample-qingwu', websiteId: 'sample-qingwu-shop' });
    const fill = sentOf('fill')!;
    const scans = fill.values['website.people.liaison.certScans'];
    expect(scans).toEqual({ kind: 'files', files: [{ name: 'liaison-id.png', type: 'image/png', staged: 'website.people.liaison.certScans#0' }] });
    const staged = sent.filter((request) => request.type === 'stage');
    expect(staged.map((request) => request.key)).toContain('website.people.liaison.certScans#0');
    for (const request of staged) {
      expect(request).toMatchObject({ batch: fill.batch, document: 'doc-1', file: { base64: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) } });
      expect(sent.indexOf(request)).toBeLessThan(sent.indexOf(fill));
    }
    expect(JSON.stringify(fill).length).toBeLessThan(20_000);
  });

  it('writes nothing when the page changes while its scans are on their way', async () => {
    const { handlers } = tabHandlers(repository, mappings, platformTab({ stage: { otherDocument: true } }, 'website-people'));
    await expect(handlers.fillTab({ tabId: 7, clientId: 'sample-qingwu', websiteId: 'sample-qingwu-shop' })).rejects.toMatchObject({ code: 'page-changed' });
    expect(sentOf('fill')).toBeUndefined();
  });

  it('remembers the choice per tab, for the shortcut and the popup', async () => {
    const { handlers, fillWithLastChoice } = tabHandlers(repository, mappings, platformTab({}, 'subject'));
    expect(await fillWithLastChoice(3)).toEqual({ kind: 'no-choice' });
    await handlers.fillTab({ tabId: 3, clientId: 'sample-zhou' });
    expect(await handlers.detectTab({ tabId: 3 })).toEqual({
      pageId: 'subject',
      pageTitle: '某页',
      fillable: true,
      platform: true,
      document: 'doc-1',
      location: '/x/y#/z',
      choice: { clientId: 'sample-zhou', websiteId: 'sample-zhou-blog' },
    });
    await fillWithLastChoice(3);
    expect(sent.filter((request) => request.type === 'fill')).toHaveLength(2);
  });

  it('reports no page, and changes nothing, where no content script answers', async () => {
    const { handlers } = tabHandlers(repository, mappings, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await handlers.fillTab({ tabId: 9, clientId: 'sample-zhou' })).toEqual({ entries: [], workMs: 0 });
    expect(await handlers.detectTab({ tabId: 9 })).toEqual({ choice: { clientId: 'sample-zhou', websiteId: 'sample-zhou-blog' } });
  });

  it('says so when a content script fails for any other reason', async () => {
    const { handlers } = tabHandlers(repository, mappings, async () => {
      throw new Error('The message port closed before a response was received.');
    });
    await expect(handlers.detectTab({ tabId: 9 })).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('what the person shows the helper (指定)', () => {
  it('keeps the control the person showed, by host, page and caption, and sends it with every later request of that host', async () => {
    const { handlers } = tabHandlers(repository, mappings, platformTab({ pick: { host: 'beian.mps.gov.cn', pageId: 'subject', caption: '常用联系方式', position: 0, idHint: 'x7f' } }, 'subject'));
    const taught = await handlers.teachField({ tabId: 1, pageId: 'subject', path: 'subject.principal.mobile' });
    expect(taught).toMatchObject({ kind: 'field', host: 'beian.mps.gov.cn', pageId: 'subject', path: 'subject.principal.mobile', caption: '常用联系方式', position: 0, idHint: 'x7f' });
    expect(sent.find((request) => request.type === 'pick')).toMatchObject({ label: '手机号码', path: 'subject.principal.mobile' });
    await handlers.fillTab({ tabId: 1, clientId: 'sample-zhou' });
    const fill = sentOf('fill')!;
    expect(fill.lessons.fields).toEqual([{ id: taught!.id, pageId: 'subject', path: 'subject.principal.mobile', caption: '常用联系方式', position: 0 }]);
  });

  it('keeps nothing when the person cancels', async () => {
    const { handlers } = tabHandlers(repository, mappings, platformTab({ pick: { cancelled: true } }));
    expect(await handlers.teachField({ tabId: 1, pageId: 'subject', path: 'subject.principal.mobile' })).toBeNull();
    expect(await mappings.list()).toEqual([]);
  });

  it('names the place a page lives as the page the person says it is', async () => {
    const { handlers } = tabHandlers(repository, mappings, platformTab());
    expect(await handlers.teachPage({ tabId: 1, pageId: 'subject' })).toMatchObject({ kind: 'page', host: 'beian.mps.gov.cn', location: '/x/y#/z', pageId: 'subject' });
    await handlers.detectTab({ tabId: 1 });
    expect(sent.find((request) => request.type === 'detect')).toMatchObject({ lessons: { pages: [{ location: '/x/y#/z', pageId: 'subject' }] } });
  });

  it('refuses a field the page does not have', async () => {
    const { handlers } = tabHandlers(repository, mappings, platformTab());
    await expect(handlers.teachField({ tabId: 1, pageId: 'subject', path: 'website.name' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('notes which lessons a fill used and which no longer find their control', async () => {
    const taught = await mappings.teachField({ host: 'beian.mps.gov.cn', pageId: 'subject', path: 'subject.principal.mobile', caption: '常用联系方式', position: 0 });
    const gone = await mappings.teachField({ host: 'beian.mps.gov.cn', pageId: 'subject', path: 'subject.principal.email', caption: '联系邮箱', position: 0 });
    const { handlers } = tabHandlers(repository, mappings, platformTab({ fill: { ...report, lessons: { used: [taught.id], missing: [gone.id] } } }, 'subject'));
    await handlers.fillTab({ tabId: 1, clientId: 'sample-zhou' });
    const [used, missing] = await Promise.all([taught, gone].map(async (mapping) => (await mappings.list()).find((candidate) => candidate.id === mapping.id)));
    expect(used).toMatchObject({ lastUsedAt: expect.any(Number) });
    expect(missing).toMatchObject({ missingSince: expect.any(Number) });
  });
});

describe('the right client, or nothing', () => {
  const subjectHolding = (values: Record<string, string>): SendToTab =>
    platformTab({ read: { pageId: 'subject', values: Object.fromEntries(Object.entries(values).map(([path, text]) => [path, { kind: 'text', text }])) } }, 'subject');

  it('fills nothing over another client of the book, and says whose values the page holds', async () => {
    const { handlers } = tabHandlers(repository, mappings, subjectHolding({ 'subject.principal.certNumber': '440305199202150826' }));
    const outcome = await handlers.fillTab({ tabId: 1, clientId: 'sample-qingwu' });
    expect(outcome.conflict).toEqual({
      fields: [{ path: 'subject.principal.certNumber', label: '负责人证件号码', onPage: '440305199202150826' }],
      owner: { clientId: 'sample-zhou', displayName: '周若溪（个人博客）' },
    });
    expect(sentOf('fill')).toBeUndefined();
  });

  it('fills over them once the person confirmed, and fills its own client’s page as usual', async () => {
    const { handlers } = tabHandlers(repository, mappings, subjectHolding({ 'subject.principal.certNumber': '440305199202150826' }));
    expect((await handlers.fillTab({ tabId: 1, clientId: 'sample-qingwu', overwrite: true })).conflict).toBeUndefined();
    expect(sentOf('fill')).toBeDefined();
    sent = [];
    const own = tabHandlers(repository, mappings, subjectHolding({ 'subject.principal.certNumber': '330106198503121231', 'subject.unitName': '杭州青梧数字科技有限公司' }));
    expect((await own.handlers.fillTab({ tabId: 1, clientId: 'sample-qingwu' })).conflict).toBeUndefined();
  });

  it('refuses a page holding values nobody in the book has, too', async () => {
    const { handlers } = tabHandlers(repository, mappings, subjectHolding({ 'subject.unitName': '某某网络科技有限公司' }));
    expect((await handlers.fillTab({ tabId: 1, clientId: 'sample-qingwu' })).conflict).toEqual({ fields: [{ path: 'subject.unitName', label: '主办单位名称', onPage: '某某网络科技有限公司' }] });
  });

  it('never overwrites from the keyboard shortcut: it says so on the page instead', async () => {
    const { handlers, fillWithLastChoice } = tabHandlers(repository, mappings, subjectHolding({}));
    await handlers.fillTab({ tabId: 4, clientId: 'sample-qingwu' });
    sent = [];
    const other = tabHandlers(repository, mappings, subjectHolding({ 'subject.principal.certNumber': '440305199202150826' }), { choices: { get: async () => ({ clientId: 'sample-qingwu' }), set: async () => undefined, drop: async () => undefined, clear: async () => undefined } });
    expect(await other.fillWithLastChoice(4)).toEqual({ kind: 'conflict', client: '青梧科技', owner: '周若溪（个人博客）' });
    expect(sentOf('fill')).toBeUndefined();
    expect(await fillWithLastChoice(4)).toMatchObject({ kind: 'filled', client: '青梧科技' });
  });

  it('fills one at a time per tab: a second fill while the first runs is refused', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const page = platformTab({}, 'subject');
    const slow: SendToTab = async (tabId, request) => {
      if (request.type !== 'fill') return page(tabId, request);
      sent.push(request);
      await gate;
      return { ...report, pageId: 'subject' };
    };
    const { handlers } = tabHandlers(repository, mappings, slow);
    const first = handlers.fillTab({ tabId: 5, clientId: 'sample-zhou' });
    await expect.poll(() => sent.some((request) => request.type === 'fill')).toBe(true);
    await expect(handlers.fillTab({ tabId: 5, clientId: 'sample-zhou' })).rejects.toMatchObject({ code: 'busy' });
    release();
    await expect(first).resolves.toMatchObject({ pageId: 'subject' });
    await expect(handlers.fillTab({ tabId: 5, clientId: 'sample-zhou' })).resolves.toMatchObject({ pageId: 'subject' });
  });

  it('gives up on a page that never answers the fill, says so, and lets the next fill run', async () => {
    const page = platformTab({}, 'subject');
    let stuck = true;
    const hanging: SendToTab = (tabId, request) => (request.type === 'fill' && stuck ? (sent.push(request), new Promise(() => undefined)) : page(tabId, request));
    const { handlers } = tabHandlers(repository, mappings, hanging, { fillAnswerMs: 50 });
    await expect(handlers.fillTab({ tabId: 8, clientId: 'sample-zhou' })).rejects.toMatchObject({ code: 'no-answer' });
    stuck = false;
    await expect(handlers.fillTab({ tabId: 8, clientId: 'sample-zhou' })).resolves.toMatchObject({ pageId: 'subject' });
  });

  it.each([
    ['another document', { document: 'doc-0', location: '/x/y#/z', pageId: 'subject' }, ['read', 'stage', 'fill']],
    ['the same document at another #/ route (a single-page app moved on)', { document: 'doc-1', location: '/x/y#/subject', pageId: 'subject' }, ['read', 'stage', 'fill']],
    ['the same place now showing another page', { document: 'doc-1', location: '/x/y#/z', pageId: 'website-people' }, ['stage', 'fill']],
  ])('fills only the page the person saw detected: a tab that shows %s by now gets nothing', async (_, pin, never) => {
    const { handlers } = tabHandlers(repository, mappings, platformTab({}, 'subject'));
    const detected = await handlers.detectTab({ tabId: 6 });
    expect(detected).toMatchObject({ document: 'doc-1', location: '/x/y#/z', pageId: 'subject' });
    await expect(handlers.fillTab({ tabId: 6, clientId: 'sample-zhou', pin })).rejects.toMatchObject({ code: 'page-changed' });
    expect(sent.filter((request) => never.includes(request.type))).toEqual([]);
    sent.length = 0;
    await expect(handlers.fillTab({ tabId: 6, clientId: 'sample-zhou', pin: { document: detected.document!, location: detected.location!, pageId: detected.pageId! } })).resolves.toMatchObject({ pageId: 'subject' });
    expect(sentOf('fill')!.pin).toEqual({ location: '/x/y#/z', pageId: 'subject' });
  });

  it('writes nothing into a document other than the one it read (the tab navigated in between)', async () => {
    const { handlers } = tabHandlers(repository, mappings, platformTab({ fill: { otherDocument: true } }, 'subject'));
    await expect(handlers.fillTab({ tabId: 6, clientId: 'sample-zhou' })).rejects.toMatchObject({ code: 'page-changed' });
  });
});
