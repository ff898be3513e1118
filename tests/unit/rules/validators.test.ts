import { describe, expect, it } from 'vitest';
import { areaList } from '@vant/area-data';
import { AREA_CODES_BY_CITY, OUTSIDE_MAINLAND_PROVINCES } from '@/lib/rules/data/area-codes';
import { checkAddressDetail } from '@/lib/rules/validators/address';
import { checkCreditCode } from '@/lib/rules/validators/credit-code';
import { checkPersonDocument, checkUnitDocument } from '@/lib/rules/validators/documents';
import { checkMainDomain, checkSubdomains } from '@/lib/rules/validators/domain';
import { checkEmail } from '@/lib/rules/validators/email';
import { parseIcp } from '@/lib/rules/validators/icp';
import { checkIpEntry } from '@/lib/rules/validators/ip';
import { checkOrganizationCode } from '@/lib/rules/validators/organization-code';
import { checkPersonName } from '@/lib/rules/validators/person-name';
import { areaCodeMatchesCity, checkMobile, isObviouslyFake, parseLandline } from '@/lib/rules/validators/phone';
import { checkPoliceUnitCode, checkRecordNumber } from '@/lib/rules/validators/record-number';
import { checkRegistrationNumber } from '@/lib/rules/validators/registration-number';
import { checkResidentId } from '@/lib/rules/validators/resident-id';

const TODAY = new Date(Date.UTC(2026, 10, 28));

describe('居民身份证 (GB 11643)', () => {
  it.each([
    ['11010519491231002X', 'the standard’s own example'],
    ['330106198503121231', 'a Hangzhou man born 1985'],
    ['440305199202150826', 'a Shenzhen woman born 1992'],
    ['330108199011230113', 'a Hangzhou man born 1990'],
    ['11010519491231002x', 'a lower-case x'],
  ])('accepts %s (%s)', (id) => expect(checkResidentId(id, TODAY)).toBeUndefined());

  it.each([
    ['110105194912310021', 'check-digit'],
    ['330106198502301231', 'birth-date'],
    ['330106203001011234', 'future-birth'],
    ['990106198503121231', 'region'],
    ['11010519491231002', 'length'],
    ['110105491231002', 'legacy-15'],
    ['1101051949123100AX', 'charset'],
  ])('rejects %s as %s', (id, problem) => expect(checkResidentId(id, TODAY)).toBe(problem));
});

describe('统一社会信用代码 (GB 32100)', () => {
  it.each([
    ['91110000802100433B', 'a real Beijing company, printed on its licence'],
    ['91440300708461136T', 'a real Shenzhen company'],
    ['91330106MA2H7K3LXA', 'the sample company'],
    ['91330106ma2h7k3lxa', 'in lower case'],
  ])('accepts %s (%s)', (code) => expect(checkCreditCode(code)).toBeUndefined());

  it.each([
    ['91110000802100433C', 'check-digit'],
    ['91110000802100433', 'length'],
    ['9111000080210043IB', 'charset'],
    ['91990000802100433B', 'region'],
    ['91330000MA27XXXX1X', 'organization-code'],
  ])('rejects %s as %s', (code, problem) => expect(checkCreditCode(code)).toBe(problem));
});

describe('组织机构代码 (GB 11714)', () => {
  it.each(['80210043-3', '802100433', 'MA2H7K3LX', '70846113-6'])('accepts %s', (code) => expect(checkOrganizationCode(code)).toBeUndefined());
  it.each([
    ['802100434', 'check-digit'],
    ['8021004', 'length'],
    ['80210_433', 'charset'],
  ])('rejects %s as %s', (code, problem) => expect(checkOrganizationCode(code)).toBe(problem));
});

describe('15-digit 注册号 (ISO 7064 MOD 11,10)', () => {
  it.each(['110108000000016', '110105000000096', '440301103128544'])('accepts %s', (number) =>
    expect(checkRegistrationNumber(number)).toBeUndefined(),
  );
  it.each([
    ['110108000000017', 'check-digit'],
    ['440301103128542', 'check-digit'],
    ['11010800000001', 'length'],
  ])('rejects %s as %s', (number, problem) => expect(checkRegistrationNumber(number)).toBe(problem));
});

describe('person and unit documents by type', () => {
  it.each([
    ['passport', 'E12345678'],
    ['passport', 'EA1234567'],
    ['passport', '123456789'],
    ['hk-macao-permit', 'H12345678'],
    ['hk-macao-permit', 'M1234567801'],
    ['taiwan-permit', '12345678'],
    ['foreigner-permanent-id', 'USA110068091601'],
    ['foreigner-permanent-id', '911840199001010018'],
    ['officer-id', '南字第20150123号'],
  ] as const)('accepts a %s numbered %s', (type, number) => expect(checkPersonDocument(type, number, TODAY)).toBeUndefined());

  it.each([
    ['passport', 'E12', 'pattern'],
    ['hk-macao-permit', 'A12345678', 'pattern'],
    ['taiwan-permit', '1234567', 'pattern'],
    ['foreigner-permanent-id', '911840199001010017', 'check-digit'],
    ['resident-id', '110105194912310021', 'check-digit'],
  ] as const)('rejects a %s numbered %s', (type, number, problem) => expect(checkPersonDocument(type, number, TODAY)).toBe(problem));

  it.each([
    ['uscc', '91110000802100433B', undefined],
    ['business-licence', '110108000000016', undefined],
    ['business-licence', '91110000802100433B', undefined],
    ['organization-code', '80210043-3', undefined],
    ['uscc', '110108000000016', 'length'],
    ['business-licence', '110108000000017', 'check-digit'],
    ['organization-code', '80210043-4', 'check-digit'],
  ] as const)('judges a %s numbered %s: %s', (type, number, problem) => expect(checkUnitDocument(type, number)).toBe(problem));
});

describe('mobile numbers', () => {
  it.each(['13857112345', '+8613857112345', '008619912345678', '16612345678'])('accepts %s', (mobile) => expect(checkMobile(mobile)).toBeUndefined());
  it.each([
    ['138 5711 2345', 'separators'],
    ['138-5711-2345', 'separators'],
    ['+86 13857112345', 'separators'],
    ['12857112345', 'format'],
    ['1385711234', 'format'],
    ['0571-86781234', 'format'],
    [`13857112345${' '.repeat(40)}x`, 'format'],
  ])('rejects %s as %s', (mobile, problem) => expect(checkMobile(mobile)).toBe(problem));
});

describe('landlines', () => {
  it.each([
    ['010-12345625', '010'],
    ['0571-86781234', '0571'],
    ['0086-010-68870788', '010'],
    ['+86-0755-26781234', '0755'],
    ['0898-6612345', '0898'],
    ['021-62345678-801', '021'],
  ])('reads %s with area code %s', (phone, areaCode) => expect(parseLandline(phone)).toMatchObject({ landline: { areaCode } }));

  it.each([
    ['13857112345', 'mobile-instead'],
    ['01012345678', 'format'],
    ['(010)12345678', 'format'],
    ['0261-12345678', 'unknown-area-code'],
    ['010-1234567', 'number-length'],
    ['0571-123456789', 'number-length'],
  ])('rejects %s as %s', (phone, problem) => expect(parseLandline(phone)).toEqual({ problem }));

  it.each([
    ['00000000', true],
    ['88888888', true],
    ['12345678', true],
    ['87654321', true],
    ['86781234', false],
    ['68870788', false],
    ['12345625', false],
  ])('calls %s obviously fake: %s', (number, fake) => expect(isObviouslyFake(number)).toBe(fake));
});

describe('the area code ↔ city table', () => {
  const mainlandCities = Object.keys(areaList.city_list).filter(
    (code) => !OUTSIDE_MAINLAND_PROVINCES.some((province) => code.startsWith(province)),
  );

  it('has an area code for every prefecture-level division of the mainland', () => {
    expect(mainlandCities.length).toBeGreaterThan(340);
    expect(mainlandCities.filter((code) => !AREA_CODES_BY_CITY[code.slice(0, 4)])).toEqual([]);
  });

  it('lists only cities the region data knows', () => {
    const known = new Set(mainlandCities.map((code) => code.slice(0, 4)));
    expect(Object.keys(AREA_CODES_BY_CITY).filter((prefix) => !known.has(prefix))).toEqual([]);
  });

  it.each([
    ['010', '110100', true],
    ['021', '310100', true],
    ['0755', '440300', true],
    ['0571', '330100', true],
    ['0731', '430200', true],
    ['010', '330100', false],
    ['0571', '440300', false],
    ['0755', '310100', false],
  ])('%s belongs to city %s: %s', (areaCode, city, matches) => expect(areaCodeMatchesCity(areaCode, city)).toBe(matches));

  it('cannot tell for Hong Kong, Macao or Taiwan', () => {
    expect(areaCodeMatchesCity('010', '810100')).toBeUndefined();
  });
});

describe('e-mail addresses', () => {
  it.each(['linxiaofeng@qingwutech.cn', 'ruoxi.zhou+beian@163.com', '12345678@qq.com', 'admin@例子.中国'])('accepts %s', (email) =>
    expect(checkEmail(email)).toBeUndefined(),
  );
  it.each([
    ['lin@', 'format'],
    ['lin.qingwutech.cn', 'format'],
    ['.lin@qq.com', 'format'],
    ['lin@qingwutech', 'domain'],
    ['lin@qingwutech.invalidtld', 'domain'],
    [`${'a'.repeat(250)}@qq.com`, 'format'],
  ])('rejects %s as %s', (email, problem) => expect(checkEmail(email)).toBe(problem));
});

describe('main domains', () => {
  it.each(['baidu.com', 'qingwutech.cn', 'example.com.cn', '例子.中国', 'xn--fsqu00a.xn--fiqs8s'])('accepts %s', (domain) =>
    expect(checkMainDomain(domain)).toBeUndefined(),
  );
  it.each([
    ['www.baidu.com', 'www'],
    ['http://baidu.com', 'scheme-or-path'],
    ['baidu.com/index.html', 'scheme-or-path'],
    ['baidu.com:8080', 'scheme-or-path'],
    ['blog.baidu.com', 'subdomain-of'],
    ['com.cn', 'not-registrable'],
    ['qingwutech', 'invalid'],
    ['1.2.3.4', 'invalid'],
    [`${'a'.repeat(60)}.`.repeat(5) + 'com', 'invalid'],
  ])('rejects %s as %s', (domain, problem) => expect(checkMainDomain(domain)).toBe(problem));
});

describe('subdomains', () => {
  it('accepts hosts under the main domain', () => {
    expect(checkSubdomains(['www.baidu.com', 'map.baidu.com', 'a.b.baidu.com'], 'baidu.com')).toEqual([undefined, undefined, undefined]);
  });
  it('flags hosts outside the main domain, repeats, the main domain itself and URLs', () => {
    expect(checkSubdomains(['www.qq.com', 'www.baidu.com', 'WWW.baidu.com', 'baidu.com', 'https://m.baidu.com', 'x..baidu.com'], 'baidu.com')).toEqual([
      'outside',
      undefined,
      'duplicate',
      'same-as-main',
      'scheme-or-path',
      'invalid',
    ]);
  });
});

describe('IP rows', () => {
  it.each(['47.96.123.45', '47.96.123.46-47.96.123.50', '119.29.45.67 ~ 119.29.45.70', '2400:3200::1', '20.10.0.1'])('accepts %s', (ip) =>
    expect(checkIpEntry(ip)).toBeUndefined(),
  );
  it.each([
    ['192.168.1.10', 'not-public'],
    ['10.0.0.1', 'not-public'],
    ['127.0.0.1', 'not-public'],
    ['100.64.1.1', 'not-public'],
    ['::1', 'not-public'],
    ['47.96.1.300', 'format'],
    ['047.96.1.3', 'format'],
    ['47.96.1', 'format'],
    ['47.96.1.9-47.96.1.1', 'reversed-range'],
    ['47.96.1.1-2400:3200::1', 'mixed-range'],
    [`47.96.1.1${' '.repeat(100)}-47.96.1.2`, 'format'],
  ])('rejects %s as %s', (ip, problem) => expect(checkIpEntry(ip)).toBe(problem));
});

describe('工信部备案号', () => {
  it.each([
    ['京ICP证030173号-1', '110000', '证'],
    ['京ICP备12345678号-1', '110000', '备'],
    ['浙ICP备2023012345号', '330000', '备'],
    ['蜀ICP备2021000001号-3', '510000', '备'],
    ['粤ICP备 2024087654号-1', '440000', '备'],
  ])('reads %s', (icp, provinceCode, kind) => expect(parseIcp(icp)).toMatchObject({ icp: { provinceCode, kind } }));
  it.each([
    ['京ICP备12345678', 'format'],
    ['ICP备12345678号', 'format'],
    ['京ICP许12345678号', 'format'],
    ['港ICP备12345678号', 'province'],
    ['京ICP备12345678号-', 'format'],
  ])('rejects %s as %s', (icp, problem) => expect(parseIcp(icp)).toEqual({ problem }));
});

describe('公安备案号 and 网安部门代码', () => {
  it.each(['11010502000001', '33021200002956', '11010502013465'])('accepts record number %s', (number) => expect(checkRecordNumber(number)).toBeUndefined());
  it.each([
    ['1101050200000', 'format'],
    ['1101050200000A', 'format'],
    ['99010502000001', 'region'],
  ])('rejects record number %s as %s', (number, problem) => expect(checkRecordNumber(number)).toBe(problem));
  it.each([
    ['110000000000', undefined],
    ['330100000000', undefined],
    ['440300000000', undefined],
    ['11000000000', 'format'],
    ['990000000000', 'region'],
    ['11000000000X', 'format'],
  ])('judges police code %s: %s', (code, problem) => expect(checkPoliceUnitCode(code)).toBe(problem));
});

describe('a person’s real full name', () => {
  it.each(['林晓峰', '欧阳娜娜', '司马光', '阿依古丽·买买提', '周若溪', '覃海洋'])('accepts %s', (name) => expect(checkPersonName(name)).toBeUndefined());
  it('accepts a foreign name on a passport', () => expect(checkPersonName('John Smith', { foreignAllowed: true })).toBeUndefined());
  it.each([
    ['王先生', 'title'],
    ['李小姐', 'title'],
    ['张总', 'title'],
    ['张三', 'placeholder'],
    ['测试', 'placeholder'],
    ['个人', 'placeholder'],
    ['王某某', 'placeholder'],
    ['李明2', 'digits'],
    ['John Smith', 'latin'],
    ['李', 'too-short'],
    ['王小明（法人）', 'symbols'],
    ['扎西多吉', 'unknown-surname'],
  ])('flags %s as %s', (name, problem) => expect(checkPersonName(name)).toBe(problem));
});

describe('address detail', () => {
  it.each([
    ['文三路90号东部软件园2号楼501室', {}],
    ['科技园南区高新南七道18号', {}],
    ['城关镇东风村三组', {}],
    ['北京市第1024信箱', {}],
    ['中关村大街27号', { provinceName: '北京市', cityName: '北京市' }],
    ['滨江区江南大道与长河路口3幢', {}],
  ])('accepts %s', (detail, region) => expect(checkAddressDetail(detail, region)).toBeUndefined());
  it.each([
    ['西湖区', {}, 'too-short'],
    ['杭州市西湖区转塘街道', {}, 'only-district'],
    ['浙江省杭州市西湖区文三路90号', { provinceName: '浙江省', cityName: '杭州市' }, 'repeats-region'],
    ['东部软件园2号楼', {}, 'no-number'],
    ['万达广场写字楼', {}, 'no-number'],
    ['2号楼文三路', {}, 'no-number'],
  ])('flags %s as %s', (detail, region, problem) => expect(checkAddressDetail(detail, region)).toBe(problem));
});
