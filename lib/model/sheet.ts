import {
  ACCESS_METHODS,
  FILING_STATUSES,
  PERSON_CERT_TYPES,
  PROVIDER_SCOPES,
  SERVICE_TYPES,
  SUBJECT_NATURES,
  UNIT_CERT_TYPES,
  filingStatusOf,
  labelOf,
  type CodeEntry,
} from './codes';
import type { Client, Website, WebsitePerson } from './profile';

/**
 * The book as a spreadsheet: one row per website (a client without one gets a row of its own),
 * each column headed by the platform's caption, values in the platform's words (labels, not
 * codes). The columns are data: the export writes them, and the template is their headers.
 */
export interface SheetColumn {
  header: string;
  cell: (client: Client, website: Website | undefined) => string;
}

const label = (list: readonly CodeEntry[], code: string | undefined) => (code ? (labelOf(list, code) ?? code) : '');
const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? '是' : '否');
/** Lists in one cell: 、 between items, as the platform's own forms show several choices. */
const many = (items: readonly string[] | undefined) => (items ?? []).join('、');

function personColumns(role: 'security' | 'liaison', caption: string): SheetColumn[] {
  const person = (website: Website | undefined): WebsitePerson | undefined => website?.people[role];
  return [
    { header: `${caption}同主体负责人`, cell: (_client, website) => yesNo(person(website)?.sameAsPrincipal) },
    { header: `${caption}姓名`, cell: (_client, website) => person(website)?.name ?? '' },
    { header: `${caption}证件类型`, cell: (_client, website) => label(PERSON_CERT_TYPES, person(website)?.certType) },
    { header: `${caption}证件号码`, cell: (_client, website) => person(website)?.certNumber ?? '' },
    { header: `${caption}手机号码`, cell: (_client, website) => person(website)?.mobile ?? '' },
    { header: `${caption}电子邮件地址`, cell: (_client, website) => person(website)?.email ?? '' },
  ];
}

export const SHEET_COLUMNS: readonly SheetColumn[] = [
  { header: '客户名称', cell: (client) => client.displayName },
  { header: '标签', cell: (client) => many(client.tags) },
  { header: '主办单位性质', cell: (client) => label(SUBJECT_NATURES, client.subject.nature) },
  { header: '主办单位名称', cell: (client) => client.subject.unitName },
  { header: '单位证件类型', cell: (client) => label(UNIT_CERT_TYPES, client.subject.unitCertType) },
  { header: '单位证件号码', cell: (client) => client.subject.unitCertNumber },
  { header: '投资或主管单位', cell: (client) => client.subject.supervisor },
  { header: '单位地址', cell: (client) => client.subject.unitAddress },
  {
    header: '负责人常住地',
    cell: (client) => [client.subject.principal.residence.provinceName, client.subject.principal.residence.cityName, client.subject.principal.residence.districtName].filter(Boolean).join(' '),
  },
  { header: '详细地址', cell: (client) => client.subject.principal.residenceDetail },
  { header: '负责人姓名', cell: (client) => client.subject.principal.name },
  { header: '负责人证件类型', cell: (client) => label(PERSON_CERT_TYPES, client.subject.principal.certType) },
  { header: '负责人证件号码', cell: (client) => client.subject.principal.certNumber },
  { header: '证件有效期', cell: (client) => client.subject.principal.certExpiry },
  { header: '办公室电话', cell: (client) => client.subject.principal.officePhone },
  { header: '手机号码', cell: (client) => client.subject.principal.mobile },
  { header: '电子邮件地址', cell: (client) => client.subject.principal.email },
  { header: '网站名称', cell: (_client, website) => website?.name ?? '' },
  { header: '工信部备案号', cell: (_client, website) => website?.icpNumber ?? '' },
  { header: '主域名', cell: (_client, website) => website?.domain ?? '' },
  { header: '子域名', cell: (_client, website) => many(website?.subdomains) },
  { header: '网站IP', cell: (_client, website) => many(website?.ips) },
  { header: '网站开通日期', cell: (_client, website) => website?.openedOn ?? '' },
  { header: '网络接入方式', cell: (_client, website) => label(ACCESS_METHODS, website?.accessMethod) },
  { header: '接入服务商所属区域', cell: (_client, website) => (website ? `${label(PROVIDER_SCOPES, website.accessProvider.scope)} ${website.accessProvider.region}`.trim() : '') },
  { header: '接入服务商名称', cell: (_client, website) => website?.accessProvider.name ?? '' },
  { header: '域名服务商所属区域', cell: (_client, website) => (website ? `${label(PROVIDER_SCOPES, website.registrar.scope)} ${website.registrar.region}`.trim() : '') },
  { header: '域名服务商名称', cell: (_client, website) => website?.registrar.name ?? '' },
  { header: '是否提供互联网交互服务', cell: (_client, website) => yesNo(website?.interactive) },
  { header: '服务类型', cell: (_client, website) => many(website?.serviceTypes.map((code) => label(SERVICE_TYPES, code))) },
  ...personColumns('security', '网站安全负责人'),
  ...personColumns('liaison', '网站信息联络人'),
  { header: '备案状态', cell: (_client, website) => (website ? label(FILING_STATUSES, filingStatusOf(website.filing)) : '') },
  { header: '退回原因', cell: (_client, website) => website?.filing.returnedReason ?? '' },
  { header: '公安备案号', cell: (_client, website) => website?.filing.recordNumber ?? '' },
];

/** The rows of a client: one per website, or one with the website's columns empty. */
export function sheetRows(client: Client, columns: readonly SheetColumn[] = SHEET_COLUMNS): string[][] {
  const websites: (Website | undefined)[] = client.websites.length ? client.websites : [undefined];
  return websites.map((website) => columns.map((column) => column.cell(client, website)));
}
