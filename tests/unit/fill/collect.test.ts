// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/fill/collect';
import { detectPage } from '@/lib/fill/detect';
import { matchField } from '@/lib/fill/engine';
import { PAGES } from '@/lib/pages/definitions';

const everythingVisible = () => true;

function collect(html: string) {
  document.body.innerHTML = html;
  return collectFields(document, everythingVisible).map((field) => ({
    label: field.label,
    blocks: field.blocks,
    kinds: field.controls.map((control) => control.kind),
    options: field.controls.map((control) => control.option).filter(Boolean),
  }));
}

describe('collect: fields as a person reads them', () => {
  it('takes a table row’s caption cell, without star, bullet or colon', () => {
    expect(collect('<table><tr><td class="tdt"><span>*</span> • 负责人姓名：</td><td><input id="x9f" name="fzrxm"></td></tr></table>')).toEqual([
      { label: '负责人姓名', blocks: [], kinds: ['text'], options: [] },
    ]);
  });

  it('takes Element’s form-item label, and treats el-select and el-cascader as one control each', () => {
    const fields = collect(`
      <div class="el-card"><div class="el-card__header">负责人信息</div>
        <div class="el-form-item"><label class="el-form-item__label">负责人证件类型</label>
          <div class="el-select"><div class="el-select__wrapper"><input class="el-select__input" readonly></div></div></div>
        <div class="el-form-item"><label class="el-form-item__label">负责人常住地</label>
          <div class="el-cascader"><div class="el-input"><input></div></div></div>
      </div>`);
    expect(fields).toEqual([
      { label: '负责人证件类型', blocks: ['负责人信息'], kinds: ['el-select'], options: [] },
      { label: '负责人常住地', blocks: ['负责人信息'], kinds: ['el-cascader'], options: [] },
    ]);
  });

  it('falls back to <label for>, a wrapping label, aria-label, then the placeholder', () => {
    expect(collect(`
      <div><label for="a1">详细地址</label><input id="a1"></div>
      <div><label>备注 <textarea></textarea></label></div>
      <div><input aria-label="办公室电话"></div>
      <div><input placeholder="请填写电子邮件地址"></div>`).map((field) => field.label)).toEqual(['详细地址', '备注', '办公室电话', '请填写电子邮件地址']);
  });

  it('groups a row’s radios and checkboxes with their option labels', () => {
    const [field] = collect(`<table><tr><td>服务类型：</td><td>
      <label><input type="checkbox" value="1"> www服务</label><label><input type="checkbox" value="2"> 论坛/bbs</label></td></tr></table>`);
    expect(field).toMatchObject({ label: '服务类型', kinds: ['checkbox', 'checkbox'], options: ['www服务', '论坛/bbs'] });
  });

  it('sees a repeatable field with no rows yet by its 添加 button, and no other button', () => {
    expect(collect('<table><tr><td>子域名：</td><td><button type="button">添加</button></td></tr><tr><td></td><td><button>下一步</button></td></tr></table>')).toEqual([
      { label: '子域名', blocks: [], kinds: ['add-row'], options: [] },
    ]);
  });

  it('records every block heading a field sits under, innermost first', () => {
    const [field] = collect(`<div class="block"><div class="block-title">• 网站安全负责人信息</div>
      <table><tr><td>负责人姓名：</td><td><input></td></tr></table></div>`);
    expect(field!.blocks).toEqual(['网站安全负责人信息']);
  });
});

describe('match: a definition finds its field by label and block', () => {
  it('tells the principal’s 负责人姓名 from the security officer’s', () => {
    document.body.innerHTML = `
      <div class="block"><div class="block-title">负责人信息</div><table><tr><td>负责人姓名：</td><td><input id="p"></td></tr></table></div>
      <div class="block"><div class="block-title">网站安全负责人信息</div><table><tr><td>负责人姓名：</td><td><input id="s"></td></tr></table></div>`;
    const fields = collectFields(document, everythingVisible);
    const people = PAGES.find((page) => page.id === 'website-people')!;
    const subject = PAGES.find((page) => page.id === 'subject')!;
    const securityName = people.fields.find((field) => field.path === 'website.people.security.name')!;
    const principalName = subject.fields.find((field) => field.path === 'subject.principal.name')!;
    expect(matchField(securityName, fields)?.field.controls[0]!.element.id).toBe('s');
    expect(matchField(principalName, fields)?.field.controls[0]!.element.id).toBe('p');
  });

  it('accepts a synonym of the label', () => {
    document.body.innerHTML = '<table><tr><td>开办主体性质：</td><td><select><option>个人</option></select></td></tr></table>';
    const nature = PAGES.find((page) => page.id === 'subject')!.fields.find((field) => field.path === 'subject.nature')!;
    expect(matchField(nature, collectFields(document, everythingVisible))).toBeDefined();
  });
});

describe('detect: which platform page this is', () => {
  const at = (url: string, html: string) => {
    document.body.innerHTML = html;
    return detectPage(new URL(url) as unknown as Location, document)?.id;
  };

  it('knows the subject page on both hosts by location and heading', () => {
    expect(at('http://www.beian.gov.cn/portal/user/subject', '<h3>网站开办主体</h3>')).toBe('subject');
    expect(at('https://beian.mps.gov.cn/#/web/subject', '<h2>新增主体</h2>')).toBe('subject');
  });

  it('tells the wizard’s steps apart by the step marked active', () => {
    const steps = (active: number) =>
      `<ol class="steps">${['网站开办主体', '网站基本信息', '网站负责人', '提示说明'].map((name, index) => `<li class="${index === active ? 'active' : ''}">${name}</li>`).join('')}</ol>`;
    expect(at('http://www.beian.gov.cn/portal/user/website/apply?step=2', steps(1))).toBe('website-basic');
    expect(at('http://www.beian.gov.cn/portal/user/website/apply?step=3', steps(2))).toBe('website-people');
  });

  it('knows nothing of other sites, or of a platform page without its landmark', () => {
    expect(at('http://example.com/portal/user/subject', '<h3>网站开办主体</h3>')).toBeUndefined();
    expect(at('http://www.beian.gov.cn/portal/user/subject', '<h3>登录</h3>')).toBeUndefined();
  });
});
