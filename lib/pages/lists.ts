/**
 * The platform's lists of websites (审核中网站 · 未备案网站 · 待认领网站 · 已备案网站 · 已保存草稿), as
 * data: which column captions say what, and which filing status each tab means. The DOM engine
 * (lib/fill/lists.ts) finds the tables; the background matches their rows to the book.
 */
export type ListColumnKey = 'name' | 'domain' | 'recordNumber' | 'appliedOn' | 'approvedOn' | 'status';

/** Captions of each kind of column, compared by meaning (lib/fill/text.ts `canonical`). */
export const LIST_COLUMNS: Readonly<Record<ListColumnKey, readonly string[]>> = {
  name: ['网站名称'],
  domain: ['网站域名', '域名', '主域名', '网站主域名', '网址', '网站地址'],
  recordNumber: ['公安机关备案号', '公安部备案号', '网站公安机关备案号', '公安备案号', '联网备案号', '备案号'],
  appliedOn: ['申请日期', '申请时间', '提交日期', '提交时间'],
  approvedOn: ['完成日期', '备案日期', '备案时间', '审核通过日期', '通过日期', '完成时间'],
  status: ['状态', '审核状态', '备案状态', '办理状态'],
};

/**
 * A list is a list of websites when it has a domain or a name column (the 已备案网站 list may show
 * only names, its 备案号代码 block the domains); the other columns are taken when present.
 */
export const LIST_KEY_COLUMNS: readonly ListColumnKey[] = ['domain', 'name'];

/** What being listed under a tab says of a website's filing: statuses of the book's code list (FILING_STATUSES), which takes them as they are. */
export type ListedStatus = 'draft' | 'reviewing' | 'approved';

export interface ListTab {
  /** The tab's caption, without the count the platform adds (已备案网站(3)). */
  captions: readonly string[];
  /** What being listed under it says of a website; none when it says nothing of its own filing. */
  status?: ListedStatus;
}

export const LIST_TABS: readonly ListTab[] = [
  { captions: ['审核中网站', '审核中'], status: 'reviewing' },
  { captions: ['未备案网站'], status: 'draft' },
  { captions: ['待认领网站', '已办网站认领'] },
  { captions: ['已备案网站', '已备案'], status: 'approved' },
  { captions: ['已保存草稿', '草稿箱', '草稿'], status: 'draft' },
];

/** Pages that are one list, for when no tab is shown as the active one: the page's title names it. */
export const LIST_OF_PAGE: Readonly<Record<string, string>> = {
  filed: '已备案网站',
  unfiled: '未备案网站',
  claim: '待认领网站',
};
