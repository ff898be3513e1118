import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentRequest, PageReading } from '@/lib/fill/content-protocol';
import type { FillValues } from '@/lib/fill/values';
import type { PageFinding, TabReport } from '@/lib/api/tab/messages';
import { sampleBlogger, sampleCompany } from '@/lib/model/sample';
import { fieldOfFinding, pageById } from '@/lib/pages';
import { BeianDatabase } from '@/lib/store/db';
import { MappingRepository } from '@/lib/store/mappings';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';
import { badgeOf, judgeReading, marksOf } from '@/lib/tab/checks';
import { tabHandlers } from '@/lib/api/tab/handlers';
import type { SendToTab } from '@/lib/tab/ask-tab';
import { loadPublicImage, sampleImageRefs } from '../../helpers/sample-images';

const TODAY = new Date(Date.UTC(2026, 10, 28));
const text = (value: string) => ({ kind: 'text' as const, text: value });
const reading = (pageId: string, values: FillValues, captions: Record<string, string> = {}): PageReading => ({ pageId, values, captions });

describe('the field of a page a finding is about', () => {
  it.each([
    ['subject', 'subject.principal.certNumber', 'subject.principal.certNumber'],
    ['subject', 'subject.principal.residence', 'subject.principal.residence'],
    ['subject', 'subject.principal.certBack', 'subject.principal.certScans'],
    ['subject', 'subject.principal.certHandheld', 'subject.principal.certHandheld'],
    ['website-basic', 'websites.0.domain', 'website.domain'],
    ['website-basic', 'websites.0.subdomains.1', 'website.subdomains'],
    ['website-basic', 'websites.0.ips.0', 'website.ips'],
    ['website-basic', 'websites.0.accessProvider.name', 'website.accessProvider'],
    ['website-basic', 'websites.0.controlledGoods', 'website.controlledGoods'],
    ['website-basic', 'websites.0.serverCount', 'website.serverCount'],
    ['website-people', 'websites.0.people.liaison.mobile', 'website.people.liaison.mobile'],
    ['website-people', 'websites.0.people.security.certScan', 'website.people.security.certScans'],
  ])('on %s, %s is %s', (pageId, findingPath, field) => {
    expect(fieldOfFinding(pageById(pageId), findingPath)).toBe(field);
  });

  it.each([
    ['cancel', 'websites'],
    ['website-agreement', 'agreement'],
    ['website-basic', 'subject.principal.mobile'],
    ['subject', 'websites.0.domain'],
  ])('on %s, %s is about the page, not a field of it', (pageId, findingPath) => {
    expect(fieldOfFinding(pageById(pageId), findingPath)).toBeUndefined();
  });
});

describe('judging a page’s reading', () => {
  const images = sampleImageRefs();
  const book = [sampleCompany(images), sampleBlogger(images)];

  it('ties each finding to its field and the caption the page shows for it', () => {
    const findings = judgeReading(reading('subject', { 'subject.principal.officePhone': text('010-00000000') }, { 'subject.principal.officePhone': '办公电话' }), { book, today: TODAY });
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'S-PHONE-FAKE', field: 'subject.principal.officePhone', caption: '办公电话', severity: 'error' }));
  });

  it('judges a website page by the subject its 开办主体 page showed, over the chosen client’s', () => {
    const values = { 'website.name': text('若溪科技有限公司官网') };
    const asCompany = judgeReading(reading('website-basic', values), { book, client: book[0]!, today: TODAY });
    expect(asCompany.map((finding) => finding.ruleId)).not.toContain('W-NAME-NATURE');
    const shownPersonal = judgeReading(reading('website-basic', values), { book, client: book[0]!, shownSubject: { nature: 'individual' }, today: TODAY });
    expect(shownPersonal).toContainEqual(expect.objectContaining({ ruleId: 'W-NAME-NATURE', field: 'website.name' }));
  });

  it('speaks on pages with nothing to fill: the cancel page says to close the site first', () => {
    expect(judgeReading(reading('cancel', {}), { book, today: TODAY })).toEqual([expect.objectContaining({ ruleId: 'F-CANCEL-CLOSED', severity: 'warn' })]);
    expect(judgeReading({ values: {}, captions: {} }, { book })).toEqual([]);
  });
});

const finding = (ruleId: string, severity: PageFinding['severity'], field: string | undefined, zh: string): PageFinding => ({
  ruleId,
  severity,
  path: field ?? 'websites',
  ...(field ? { field } : {}),
  message: { zh, en: zh },
  source: { section: '§', kind: 'guide' },
});

describe('marks for the page', () => {
  const say = (message: { zh: string }) => message.zh;
  const elsewhere = { zh: '（见面板）', en: ' (see the panel)' };

  it('are one per field, at its worst severity, with every rule and message; advice and page-wide findings get none', () => {
    const marks = marksOf(
      [
        finding('S-PHONE-AREA', 'warn', 'subject.principal.officePhone', '区号不符'),
        finding('S-PHONE-FAKE', 'error', 'subject.principal.officePhone', '不真实'),
        finding('S-EMAIL', 'error', 'subject.principal.email', '邮箱有误'),
        finding('W-SERVICE-SUGGEST', 'info', 'website.serviceTypes', '建议'),
        finding('F-CANCEL-CLOSED', 'warn', undefined, '先关闭网站'),
      ],
      say,
      elsewhere,
    );
    expect(marks).toEqual([
      { field: 'subject.principal.officePhone', severity: 'error', rules: ['S-PHONE-AREA', 'S-PHONE-FAKE'], text: '区号不符\n不真实' },
      { field: 'subject.principal.email', severity: 'error', rules: ['S-EMAIL'], text: '邮箱有误' },
    ]);
  });

  it('never tell the platform’s page anything of the book’s other clients: a rule comparing with them marks nothing there', () => {
    // A page typing guesses would otherwise learn from the mark whether a number is another client's.
    expect(marksOf([finding('A-SHARED-CONTACT', 'warn', 'subject.principal.mobile', '这个手机号码也用在其他主体（杭州青梧数字科技有限公司）的资料中')], say, elsewhere)).toEqual([]);
  });

  it('give the other agency rules’ title only, the panel saying the rest', () => {
    const [mark] = marksOf([finding('A-PEOPLE-DISTINCT', 'warn', 'subject.principal.mobile', '安全负责人林晓峰也用这个手机号码')], say, elsewhere);
    expect(mark!.text).toBe('不同人员共用手机或邮箱（见面板）');
    expect(mark!.text).not.toContain('林晓峰');
  });
});

describe('the toolbar badge', () => {
  it.each([
    [{ error: 3, warn: 2, info: 1 }, '3', '#b42318'],
    [{ error: 0, warn: 2, info: 1 }, '2', '#b7791f'],
    [{ error: 0, warn: 0, info: 4 }, '', '#b42318'],
  ])('for %o reads “%s”', (counts, text, colour) => {
    expect(badgeOf(counts)).toEqual({ text, colour });
  });
});

describe('the live check through the background', () => {
  let repository: ProfileRepository;
  let mappings: MappingRepository;
  let count = 0;
  let sent: ContentRequest[];
  let published: TabReport[];
  let badges: { tabId: number; text: string }[];

  beforeEach(async () => {
    // The browser's language, standing in: the marks speak Chinese.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === '@@ui_locale' ? 'zh_CN' : key));
    const db = new BeianDatabase(`checks-${++count}`);
    repository = new ProfileRepository(db);
    mappings = new MappingRepository(db);
    await installSamples(repository, loadPublicImage);
    sent = [];
    published = [];
    badges = [];
  });

  const outlets = {
    publish: async (report: TabReport) => void published.push(report),
    badge: async (tabId: number, badge: { text: string }) => void badges.push({ tabId, text: badge.text }),
  };

  function tabShowing(pageReading: PageReading): SendToTab {
    return async (_tabId, request) => {
      sent.push(request);
      if (request.type === 'where') return { host: 'www.beian.gov.cn', location: '/portal/user/subject', document: 'doc-9' };
      if (request.type === 'read') return pageReading;
      return null;
    };
  }

  it('judges what the page says it holds, publishes it, sets the badge, and answers with the marks', async () => {
    const { pageState } = tabHandlers(repository, mappings, tabShowing(reading('subject', {})), { outlets });
    const verdict = await pageState(4, 'www.beian.gov.cn', {
      channel: 'beian-helper/page/v1',
      document: 'doc-9',
      reading: reading('subject', { 'subject.principal.officePhone': text('010-00000000'), 'subject.principal.mobile': text('1385711234') }, { 'subject.principal.mobile': '手机' }),
      submitting: true,
    });
    expect(verdict.marks.map((mark) => mark.field).sort()).toEqual(['subject.principal.mobile', 'subject.principal.officePhone']);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ tabId: 4, pageId: 'subject', submitting: true });
    expect(published[0]!.findings).toContainEqual(expect.objectContaining({ ruleId: 'S-MOBILE', caption: '手机' }));
    expect(badges).toEqual([{ tabId: 4, text: '2' }]);
  });

  it('answers a page with what was taught on its own host only', async () => {
    await mappings.teachField({ host: 'www.beian.gov.cn', pageId: 'subject', path: 'subject.principal.mobile', caption: '常用联系方式', position: 0 });
    await mappings.teachField({ host: 'beian.mps.gov.cn', pageId: 'subject', path: 'subject.principal.email', caption: '联系邮箱', position: 0 });
    const { pageState } = tabHandlers(repository, mappings, tabShowing(reading('subject', {})), { outlets });
    const verdict = await pageState(4, 'www.beian.gov.cn', { channel: 'beian-helper/page/v1', document: 'doc-9', reading: reading('subject', {}), submitting: false });
    expect(verdict.lessons.fields.map((lesson) => lesson.caption)).toEqual(['常用联系方式']);
  });

  it('checks on request: reads the document it found, and sends that document its marks', async () => {
    const { handlers } = tabHandlers(repository, mappings, tabShowing(reading('subject', { 'subject.principal.email': text('wang@') })), { outlets });
    const report = await handlers.checkTab({ tabId: 4 });
    expect(report.findings.map((entry) => entry.ruleId)).toContain('S-EMAIL');
    expect(sent.find((request) => request.type === 'read')).toMatchObject({ document: 'doc-9' });
    expect(sent.find((request) => request.type === 'marks')).toMatchObject({ document: 'doc-9', marks: [expect.objectContaining({ field: 'subject.principal.email', rules: ['S-EMAIL'] })] });
  });

  it('remembers the subject a tab’s 开办主体 page showed, for judging its website pages, and forgets it with the tab', async () => {
    const { pageState, forget } = tabHandlers(repository, mappings, tabShowing(reading('subject', {})), { outlets });
    const state = (pageReading: PageReading) => ({ channel: 'beian-helper/page/v1' as const, document: 'doc-9', reading: pageReading, submitting: false });
    const websiteName = reading('website-basic', { 'website.name': text('若溪科技有限公司') });
    await pageState(4, 'www.beian.gov.cn', state(reading('subject', { 'subject.nature': { kind: 'choice', options: ['个人'] } })));
    await pageState(4, 'www.beian.gov.cn', state(websiteName));
    expect(published.at(-1)!.findings.map((entry) => entry.ruleId)).toContain('W-NAME-NATURE');
    await forget(4);
    await pageState(4, 'www.beian.gov.cn', state(websiteName));
    expect(published.at(-1)!.findings.map((entry) => entry.ruleId)).not.toContain('W-NAME-NATURE');
  });

  it('goes to a field on request, and says when the page does not show it', async () => {
    const located: string[] = [];
    const { handlers } = tabHandlers(repository, mappings, async (_tabId, request) => {
      if (request.type !== 'locate') return null;
      located.push(request.field);
      return { located: request.field === 'website.domain' };
    });
    expect(await handlers.locateField({ tabId: 4, field: 'website.domain' })).toEqual({ located: true });
    expect(await handlers.locateField({ tabId: 4, field: 'website.ips' })).toEqual({ located: false });
    expect(located).toEqual(['website.domain', 'website.ips']);
  });
});
