/**
 * The replica's forms: every field of the platform's pages with its label and hint exactly as the
 * platform words them (../shared/spec/pages.md and the guide's screenshots), the control, whether
 * the server requires it, and the parameter name it posts under. Parameter names are pinyin
 * abbreviations that mean nothing to a reader, as on the real site; both renderings are drawn
 * from these specs, and the server maps what it receives back to the `key`s recorded in a
 * submission.
 */

export type Control = 'text' | 'textarea' | 'select' | 'radio' | 'checkboxes' | 'file' | 'rows' | 'region' | 'provider' | 'sms';

export interface Option {
  value: string;
  label: string;
}

export interface FieldSpec {
  key: string;
  label: string;
  control: Control;
  param: string;
  hint?: string;
  required?: boolean;
  options?: readonly Option[];
  /** Upload limit in bytes (file controls). */
  maxBytes?: number;
  /** Shown only for unit subjects. */
  unitOnly?: boolean;
  /** Two file inputs (front and back) under one label. */
  sides?: readonly ['正面', '反面'];
  /** A select drawn as a read-only box with a 选择 button that opens a dialog to choose in (the classic portal's `?variant=3`). */
  drawnAs?: 'chooser';
}

export interface BlockSpec {
  title: string;
  fields: readonly FieldSpec[];
}

const options = (labels: readonly string[], values?: readonly string[]): Option[] =>
  labels.map((label, index) => ({ label, value: values?.[index] ?? String(index + 1) }));

export const NATURES = options(['个人', '企业单位', '国防军队', '高等院校', '政府机构', '事业单位', '社会团体', '境外组织'], ['1', '2', '3', '4', '5', '6', '7', '8']);
export const PERSON_CERTS = options(['居民身份证', '护照', '台湾居民来往大陆通行证', '港澳居民来往内地通行证', '外国人永久居留身份证', '军官证'], ['10', '11', '12', '13', '14', '15']);
export const UNIT_CERTS = options(['统一社会信用代码', '工商营业执照', '组织机构代码证', '事业单位法人证书', '社会团体法人登记证书', '军队代号', '境外机构证件'], ['20', '21', '22', '23', '24', '25', '26']);
export const ACCESS_METHODS = options(['虚拟主机', '主机托管', '专线接入', '主机租用', '云服务器', '其他']);
export const SERVICE_TYPES = options([
  'www服务', 'wap网站', '博客、个人空间', '微博', '论坛/bbs', '聊天室', '微聊', '社交网站', '电子邮件', '短信服务', '即时通讯', '搜索引擎',
  '网络新闻', '网络音乐', '网络文学', '网络视频', '网络游戏', '网络下载', 'app服务', '云计算', '供求信息发布', '旅行预订', '移动应用商店',
  '网上支付', '网上银行', '网络炒股', '网络购物', '云存储', 'FTP下载',
]);
export const CONTROLLED_GOODS = options(['管制器具', '警用装备', '放射性物品', '枪支弹药', '爆炸物品', '剧毒化学物', '易制爆危险化学品']);
export const PREAPPROVALS = options(['新闻', '出版', '教育', '运动保健', '医疗器械', '其他']);
export const LANGUAGES = options(['中文简体', '中文繁体', '维吾尔语', '哈萨克语', '蒙古语', '藏语', '壮语', '朝鲜语', '其他']);
export const YES_NO = options(['是', '否'], ['1', '0']);
export const OPERATING = options(['经营性', '非经营性'], ['1', '0']);
export const LEVELS = options(['二级', '三级'], ['2', '3']);
export const CATEGORIES = options(
  ['01 支付类网站', '02 综合类网站', '03 论坛类网站', '04 个人主页类网站', '05 搜索类网站', '06 视频类网站', '07 通讯类网站', '08 游戏类网站', '09 交易类网站'],
  ['01', '02', '03', '04', '05', '06', '07', '08', '09'],
);

export const PRINCIPAL_SCAN_BYTES = 512 * 1024;
export const PERSON_SCAN_BYTES = 100 * 1024;
export const QUALIFICATION_BYTES = 2 * 1024 * 1024;

/** 开办主体管理 (网站开办主体). */
export const SUBJECT_FORM: readonly BlockSpec[] = [
  {
    title: '网站开办主体',
    fields: [
      { key: 'nature', label: '主办单位性质', control: 'select', param: 'zbdwxz', required: true, options: NATURES, hint: '请按照网站的正确性质选择主办单位性质' },
      { key: 'unitName', label: '主办单位名称', control: 'text', param: 'zbdwmc', unitOnly: true, hint: '请填写主办单位全称' },
      { key: 'unitCertType', label: '单位证件类型', control: 'select', param: 'dwzjlx', unitOnly: true, options: UNIT_CERTS },
      { key: 'unitCertNumber', label: '单位证件号码', control: 'text', param: 'dwzjhm', unitOnly: true, hint: '请填写单位证件号码' },
      { key: 'supervisor', label: '投资或主管单位', control: 'text', param: 'tzhzgdw', unitOnly: true },
    ],
  },
  {
    title: '负责人信息',
    fields: [
      { key: 'principal.residence', label: '负责人常住地', control: 'region', param: 'czd', required: true, hint: '请按负责人常住地所在省市区选择' },
      { key: 'principal.residenceDetail', label: '详细地址', control: 'text', param: 'xxdz', required: true, hint: '请填写负责人常住地详细地址' },
      { key: 'principal.name', label: '负责人姓名', control: 'text', param: 'fzrxm', required: true, hint: '请填写主体负责人姓名' },
      { key: 'principal.certType', label: '负责人证件类型', control: 'select', param: 'fzrzjlx', required: true, options: PERSON_CERTS, hint: '请正确选择负责人证件类型' },
      { key: 'principal.certNumber', label: '负责人证件号码', control: 'text', param: 'fzrzjhm', required: true, hint: '请填写负责人有效证件号码' },
      {
        key: 'principal.cert',
        label: '负责人证件',
        control: 'file',
        param: 'fzrzj',
        required: true,
        maxBytes: PRINCIPAL_SCAN_BYTES,
        sides: ['正面', '反面'],
        hint: '请上传证件正反面扫描件，证件姓名栏与负责人姓名栏一致（512KB以内）',
      },
      { key: 'principal.officePhone', label: '办公室电话', control: 'text', param: 'bgsdh', required: true, hint: '电话区号须与通讯地址相符(例:010-12345625)' },
      { key: 'principal.mobile', label: '手机号码', control: 'text', param: 'sjhm', required: true, hint: '请填写正确的负责人手机号码' },
      { key: 'principal.smsCode', label: '手机验证码', control: 'sms', param: 'sjyzm', required: true },
      { key: 'principal.email', label: '电子邮件地址', control: 'text', param: 'dzyjdz', required: true, hint: '此邮箱将用于备案成功的消息通知和消息接收' },
      { key: 'principal.remark', label: '备注', control: 'textarea', param: 'bz' },
    ],
  },
];

/** 新办网站申请 第二步 网站基本信息. */
export const WEBSITE_FORM: readonly BlockSpec[] = [
  {
    title: '网站信息',
    fields: [
      { key: 'name', label: '网站名称', control: 'text', param: 'wzmc', required: true, hint: '请填写网站名称' },
      { key: 'icpNumber', label: '工信部备案号', control: 'text', param: 'gxbbah', hint: '请输入备案号(如:京ICP证030173号-1)' },
      { key: 'domain', label: '主域名', control: 'text', param: 'zym', required: true, hint: '请填写网站的主域名(如:baidu.com)' },
      { key: 'subdomains', label: '子域名', control: 'rows', param: 'zdym', hint: '请填写子域名(如:www.baidu.com)' },
      { key: 'ips', label: 'IP', control: 'rows', param: 'wzip', hint: '请填写网站IP地址(如:20.10.0.1)' },
    ],
  },
  {
    title: '网络接入服务商',
    fields: [
      { key: 'accessMethod', label: '网站接入方式', control: 'select', param: 'jrfs', required: true, options: ACCESS_METHODS, hint: '请填写网站的接入方式' },
      { key: 'accessProvider', label: '接入商所属区域', control: 'provider', param: 'jrs', required: true, hint: '请选择网站接入商的所在区域' },
    ],
  },
  {
    title: '域名注册服务商',
    fields: [{ key: 'registrar', label: '域名服务商所属区域', control: 'provider', param: 'ymfws', required: true, hint: '请选择域名服务商所属区域' }],
  },
  {
    title: '服务类型',
    fields: [
      { key: 'interactive', label: '是否提供互联网交互服务', control: 'radio', param: 'sfjh', required: true, options: YES_NO },
      { key: 'serviceTypes', label: '服务类型', control: 'checkboxes', param: 'fwlx', options: SERVICE_TYPES },
    ],
  },
  {
    title: '网站内容',
    fields: [
      { key: 'hasControlled', label: '是否提供涉及管制物品信息发布服务，面审时请携带对应资质材料', control: 'radio', param: 'sfgz', options: YES_NO },
      { key: 'controlledGoods', label: '管制物品', control: 'checkboxes', param: 'gzwp', options: CONTROLLED_GOODS },
      { key: 'hasPreapproval', label: '是否涉及前置审核内容', control: 'radio', param: 'sfqz', options: YES_NO },
      { key: 'preapprovals', label: '前置审核内容', control: 'checkboxes', param: 'qzsh', options: PREAPPROVALS },
      { key: 'qualificationDocs', label: '资质材料', control: 'file', param: 'zzcl', maxBytes: QUALIFICATION_BYTES, hint: '勾选管制物品或前置审核内容的，请上传对应资质材料' },
    ],
  },
  {
    title: '网站语言',
    fields: [{ key: 'languages', label: '网站语言', control: 'checkboxes', param: 'wzyy', options: LANGUAGES }],
  },
  {
    title: '补充信息',
    fields: [
      { key: 'operating', label: '网站性质', control: 'radio', param: 'wzxz', options: OPERATING },
      { key: 'level', label: '网站级别', control: 'select', param: 'wzjb', options: LEVELS },
      { key: 'serviceCategory', label: '服务类型分类', control: 'select', param: 'fwfl', options: CATEGORIES },
      { key: 'techSupport.name', label: '技术支持服务商', control: 'text', param: 'jszcfws' },
      { key: 'techSupport.phone', label: '技术支持服务商电话', control: 'text', param: 'jszcdh' },
      { key: 'serverAddress', label: '服务器存放物理地址', control: 'text', param: 'fwqdz' },
      { key: 'serverCount', label: '服务器台数', control: 'text', param: 'fwqts' },
      { key: 'serverPoliceCode', label: '服务器所在地网安部门代码', control: 'text', param: 'wabm', hint: '如北京：110000000000' },
      { key: 'topology', label: '网络拓扑图', control: 'file', param: 'tpt', maxBytes: QUALIFICATION_BYTES },
    ],
  },
];

export type PersonBlock = 'security' | 'liaison' | 'opinionGuide';

/** 第三步 网站负责人: one block per person, each with 同主体负责人信息. */
export function personForm(block: PersonBlock): BlockSpec {
  const blocks: Record<PersonBlock, [string, string, string]> = {
    security: ['网站安全负责人信息', '负责人', 'aq'],
    liaison: ['网站信息联络人', '联络人', 'll'],
    opinionGuide: ['舆情引导员信息', '引导员', 'yq'],
  };
  const [title, who, prefix] = blocks[block];
  return {
    title,
    fields: [
      { key: `${block}.sameAsPrincipal`, label: '同主体负责人信息', control: 'checkboxes', param: `${prefix}tzt`, options: [{ value: '1', label: '同主体负责人信息' }] },
      { key: `${block}.name`, label: `${who}姓名`, control: 'text', param: `${prefix}xm`, required: true, hint: `请填写${title.replace('信息', '')}姓名` },
      { key: `${block}.certType`, label: `${who}证件类型`, control: 'select', param: `${prefix}zjlx`, required: true, options: PERSON_CERTS },
      { key: `${block}.certNumber`, label: `${who}证件号码`, control: 'text', param: `${prefix}zjhm`, required: true, hint: '请填写有效的证件号码' },
      { key: `${block}.certScan`, label: `${who}证件`, control: 'file', param: `${prefix}zj`, required: true, maxBytes: PERSON_SCAN_BYTES, hint: '请上传有效证件以便审核（100KB以内）' },
      { key: `${block}.mobile`, label: '手机号码', control: 'text', param: `${prefix}sjhm`, required: true, hint: '请填写正确的手机号码' },
      { key: `${block}.email`, label: '电子邮件地址', control: 'text', param: `${prefix}dzyj`, required: true, hint: '此邮箱将用于备案成功的消息通知和消息接收' },
    ],
  };
}

export const AGREEMENT_TEXT = [
  '依法从事互联网信息服务,不利用互联网制作、复制、发布、传播含有下列内容的信息,或者为制作、复制、发布、传播含有下列内容的信息提供服务:',
  '1. 反对宪法所确定的基本原则,危害国家安全,泄露国家秘密,颠覆国家政权,破坏国家统一,损害国家荣誉和利益;',
  '2. 煽动民族仇恨、民族歧视,破坏民族团结,破坏国家宗教政策,宣扬邪教和封建迷信;',
  '3. 影响金融市场的虚假信息,以及其他扰乱市场秩序的虚假信息;',
  '4. 散布险情、疫情、警情、自然灾害、生产安全、食品药品等产品安全以及其他方面谣言;',
  '5. 仿冒、假借国家机构、社会团体及其工作人员或者其他法人名义散布的信息;',
  '6. 散布煽动非法集会、结社、游行、示威或者其他扰乱社会管理秩序、破坏社会稳定的信息;',
  '7. 散布淫秽、色情、赌博、暴力、凶杀、恐怖,教唆犯罪,传授犯罪手段、方法,交易或者制造违禁品、管制物品,危害未成年人身心健康、公民人身财产安全和公共安全;',
  '8. 侮辱或者诽谤他人,侵害他人隐私权、知识产权或者其他合法权益;',
  '9. 法律、行政法规禁止的其他信息。',
];

/** Access and registrar providers by region, as the pickers list them; 其他 means "type it". */
export const PROVIDERS: Record<string, readonly string[]> = {
  北京市: ['北京光环新网科技股份有限公司', '北京新网数码信息技术有限公司', '北京百度网讯科技有限公司', '腾讯云计算（北京）有限责任公司'],
  浙江省: ['阿里云计算有限公司', '杭州电信', '浙江移动'],
  广东省: ['腾讯云计算（北京）有限责任公司', '广东电信', '深圳市腾讯计算机系统有限公司'],
  上海市: ['上海优刻得信息科技有限公司', '上海电信'],
};
export const OVERSEAS_REGIONS = ['美国', '香港', '新加坡', '日本', '其他'];
