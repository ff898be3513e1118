/**
 * 字典表（与后台 sys_dict 保持一致）。每项：[提交代码, 页面显示, 对外口径]。
 * 第三列是报表/接口文档使用的标准称谓，状态导出时使用。
 */
export type Dict = ReadonlyArray<readonly [code: string, label: string, standard?: string]>;

export const options = (dict: Dict) => dict.map(([value, label]) => ({ value, label }));
export const wording = (dict: Dict, code: unknown): string => {
  const row = dict.find(([value]) => value === code);
  return row ? (row[2] ?? row[1]) : '';
};
export const wordings = (dict: Dict, codes: unknown): string[] =>
  Array.isArray(codes) ? dict.filter(([value]) => codes.includes(value)).map((row) => row[2] ?? row[1]) : [];

/** 主办单位性质 */
export const NATURE: Dict = [
  ['4', '个人'],
  ['3', '企业', '企业单位'],
  ['1', '政府机关', '政府机构'],
  ['2', '事业单位'],
  ['5', '社会团体'],
  ['6', '国防军队'],
  ['7', '高等院校'],
  ['8', '境外组织'],
];
export const PERSONAL = '4';

/** 单位证件类型 */
export const UNIT_CERT: Dict = [
  ['01', '统一社会信用代码'],
  ['02', '营业执照', '工商营业执照'],
  ['03', '组织机构代码证'],
  ['04', '事业单位法人证书'],
  ['05', '社会团体法人登记证书'],
  ['06', '军队代号'],
  ['07', '境外机构证件'],
];

/** 个人证件类型（GA/T 517 编码） */
export const PERSON_CERT: Dict = [
  ['111', '居民身份证'],
  ['414', '普通护照', '护照'],
  ['511', '台湾居民来往大陆通行证'],
  ['516', '港澳居民来往内地通行证'],
  ['553', '外国人永久居留身份证'],
  ['114', '军官证'],
];

export const YES_NO: Dict = [
  ['Y', '是'],
  ['N', '否'],
];

export const SCOPE: Dict = [
  ['1', '境内'],
  ['2', '境外'],
];

/** 网站接入方式 */
export const ACCESS_METHOD: Dict = [
  ['1', '虚拟主机'],
  ['2', '主机托管'],
  ['3', '专线接入'],
  ['4', '主机租用'],
  ['5', '云主机（云服务器）', '云服务器'],
  ['9', '其他'],
];

/** 服务类型 */
const SHOWN_AS: Record<string, string> = { '博客/个人空间': '博客、个人空间', '论坛BBS': '论坛/bbs', 'APP服务': 'app服务' };
export const SERVICE_TYPE: Dict = (
  'www服务 wap网站 博客/个人空间 微博 论坛BBS 聊天室 微聊 社交网站 电子邮件 短信服务 即时通讯 搜索引擎 网络新闻 网络音乐 网络文学 ' +
  '网络视频 网络游戏 网络下载 APP服务 云计算 供求信息发布 旅行预订 移动应用商店 网上支付 网上银行 网络炒股 网络购物 云存储 FTP下载'
)
  .split(' ')
  .map((label, index) => [String(index + 1).padStart(2, '0'), label, SHOWN_AS[label]] as const);

/** 管制物品 */
export const CONTROLLED: Dict = [
  ['1', '管制器具'],
  ['2', '警用装备'],
  ['3', '放射性物品'],
  ['4', '枪支弹药'],
  ['5', '爆炸物品'],
  ['6', '剧毒化学品', '剧毒化学物'],
  ['7', '易制爆危险化学品'],
];

/** 前置审批 */
export const PREAPPROVAL: Dict = [
  ['1', '新闻'],
  ['2', '出版'],
  ['3', '教育'],
  ['4', '运动保健'],
  ['5', '医疗器械'],
  ['9', '其他'],
];

/** 网站语言 */
export const LANGUAGE: Dict = [
  ['zh_CN', '简体中文', '中文简体'],
  ['zh_TW', '繁体中文', '中文繁体'],
  ['ug', '维吾尔语'],
  ['kk', '哈萨克语'],
  ['mn', '蒙古语'],
  ['bo', '藏语'],
  ['za', '壮语'],
  ['ko', '朝鲜语'],
  ['other', '其他语种', '其他'],
];

export const OPERATING: Dict = [
  ['1', '经营性'],
  ['0', '非经营性'],
];

export const LEVEL: Dict = [
  ['2', '二级'],
  ['3', '三级'],
];

/** 网站服务类别（属地公安33项表） */
export const SERVICE_CATEGORY: Dict = [
  ['01', '01 支付类', '支付类网站'],
  ['02', '02 综合类', '综合类网站'],
  ['03', '03 论坛类', '论坛类网站'],
  ['04', '04 个人主页（含社交、微博、博客）', '个人主页（包含社交、微博、博客）类网站'],
  ['05', '05 搜索类', '搜索类网站'],
  ['06', '06 视频类', '视频类网站'],
  ['07', '07 通讯（含即时通讯、电子邮箱）', '通讯（包含即时通讯、电子邮箱）类网站'],
  ['08', '08 游戏类', '游戏类网站'],
  ['09', '09 交易类', '交易类网站'],
];

/** 服务商列表中的“其他”（手工填写） */
export const OTHER_ISP = '-1';
