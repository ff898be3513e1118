/**
 * 数据字典（码表）。v = 提交的代码，t = 页面显示的文字，s = 标准名称（FIELDS.md 的写法，供状态读取器换算）。
 * 服务端用它渲染 <option> / 复选框，并以 /portal/static/js/dict.js 的形式下发给页面。
 */
export interface DictItem {
  v: string;
  t: string;
  s?: string;
}

const items = (rows: readonly (readonly [string, string, string?])[]): DictItem[] => rows.map(([v, t, s]) => (s ? { v, t, s } : { v, t }));

export const DICT: Record<string, DictItem[]> = {
  nature: items([
    ['4', '个人'],
    ['3', '企业', '企业单位'],
    ['1', '政府机关', '政府机构'],
    ['2', '事业单位'],
    ['5', '社会团体'],
    ['7', '高等院校'],
    ['6', '国防军队'],
    ['8', '境外组织'],
  ]),
  unitCertType: items([
    ['01', '统一社会信用代码证书', '统一社会信用代码'],
    ['02', '工商营业执照'],
    ['03', '组织机构代码证'],
    ['04', '事业单位法人证书'],
    ['05', '社会团体法人登记证书'],
    ['06', '军队代号'],
    ['07', '境外机构证件'],
  ]),
  personCertType: items([
    ['1', '居民身份证'],
    ['2', '护照'],
    ['3', '台湾居民来往大陆通行证（台胞证）', '台湾居民来往大陆通行证'],
    ['4', '港澳居民来往内地通行证（回乡证）', '港澳居民来往内地通行证'],
    ['5', '外国人永久居留身份证'],
    ['6', '军官证'],
  ]),
  accessMethod: items([
    ['1', '虚拟主机'],
    ['2', '主机托管'],
    ['3', '专线接入'],
    ['4', '主机租用'],
    ['5', '云服务器（云主机）', '云服务器'],
    ['9', '其他'],
  ]),
  scope: items([
    ['1', '境内'],
    ['2', '境外'],
  ]),
  serviceType: items([
    ['01', 'www服务'],
    ['02', 'WAP网站', 'wap网站'],
    ['03', '博客/个人空间', '博客、个人空间'],
    ['04', '微博'],
    ['05', '论坛BBS', '论坛/bbs'],
    ['06', '聊天室'],
    ['07', '微聊'],
    ['08', '社交网站'],
    ['09', '电子邮件'],
    ['10', '短信服务'],
    ['11', '即时通讯'],
    ['12', '搜索引擎'],
    ['13', '网络新闻'],
    ['14', '网络音乐'],
    ['15', '网络文学'],
    ['16', '网络视频'],
    ['17', '网络游戏'],
    ['18', '网络下载'],
    ['19', 'APP服务', 'app服务'],
    ['20', '云计算'],
    ['21', '供求信息发布'],
    ['22', '旅行预订'],
    ['23', '移动应用商店'],
    ['24', '网上支付'],
    ['25', '网上银行'],
    ['26', '网络炒股'],
    ['27', '网络购物'],
    ['28', '云存储'],
    ['29', 'FTP下载'],
  ]),
  controlled: items([
    ['1', '管制器具'],
    ['2', '警用装备'],
    ['3', '放射性物品'],
    ['4', '枪支弹药'],
    ['5', '爆炸物品'],
    ['6', '剧毒化学品', '剧毒化学物'],
    ['7', '易制爆危险化学品'],
  ]),
  preapproval: items([
    ['XW', '新闻'],
    ['CB', '出版'],
    ['JY', '教育'],
    ['YD', '运动保健'],
    ['YL', '医疗器械'],
    ['QT', '其他'],
  ]),
  language: items([
    ['zh_CN', '简体中文', '中文简体'],
    ['zh_TW', '繁体中文', '中文繁体'],
    ['ug', '维吾尔文', '维吾尔语'],
    ['kk', '哈萨克文', '哈萨克语'],
    ['mn', '蒙古文', '蒙古语'],
    ['bo', '藏文', '藏语'],
    ['za', '壮文', '壮语'],
    ['ko', '朝鲜文', '朝鲜语'],
    ['99', '其他'],
  ]),
  operating: items([
    ['1', '经营性'],
    ['0', '非经营性'],
  ]),
  level: items([
    ['2', '二级'],
    ['3', '三级'],
  ]),
  serviceCategory: items([
    ['01', '01 支付类', '支付类网站'],
    ['02', '02 综合类', '综合类网站'],
    ['03', '03 论坛类', '论坛类网站'],
    ['04', '04 个人主页（社交、微博、博客）', '个人主页（包含社交、微博、博客）类网站'],
    ['05', '05 搜索类', '搜索类网站'],
    ['06', '06 视频类', '视频类网站'],
    ['07', '07 通讯类（即时通讯、电子邮箱）', '通讯（包含即时通讯、电子邮箱）类网站'],
    ['08', '08 游戏类', '游戏类网站'],
    ['09', '09 交易类', '交易类网站'],
  ]),
  yn: items([
    ['Y', '是'],
    ['N', '否'],
  ]),
};

/** <option>s of a code list, with the empty placeholder option select2 needs. */
export function options(name: string): string {
  return `<option value=""></option>${(DICT[name] ?? []).map((item) => `<option value="${item.v}">${item.t}</option>`).join('')}`;
}

/** A group of inline checkboxes or radios of a code list. */
export function checks(name: string, field: string, type: 'checkbox' | 'radio' = 'checkbox', cols = ''): string {
  return (DICT[name] ?? [])
    .map((item) => {
      const id = `${field}_${item.v}`;
      return `<div class="form-check ${cols || 'form-check-inline'}"><input class="form-check-input" type="${type}" name="${field}" id="${id}" value="${item.v}"><label class="form-check-label" for="${id}">${item.t}</label></div>`;
    })
    .join('');
}
