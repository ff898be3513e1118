// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/fill/collect';
import { matchFields, similarity } from '@/lib/fill/match';
import { canonical } from '@/lib/fill/text';
import { SUBJECT_FIELDS } from '@/lib/pages/subject';
import { WEBSITE_FIELDS } from '@/lib/pages/website-basic';
import { PEOPLE_FIELDS } from '@/lib/pages/website-people';
import { withMarkupLayout } from '../../helpers/layout';

let restore: () => void;
beforeAll(() => {
  restore = withMarkupLayout();
});
afterAll(() => restore());

function match(definitions: typeof SUBJECT_FIELDS, html: string, options = {}) {
  document.body.innerHTML = html;
  const fields = collectFields(document);
  const matches = matchFields(definitions, fields, options);
  return Object.fromEntries([...matches].map(([path, found]) => [path, `${found.field.label}${found.name ? ` + ${found.name.label}` : ''}`]));
}

const row = (caption: string, control = '<input>') => `<tr><td>${caption}：</td><td>${control}</td></tr>`;
const table = (...rows: string[]) => `<table>${rows.join('')}</table>`;

describe('matching captions to fields by meaning', () => {
  it.each([
    ['手机号码', '手机号码', 1],
    ['网站负责人姓名', '负责人姓名', 0.8],
    ['办公电话', '办公室电话', 0.6],
    ['QQ号码', '手机号码', 0],
    ['名称', '网站名称', 0],
  ])('reads %j as %j with about %d', (caption, wording, score) => {
    expect(similarity(canonical(caption), canonical(wording))).toBeCloseTo(score, 0);
  });

  it('finds each subject field under a wording the definitions do not list', () => {
    const found = match(SUBJECT_FIELDS, table(row('主体性质', '<select><option>个人</option></select>'), row('负责人名称'), row('负责人手机号'), row('电子邮件'), row('固定电话')));
    expect(found).toMatchObject({
      'subject.nature': '主体性质',
      'subject.principal.mobile': '负责人手机号',
      'subject.principal.email': '电子邮件',
      'subject.principal.officePhone': '固定电话',
    });
  });

  it('tells repeated captions apart by the blocks above them, and without headings by their order (security first)', () => {
    document.body.innerHTML = `<h4>网站信息联络人</h4>${table(row('手机号码'))}<h4>网站安全负责人信息</h4>${table(row('手机号码'))}`;
    const headed = collectFields(document);
    const byHeading = matchFields(PEOPLE_FIELDS, headed);
    expect(headed.indexOf(byHeading.get('website.people.liaison.mobile')!.field)).toBe(0);
    expect(headed.indexOf(byHeading.get('website.people.security.mobile')!.field)).toBe(1);
    document.body.innerHTML = table(row('姓名'), row('手机号码'), row('姓名'), row('手机号码'));
    const fields = collectFields(document);
    const matches = matchFields(PEOPLE_FIELDS, fields);
    expect(fields.indexOf(matches.get('website.people.security.name')!.field)).toBe(0);
    expect(fields.indexOf(matches.get('website.people.liaison.name')!.field)).toBe(2);
  });

  it('needs no block heading when a caption is unique on the page', () => {
    expect(match(SUBJECT_FIELDS, `<h3>网站开办主体</h3>${table(row('手机号码'), row('电子邮件地址'))}`)).toEqual({
      'subject.principal.mobile': '手机号码',
      'subject.principal.email': '电子邮件地址',
    });
  });

  it('prefers the wording only one field has: 单位证件号 is the unit’s, the plain 证件号码 the principal’s', () => {
    expect(match(SUBJECT_FIELDS, table(row('证件号码'), row('单位证件号')))).toMatchObject({
      'subject.unitCertNumber': '单位证件号',
      'subject.principal.certNumber': '证件号码',
    });
  });

  it('looks for no unit field when the subject is a person', () => {
    expect(match(SUBJECT_FIELDS, table(row('证件号码')), { unit: false })).toEqual({ 'subject.principal.certNumber': '证件号码' });
  });

  it('only matches a field whose controls can hold the value: 负责人证件 is the scan, not the number', () => {
    expect(match(SUBJECT_FIELDS, table(row('负责人证件', '<input type="file">'), row('负责人证件号码')))).toMatchObject({
      'subject.principal.certScans': '负责人证件',
      'subject.principal.certNumber': '负责人证件号码',
    });
  });

  it('finds a provider’s name in the field after its region, each provider its own', () => {
    const found = match(WEBSITE_FIELDS, table(row('接入商所属区域', '<select></select>'), row('名称', '<select></select>'), row('域名服务商所属区域', '<select></select>'), row('名称', '<select></select>')));
    expect(found['website.accessProvider']).toBe('接入商所属区域 + 名称');
    expect(found['website.registrar']).toBe('域名服务商所属区域 + 名称');
  });

  it('never matches a captcha, an SMS code, a password or the statement', () => {
    expect(match(SUBJECT_FIELDS, table(row('手机验证码'), row('短信验证码')))).toEqual({});
  });
});

describe('what the person taught (指定)', () => {
  const lesson = { id: 'l1', path: 'subject.principal.mobile', caption: '常用联系方式', position: 0 };
  const page = (ids: string) => table(row('常用联系方式', `<input id="${ids}1" class="${ids}">`), row('负责人姓名', `<input id="${ids}2">`));

  it('finds the taught control again after the page changed its ids and classes', () => {
    expect(match(SUBJECT_FIELDS, page('a'), { lessons: [lesson] })).toMatchObject({ 'subject.principal.mobile': '常用联系方式' });
    expect(match(SUBJECT_FIELDS, page('zz9'), { lessons: [lesson] })).toMatchObject({ 'subject.principal.mobile': '常用联系方式' });
  });

  it('tells two controls with the same caption apart by their place', () => {
    document.body.innerHTML = table(row('联系方式'), row('联系方式'));
    const fields = collectFields(document);
    const matches = matchFields(SUBJECT_FIELDS, fields, {
      lessons: [
        { id: 'office', path: 'subject.principal.officePhone', caption: '联系方式', position: 0 },
        { id: 'mobile', path: 'subject.principal.mobile', caption: '联系方式', position: 1 },
      ],
    });
    expect(fields.indexOf(matches.get('subject.principal.officePhone')!.field)).toBe(0);
    expect(fields.indexOf(matches.get('subject.principal.mobile')!.field)).toBe(1);
    expect(matches.get('subject.principal.mobile')!.lesson).toBe('mobile');
  });

  it('overrides what the caption would have matched, and applies no more once deleted', () => {
    const html = table(row('手机号码'), row('办公室电话'));
    expect(match(SUBJECT_FIELDS, html, { lessons: [{ id: 'swap', path: 'subject.principal.officePhone', caption: '手机号码', position: 0 }] })).toMatchObject({
      'subject.principal.officePhone': '手机号码',
    });
    expect(match(SUBJECT_FIELDS, html, { lessons: [] })).toMatchObject({ 'subject.principal.officePhone': '办公室电话', 'subject.principal.mobile': '手机号码' });
  });

  it('never lets a lesson fill a captcha or SMS code', () => {
    expect(match(SUBJECT_FIELDS, table(row('手机验证码')), { lessons: [{ id: 'x', path: 'subject.principal.mobile', caption: '手机验证码', position: 0 }] })).toEqual({});
  });
});
