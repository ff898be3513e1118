import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentRequest, PageReading } from '@/lib/fill/content-protocol';
import type { FillValues } from '@/lib/fill/values';
import { sampleBlogger } from '@/lib/model/sample';
import { BeianDatabase } from '@/lib/store/db';
import { MappingRepository } from '@/lib/store/mappings';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';
import { captureInto, captureRows, shownText, websiteOnPage } from '@/lib/tab/capture';
import { encodeClient } from '@/lib/tab/codec';
import { tabHandlers } from '@/lib/api/tab/handlers';
import type { SendToTab } from '@/lib/tab/ask-tab';
import { loadPublicImage, sampleImageRefs } from '../../helpers/sample-images';

const text = (value: string) => ({ kind: 'text' as const, text: value });
const noBytes = async (ref: { name: string; type: string }) => ({ name: ref.name, type: ref.type, base64: '' });

/** A page showing exactly what the client holds, as the helper would have filled it, with some fields changed by hand. */
async function pageOf(pageId: string, changes: FillValues = {}): Promise<PageReading> {
  const blogger = sampleBlogger(sampleImageRefs());
  const values = await encodeClient(blogger, blogger.websites[0], noBytes, pageId);
  const shown: FillValues = {};
  // A page shows one wording of a choice, not all its synonyms, and no files.
  for (const [path, value] of Object.entries(values)) {
    if (value.kind === 'files') continue;
    shown[path] = value.kind === 'choice' ? { kind: 'choice', options: value.options.slice(0, 1) } : value.kind === 'multi-choice' ? { kind: 'multi-choice', options: value.options.map((wordings) => wordings.slice(0, 1)) } : value;
  }
  return { pageId, values: { ...shown, ...changes }, captions: { 'subject.principal.mobile': '手机' } };
}

describe('capturing a page into a client', () => {
  const blogger = () => sampleBlogger(sampleImageRefs());

  it('shows each field beside the client’s value, the same ones marked', async () => {
    const rows = await captureRows(await pageOf('subject', { 'subject.principal.mobile': text('13900001111') }), blogger(), undefined);
    expect(rows.find((row) => row.field === 'subject.principal.mobile')).toEqual({ field: 'subject.principal.mobile', caption: '手机', onPage: '13900001111', inBook: '13682950417', same: false });
    expect(rows.filter((row) => !row.same).map((row) => row.field)).toEqual(['subject.principal.mobile']);
    expect(rows.find((row) => row.field === 'subject.principal.residence')).toMatchObject({ onPage: '广东省 / 深圳市 / 南山区', same: true });
    expect(rows.find((row) => row.field === 'subject.nature')).toMatchObject({ onPage: '个人', same: true });
  });

  it('writes only the approved fields, into a copy', async () => {
    const client = blogger();
    const page = await pageOf('subject', { 'subject.principal.mobile': text('13900001111'), 'subject.principal.email': text('new@ruoxi-notes.cn') });
    const captured = captureInto(page, client, undefined, new Set(['subject.principal.mobile']));
    expect(captured.subject.principal.mobile).toBe('13900001111');
    expect(captured.subject.principal.email).toBe(client.subject.principal.email);
    expect(client.subject.principal.mobile).toBe('13682950417');
    expect(captured.subject.principal.certFront).toEqual(client.subject.principal.certFront);
  });

  it('puts a website page into the website with its domain, or a new one, keeping the provider’s phone', async () => {
    const client = blogger();
    const page = await pageOf('website-basic', { 'website.name': text('若溪笔记') });
    expect(websiteOnPage(page, client)?.id).toBe(client.websites[0]!.id);
    const into = captureInto(page, client, client.websites[0]!.id, new Set(['website.name', 'website.accessProvider']));
    expect(into.websites).toHaveLength(1);
    expect(into.websites[0]).toMatchObject({ name: '若溪笔记', accessProvider: client.websites[0]!.accessProvider });
    const fresh = captureInto(page, client, undefined, new Set(['website.name', 'website.domain']));
    expect(fresh.websites).toHaveLength(2);
    expect(fresh.websites[1]).toMatchObject({ name: '若溪笔记', domain: 'ruoxi-notes.cn' });
  });

  it('makes a new client from a subject page, named after its subject', async () => {
    const page = await pageOf('subject');
    const fields = new Set(Object.keys(page.values));
    const client = captureInto(page, undefined, undefined, fields);
    expect(client.displayName).toBe('周若溪');
    expect(client.subject.principal.certNumber).toBe('440305199202150826');
    expect(client.subject.principal.residence.districtCode).toBe('440305');
  });

  it('reads every kind of value as a person would', () => {
    expect(shownText({ kind: 'multi-choice', options: [['博客'], ['论坛']] })).toBe('博客、论坛');
    expect(shownText({ kind: 'provider', scope: '境内', region: '浙江省', name: '阿里云计算有限公司' })).toBe('境内 浙江省 阿里云计算有限公司');
    expect(shownText({ kind: 'flag', on: true })).toBe('是');
    expect(shownText(undefined)).toBe('');
  });
});

describe('capturing through the background', () => {
  let repository: ProfileRepository;
  let mappings: MappingRepository;
  let count = 0;
  let page: PageReading;

  beforeEach(async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === '@@ui_locale' ? 'zh_CN' : key));
    const db = new BeianDatabase(`capture-${++count}`);
    repository = new ProfileRepository(db);
    mappings = new MappingRepository(db);
    await installSamples(repository, loadPublicImage);
    page = await pageOf('subject', { 'subject.principal.mobile': text('13900001111') });
  });

  const tab: SendToTab = async (_tabId, request: ContentRequest) => {
    if (request.type === 'where') return { host: 'www.beian.gov.cn', location: '/portal/user/subject', document: 'doc-3' };
    if (request.type === 'read') return page;
    return null;
  };

  it('saves the approved fields of the page the person compared, and the store holds them', async () => {
    const { handlers } = tabHandlers(repository, mappings, tab);
    const preview = await handlers.previewCapture({ tabId: 2, clientId: 'sample-zhou' });
    expect(preview.rows.filter((row) => !row.same).map((row) => row.field)).toEqual(['subject.principal.mobile']);
    await handlers.applyCapture({ tabId: 2, clientId: 'sample-zhou', fields: ['subject.principal.mobile'], seen: { 'subject.principal.mobile': '13900001111' }, document: preview.document! });
    expect((await repository.getClient('sample-zhou')).subject.principal.mobile).toBe('13900001111');
  });

  it('refuses a page changed since the person compared it, and stores nothing', async () => {
    const { handlers } = tabHandlers(repository, mappings, tab);
    const preview = await handlers.previewCapture({ tabId: 2, clientId: 'sample-zhou' });
    page = await pageOf('subject', { 'subject.principal.mobile': text('13900002222') });
    await expect(handlers.applyCapture({ tabId: 2, clientId: 'sample-zhou', fields: ['subject.principal.mobile'], seen: { 'subject.principal.mobile': '13900001111' }, document: preview.document! })).rejects.toMatchObject({ code: 'page-edited' });
    await expect(handlers.applyCapture({ tabId: 2, clientId: 'sample-zhou', fields: ['subject.principal.mobile'], seen: { 'subject.principal.mobile': '13900002222' }, document: 'doc-old' })).rejects.toMatchObject({ code: 'page-edited' });
    expect((await repository.getClient('sample-zhou')).subject.principal.mobile).toBe('13682950417');
  });

  it('says what is missing when the page does not make a whole client, and stores nothing', async () => {
    const { handlers } = tabHandlers(repository, mappings, tab);
    const before = (await repository.listClients()).length;
    await expect(handlers.applyCapture({ tabId: 2, fields: ['subject.principal.mobile'], seen: { 'subject.principal.mobile': '13900001111' }, document: 'doc-3' })).rejects.toMatchObject({ code: 'invalid-profile' });
    expect(await repository.listClients()).toHaveLength(before);
  });
});
