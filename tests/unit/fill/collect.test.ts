// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/fill/collect';
import { withMarkupLayout } from '../../helpers/layout';

let restore: () => void;
beforeAll(() => {
  restore = withMarkupLayout();
});
afterAll(() => restore());

function collect(html: string) {
  document.body.innerHTML = html;
  return collectFields(document).map((field) => ({
    label: field.label,
    kinds: field.controls.map((control) => control.kind),
    blocks: field.blocks,
  }));
}

describe('collect: fields as a person reads them', () => {
  it('treats a component library’s widgets as one control each', () => {
    expect(collect(`
      <div class="el-form-item"><label class="el-form-item__label">负责人证件类型</label><div class="el-select"><div class="el-select__wrapper"><input readonly></div></div></div>
      <div class="ant-form-item"><div class="ant-form-item-label"><label>负责人常住地</label></div><div class="ant-select ant-cascader"><input></div></div>
      <div class="ivu-form-item"><label class="ivu-form-item-label">证件有效期</label><div class="ivu-date-picker"><input></div></div>`)).toEqual([
      { label: '负责人证件类型', kinds: ['combobox'], blocks: [] },
      { label: '负责人常住地', kinds: ['cascader'], blocks: [] },
      { label: '证件有效期', kinds: ['date'], blocks: [] },
    ]);
  });

  it('groups radios by their question, and a region’s three selects under one caption', () => {
    expect(collect(`
      <table><tr><td>是否提供互联网交互服务：</td><td><label><input type="radio" name="a"> 是</label><label><input type="radio" name="a"> 否</label></td></tr>
      <tr><td>负责人常住地：</td><td><select><option value="">请选择省</option></select><select><option value="">请选择市</option></select><select><option value="">请选择区</option></select></td></tr></table>`)).toEqual([
      { label: '是否提供互联网交互服务', kinds: ['radio', 'radio'], blocks: [] },
      { label: '负责人常住地', kinds: ['select', 'select', 'select'], blocks: [] },
    ]);
  });

  it('gives a captionless part (反面 beside 正面) its partner’s caption', () => {
    expect(collect('<div><label>负责人证件</label><div><span>正面 <input type="file"></span><span>反面 <input type="file"></span></div></div>')).toEqual([
      { label: '负责人证件', kinds: ['file', 'file'], blocks: [] },
    ]);
  });

  it('puts a provider’s region select with the 境内/境外 radios that share its box', () => {
    expect(collect(`<div><label>域名服务商所属区域</label><div><label><input type="radio" name="s"> 境内</label><label><input type="radio" name="s"> 境外</label>
      <select><option value="">请选择</option></select></div></div>`)).toEqual([{ label: '域名服务商所属区域', kinds: ['radio', 'radio', 'select'], blocks: [] }]);
  });

  it('sees a repeatable field with no rows yet by its 添加 button — also written “添 加” — and no other button', () => {
    expect(collect('<table><tr><td>子域名：</td><td><button type="button">添 加</button></td></tr><tr><td></td><td><button>下一步</button></td></tr></table>')).toEqual([
      { label: '子域名', kinds: ['add-row'], blocks: [] },
    ]);
  });

  it('knows the block each field sits in, from the heading above it: a heading tag, a card header, a full-width table row', () => {
    const fields = collect(`
      <h4>网站安全负责人信息</h4><div><label>姓名</label><input></div>
      <div class="el-card"><div class="el-card__header">网站信息联络人</div><div><label>姓名</label><input></div></div>
      <table><tr><th colspan="2">舆情引导员信息</th></tr><tr><td>姓名</td><td><input></td></tr></table>`);
    expect(fields.map((field) => field.blocks[0])).toEqual(['网站安全负责人信息', '网站信息联络人', '舆情引导员信息']);
  });

  it('takes no hidden heading for a block, and no field caption for a heading', () => {
    const fields = collect(`<h4>负责人信息</h4><fieldset hidden><legend>管制物品</legend><input type="checkbox"></fieldset>
      <div class="item-title">证件号码</div><input>`);
    expect(fields).toEqual([{ label: '证件号码', kinds: ['text'], blocks: ['负责人信息'] }]);
  });

  it('leaves out what is not a field: hidden controls, popups’ inputs, submit buttons', () => {
    expect(collect(`<input type="hidden"><input style="display:none"><div class="el-select-dropdown"><input></div>
      <button>提交</button><label>网站名称<input></label>`)).toEqual([{ label: '网站名称', kinds: ['text'], blocks: [] }]);
  });
});
