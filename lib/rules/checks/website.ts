import { SERVICE_TYPES, labelOf, PREAPPROVAL_ITEMS, SERVICE_CATEGORIES, type ServiceType } from '../../model/codes';
import {
  ENTERPRISE_WORDS,
  FIELD_KEYWORDS,
  FORUM_HOST_WORD,
  FORUM_NAME_WORDS,
  NATIONAL_PREFIXES_GUIDE,
  NATIONAL_PREFIXES_PRACTICE,
  PUBLIC_AFFAIRS_WORDS,
} from '../data/keywords';
import { REVIEW_SETS, reviewMaterialsFor } from '../../model/review-materials';
import { PRACTICE_NOTE } from '../catalogue';
import { containsAny, isBlank, isDemanded, say, textOf, websitesOf } from '../helpers';
import type { LocalText, RuleCheck, RuleHit, RuleInput, WebsiteInput } from '../types';
import { checkMainDomain, checkSubdomains } from '../validators/domain';
import { parseIcp } from '../validators/icp';
import { checkIpEntry } from '../validators/ip';
import { checkMobile, parseLandline } from '../validators/phone';
import { checkPoliceUnitCode } from '../validators/record-number';

type WebsiteCheck = (website: WebsiteInput, base: string, input: RuleInput) => RuleHit[];

/** Runs a check over every website of the input, each under its own path. */
function perWebsite(check: WebsiteCheck): RuleCheck {
  return (input) => websitesOf(input).flatMap(([website, base]) => check(website, base, input));
}

const INTERACTIVE_SERVICES = new Set<string>(SERVICE_TYPES.filter((entry) => entry.interactive).map((entry) => entry.code));
const LEVEL_2_SERVICES: readonly ServiceType[] = ['forum', 'microblog', 'blog'];

/** FAQ 3: the service categories a set of ticked services is consistent with. */
const CATEGORY_BY_SERVICE: Partial<Record<ServiceType, string>> = {
  payment: '01',
  'online-banking': '01',
  forum: '03',
  blog: '04',
  microblog: '04',
  social: '04',
  search: '05',
  video: '06',
  'instant-messaging': '07',
  email: '07',
  chatroom: '07',
  game: '08',
  shopping: '09',
  'supply-demand': '09',
  'travel-booking': '09',
  'stock-trading': '09',
  'p2p-finance': '01',
};

const serviceLabel = (code: string) => SERVICE_TYPES.find((entry) => entry.code === code)?.label ?? code;

const REQUIRED_FIELDS: [(website: WebsiteInput) => unknown, string, string, string][] = [
  [(w) => w.name, 'name', '网站名称', 'website name'],
  [(w) => w.domain, 'domain', '主域名', 'main domain'],
  [(w) => w.accessMethod, 'accessMethod', '网站接入方式', 'access method'],
  [(w) => w.accessProvider?.region, 'accessProvider.region', '接入商所属区域', 'access provider’s region'],
  [(w) => w.accessProvider?.name, 'accessProvider.name', '接入商名称', 'access provider'],
  [(w) => w.registrar?.region, 'registrar.region', '域名服务商所属区域', 'registrar’s region'],
  [(w) => w.registrar?.name, 'registrar.name', '域名注册服务商名称', 'registrar'],
];

function materialsFor(website: WebsiteInput, input: RuleInput): LocalText {
  const items = reviewMaterialsFor({
    nature: input.nature ?? 'individual',
    unitCertType: input.knownSubject.unitCertType ?? '',
    byAgent: input.context.filedByAgent === true || website.filing?.byAgent === true,
    interactive: true,
    preapprovals: (website.preapprovals ?? []).filter((item) => typeof item === 'string'),
  });
  return say(
    `交互式网站需要面审或实地检查，时间以短信通知。面审请携带（各${REVIEW_SETS}份，原件或复印件）：${items.map((item) => item.zh).join('、')}。`,
    `An interactive site gets a face-to-face review or an on-site inspection, announced by SMS. Bring ${REVIEW_SETS} copies of: ${items.map((item) => item.en).join(', ')}.`,
  );
}

export const websiteRules: Record<string, RuleCheck> = {
  'W-REQUIRED': perWebsite((website, base, input) => {
    const hits: RuleHit[] = [];
    for (const [read, key, zh, en] of REQUIRED_FIELDS) {
      const value = read(website);
      if (isDemanded(input, value) && isBlank(value)) {
        hits.push({ path: `${base}.${key}`, message: say(`请填写${zh}（必填）。`, `Fill in the ${en} (required).`) });
      }
    }
    if (isDemanded(input, website.interactive) && typeof website.interactive !== 'boolean') {
      hits.push({ path: `${base}.interactive`, message: say('请选择是否提供互联网交互服务（必填）。', 'Say whether the site provides interactive services (required).') });
    }
    return hits;
  }),

  'W-NAME-NOT-DOMAIN': perWebsite((website, base) => {
    const name = textOf(website.name);
    return /^(https?:\/\/)?([\w-]+\.)+[a-z]{2,}(\/.*)?$/i.test(name) || /^www\./i.test(name)
      ? [{ path: `${base}.name`, message: say('不得以域名作为网站名称：请起一个中文或品牌名称。', 'A domain cannot be the website’s name: give it a proper name.') }]
      : [];
  }),

  'W-NAME-NATURE': perWebsite((website, base, input) => {
    const word = input.nature === 'individual' ? containsAny(textOf(website.name), ENTERPRISE_WORDS) : undefined;
    return word
      ? [{ path: `${base}.name`, message: say(`个人网站的名称不得含“${word}”等企业字样。`, `An individual’s site may not carry enterprise words such as “${word}”.`) }]
      : [];
  }),

  'W-NAME-PUBLIC-AFFAIRS': perWebsite((website, base, input) => {
    if (input.nature === 'government' || !input.nature) return [];
    const word = containsAny(textOf(website.name), PUBLIC_AFFAIRS_WORDS);
    return word
      ? [{ path: `${base}.name`, message: say(`非政府机构的网站不得以“${word}”等公共事务关键字命名。`, `Only government (or government-authorised) subjects may use public-affairs words such as “${word}”.`) }]
      : [];
  }),

  'W-NAME-NATIONAL': perWebsite((website, base, input) => {
    if (input.nature === 'government' || input.nature === 'military' || !input.nature) return [];
    const name = textOf(website.name);
    const guideWord = NATIONAL_PREFIXES_GUIDE.find((prefix) => name.startsWith(prefix));
    if (guideWord) {
      return [{ path: `${base}.name`, message: say(`非国家级单位的网站不得以“${guideWord}”字头命名。`, `A subject that is not national-level may not start the name with “${guideWord}”.`) }];
    }
    const practiceWord = NATIONAL_PREFIXES_PRACTICE.find((prefix) => name.startsWith(prefix));
    return practiceWord
      ? [{
          path: `${base}.name`,
          message: say(`“${practiceWord}”字头同样只有国家级单位可用${PRACTICE_NOTE.zh}。`, `“${practiceWord}” as a prefix is likewise for national-level subjects only${PRACTICE_NOTE.en}.`),
        }]
      : [];
  }),

  'W-NAME-PREAPPROVAL': perWebsite((website, base) => {
    const name = textOf(website.name);
    const ticked = new Set<string>(website.preapprovals ?? []);
    return FIELD_KEYWORDS.flatMap((keyword): RuleHit[] => {
      const word = containsAny(name, keyword.words);
      if (!word || keyword.approvals.some((approval) => ticked.has(approval))) return [];
      return [{
        path: `${base}.name`,
        message: say(
          `名称含“${word}”：没有${keyword.field.zh}的网站不得以该领域关键词命名${word === '新闻' ? '（如“新闻网”）' : ''}。`,
          `The name contains “${word}”: without ${keyword.field.en} approval a site may not be named after that field.`,
        ),
      }];
    });
  }),

  'W-NAME-FORUM': perWebsite((website, base) => {
    const hits: RuleHit[] = [];
    const word = containsAny(textOf(website.name), FORUM_NAME_WORDS);
    if (word) {
      hits.push({
        path: `${base}.name`,
        message: say(`名称含“${word}”即视为论坛：需先到省通信管理局办理电子公告专项备案。`, `“${word}” in the name makes it a forum: it first needs the 电子公告 special filing at the provincial communications administration.`),
      });
    }
    const hosts: [string, string][] = [
      [textOf(website.domain), `${base}.domain`],
      ...(website.subdomains ?? []).map((host, index): [string, string] => [textOf(host), `${base}.subdomains.${index}`]),
    ];
    for (const [host, path] of hosts) {
      // A label holding “bbs” is the host holding it: the word has no dot or hyphen to split on.
      if (host.toLowerCase().includes(FORUM_HOST_WORD)) {
        hits.push({
          path,
          message: say(`含有 bbs 的域名视为论坛：${host} 需到省通信管理局办理电子公告专项备案。`, `A host with “bbs” counts as a forum: ${host} needs the 电子公告 special filing.`),
        });
      }
    }
    return hits;
  }),

  'W-ICP-FORMAT': perWebsite((website, base) => {
    const icp = textOf(website.icpNumber);
    if (!icp) return [];
    const result = parseIcp(icp);
    if ('icp' in result) return [];
    return [{
      path: `${base}.icpNumber`,
      message:
        result.problem === 'province'
          ? say('工信部备案号开头应是省份简称（京、沪、粤、浙……）。', 'A MIIT number starts with a province’s short name (京, 沪, 粤, 浙 …).')
          : say('工信部备案号格式应为“省简称ICP备/证 + 数字 + 号”，可带“-序号”，如 京ICP备12345678号-1、京ICP证030173号-1。', 'A MIIT number reads like 京ICP备12345678号-1 or 京ICP证030173号-1.'),
    }];
  }),

  'W-ICP-REGION': perWebsite((website, base, input) => {
    const icp = textOf(website.icpNumber);
    const province = input.knownSubject.principal?.residence?.provinceCode;
    if (!icp || !province) return [];
    const result = parseIcp(icp);
    if (!('icp' in result) || result.icp.provinceCode === province) return [];
    const provinceName = input.knownSubject.principal?.residence?.provinceName || province;
    return [{
      path: `${base}.icpNumber`,
      message: say(`工信部备案号的省份与主体所在地（${provinceName}）不一致：备案号是否属于这个主体？`, `The MIIT number’s province differs from the subject’s (${provinceName}): does the number belong to this subject?`),
    }];
  }),

  'W-DOMAIN': perWebsite((website, base) => {
    const domain = textOf(website.domain);
    if (!domain) return [];
    const problem = checkMainDomain(domain);
    const messages = {
      'scheme-or-path': say('主域名只填域名本身，如 baidu.com：去掉 http://、端口和路径。', 'Give the bare domain, e.g. baidu.com: drop http://, the port and the path.'),
      www: say('主域名不带“www.”：填 baidu.com，把 www.baidu.com 填在子域名里。', 'No “www.” in the main domain: give baidu.com and list www.baidu.com as a subdomain.'),
      'not-registrable': say('这只是一个公共后缀，不是可注册的域名。', 'That is a public suffix, not a registrable domain.'),
      'subdomain-of': say('主域名应是注册的域名本身（如 baidu.com），不是它下面的子域名。', 'The main domain is the registered domain itself (baidu.com), not a host under it.'),
      invalid: say('主域名格式不正确或后缀不存在。', 'The main domain is malformed or its suffix does not exist.'),
    } as const;
    return problem ? [{ path: `${base}.domain`, message: messages[problem] }] : [];
  }),

  'W-SUBDOMAIN': perWebsite((website, base) => {
    const domain = textOf(website.domain);
    const messages = {
      'scheme-or-path': say('子域名只填主机名，如 www.baidu.com：去掉 http:// 和路径。', 'Give the host only, e.g. www.baidu.com: no http:// or path.'),
      invalid: say('子域名格式不正确。', 'The subdomain is malformed.'),
      outside: say(`子域名应在主域名 ${domain} 之下。`, `A subdomain must be under the main domain ${domain}.`),
      'same-as-main': say('子域名与主域名相同，不用重复填写。', 'This is the main domain itself; no need to repeat it.'),
      duplicate: say('子域名重复。', 'Duplicate subdomain.'),
    } as const;
    return checkSubdomains((website.subdomains ?? []).map(textOf), domain).flatMap((problem, index) =>
      problem ? [{ path: `${base}.subdomains.${index}`, message: messages[problem] }] : [],
    );
  }),

  'W-IP': perWebsite((website, base) =>
    (website.ips ?? []).flatMap((entry, index): RuleHit[] => {
      const value = textOf(entry);
      if (!value) return [];
      const problem = checkIpEntry(value);
      const messages = {
        format: say('IP 格式不正确：填如 20.10.0.1 的地址，或 20.10.0.1-20.10.0.9 这样的起止范围。', 'Malformed IP: give an address like 20.10.0.1, or a range 20.10.0.1-20.10.0.9.'),
        'mixed-range': say('IP 范围的起止地址必须同为 IPv4 或同为 IPv6。', 'Both ends of a range must be IPv4, or both IPv6.'),
        'reversed-range': say('IP 范围的起始地址大于结束地址。', 'The range starts after it ends.'),
        'not-public': say(`${value} 是内网、环回或保留地址，公开网站不会用它提供服务：请填公网 IP。`, `${value} is private, loopback or reserved; a public site is not served from it: give the public IP.`),
      } as const;
      return problem ? [{ path: `${base}.ips.${index}`, message: messages[problem] }] : [];
    }),
  ),

  'W-SERVICES-INTERACTIVE': perWebsite((website, base) => {
    if (typeof website.interactive !== 'boolean' || !website.serviceTypes) return [];
    const interactiveTicked = website.serviceTypes.filter((code): code is ServiceType => !!code && INTERACTIVE_SERVICES.has(code));
    if (website.interactive && interactiveTicked.length === 0) {
      return [{ path: `${base}.serviceTypes`, message: say('选了“提供互联网交互服务”，但没有勾选任何交互类服务（论坛、博客、聊天室、即时通讯、电子邮件……）。', 'Interactive services = 是, but no interactive service type (forum, blog, chat room, messaging, e-mail …) is ticked.') }];
    }
    if (!website.interactive && interactiveTicked.length > 0) {
      const names = interactiveTicked.map(serviceLabel).join('、');
      return [{ path: `${base}.interactive`, message: say(`勾选了交互类服务（${names}），“是否提供互联网交互服务”应选“是”。`, `Interactive services are ticked (${interactiveTicked.join(', ')}), so the answer must be 是.`) }];
    }
    return [];
  }),

  'W-INTERACTIVE-REVIEW': perWebsite((website, base, input) =>
    website.interactive === true ? [{ path: `${base}.interactive`, message: materialsFor(website, input) }] : [],
  ),

  'W-SERVICE-SUGGEST': perWebsite((website, base, input) => {
    if (!website.serviceTypes || !input.nature) return [];
    const ticked = new Set<string>(website.serviceTypes);
    if (input.nature !== 'individual' && !ticked.has('www')) {
      return [{ path: `${base}.serviceTypes`, message: say('单位网站通常勾选“www服务”（单位门户网站）。', 'A unit’s site usually ticks “www服务” (the unit’s portal).') }];
    }
    if (input.nature === 'individual' && ticked.size === 0) {
      return [{ path: `${base}.serviceTypes`, message: say('个人网站通常勾选“博客、个人空间”，有其他内容再如实勾选。', 'A personal site usually ticks “博客、个人空间”, plus whatever else it really offers.') }];
    }
    return [];
  }),

  'W-PREAPPROVAL-TICK': perWebsite((website, base) => {
    const ticked = (website.preapprovals ?? []).filter(Boolean) as string[];
    if (ticked.length === 0) return [];
    const names = ticked.map((code) => labelOf(PREAPPROVAL_ITEMS, code) ?? code).join('、');
    const noDocs = isBlank(website.qualificationDocs) && website.qualificationDocs !== undefined;
    return [{
      path: `${base}.preapprovals`,
      message: say(
        `勾选了前置审核内容（${names}）：只有取得相应审批的网站才勾选，面审时须带审批文件${noDocs ? '，目前还没有上传资质材料' : ''}。`,
        `Pre-approval content is ticked (${ticked.join(', ')}): tick it only with the approval in hand, and bring the approval to the review${noDocs ? '; no qualification document is uploaded yet' : ''}.`,
      ),
    }];
  }),

  'W-CONTROLLED': perWebsite((website, base) =>
    isBlank(website.controlledGoods)
      ? []
      : [{ path: `${base}.controlledGoods`, message: say('提供管制物品信息发布服务：面审时请携带对应的资质材料。', 'Controlled-goods information is published: bring the matching qualification documents to the review.') }],
  ),

  'W-LEVEL': perWebsite((website, base) => {
    if (!website.level || !website.serviceTypes) return [];
    const ticked = website.serviceTypes.filter((code): code is ServiceType => !!code);
    const level2 = ticked.filter((code) => LEVEL_2_SERVICES.includes(code));
    const expected = level2.length > 0 ? 'level-2' : 'level-3';
    if (website.level === expected) return [];
    return [{
      path: `${base}.level`,
      message:
        expected === 'level-2'
          ? say(`有${level2.map(serviceLabel).join('、')}的网站，网站级别应选“二级”。`, 'A site with a forum, microblog or blog is level 2 (二级).')
          : say('没有论坛、微博、博客的网站，网站级别应选“三级”。', 'A site without a forum, microblog or blog is level 3 (三级).'),
    }];
  }),

  'W-CATEGORY': perWebsite((website, base) => {
    if (!website.serviceCategory || !website.serviceTypes) return [];
    const ticked = website.serviceTypes.filter((code): code is ServiceType => !!code);
    const specific = new Set(ticked.map((code) => CATEGORY_BY_SERVICE[code]).filter((code): code is string => !!code));
    const consistent = specific.size === 0 ? ['02'] : [...specific, ...(specific.size > 1 ? ['02'] : [])];
    if (consistent.includes(website.serviceCategory)) return [];
    const names = consistent.map((code) => `${code} ${labelOf(SERVICE_CATEGORIES, code)}`).join('、');
    return [{
      path: `${base}.serviceCategory`,
      message: say(`按勾选的服务类型，分类应为 ${names}。`, `From the services ticked, the category would be ${consistent.join(' or ')}.`),
    }];
  }),

  'W-OPERATING': perWebsite((website, base) => {
    if (website.operating === undefined) return [];
    const path = `${base}.operating`;
    if (website.operating === 'operating') {
      const icp = textOf(website.icpNumber);
      return [{
        path,
        message: say(
          `经营性网站（有偿提供信息或网页制作等服务）实行许可制度${icp && !icp.includes('ICP证') ? '：备案号不是“ICP证”，经营许可证是否已取得？' : '。'}`,
          `An operating site (paid services) needs the ICP operating licence${icp && !icp.includes('ICP证') ? ': the number is not an ICP证 — is the licence in hand?' : '.'}`,
        ),
      }];
    }
    if (website.operating === '') {
      return [{ path, message: say('网站性质：有偿服务（网店、线上交易）为经营性，免费公开信息（个人网站、企业宣传）为非经营性。', 'Paid services (shops, online trading) are 经营性; free public information (personal or company sites) is 非经营性.') }];
    }
    return [];
  }),

  'W-TECH-SUPPORT': perWebsite((website, base) => {
    const support = website.techSupport;
    if (!support) return [];
    const hits: RuleHit[] = [];
    if (support.name !== undefined && !support.name.trim()) {
      hits.push({ path: `${base}.techSupport.name`, message: say('技术支持服务商：第三方做的填第三方公司名称，自己做的填本单位（或本人）名称。', 'Technical support: the third party’s name, or your own if you do it yourself.') });
    }
    const phone = support.phone?.trim();
    if (support.phone !== undefined && !phone) {
      hits.push({ path: `${base}.techSupport.phone`, message: say('技术支持服务商电话：第三方的电话，或本单位（本人）的联系电话。', 'Technical support phone: the third party’s, or your own.') });
    } else if (phone && !('landline' in parseLandline(phone)) && checkMobile(phone) !== undefined) {
      hits.push({ path: `${base}.techSupport.phone`, message: say('技术支持服务商电话应为“区号-号码”的固定电话或 11 位手机号。', 'Give a landline “area code-number” or an 11-digit mobile.') });
    }
    return hits;
  }),

  'W-SERVER': perWebsite((website, base) => {
    const hits: RuleHit[] = [];
    if (website.serverAddress !== undefined && !website.serverAddress.trim()) {
      hits.push({ path: `${base}.serverAddress`, message: say('请填写服务器存放的物理地址（机房或云服务商的地址）。', 'Give the servers’ physical address (the data centre or cloud provider’s).') });
    }
    if (website.serverCount !== undefined && (website.serverCount === '' || website.serverCount === 0)) {
      hits.push({ path: `${base}.serverCount`, message: say('请填写服务器台数（按实际购买或托管的台数）。', 'Give the number of servers actually rented or hosted.') });
    }
    const code = textOf(website.serverPoliceCode);
    if (code && checkPoliceUnitCode(code)) {
      hits.push({ path: `${base}.serverPoliceCode`, message: say('服务器所在地网安部门代码为 12 位数字、以地区代码开头（北京：110000000000）。', 'The server-location police code is 12 digits starting with the area code (Beijing: 110000000000).') });
    }
    return hits;
  }),
};
