/**
 * The platform's code lists, with the labels exactly as the platform shows them
 * (guide §步骤4.1/4.2 screenshots, pages.md). `synonyms` are other wordings seen on
 * renderings of the same control (e.g. an ISP's mirror of the classic wizard), so the
 * fill engine can match either.
 */

export interface CodeEntry<C extends string = string> {
  readonly code: C;
  readonly label: string;
  readonly synonyms?: readonly string[];
}

function codeList<const T extends readonly CodeEntry[]>(entries: T) {
  return entries;
}

export type CodeOf<T extends readonly CodeEntry[]> = T[number]['code'];

export function codesOf<T extends readonly CodeEntry[]>(list: T): [CodeOf<T>, ...CodeOf<T>[]] {
  return list.map((entry) => entry.code) as [CodeOf<T>, ...CodeOf<T>[]];
}

export function labelOf(list: readonly CodeEntry[], code: string): string | undefined {
  return list.find((entry) => entry.code === code)?.label;
}

/** The code a wording names — its label, a synonym or the code itself — whitespace and case aside. */
export function codeOfWording<T extends readonly CodeEntry[]>(list: T, wording: string): CodeOf<T> | undefined {
  const comparable = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  const wanted = comparable(wording);
  return (list as readonly CodeEntry[]).find((entry) => [entry.label, entry.code, ...(entry.synonyms ?? [])].some((name) => comparable(name) === wanted))?.code as CodeOf<T> | undefined;
}

/** 主办单位性质: 个人, or one of the kinds of 单位 (2017 manual). */
export const SUBJECT_NATURES = codeList([
  { code: 'individual', label: '个人' },
  { code: 'enterprise', label: '企业单位', synonyms: ['企业'] },
  { code: 'military', label: '国防军队', synonyms: ['军队'] },
  { code: 'university', label: '高等院校' },
  { code: 'government', label: '政府机构', synonyms: ['政府机关'] },
  { code: 'institution', label: '事业单位' },
  { code: 'social-group', label: '社会团体' },
  { code: 'overseas', label: '境外组织' },
] as const);
export type SubjectNature = CodeOf<typeof SUBJECT_NATURES>;

export function isUnitNature(nature: SubjectNature): boolean {
  return nature !== 'individual';
}

/** 负责人证件类型 / 联络人证件类型: documents that identify a person. */
export const PERSON_CERT_TYPES = codeList([
  { code: 'resident-id', label: '居民身份证', synonyms: ['身份证'] },
  { code: 'passport', label: '护照' },
  { code: 'taiwan-permit', label: '台湾居民来往大陆通行证', synonyms: ['台湾居民来往内地通行证', '台胞证'] },
  { code: 'hk-macao-permit', label: '港澳居民来往内地通行证', synonyms: ['回乡证'] },
  { code: 'foreigner-permanent-id', label: '外国人永久居留身份证', synonyms: ['外国人永久居留证'] },
  { code: 'officer-id', label: '军官证' },
] as const);
export type PersonCertType = CodeOf<typeof PERSON_CERT_TYPES>;

/** 单位证件类型: documents that identify a unit. */
export const UNIT_CERT_TYPES = codeList([
  { code: 'uscc', label: '统一社会信用代码', synonyms: ['统一社会信用代码证书', '营业执照(统一社会信用代码)'] },
  { code: 'business-licence', label: '工商营业执照', synonyms: ['营业执照', '营业执照注册号'] },
  { code: 'organization-code', label: '组织机构代码证', synonyms: ['组织机构代码'] },
  { code: 'institution-certificate', label: '事业单位法人证书' },
  { code: 'social-group-certificate', label: '社会团体法人登记证书' },
  { code: 'military-code', label: '军队代号' },
  { code: 'overseas-registration', label: '境外机构证件' },
] as const);
export type UnitCertType = CodeOf<typeof UNIT_CERT_TYPES>;

/** 网站接入方式. */
export const ACCESS_METHODS = codeList([
  { code: 'virtual-host', label: '虚拟主机' },
  { code: 'colocation', label: '主机托管' },
  { code: 'dedicated-line', label: '专线接入', synonyms: ['专线'] },
  { code: 'host-rental', label: '主机租用' },
  { code: 'cloud-server', label: '云服务器', synonyms: ['云主机'] },
  { code: 'other', label: '其他' },
] as const);
export type AccessMethod = CodeOf<typeof ACCESS_METHODS>;

/** 接入商/域名服务商所属区域: a provider is first 境内 or 境外, then a region. */
export const PROVIDER_SCOPES = codeList([
  { code: 'domestic', label: '境内' },
  { code: 'overseas', label: '境外' },
] as const);
export type ProviderScope = CodeOf<typeof PROVIDER_SCOPES>;

/**
 * 服务类型, in the guide's screenshot order. `isp` is the 00–26 code of the ISP form that
 * mirrors the classic wizard (pages.md), whose wordings are kept as synonyms.
 * `interactive` marks the services that make a site interactive (W-SERVICES-INTERACTIVE).
 */
export interface ServiceTypeEntry extends CodeEntry {
  readonly interactive: boolean;
  readonly isp?: string;
}
export const SERVICE_TYPES = [
  { code: 'www', label: 'www服务', interactive: false, isp: '00' },
  { code: 'wap', label: 'wap网站', synonyms: ['wap服务'], interactive: false, isp: '01' },
  { code: 'blog', label: '博客、个人空间', synonyms: ['博客个人空间', '博客/个人空间'], interactive: true, isp: '02' },
  { code: 'microblog', label: '微博', interactive: true },
  { code: 'forum', label: '论坛/bbs', synonyms: ['论坛BBS', '论坛'], interactive: true, isp: '03' },
  { code: 'chatroom', label: '聊天室', interactive: true, isp: '04' },
  { code: 'microchat', label: '微聊', interactive: true },
  { code: 'social', label: '社交网站', interactive: true, isp: '05' },
  { code: 'email', label: '电子邮件', interactive: true, isp: '06' },
  { code: 'sms', label: '短信服务', interactive: true },
  { code: 'instant-messaging', label: '即时通讯', interactive: true, isp: '07' },
  { code: 'search', label: '搜索引擎', interactive: false, isp: '08' },
  { code: 'news', label: '网络新闻', interactive: false, isp: '09' },
  { code: 'music', label: '网络音乐', interactive: false, isp: '10' },
  { code: 'literature', label: '网络文学', synonyms: ['网络文字'], interactive: false, isp: '11' },
  { code: 'video', label: '网络视频', synonyms: ['网络音视频'], interactive: false, isp: '12' },
  { code: 'game', label: '网络游戏', interactive: true, isp: '13' },
  { code: 'download', label: '网络下载', interactive: false, isp: '14' },
  { code: 'app', label: 'app服务', interactive: false, isp: '15' },
  { code: 'cloud-computing', label: '云计算', interactive: false, isp: '16' },
  { code: 'supply-demand', label: '供求信息发布', interactive: true, isp: '17' },
  { code: 'travel-booking', label: '旅行预订', synonyms: ['旅游预订'], interactive: false, isp: '18' },
  { code: 'app-store', label: '移动应用商店', interactive: false, isp: '19' },
  { code: 'payment', label: '网上支付', synonyms: ['第三方支付'], interactive: false, isp: '20' },
  { code: 'online-banking', label: '网上银行', interactive: false, isp: '21' },
  { code: 'stock-trading', label: '网络炒股', synonyms: ['财经服务'], interactive: false, isp: '22' },
  { code: 'shopping', label: '网络购物', interactive: true, isp: '23' },
  { code: 'cloud-storage', label: '云存储', interactive: false, isp: '24' },
  { code: 'ftp', label: 'FTP下载', interactive: false, isp: '25' },
  { code: 'p2p-finance', label: 'P2P金融', interactive: true, isp: '26' },
] as const satisfies readonly ServiceTypeEntry[];
export type ServiceType = CodeOf<typeof SERVICE_TYPES>;

/** 是否提供涉及管制物品信息发布服务 → which items. */
export const CONTROLLED_GOODS = codeList([
  { code: 'controlled-tools', label: '管制器具' },
  { code: 'police-equipment', label: '警用装备' },
  { code: 'radioactive', label: '放射性物品' },
  { code: 'firearms', label: '枪支弹药' },
  { code: 'explosives', label: '爆炸物品' },
  { code: 'toxic-chemicals', label: '剧毒化学物', synonyms: ['剧毒化学品'] },
  { code: 'explosive-precursors', label: '易制爆危险化学品' },
] as const);
export type ControlledGood = CodeOf<typeof CONTROLLED_GOODS>;

/** 是否涉及前置审核内容 → which fields. */
export const PREAPPROVAL_ITEMS = codeList([
  { code: 'news', label: '新闻' },
  { code: 'publishing', label: '出版' },
  { code: 'education', label: '教育' },
  { code: 'sports-health', label: '运动保健', synonyms: ['医疗保健'] },
  { code: 'medical-devices', label: '医疗器械' },
  { code: 'other', label: '其他' },
] as const);
export type PreapprovalItem = CodeOf<typeof PREAPPROVAL_ITEMS>;

/** 网站语言. */
export const LANGUAGES = codeList([
  { code: 'zh-hans', label: '中文简体', synonyms: ['简体中文'] },
  { code: 'zh-hant', label: '中文繁体', synonyms: ['繁体中文'] },
  { code: 'uyghur', label: '维吾尔语' },
  { code: 'kazakh', label: '哈萨克语' },
  { code: 'mongolian', label: '蒙古语' },
  { code: 'tibetan', label: '藏语' },
  { code: 'zhuang', label: '壮语' },
  { code: 'korean', label: '朝鲜语' },
  { code: 'other', label: '其他' },
] as const);
export type Language = CodeOf<typeof LANGUAGES>;

/** Where a website's filing stands: set by hand, in the platform's own words where it has them (审核中, 已备案, 已保存草稿). */
export const FILING_STATUSES = codeList([
  { code: 'draft', label: '草稿', synonyms: ['已保存草稿', '未备案'] },
  { code: 'submitted', label: '已提交' },
  { code: 'reviewing', label: '审核中', synonyms: ['待审核', '审核中网站'] },
  { code: 'approved', label: '已备案', synonyms: ['审核通过', '备案成功', '已备案网站'] },
  { code: 'returned', label: '被退回', synonyms: ['审核不通过', '退回'] },
] as const);
export type FilingStatus = CodeOf<typeof FILING_STATUSES>;

/** The status a website filed before statuses were kept is taken to have: approved when it has its record number. */
export function filingStatusOf(filing: { recordNumber?: string; status?: FilingStatus }): FilingStatus {
  return filing.status ?? (filing.recordNumber?.trim() ? 'approved' : 'draft');
}

/** 网站性质 (FAQ 1). */
export const OPERATING_KINDS = codeList([
  { code: 'non-operating', label: '非经营性' },
  { code: 'operating', label: '经营性' },
] as const);
export type OperatingKind = CodeOf<typeof OPERATING_KINDS>;

/** 网站级别 (FAQ 2). */
export const WEBSITE_LEVELS = codeList([
  { code: 'level-2', label: '二级' },
  { code: 'level-3', label: '三级' },
] as const);
export type WebsiteLevel = CodeOf<typeof WEBSITE_LEVELS>;

/** 服务类型 category 01–09 (FAQ 3). */
export const SERVICE_CATEGORIES = codeList([
  { code: '01', label: '支付类网站' },
  { code: '02', label: '综合类网站' },
  { code: '03', label: '论坛类网站' },
  { code: '04', label: '个人主页（包含社交、微博、博客）类网站', synonyms: ['个人主页类网站'] },
  { code: '05', label: '搜索类网站' },
  { code: '06', label: '视频类网站' },
  { code: '07', label: '通讯（包含即时通讯、电子邮箱）类网站', synonyms: ['通讯类网站'] },
  { code: '08', label: '游戏类网站' },
  { code: '09', label: '交易类网站' },
] as const);
export type ServiceCategory = CodeOf<typeof SERVICE_CATEGORIES>;
