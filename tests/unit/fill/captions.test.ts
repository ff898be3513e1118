// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { aria } from '@/lib/fill/captions/aria';
import { definitionList } from '@/lib/fill/captions/definition-list';
import { divTable } from '@/lib/fill/captions/div-table';
import { following } from '@/lib/fill/captions/following';
import { formItem } from '@/lib/fill/captions/form-item';
import { group } from '@/lib/fill/captions/group';
import { inside } from '@/lib/fill/captions/inside';
import { labelElement } from '@/lib/fill/captions/label';
import { listItem } from '@/lib/fill/captions/list-item';
import { placeholder } from '@/lib/fill/captions/placeholder';
import { previousText } from '@/lib/fill/captions/previous-text';
import { tableAbove, tableLeft } from '@/lib/fill/captions/table';
import { title } from '@/lib/fill/captions/title';
import type { CaptionStrategy } from '@/lib/fill/captions/types';

/**
 * Each caption strategy alone, on its own fixtures: the markup, the control (`#t`) or group it is
 * asked about, and the caption it must find — or that it must find none, leaving the next
 * strategy to try. "Another field's territory" is any control that is not the target's.
 */
const CONTROLS = 'input, select, textarea, [role="combobox"]';

function captionOf(strategy: CaptionStrategy, html: string): string | undefined {
  document.body.innerHTML = html;
  const target = document.querySelector<HTMLElement>('#t')!;
  const foreign = (element: Element) => [...(element.matches(CONTROLS) ? [element] : []), ...element.querySelectorAll(CONTROLS)].some((control) => !target.contains(control) && control !== target);
  return strategy({ target, foreign })?.text;
}

type Case = [description: string, html: string, caption: string | undefined];

const STRATEGIES: [string, CaptionStrategy, Case[]][] = [
  ['form-item (component libraries)', formItem, [
    ['Element’s form-item label', '<div class="el-form-item"><label class="el-form-item__label">* 负责人姓名</label><div class="el-form-item__content"><input id="t"></div></div>', '负责人姓名'],
    ['Ant Design’s label column', '<div class="ant-form-item"><div class="ant-form-item-label"><label title="主域名">主域名</label></div><div><input id="t"></div></div>', '主域名'],
    ['iView’s form-item label', '<div class="ivu-form-item"><label class="ivu-form-item-label">网站名称</label><div><input id="t"></div></div>', '网站名称'],
    ['layui’s form label', '<div class="layui-form-item"><label class="layui-form-label">备注</label><div class="layui-input-block"><textarea id="t"></textarea></div></div>', '备注'],
    ['an empty label leaves it to the next strategy', '<div class="el-form-item"><label class="el-form-item__label"></label><input id="t"></div>', undefined],
  ]],
  ['label (explicit labels)', labelElement, [
    ['<label for>', '<label for="t">详细地址：</label><input id="t">', '详细地址'],
    ['a wrapping label', '<label>备注 <textarea id="t"></textarea></label>', '备注'],
    ['not another control’s label', '<label for="t">姓名 <input></label><input id="t">', undefined],
  ]],
  ['aria', aria, [
    ['aria-label', '<input id="t" aria-label="办公室电话">', '办公室电话'],
    ['aria-labelledby wins over aria-label', '<span id="l">手机号码</span><input id="t" aria-labelledby="l" aria-label="x">', '手机号码'],
    ['on the input inside a widget', '<div id="t" class="x"><input aria-label="证件类型"></div>', '证件类型'],
  ]],
  ['table-left', tableLeft, [
    ['the cell to the left', '<table><tr><td>* 负责人姓名：</td><td><input id="t"></td></tr></table>', '负责人姓名'],
    ['four columns: its own caption cell, not the row’s first', '<table><tr><td>姓名</td><td><input></td><td>手机号码</td><td><input id="t"></td></tr></table>', '手机号码'],
    ['another field’s cell ends the search', '<table><tr><td>姓名</td><td><input></td><td><input id="t"></td></tr></table>', undefined],
  ]],
  ['table-above', tableAbove, [
    ['the header in the same column', '<table><tr><th>姓名</th><th>证件号码</th></tr><tr><td><input></td><td><input id="t"></td></tr></table>', '证件号码'],
    ['a full-width caption above a full-width control', '<table><tr><th colspan="2">服务类型</th></tr><tr><td colspan="2"><input id="t"></td></tr></table>', '服务类型'],
  ]],
  ['definition-list', definitionList, [
    ['the term before the description', '<dl><dt>负责人证件类型</dt><dd><select id="t"></select></dd></dl>', '负责人证件类型'],
  ]],
  ['inside (groups of options)', inside, [
    ['the question in the group’s own box, without the options', '<div id="t"><span>是否提供交互服务</span><label><input type="radio">是</label><label><input type="radio">否</label></div>', '是否提供交互服务'],
    ['bare option words after each radio are not the question', '<div id="t">网站性质 <input type="radio">经营性 <input type="radio">非经营性</div>', '网站性质'],
  ]],
  ['previous-text', previousText, [
    ['text right before', '<p>负责人姓名：<input id="t"></p>', '负责人姓名'],
    ['words split over inline elements', '<p>负责人<b>姓名</b>：<input id="t"></p>', '负责人姓名'],
    ['a label before', '<div><label>电子邮件地址</label><input id="t"></div>', '电子邮件地址'],
    ['a part label (反面) is stepped over, to what names the field', '<div>负责人证件 正面<input type="file"> 反面<input id="t" type="file"></div>', undefined],
    ['a block’s heading is not a field’s caption', '<div><h4>负责人信息</h4><input id="t"><input></div>', undefined],
    ['a title-like caption in a box of the field’s own is', '<div class="x"><div class="item-title">证件号码</div><input id="t"></div>', '证件号码'],
    ['a hint before is skipped', '<div>手机号码 <span class="hint">(必填)</span><input id="t"></div>', '手机号码'],
  ]],
  ['following (floating labels)', following, [
    ['a label after the control', '<div class="form-floating"><input id="t" placeholder=" "><label>负责人姓名</label></div>', '负责人姓名'],
  ]],
  ['div-table', divTable, [
    ['a label beside the control’s div', '<div class="row"><label>负责人姓名：</label><div class="c"><input id="t"></div></div>', '负责人姓名'],
    ['a caption div above the control', '<div class="f"><div class="cap">证件号码</div><div><input id="t"></div></div>', '证件号码'],
    ['stops at another field’s territory', '<div><label>姓名</label><input></div><div><div><input id="t"></div></div>', undefined],
  ]],
  ['list-item', listItem, [
    ['the item’s words', '<ul><li>负责人姓名 <input id="t"></li></ul>', '负责人姓名'],
    ['not an item holding other fields', '<ul><li>姓名 <input> 手机 <input id="t"></li></ul>', undefined],
  ]],
  ['group', group, [
    ['a fieldset’s legend around this field only', '<fieldset><legend>负责人常住地</legend><select id="t"></select></fieldset>', '负责人常住地'],
    ['role="group" with aria-label', '<div role="group" aria-label="子域名"><input id="t"></div>', '子域名'],
    ['not a block holding other fields', '<fieldset><legend>负责人信息</legend><input><input id="t"></fieldset>', undefined],
  ]],
  ['placeholder', placeholder, [
    ['the placeholder attribute', '<input id="t" placeholder="请填写负责人姓名">', '请填写负责人姓名'],
    ['a select’s empty first option', '<select id="t"><option value="">请选择负责人证件类型</option></select>', '请选择负责人证件类型'],
    ['a part’s placeholder is no caption', '<select id="t"><option value="">请选择省</option></select>', undefined],
  ]],
  ['title', title, [
    ['the tooltip', '<input id="t" title="服务器台数">', '服务器台数'],
  ]],
];

describe.each(STRATEGIES)('caption strategy %s', (_name, strategy, cases) => {
  it.each(cases)('%s', (_description, html, caption) => {
    expect(captionOf(strategy, html)).toBe(caption);
  });
});
