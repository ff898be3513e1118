// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/fill/collect';
import { recognise } from '@/lib/fill/detect';
import { fillDocument } from '@/lib/fill/engine';
import { matchFields, similarity } from '@/lib/fill/match';
import { providerParts } from '@/lib/fill/provider';
import { tabStrips } from '@/lib/fill/reveal';
import { pageStructure } from '@/lib/fill/structure';
import { canonical } from '@/lib/fill/text';
import { dateParts } from '@/lib/fill/widgets/calendar';
import { PAGES } from '@/lib/pages';
import { SUBJECT_FIELDS } from '@/lib/pages/subject';
import { WEBSITE_FIELDS } from '@/lib/pages/website-basic';
import { PEOPLE_FIELDS } from '@/lib/pages/website-people';
import { withMarkupLayout } from '../../helpers/layout';

/**
 * What the blind renderings (tests/strangers) taught the engine, each on the smallest markup that
 * shows it: widgets known by what they are, questions grouped by their box, providers by their
 * parts, answers that need the page's confirmation, the page pinned to where it was detected.
 */
let restore: () => void;
beforeAll(() => {
  restore = withMarkupLayout();
});
afterAll(() => restore());

const kindsOf = (html: string) => {
  document.body.innerHTML = html;
  return collectFields(document).map((field) => `${field.label}: ${field.controls.map((control) => control.kind).join(',')}`);
};

describe('widgets known by what they are, not by a library', () => {
  it.each([
    ['a read-only box (a select, cascader or calendar draws one)', '<label for="x">开办主体性质</label><input id="x" readonly placeholder="请选择">', '开办主体性质: picker'],
    ['a focusable box holding no box to type in (Naive draws its select so)', '<div class="f"><span>负责人证件类型</span><div class="n" tabindex="0"><div class="ph">请选择</div></div></div>', '负责人证件类型: picker'],
    ['a box to type in inside a box named a select (a filterable select)', '<div><label for="y">所属区域</label><div class="x-select"><input id="y" placeholder="请选择省份"></div></div>', '所属区域: picker'],
    ['a bare box named a switch, captioned by the words beside it', '<div><div class="t-switch"></div> 同主体负责人</div>', '同主体负责人: switch'],
  ])('%s', (_, html, expected) => {
    expect(kindsOf(html)).toEqual([expected]);
  });

  it('does not take a steps bar’s focusable items for pickers', () => {
    expect(kindsOf('<div class="x-steps"><div tabindex="0">1 网站开办主体</div><div tabindex="0">2 网站基本信息</div></div>')).toEqual([]);
  });
});

describe('questions grouped by the box their options share', () => {
  it('groups options by their row when a library gives every radio the same name', () => {
    expect(
      kindsOf(`
        <div><label>是否提供互联网交互服务</label><div class="g"><label><input type="radio" name="default"> 是</label><label><input type="radio" name="default"> 否</label></div></div>
        <div><label>网站名称</label><input name="default"></div>
        <div><label>是否涉及前置审批内容</label><div class="g"><label><input type="radio" name="default"> 是</label><label><input type="radio" name="default"> 否</label></div></div>`),
    ).toEqual(['是否提供互联网交互服务: radio,radio', '网站名称: text', '是否涉及前置审批内容: radio,radio']);
  });

  it('reads an option by the words a library draws for it (layui keeps them in title, the input hidden)', () => {
    document.body.innerHTML = '<div><label>网站语言</label><div><input type="checkbox" title="简体中文" style="display:none"><div class="face"><span>简体中文</span></div><input type="checkbox" title="繁体中文" style="display:none"><div class="face"><span>繁体中文</span></div></div></div>';
    expect(collectFields(document)[0]!.controls.map((control) => control.option)).toEqual(['简体中文', '繁体中文']);
  });
});

describe('reading captions by meaning, and when not to trust it', () => {
  it.each([
    ['前置审批类别', '前置审批内容', 0.58],
    ['是否发布管制物品信息', '管制物品', 0.72],
    ['网站业务分类', '业务分类', 0.8],
  ])('reads %j as %j with about %d', (caption, wording, score) => {
    expect(similarity(canonical(caption), canonical(wording))).toBeCloseTo(score, 1);
  });

  it('gives a loosely read field a value only when the question it follows confirms it', () => {
    document.body.innerHTML = `<div><label>是否涉及前置审批内容</label><div><label><input type="radio" name="q"> 是</label><label><input type="radio" name="q"> 否</label></div></div>
      <div><label>前置审批类别</label><div><label><input type="checkbox"> 新闻</label><label><input type="checkbox"> 出版</label></div></div>`;
    const matches = matchFields(WEBSITE_FIELDS, collectFields(document));
    expect(matches.get('website.preapprovals')).toMatchObject({ confident: true });
    document.body.innerHTML = '<div><label>前置审批类别</label><div><label><input type="checkbox"> 新闻</label><label><input type="checkbox"> 出版</label></div></div>';
    expect(matchFields(WEBSITE_FIELDS, collectFields(document)).get('website.preapprovals')).toMatchObject({ confident: false });
  });

  it('lets a question’s items drawn in its own row answer both', () => {
    document.body.innerHTML = '<div><label>是否涉及前置审批内容</label><div><label><input type="radio" name="q"> 是</label><label><input type="radio" name="q"> 否</label><div><label><input type="checkbox"> 新闻</label><label><input type="checkbox"> 教育</label></div></div></div>';
    const matches = matchFields(WEBSITE_FIELDS, collectFields(document));
    expect(matches.get('website.preapprovals')?.field).toBe(matches.get('website.hasPreapprovals')?.field);
  });

  it('tells same captions in two cards apart by the cards’ titles, a switch’s words aside', () => {
    document.body.innerHTML = ['网站安全负责人信息', '网站信息联络人'].map((title) => `<div class="el-card"><div class="el-card__header"><span>${title}</span><div class="el-switch"><input type="checkbox" role="switch"><span>同主体负责人</span></div></div><div><label>手机号码</label><input></div></div>`).join('');
    const matches = matchFields(PEOPLE_FIELDS, collectFields(document));
    const [first, second] = collectFields(document).filter((field) => field.label === '手机号码');
    expect(matches.get('website.people.security.mobile')?.field.container).toBe(first!.container);
    expect(matches.get('website.people.liaison.mobile')?.field.container).toBe(second!.container);
  });
});

  it('gives each card its own switch when the switch’s caption names the card, its title drawn after it (Semi’s card header)', () => {
    document.body.innerHTML = ['网站安全负责人', '网站应急联络人', '舆情引导员(选填)'].map((title) => `<div class="box"><div class="box-head"><div class="extra"><span class="switch-title">同主体负责人</span><div class="switch"><input type="checkbox" role="switch" aria-label="${title}同主体负责人"></div></div><div class="title"><h6>${title}</h6></div></div><div><label>姓名</label><input></div></div>`).join('');
    const fields = collectFields(document);
    const matches = matchFields(PEOPLE_FIELDS, fields);
    const switches = fields.filter((field) => field.controls.some((control) => control.kind === 'switch'));
    expect(switches).toHaveLength(3);
    expect(['security', 'liaison', 'opinionGuide'].map((role) => matches.get(`website.people.${role}.sameAsPrincipal`)?.field)).toEqual(switches);
  });

describe('a provider by its parts', () => {
  it.each([
    ['three rows: 境内/境外, region, name', '<div><label>接入商属地</label><div><label><input type="radio" name="s"> 境内</label><label><input type="radio" name="s"> 境外</label></div></div><div><label>接入商所属区域</label><select><option>浙江省</option></select></div><div><label>接入服务商名称</label><select><option>阿里云</option></select></div>', { scope: 2, region: 'select', name: 'select' }],
    ['境内/境外 as radios, region and name as two lists in one row, the next provider’s name after (iView)', '<div><label>接入服务商所属区域</label><label><input type="radio" name="s"> 境内</label><label><input type="radio" name="s"> 境外</label><select><option>浙江省</option></select><select><option>阿里云</option></select></div><div><label>网站接入方式</label><select><option>专线</option></select></div><div><label>域名注册服务商</label><label><input type="radio" name="t"> 境内</label><label><input type="radio" name="t"> 境外</label><select><option>美国</option></select></div><div><label>域名服务商名称</label><select><option>GoDaddy</option></select></div>', { scope: 2, region: 'select', name: 'select' }],
    ['scope and region as lists in one row, the name after', '<div><label>接入商所属区域</label><select><option>境内</option></select><select><option>浙江省</option></select></div><div><label>接入服务商名称</label><select><option>阿里云</option></select></div>', { scope: 0, region: 'select', name: 'select', scopeList: true }],
  ])('%s', (_, html, expected) => {
    document.body.innerHTML = html;
    const fields = collectFields(document);
    const definition = WEBSITE_FIELDS.find((field) => field.path === 'website.accessProvider')!;
    const match = matchFields(WEBSITE_FIELDS, fields).get(definition.path)!;
    const parts = providerParts(definition, match, fields, WEBSITE_FIELDS);
    expect({ scope: parts.scope?.length ?? 0, region: parts.region?.kind, name: parts.name?.kind, ...(parts.scopeList ? { scopeList: true } : {}) }).toEqual(expected);
  });

  it('never takes another field’s box for the name (技术支持单位名称 is the technical support’s)', () => {
    document.body.innerHTML = '<div><label>接入服务商所在地</label><label><input type="radio" name="s"> 境内</label><label><input type="radio" name="s"> 境外</label><select><option>浙江省</option></select></div><div><label>技术支持单位名称</label><input></div>';
    const fields = collectFields(document);
    const definition = WEBSITE_FIELDS.find((field) => field.path === 'website.accessProvider')!;
    const parts = providerParts(definition, matchFields(WEBSITE_FIELDS, fields).get(definition.path)!, fields, WEBSITE_FIELDS);
    expect(parts.name).toBeUndefined();
  });
});

describe('a page as a person finds it', () => {
  const here = (url: string) => new URL(url) as unknown as Location;

  it('is the subject page when only 开办主体性质 shows, until it is chosen', () => {
    document.body.innerHTML = '<div><label for="n">开办主体性质</label><select id="n"><option value="">请选择</option><option>个人</option><option>企业</option></select></div>';
    expect(recognise(here('http://beian.mps.gov.cn/#/x'), document, PAGES)?.page.id).toBe('subject');
  });

  it('writes nothing on another route than the one detected, nor when the same place shows another page', async () => {
    document.body.innerHTML = `<table>${['负责人姓名', '负责人证件号码', '办公室电话', '手机号码', '电子邮件地址'].map((caption) => `<tr><td>${caption}：</td><td><input></td></tr>`).join('')}</table>`;
    const values = { 'subject.principal.name': { kind: 'text' as const, text: '周若溪' } };
    expect(await fillDocument(document, here('http://beian.mps.gov.cn/#/step3'), values, { pin: { location: '/#/subject', pageId: 'subject' } })).toEqual({ otherDocument: true });
    expect(await fillDocument(document, here('http://beian.mps.gov.cn/#/subject'), values, { pin: { location: '/#/subject', pageId: 'website-people' } })).toEqual({ otherDocument: true });
    expect([...document.querySelectorAll('input')].every((input) => input.value === '')).toBe(true);
  });

  it('finds the tabs of a form even when each sits in a wrapper of its own', () => {
    document.body.innerHTML = '<form><div class="tabs"><div class="w"><div class="x-tabs-tab x-tabs-tab--active">网站信息</div></div><div class="w"><div class="x-tabs-tab">接入信息</div></div></div><input></form>';
    document.querySelectorAll('.x-tabs-tab').forEach((tab) => tab.setAttribute('role', 'tab'));
    expect(tabStrips(document.body).map((strip) => strip.tabs.map((tab) => tab.textContent))).toEqual([['网站信息', '接入信息']]);
  });
});

describe('dates as pages write them', () => {
  it.each([
    ['2035-03-12', [2035, 3, 12]],
    ['2035/3/12', [2035, 3, 12]],
    ['2035年3月12日', [2035, 3, 12]],
    ['长期', undefined],
  ])('%j is %j', (text, parts) => {
    expect(dateParts(text)).toEqual(parts);
  });
});

describe('导出页面结构: the page’s shape with its public words only', () => {
  it('keeps captions, options and headings, and nothing typed, no name, no long number (not even in the route), no e-mail', () => {
    document.title = '新办网站申请';
    document.body.innerHTML = `<header>欢迎您，林晓峰</header><h3>网站基本信息</h3>
      <div class="item"><label>网站名称</label><input value="青梧商城" data-id="33010602012345"></div>
      <div class="item"><label>网站接入方式</label><select><option>云服务器</option><option>其他</option></select></div>
      <div class="item"><label>备注</label><textarea>linxiaofeng@qingwutech.cn 13857112345</textarea></div>
      <table><tr><td>330106198503121231</td><td>杭州青梧数字科技有限公司</td></tr></table>`;
    const { html, location } = pageStructure(document, { pathname: '/web/apply', hash: '#/draft/WZ2025061400173' });
    expect(location).toBe('/web/apply#/draft/WZ0');
    for (const kept of ['网站名称', '网站接入方式', '云服务器', '网站基本信息', '备注']) expect(html).toContain(kept);
    for (const gone of ['林晓峰', '青梧商城', '330106198503121231', '杭州青梧', 'linxiaofeng', '13857112345', '33010602012345']) expect(html).not.toContain(gone);
    expect(html).not.toMatch(/\d{5,}/);
  });
});

describe('a place as the page asks it', () => {
  it.each([
    ['three native selects, one per level', '<div><label>负责人常住地</label><select><option>浙江省</option></select><select><option>杭州市</option></select><select><option>西湖区</option></select></div>'],
    ['one cascading dropdown', '<div><label>负责人常住地</label><div role="combobox" aria-expanded="false" tabindex="0">请选择</div></div>'],
  ])('is filled where it is %s', (_, html) => {
    document.body.innerHTML = html;
    expect(matchFields(SUBJECT_FIELDS, collectFields(document)).get('subject.principal.residence')?.field.label).toBe('负责人常住地');
  });
});

describe('the subject page’s 单位名称 for a person', () => {
  it('is matched where the page names it the 主办者姓名', () => {
    document.body.innerHTML = '<div><label>开办主体性质</label><select><option>个人</option></select></div><div><label>主办者姓名</label><input></div><div><label>负责人姓名</label><input></div>';
    const matches = matchFields(SUBJECT_FIELDS, collectFields(document), { unit: false });
    expect(matches.get('subject.unitName')?.field.label).toBe('主办者姓名');
    expect(matches.get('subject.principal.name')?.field.label).toBe('负责人姓名');
  });

  it('is not missed where the page does not ask a person for it', async () => {
    document.body.innerHTML = '<div><label>开办主体性质</label><select><option value="">请选择</option><option>单位</option><option>个人</option></select></div><div><label>负责人姓名</label><input></div><div><label>负责人证件号码</label><input></div><div><label>手机号码</label><input></div>';
    const report = await fillDocument(document, new URL('http://beian.mps.gov.cn/#/web/subject') as unknown as Location, {
      'subject.nature': { kind: 'choice', options: ['个人'] },
      'subject.unitName': { kind: 'text', text: '周若溪' },
      'subject.principal.name': { kind: 'text', text: '周若溪' },
    });
    if (!('entries' in report)) throw new Error('the subject page was taken for another document');
    expect(report.entries.find((entry) => entry.path === 'subject.unitName')).toBeUndefined();
    expect(report.entries.find((entry) => entry.path === 'subject.principal.name')?.status).toBe('filled');
  });
});
