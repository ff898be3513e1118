import { beforeEach, describe, expect, it } from 'vitest';
import type { ContentRequest } from '@/lib/fill/content-protocol';
import { tabHandlers } from '@/lib/tab/handlers';
import { BeianDatabase } from '@/lib/store/db';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';
import { loadPublicImage } from '../../helpers/sample-images';

let repository: ProfileRepository;
let sent: { tabId: number; request: ContentRequest }[];
let count = 0;

beforeEach(async () => {
  repository = new ProfileRepository(new BeianDatabase(`tabs-${++count}`));
  await installSamples(repository, loadPublicImage);
  sent = [];
});

const report = { pageId: 'website-basic', pageTitle: '网站基本信息（第二步）', entries: [], workMs: 3 };

describe('filling a tab from the background', () => {
  it('sends the tab only the fill values of the chosen client and website, in the platform’s words', async () => {
    const { handlers } = tabHandlers(repository, async (tabId, request) => {
      sent.push({ tabId, request });
      return report;
    });
    expect(await handlers.fillTab({ tabId: 7, clientId: 'sample-qingwu', websiteId: 'sample-qingwu-shop' })).toEqual(report);
    const [{ tabId, request }] = sent as [{ tabId: number; request: Extract<ContentRequest, { type: 'fill' }> }];
    expect(tabId).toBe(7);
    expect(request.values['website.name']).toEqual({ kind: 'text', text: '青梧商城' });
    expect(request.values['subject.nature']).toEqual({ kind: 'choice', options: ['企业单位', '企业'] });
    expect(request.values['website.serviceTypes']).toEqual({ kind: 'multi-choice', options: [['www服务'], ['网络购物']] });
    expect(request.values['website.people.liaison.certScans']).toMatchObject({ kind: 'files', files: [{ name: 'liaison-id.png', type: 'image/png' }] });
    expect(Object.keys(request.values).some((path) => path.includes('notes') || path.includes('displayName'))).toBe(false);
  });

  it('remembers the choice per tab, for the shortcut and the popup', async () => {
    const { handlers, fillWithLastChoice } = tabHandlers(repository, async (tabId, request) => {
      sent.push({ tabId, request });
      return request.type === 'detect' ? { pageId: 'subject', pageTitle: '开办主体管理', fillable: true } : report;
    });
    expect(await fillWithLastChoice(3)).toBeUndefined();
    await handlers.fillTab({ tabId: 3, clientId: 'sample-zhou' });
    expect(await handlers.detectTab({ tabId: 3 })).toEqual({
      pageId: 'subject',
      pageTitle: '开办主体管理',
      fillable: true,
      choice: { clientId: 'sample-zhou', websiteId: 'sample-zhou-blog' },
    });
    await fillWithLastChoice(3);
    expect(sent.filter((message) => message.request.type === 'fill')).toHaveLength(2);
  });

  it('reports no page, and changes nothing, where no content script answers', async () => {
    const { handlers } = tabHandlers(repository, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await handlers.fillTab({ tabId: 9, clientId: 'sample-zhou' })).toEqual({ entries: [], workMs: 0 });
    expect(await handlers.detectTab({ tabId: 9 })).toEqual({ choice: { clientId: 'sample-zhou', websiteId: 'sample-zhou-blog' } });
  });
});
