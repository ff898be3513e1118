// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWebsiteLists } from '@/lib/fill/lists';
import { withMarkupLayout } from '../../helpers/layout';

let restore: () => void;
beforeAll(() => {
  restore = withMarkupLayout();
});
afterAll(() => restore());

function listsOf(html: string) {
  document.body.innerHTML = html;
  return readWebsiteLists(document);
}

const table = (headers: string[], rows: string[][]) =>
  `<table><thead><tr>${headers.map((header) => `<th>${header}</th>`).join('')}</tr></thead><tbody>${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

describe('reading the platform’s lists of websites', () => {
  it('reads a table under the tab marked active, each cell under the kind of column its header says', () => {
    const tabs = '<ul class="nav nav-tabs"><li><a>审核中网站(0)</a></li><li class="active"><a>已备案网站(1)</a></li></ul>';
    expect(listsOf(tabs + table(['网站名称', '网站类别', '申请日期', '完成日期', '公安机关备案号', '工信部备案号'], [['青梧科技官网', '非交互式', '2024-03-01', '2024-03-08', '33010602012345', '浙ICP备2023012345号-1']]))).toEqual([
      { tab: '已备案网站', rows: [{ name: '青梧科技官网', appliedOn: '2024-03-01', approvedOn: '2024-03-08', recordNumber: '33010602012345' }] },
    ]);
  });

  it('reads Element’s el-table, whose header and body are two tables, and only the visible tab pane', () => {
    const elTable = (rows: string[][]) =>
      `<div class="el-table"><div class="el-table__header-wrapper"><table><thead><tr><th><div class="cell">网站名称</div></th><th><div class="cell">网站域名</div></th><th><div class="cell">提交时间</div></th><th class="gutter"></th></tr></thead></table></div>` +
      `<div class="el-table__body-wrapper"><table><tbody>${rows.map((cells) => `<tr>${cells.map((cell) => `<td><div class="cell">${cell}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div></div>`;
    const html =
      '<div class="el-tabs__nav" role="tablist"><div class="el-tabs__item is-active" role="tab" aria-selected="true">审核中网站(1)</div><div class="el-tabs__item" role="tab" aria-selected="false">未备案网站(2)</div></div>' +
      `<div role="tabpanel">${elTable([['青梧商城', 'qingwushop.com', '2026-11-25 10:02:11']])}</div>` +
      `<div role="tabpanel" style="display: none">${elTable([['青梧开发者文档', 'qingwudev.cn', '']])}</div>`;
    expect(listsOf(html)).toEqual([{ tab: '审核中网站', rows: [{ name: '青梧商城', domain: 'qingwushop.com', appliedOn: '2026-11-25 10:02:11' }] }]);
  });

  it('reads Ant Design’s table (one table, cells in spans) under its active tab', () => {
    const html =
      '<div class="ant-tabs-nav"><div class="ant-tabs-tab"><div role="tab" aria-selected="false">审核中网站(0)</div></div><div class="ant-tabs-tab ant-tabs-tab-active"><div role="tab" aria-selected="true">已保存草稿(1)</div></div></div>' +
      '<table><thead class="ant-table-thead"><tr><th class="ant-table-cell">网站名称</th><th class="ant-table-cell">网站域名</th><th class="ant-table-cell">操作</th></tr></thead>' +
      '<tbody class="ant-table-tbody"><tr class="ant-table-row"><td class="ant-table-cell"><span>青梧商城</span></td><td class="ant-table-cell"><a>qingwushop.com</a></td><td class="ant-table-cell"><a>继续填写</a></td></tr></tbody></table>';
    expect(listsOf(html)).toEqual([{ tab: '已保存草稿', rows: [{ name: '青梧商城', domain: 'qingwushop.com' }] }]);
  });

  it('reads iView’s table, split like Element’s, under a tab marked by its class alone', () => {
    const html =
      '<div class="ivu-tabs-nav"><div class="ivu-tabs-tab tab-inactive">未备案网站</div><div class="ivu-tabs-tab ivu-tabs-tab-active">审核中网站</div></div>' +
      '<div class="ivu-table-wrapper"><div class="ivu-table"><div class="ivu-table-header"><table><thead><tr><th><div class="ivu-table-cell"><span>网站名称</span></div></th><th><div class="ivu-table-cell"><span>主域名</span></div></th><th><div class="ivu-table-cell"><span>审核状态</span></div></th></tr></thead></table></div>' +
      '<div class="ivu-table-body"><table><tbody class="ivu-table-tbody"><tr class="ivu-table-row"><td><div class="ivu-table-cell">青梧商城</div></td><td><div class="ivu-table-cell">qingwushop.com</div></td><td><div class="ivu-table-cell">审核不通过</div></td></tr></tbody></table></div></div></div>';
    expect(listsOf(html)).toEqual([{ tab: '审核中网站', rows: [{ name: '青梧商城', domain: 'qingwushop.com', status: '审核不通过' }] }]);
  });

  it('leaves out tables of other things, and the 暂无数据 row of an empty list', () => {
    expect(listsOf(table(['姓名', '手机号码'], [['林晓峰', '13800138000']]) + table(['网站名称', '网站域名'], [['暂无数据']]))).toEqual([{ rows: [] }]);
  });
});
