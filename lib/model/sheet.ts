import {
  ACCESS_METHODS,
  FILING_STATUSES,
  PERSON_CERT_TYPES,
  PROVIDER_SCOPES,
  SERVICE_TYPES,
  SUBJECT_NATURES,
  UNIT_CERT_TYPES,
  filingStatusOf,
  codeOfWording,
  labelOf,
  type CodeEntry,
} from './codes';
import type { Client, Region, Website } from './profile';
import { citiesOf, districtsOf, provinces, type RegionOption } from './regions';

/**
 * The book as a spreadsheet: one row per website (a client without one gets a row of its own),
 * each column headed by the platform's caption, values in the platform's words (labels, not
 * codes). The columns are data: the export writes them, the template is their headers, and an
 * import reads each cell back into the model path it came from.
 */

/** Why a cell could not be read: keys of the `sheet` block in lib/i18n/locales. */
export const CELL_PROBLEMS = ['formula', 'choice', 'yesNo', 'date', 'region', 'numberLostDigits'] as const;
export type CellProblem = (typeof CELL_PROBLEMS)[number];

type Parsed = { value: unknown } | { problem: CellProblem };

/** How one kind of value is written into a cell and read back from one. */
export interface CellKind {
  format: (value: unknown) => string;
  parse: (cell: string) => Parsed;
}

export interface SheetColumn {
  header: string;
  /** Whose value: the client's, or the website of the row. */
  on: 'client' | 'website';
  /** Where the value lives in the client or the website, e.g. `subject.principal.name`. */
  path: string;
  kind: CellKind;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/** Several items in one cell: 、 between them, as the platform's forms list choices; an agency's sheet may use commas, semicolons or lines. */
const ITEM_SEPARATORS = /[、,，;；\n]+/;
const itemsOf = (cell: string) => cell.split(ITEM_SEPARATORS).map((item) => item.trim()).filter(Boolean);

const TEXT: CellKind = { format: asText, parse: (cell) => ({ value: cell }) };

const LIST: CellKind = {
  format: (value) => (Array.isArray(value) ? value.join('、') : ''),
  parse: (cell) => ({ value: itemsOf(cell) }),
};

const comparable = (text: string) => text.replace(/\s+/g, '').toLowerCase();

function choiceOf(list: readonly CodeEntry[]): CellKind {
  return {
    format: (value) => (typeof value === 'string' && value ? (labelOf(list, value) ?? value) : ''),
    parse: (cell) => {
      const code = codeOfWording(list, cell);
      return code === undefined ? { problem: 'choice' } : { value: code };
    },
  };
}

/** Several choices in one cell, read label by label: a label may hold the separator itself (博客、个人空间). */
function choicesOf(list: readonly CodeEntry[]): CellKind {
  const names = list.flatMap((entry) => [entry.label, entry.code, ...(entry.synonyms ?? [])].map((name) => ({ name: comparable(name), code: entry.code }))).sort((a, b) => b.name.length - a.name.length);
  return {
    format: (value) => (Array.isArray(value) ? value.map((code: string) => labelOf(list, code) ?? code).join('、') : ''),
    parse: (cell) => {
      const codes: string[] = [];
      let rest = comparable(cell);
      while ((rest = rest.replace(/^[、,，;；]+/, ''))) {
        const known = names.find(({ name }) => rest.startsWith(name));
        if (!known) return { problem: 'choice' };
        codes.push(known.code);
        rest = rest.slice(known.name.length);
      }
      return { value: codes };
    },
  };
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗']);
const YES_NO: CellKind = {
  format: (value) => (typeof value === 'boolean' ? (value ? '是' : '否') : ''),
  parse: (cell) => {
    const answer = comparable(cell);
    if (YES.has(answer)) return { value: true };
    if (NO.has(answer)) return { value: false };
    return { problem: 'yesNo' };
  },
};

/** Dates as spreadsheets write them: 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日. */
const DATE_IN_CELL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
function dateOf(cell: string): string | undefined {
  const match = DATE_IN_CELL.exec(cell);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}
function dateKind(alsoAccepted: readonly string[] = []): CellKind {
  return {
    format: asText,
    parse: (cell) => {
      if (alsoAccepted.includes(cell)) return { value: cell };
      const date = dateOf(cell);
      return date === undefined ? { problem: 'date' } : { value: date };
    },
  };
}

/** Each level's options under a parent, the longest names first, built once: an import reads thousands of regions. */
const regionLevels = new Map<string, RegionOption[]>();
function optionsUnder(parent: string, load: () => RegionOption[]): RegionOption[] {
  let options = regionLevels.get(parent);
  if (!options) {
    options = load().sort((a, b) => b.name.length - a.name.length);
    regionLevels.set(parent, options);
  }
  return options;
}

/** The option whose name starts the text, the longest first (吉林省 before 吉林市). */
function leadingRegion(sorted: readonly RegionOption[], text: string): { option: RegionOption; rest: string } | undefined {
  for (const option of sorted) {
    if (text.startsWith(option.name)) return { option, rest: text.slice(option.name.length) };
  }
  return undefined;
}

/** 负责人常住地 in one cell: 广东省 深圳市 南山区, with or without spaces. */
const RESIDENCE: CellKind = {
  format: (value) => {
    const region = value as Partial<Region> | undefined;
    return [region?.provinceName, region?.cityName, region?.districtName].filter(Boolean).join(' ');
  },
  parse: (cell) => {
    const province = leadingRegion(optionsUnder('', provinces), comparable(cell));
    const city = province && leadingRegion(optionsUnder(province.option.code, () => citiesOf(province.option.code)), province.rest);
    const district = city && leadingRegion(optionsUnder(city.option.code, () => districtsOf(city.option.code)), city.rest);
    if (!province || !city || !district || district.rest) return { problem: 'region' };
    const region: Region = {
      provinceCode: province.option.code,
      provinceName: province.option.name,
      cityCode: city.option.code,
      cityName: city.option.name,
      districtCode: district.option.code,
      districtName: district.option.name,
    };
    return { value: region };
  },
};

/** 接入商/域名服务商所属区域 in one cell: 境内 or 境外, then the region (境内 广东省). */
const PROVIDER_AREA: CellKind = {
  format: (value) => {
    const provider = value as { scope?: string; region?: string } | undefined;
    return `${labelOf(PROVIDER_SCOPES, provider?.scope ?? '') ?? ''} ${provider?.region ?? ''}`.trim();
  },
  parse: (cell) => {
    const [first = '', ...rest] = cell.split(/\s+/);
    const scope = codeOfWording(PROVIDER_SCOPES, first);
    if (scope === undefined) return { value: { scope: 'domestic', region: cell } };
    return { value: { scope, region: rest.join(' ') } };
  },
};

/** 备案状态: a website with a record number and no status of its own reads as 已备案. */
const FILING_STATUS: CellKind = {
  format: (value) => labelOf(FILING_STATUSES, filingStatusOf((value ?? {}) as Website['filing'])) ?? '',
  parse: (cell) => {
    const code = codeOfWording(FILING_STATUSES, cell);
    return code === undefined ? { problem: 'choice' } : { value: { status: code } };
  },
};

const client = (header: string, path: string, kind: CellKind = TEXT): SheetColumn => ({ header, on: 'client', path, kind });
const website = (header: string, path: string, kind: CellKind = TEXT): SheetColumn => ({ header, on: 'website', path, kind });

function personColumns(role: 'security' | 'liaison', caption: string): SheetColumn[] {
  const at = `people.${role}`;
  return [
    website(`${caption}同主体负责人`, `${at}.sameAsPrincipal`, YES_NO),
    website(`${caption}姓名`, `${at}.name`),
    website(`${caption}证件类型`, `${at}.certType`, choiceOf(PERSON_CERT_TYPES)),
    website(`${caption}证件号码`, `${at}.certNumber`),
    website(`${caption}手机号码`, `${at}.mobile`),
    website(`${caption}电子邮件地址`, `${at}.email`),
  ];
}

export const SHEET_COLUMNS: readonly SheetColumn[] = [
  client('客户名称', 'displayName'),
  client('标签', 'tags', LIST),
  client('主办单位性质', 'subject.nature', choiceOf(SUBJECT_NATURES)),
  client('主办单位名称', 'subject.unitName'),
  client('单位证件类型', 'subject.unitCertType', choiceOf(UNIT_CERT_TYPES)),
  client('单位证件号码', 'subject.unitCertNumber'),
  client('投资或主管单位', 'subject.supervisor'),
  client('单位地址', 'subject.unitAddress'),
  client('负责人常住地', 'subject.principal.residence', RESIDENCE),
  client('详细地址', 'subject.principal.residenceDetail'),
  client('负责人姓名', 'subject.principal.name'),
  client('负责人证件类型', 'subject.principal.certType', choiceOf(PERSON_CERT_TYPES)),
  client('负责人证件号码', 'subject.principal.certNumber'),
  client('证件有效期', 'subject.principal.certExpiry', dateKind(['长期'])),
  client('办公室电话', 'subject.principal.officePhone'),
  client('手机号码', 'subject.principal.mobile'),
  client('电子邮件地址', 'subject.principal.email'),
  website('网站名称', 'name'),
  website('工信部备案号', 'icpNumber'),
  website('主域名', 'domain'),
  website('子域名', 'subdomains', LIST),
  website('网站IP', 'ips', LIST),
  website('网站开通日期', 'openedOn', dateKind()),
  website('网络接入方式', 'accessMethod', choiceOf(ACCESS_METHODS)),
  website('接入服务商所属区域', 'accessProvider', PROVIDER_AREA),
  website('接入服务商名称', 'accessProvider.name'),
  website('域名服务商所属区域', 'registrar', PROVIDER_AREA),
  website('域名服务商名称', 'registrar.name'),
  website('是否提供互联网交互服务', 'interactive', YES_NO),
  website('服务类型', 'serviceTypes', choicesOf(SERVICE_TYPES)),
  ...personColumns('security', '网站安全负责人'),
  ...personColumns('liaison', '网站信息联络人'),
  website('备案状态', 'filing', FILING_STATUS),
  website('退回原因', 'filing.returnedReason'),
  website('公安备案号', 'filing.recordNumber'),
];

/** The value at a dotted path of an object. */
export function valueAt(target: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), target);
}

/** Writes a value at a dotted path; an object value is merged into the object there (a provider's scope and region beside its name). */
export function setValueAt(target: object, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let parent = target as Record<string, unknown>;
  for (const key of keys) parent = parent[key] as Record<string, unknown>;
  const current = parent[last];
  parent[last] = value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' ? { ...current, ...value } : value;
}

/** The rows of a client: one per website, or one with the website's columns empty. */
export function sheetRows(book: Client, columns: readonly SheetColumn[] = SHEET_COLUMNS): string[][] {
  const websites: (Website | undefined)[] = book.websites.length ? book.websites : [undefined];
  return websites.map((site) => columns.map((column) => column.kind.format(valueAt(column.on === 'client' ? book : site, column.path))));
}

/** A spreadsheet cell that would run as a formula where the sheet is opened (=HYPERLINK(…), @SUM(…), +cmd|…): never stored. */
const FORMULA = /^[=@]|^[+-][^\d\s.]/;
/** The quote our own CSV export puts before such a value so that it stays text: taken off when it is read back. */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;
/** A long number a spreadsheet kept as a number: the digits of an ID number are gone (1.10101199003077e+17). */
const NUMBER_LOST_DIGITS = /^\d(\.\d+)?e\+\d+$/i;

/** Reads one cell for a column: the value to store, nothing for an empty cell, or why it cannot be read. */
export function readCell(column: SheetColumn, raw: string): Parsed | undefined {
  const cell = raw.trim().replace(ESCAPED_FORMULA, '');
  if (!cell) return undefined;
  if (FORMULA.test(raw.trim())) return { problem: 'formula' };
  if (NUMBER_LOST_DIGITS.test(cell)) return { problem: 'numberLostDigits' };
  return column.kind.parse(cell);
}
