import { describe, expect, it } from 'vitest';
import type { Client } from '@/lib/model/profile';
import { sampleBlogger, sampleCompany } from '@/lib/model/sample';
import { CATALOGUE, checkProfile, type CheckContext, type Severity } from '@/lib/rules';
import { residentIdCheckChar } from '@/lib/rules/validators/resident-id';
import { sampleImageRefs } from '../../helpers/sample-images';

const TODAY = new Date(Date.UTC(2026, 10, 28));
const images = sampleImageRefs();
const samples = { company: () => structuredClone(sampleCompany(images)), blogger: () => structuredClone(sampleBlogger(images)) };

type Change = (client: Client) => void;

interface RuleCase {
  id: string;
  /** A value the rule must flag … */
  flags: string;
  fail: Change;
  path: string;
  severity?: Severity;
  /** … and one it must let pass (default: the untouched sample). */
  passes?: string;
  pass?: Change;
  sample?: keyof typeof samples;
  context?: (client: Client) => CheckContext;
  passContext?: (client: Client) => CheckContext;
}

/** A valid 居民身份证号码 for a birth date, its check character computed (GB 11643). */
const residentId = (region: string, birth: string) => `${region}${birth}123${residentIdCheckChar(`${region}${birth}123`)}`;
const site = (client: Client, index = 0) => client.websites[index]!;
const principal = (client: Client) => client.subject.principal;
const liaison = (client: Client) => site(client).people.liaison;

/** Every rule of the catalogue, with a value it flags and one it lets pass. */
const CASES: RuleCase[] = [
  { id: 'S-REQUIRED', flags: 'an empty mobile', fail: (c) => (principal(c).mobile = ''), path: 'subject.principal.mobile' },
  { id: 'S-REQUIRED', flags: 'a residence without a district', fail: (c) => (principal(c).residence.districtCode = ''), path: 'subject.principal.residence' },
  { id: 'S-CERT-IMG-SIZE', flags: 'a 600 KB front scan', fail: (c) => (principal(c).certFront!.size = 600 * 1024), path: 'subject.principal.certFront' },
  { id: 'S-CERT-IMG-SIZE', flags: 'a WebP back scan', fail: (c) => (principal(c).certBack!.type = 'image/webp'), path: 'subject.principal.certBack' },
  { id: 'S-CERT-IMG-CLEAR', flags: 'a 200×120 px scan', fail: (c) => Object.assign(principal(c).certFront!, { width: 200, height: 120 }), path: 'subject.principal.certFront' },
  { id: 'S-UNIT-NAME-FULL', flags: 'a domain as the unit name', fail: (c) => (c.subject.unitName = 'qingwutech.cn'), path: 'subject.unitName' },
  { id: 'S-UNIT-NAME-FULL', flags: 'an individual under another name', sample: 'blogger', fail: (c) => (c.subject.unitName = '若溪工作室'), path: 'subject.unitName' },
  { id: 'S-NATURE-MATCH', flags: 'a 有限公司 filed as 事业单位', fail: (c) => (c.subject.nature = 'institution'), path: 'subject.nature' },
  {
    id: 'S-NATURE-MATCH',
    flags: 'a hospital filed as an enterprise, at warning level',
    fail: (c) => (c.subject.unitName = '杭州市西湖区第一人民医院'),
    path: 'subject.nature',
    severity: 'warn',
    passes: 'the same hospital filed as 事业单位',
    pass: (c) => Object.assign(c.subject, { unitName: '杭州市西湖区第一人民医院', nature: 'institution', unitCertType: 'uscc' }),
  },
  { id: 'S-CERT-TYPE-MATCH', flags: 'an enterprise with a military code', fail: (c) => (c.subject.unitCertType = 'military-code'), path: 'subject.unitCertType' },
  { id: 'S-CERT-TYPE-MATCH', flags: 'an ID number as the unit certificate', fail: (c) => (c.subject.unitCertNumber = '330106198503121231'), path: 'subject.unitCertNumber' },
  { id: 'S-CERT-NO-FORMAT', flags: 'an ID with a wrong check digit', fail: (c) => (principal(c).certNumber = '330106198503121232'), path: 'subject.principal.certNumber' },
  { id: 'S-CERT-NO-FORMAT', flags: 'a credit code with a wrong check', fail: (c) => (c.subject.unitCertNumber = '91330106MA2H7K3LXB'), path: 'subject.unitCertNumber' },
  { id: 'S-CERT-EXPIRY', flags: 'a document expired last month', fail: (c) => (principal(c).certExpiry = '2026-10-31'), path: 'subject.principal.certExpiry', passes: 'a permanent (长期) document', pass: (c) => (principal(c).certExpiry = '长期') },
  { id: 'S-CERT-EXPIRY', flags: 'yesterday, as a page shows it', fail: (c) => (principal(c).certExpiry = '2026年11月27日' as Client['subject']['principal']['certExpiry']), path: 'subject.principal.certExpiry', passes: 'a year ahead, as a page shows it', pass: (c) => (principal(c).certExpiry = '2027/11/28' as Client['subject']['principal']['certExpiry']) },
  {
    id: 'S-CERT-EXPIRY',
    flags: 'a document ending within 30 days, as a warning',
    fail: (c) => (principal(c).certExpiry = '2026-12-20'),
    path: 'subject.principal.certExpiry',
    severity: 'warn',
    passes: 'one ending in 31 days',
    pass: (c) => (principal(c).certExpiry = '2026-12-29'),
  },
  {
    id: 'S-PRINCIPAL-ADULT',
    flags: 'a principal born 2010 (16 today)',
    fail: (c) => (principal(c).certNumber = residentId('330106', '20100312')),
    path: 'subject.principal.certNumber',
    passes: 'one whose 18th birthday is today',
    pass: (c) => (principal(c).certNumber = residentId('330106', '20081128')),
  },
  { id: 'S-PRINCIPAL-ADULT', flags: 'one a day short of 18', fail: (c) => (principal(c).certNumber = residentId('330106', '20081129')), path: 'subject.principal.certNumber', passes: 'a minor’s passport (no birth date to read)', pass: (c) => Object.assign(principal(c), { certType: 'passport', certNumber: 'E12345678' }) },
  { id: 'S-SUPERVISOR', flags: 'the unit name again', fail: (c) => (c.subject.supervisor = c.subject.unitName), path: 'subject.supervisor' },
  { id: 'S-ADDRESS-DETAIL', flags: 'a building name without a street', fail: (c) => (principal(c).residenceDetail = '东部软件园2号楼'), path: 'subject.principal.residenceDetail' },
  { id: 'S-OFFICE-PHONE', flags: 'a number without the dash', fail: (c) => (principal(c).officePhone = '057186781234'), path: 'subject.principal.officePhone', passes: 'the 2017 manual’s 0086 form', pass: (c) => (principal(c).officePhone = '0086-0571-86781234') },
  { id: 'S-PHONE-AREA', flags: 'a Beijing number for a Hangzhou address', fail: (c) => (principal(c).officePhone = '010-86781234'), path: 'subject.principal.officePhone' },
  { id: 'S-PHONE-FAKE', flags: '0571-88888888', fail: (c) => (principal(c).officePhone = '0571-88888888'), path: 'subject.principal.officePhone' },
  { id: 'S-MOBILE', flags: 'spaces in the mobile', fail: (c) => (principal(c).mobile = '138 5711 2345'), path: 'subject.principal.mobile', passes: 'a +86 prefix', pass: (c) => (principal(c).mobile = '+8613857112345') },
  { id: 'S-EMAIL', flags: 'an address without a top-level domain', fail: (c) => (principal(c).email = 'lin@qingwutech'), path: 'subject.principal.email' },

  { id: 'W-REQUIRED', flags: 'no access provider', fail: (c) => (site(c).accessProvider.name = ''), path: 'websites.0.accessProvider.name' },
  { id: 'W-NAME-NOT-DOMAIN', flags: 'a domain as the name', fail: (c) => (site(c).name = 'qingwutech.cn'), path: 'websites.0.name' },
  { id: 'W-NAME-NATURE', flags: 'an individual’s 有限公司 site', sample: 'blogger', fail: (c) => (site(c).name = '若溪科技有限公司'), path: 'websites.0.name' },
  { id: 'W-NAME-PUBLIC-AFFAIRS', flags: '人民政府 on a company site', fail: (c) => (site(c).name = '西湖区人民政府服务网'), path: 'websites.0.name' },
  { id: 'W-NAME-NATIONAL', flags: 'a 中国 prefix', fail: (c) => (site(c).name = '中国青梧科技'), path: 'websites.0.name' },
  { id: 'W-NAME-NATIONAL', flags: 'a 全国 prefix (practice)', fail: (c) => (site(c).name = '全国青梧科技'), path: 'websites.0.name' },
  {
    id: 'W-NAME-PREAPPROVAL',
    flags: '教育 without the approval',
    fail: (c) => (site(c).name = '青梧教育在线'),
    path: 'websites.0.name',
    passes: '教育 with the education approval ticked',
    pass: (c) => Object.assign(site(c), { name: '青梧教育在线', preapprovals: ['education'] }),
  },
  { id: 'W-NAME-FORUM', flags: 'a bbs subdomain', fail: (c) => site(c).subdomains.push('bbs.qingwutech.cn'), path: 'websites.0.subdomains.2' },
  { id: 'W-NAME-FORUM', flags: '论坛 in the name', fail: (c) => (site(c).name = '青梧开发者论坛'), path: 'websites.0.name' },
  { id: 'W-ICP-FORMAT', flags: 'a number without 号', fail: (c) => (site(c).icpNumber = '浙ICP备2023012345'), path: 'websites.0.icpNumber' },
  { id: 'W-ICP-REGION', flags: 'a Beijing number for a Zhejiang subject', fail: (c) => (site(c).icpNumber = '京ICP备2023012345号-1'), path: 'websites.0.icpNumber' },
  { id: 'W-DOMAIN', flags: 'an underscore in the main domain', fail: (c) => (site(c).domain = 'exa_mple.com'), path: 'websites.0.domain' },
  { id: 'W-DOMAIN', flags: 'a label ending in a hyphen', fail: (c) => (site(c).domain = 'qingwu-.cn'), path: 'websites.0.domain' },
  { id: 'W-DOMAIN', flags: 'www. in the main domain', fail: (c) => (site(c).domain = 'www.qingwutech.cn'), path: 'websites.0.domain', passes: 'an IDN domain', pass: (c) => Object.assign(site(c), { domain: '青梧.中国', subdomains: ['www.青梧.中国'] }) },
  { id: 'W-SUBDOMAIN', flags: 'a host of another domain', fail: (c) => site(c).subdomains.push('www.qingwushop.com'), path: 'websites.0.subdomains.2' },
  { id: 'W-IP', flags: 'a private address', fail: (c) => site(c).ips.push('192.168.1.10'), path: 'websites.0.ips.1' },
  { id: 'W-SERVICES-INTERACTIVE', flags: 'interactive = 是 with only www', fail: (c) => (site(c).interactive = true), path: 'websites.0.serviceTypes' },
  { id: 'W-SERVICES-INTERACTIVE', flags: 'a forum ticked on a non-interactive site', fail: (c) => site(c).serviceTypes.push('forum'), path: 'websites.0.interactive' },
  {
    id: 'W-INTERACTIVE-REVIEW',
    flags: 'an interactive site',
    fail: (c) => Object.assign(site(c), { interactive: true, serviceTypes: ['www', 'email'] }),
    path: 'websites.0.interactive',
    passes: 'a client whose only site is not interactive',
    pass: (c) => c.websites.pop(),
  },
  { id: 'W-SERVICE-SUGGEST', flags: 'a unit site without www服务', fail: (c) => (site(c).serviceTypes = ['download']), path: 'websites.0.serviceTypes' },
  { id: 'W-PREAPPROVAL-TICK', flags: 'news approval ticked', fail: (c) => (site(c).preapprovals = ['news']), path: 'websites.0.preapprovals' },
  { id: 'W-CONTROLLED', flags: 'controlled goods ticked', fail: (c) => (site(c).controlledGoods = ['firearms']), path: 'websites.0.controlledGoods' },
  { id: 'W-LEVEL', flags: 'level 2 without a forum or blog', fail: (c) => (site(c).level = 'level-2'), path: 'websites.0.level' },
  { id: 'W-CATEGORY', flags: 'a game category for a plain www site', fail: (c) => (site(c).serviceCategory = '08'), path: 'websites.0.serviceCategory' },
  {
    id: 'W-OPERATING',
    flags: 'no answer to 经营性/非经营性',
    fail: (c) => (site(c).operating = ''),
    path: 'websites.0.operating',
    passes: 'a non-operating site',
    pass: (c) => c.websites.pop(),
  },
  { id: 'W-TECH-SUPPORT', flags: 'no technical support provider', fail: (c) => (site(c).techSupport.name = ''), path: 'websites.0.techSupport.name' },
  { id: 'W-SERVER', flags: 'a short police code', fail: (c) => (site(c).serverPoliceCode = '3301'), path: 'websites.0.serverPoliceCode' },

  { id: 'P-REQUIRED', flags: 'a liaison without a mobile', fail: (c) => (liaison(c).mobile = ''), path: 'websites.0.people.liaison.mobile', passes: 'a liaison “same as the principal” with empty fields', pass: (c) => Object.assign(liaison(c), { sameAsPrincipal: true, mobile: '' }) },
  { id: 'P-NAME-REAL', flags: '陈女士', fail: (c) => (liaison(c).name = '陈女士'), path: 'websites.0.people.liaison.name' },
  { id: 'P-NAME-REAL', flags: 'a Tibetan name, at warning level', fail: (c) => (liaison(c).name = '扎西多吉'), path: 'websites.0.people.liaison.name', severity: 'warn' },
  { id: 'P-CERT-IMG-SIZE', flags: 'a 150 KB scan', fail: (c) => (liaison(c).certScan!.size = 150 * 1024), path: 'websites.0.people.liaison.certScan' },
  { id: 'P-CERT-NO-FORMAT', flags: 'a liaison ID with a wrong check digit', fail: (c) => (liaison(c).certNumber = '330106198709210046'), path: 'websites.0.people.liaison.certNumber' },
  { id: 'P-MOBILE', flags: 'ten digits', fail: (c) => (liaison(c).mobile = '1395719876'), path: 'websites.0.people.liaison.mobile' },
  { id: 'P-EMAIL', flags: 'an address without a domain', fail: (c) => (liaison(c).email = 'chen@'), path: 'websites.0.people.liaison.email' },

  { id: 'F-AGREEMENT', flags: 'the statement page', fail: () => undefined, context: () => ({ page: 'agreement' }), path: 'agreement' },
  { id: 'F-REVIEW-TIME', flags: 'the statement page', fail: () => undefined, context: () => ({ page: 'agreement' }), path: 'agreement' },
  { id: 'F-CLAIM-DEADLINE', flags: 'the claim page', fail: () => undefined, context: () => ({ page: 'claim' }), path: 'websites' },
  { id: 'F-CANCEL-CLOSED', flags: 'the cancellation page', fail: () => undefined, context: () => ({ page: 'cancel' }), path: 'websites' },
  { id: 'F-RECORD-NO', flags: 'a 13-digit record number', fail: (c) => (site(c).filing.recordNumber = '3301060201234'), path: 'websites.0.filing.recordNumber' },
  {
    id: 'F-FOOTER',
    flags: 'an approved site',
    fail: () => undefined,
    path: 'websites.0.filing.recordNumber',
    passes: 'a site not filed yet',
    pass: (c) => (site(c).filing.recordNumber = ''),
  },
  { id: 'F-OFFICE-ADDRESS', flags: 'a unit address in another city', fail: (c) => (c.subject.unitAddress = '上海市浦东新区张江路100号'), path: 'subject.unitAddress' },

  {
    id: 'A-SHARED-CONTACT',
    flags: 'a mobile another client uses',
    fail: () => undefined,
    context: (c) => {
      const other = samples.blogger();
      other.subject.principal.mobile = c.subject.principal.mobile;
      return { book: [c, other], clientId: c.id };
    },
    path: 'subject.principal.mobile',
    passes: 'a book where nobody else uses it',
    passContext: (c) => ({ book: [c, samples.blogger()], clientId: c.id }),
  },
  { id: 'A-PEOPLE-DISTINCT', flags: 'two people with one mobile', fail: (c) => (site(c, 1).people.security.mobile = site(c, 1).people.liaison.mobile), path: 'websites.1.people.security.mobile' },
];

function run(sample: keyof typeof samples, change: Change | undefined, context?: (client: Client) => CheckContext) {
  const client = samples[sample]();
  change?.(client);
  return checkProfile(client, { today: TODAY, ...context?.(client) });
}

describe('every rule of the catalogue', () => {
  it('has at least one case flagging it and one letting it pass', () => {
    const covered = new Set(CASES.map((ruleCase) => ruleCase.id));
    expect(CATALOGUE.map((meta) => meta.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(CASES.map((ruleCase) => [ruleCase.id, ruleCase.flags, ruleCase] as const))('%s flags %s', (id, _flags, ruleCase) => {
    const findings = run(ruleCase.sample ?? 'company', ruleCase.fail, ruleCase.context).filter((finding) => finding.ruleId === id);
    const meta = CATALOGUE.find((entry) => entry.id === id)!;
    expect(findings).toContainEqual(
      expect.objectContaining({ path: ruleCase.path, severity: ruleCase.severity ?? meta.severity, source: meta.source }),
    );
    for (const finding of findings) {
      expect(finding.message.zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(finding.message.en).toMatch(/[A-Za-z]{3,}/);
    }
  });

  it.each(CASES.map((ruleCase) => [ruleCase.id, ruleCase.passes ?? 'the untouched sample', ruleCase] as const))('%s lets %s pass', (id, _passes, ruleCase) => {
    const findings = run(ruleCase.sample ?? 'company', ruleCase.pass, ruleCase.passContext).filter((finding) => finding.ruleId === id);
    expect(findings).toEqual([]);
  });
});

describe('practice rules', () => {
  it('say in their message that they are practice, not the guide', () => {
    const findings = run('company', (c) => (principal(c).certNumber = '330106198503121232'));
    const finding = findings.find((candidate) => candidate.ruleId === 'S-CERT-NO-FORMAT')!;
    expect(finding.source.kind).toBe('practice');
    expect(finding.message.zh).toContain('实践规则');
    expect(finding.message.en).toContain('practice');
  });
});
