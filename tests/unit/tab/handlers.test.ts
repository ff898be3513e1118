import { beforeEach, describe, expect, it } from 'vitest';
import type { ContentRequest } from '@/lib/fill/content-protocol';
import { BeianDatabase } from '@/lib/store/db';
import { MappingRepository } from '@/lib/store/mappings';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';
import { tabHandlers, type SendToTab } from '@/lib/tab/handlers';
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

/** A platform tab's content script, answering as the real one does. */
function platformTab(answers: Partial<Record<ContentRequest['type'], unknown>> = {}): SendToTab {
  return async (_tabId, request) => {
    sent.push(request);
    if (request.type === 'where') return { host: 'beian.mps.gov.cn', location: '/x/y#/z' };
    return answers[request.type] ?? (request.type === 'detect' ? { pageId: 'subject', pageTitle: '开办主体管理', fillable: true } : report);
  };
}

describe('filling a tab from the background', () => {
  it('sends the tab only the fill values of the chosen client and website, in the platform’s words', async () => {
    const { handlers } = tabHandlers(repository, mappings, platformTab());
    expect(await handlers.fillTab({ tabId: 7, clientId: 'sample-qingwu', websiteId: 'sample-qingwu-shop' })).toEqual(report);
    const fill = sent.find((request) => request.type === 'fill') as Extract<ContentRequest, { type: 'fill' }>;
    expect(fill.values['website.name']).toEqual({ kind: 'text', text: '青梧商城' });
    expect(fill.values['subject.nature']).toEqual({ kind: 'choice', options: ['企业单位', '企业'] });
    expect(fill.values['website.serviceTypes']).toEqual({ kind: 'multi-choice', options: [['www服务'], ['网络购物']] });
    expect(fill.values['website.people.liaison.certScans']).toMatchObject({ kind: 'files', files: [{ name: 'liaison-id.png', type: 'image/png' }] });
    expect(Object.keys(fill.values).some((path) => path.includes('notes') || path.includes('displayName'))).toBe(false);
  });

  it('remembers the choice per tab, for the shortcut and the popup', async () => {
    const { handlers, fillWithLastChoice } = tabHandlers(repository, mappings, platformTab());
    expect(await fillWithLastChoice(3)).toBeUndefined();
    await handlers.fillTab({ tabId: 3, clientId: 'sample-zhou' });
    expect(await handlers.detectTab({ tabId: 3 })).toEqual({
      pageId: 'subject',
      pageTitle: '开办主体管理',
      fillable: true,
      platform: true,
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
    const { handlers } = tabHandlers(repository, mappings, platformTab({ pick: { host: 'beian.mps.gov.cn', pageId: 'subject', caption: '常用联系方式', position: 0, idHint: 'x7f' } }));
    const taught = await handlers.teachField({ tabId: 1, pageId: 'subject', path: 'subject.principal.mobile' });
    expect(taught).toMatchObject({ kind: 'field', host: 'beian.mps.gov.cn', pageId: 'subject', path: 'subject.principal.mobile', caption: '常用联系方式', position: 0, idHint: 'x7f' });
    expect(sent.find((request) => request.type === 'pick')).toMatchObject({ label: '手机号码', path: 'subject.principal.mobile' });
    await handlers.fillTab({ tabId: 1, clientId: 'sample-zhou' });
    const fill = sent.find((request) => request.type === 'fill') as Extract<ContentRequest, { type: 'fill' }>;
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
    const { handlers } = tabHandlers(repository, mappings, platformTab({ fill: { ...report, lessons: { used: [taught.id], missing: [gone.id] } } }));
    await handlers.fillTab({ tabId: 1, clientId: 'sample-zhou' });
    const [used, missing] = await Promise.all([taught, gone].map(async (mapping) => (await mappings.list()).find((candidate) => candidate.id === mapping.id)));
    expect(used).toMatchObject({ lastUsedAt: expect.any(Number) });
    expect(missing).toMatchObject({ missingSince: expect.any(Number) });
  });
});
