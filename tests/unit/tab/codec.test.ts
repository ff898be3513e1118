import { describe, expect, it } from 'vitest';
import { sampleCompany } from '@/lib/model/sample';
import { PAGES } from '@/lib/pages';
import { decodePage, encodeClient } from '@/lib/tab/codec';
import { sampleImageRefs } from '../../helpers/sample-images';

const client = sampleCompany(sampleImageRefs());
const shop = client.websites.find((website) => website.id === 'sample-qingwu-shop')!;
const load = async (ref: { name: string; type: string }) => ({ name: ref.name, type: ref.type, base64: 'AA==' });

describe('the profile ↔ page conversion, one codec per field kind', () => {
  it('round-trips every field a page shows: encoded in the platform’s words, decoded back to the model', async () => {
    const values = await encodeClient(client, shop, load);
    const subject = decodePage('subject', values);
    expect(subject.subject).toEqual({
      nature: 'enterprise',
      unitName: client.subject.unitName,
      unitCertType: 'uscc',
      unitCertNumber: client.subject.unitCertNumber,
      supervisor: client.subject.supervisor,
      principal: {
        residence: client.subject.principal.residence,
        residenceDetail: client.subject.principal.residenceDetail,
        name: client.subject.principal.name,
        certType: 'resident-id',
        certNumber: client.subject.principal.certNumber,
        certExpiry: client.subject.principal.certExpiry,
        officePhone: client.subject.principal.officePhone,
        mobile: client.subject.principal.mobile,
        email: client.subject.principal.email,
        remark: client.subject.principal.remark,
      },
    });
    const [website] = decodePage('website-basic', values).websites!;
    expect(website).toEqual({
      name: shop.name,
      icpNumber: shop.icpNumber,
      domain: shop.domain,
      subdomains: shop.subdomains,
      ips: shop.ips,
      openedOn: shop.openedOn,
      accessMethod: shop.accessMethod,
      accessProvider: { scope: 'domestic', region: shop.accessProvider.region, name: shop.accessProvider.name, phone: shop.accessProvider.phone },
      registrar: { scope: 'domestic', region: shop.registrar.region, name: shop.registrar.name },
      interactive: true,
      serviceTypes: shop.serviceTypes,
      languages: shop.languages,
      operating: shop.operating,
      level: shop.level,
      serviceCategory: shop.serviceCategory,
      techSupport: shop.techSupport,
      serverAddress: shop.serverAddress,
      serverCount: shop.serverCount,
      serverPoliceCode: shop.serverPoliceCode,
      controlledGoods: [],
      preapprovals: [],
    });
    const [people] = decodePage('website-people', values).websites!;
    expect(people).toEqual({
      people: {
        security: { ...shop.people.security, certScan: undefined },
        liaison: { ...shop.people.liaison, certScan: undefined },
      },
    });
  });

  it('sends scans by the model’s references, and a 是/否 question from whether its list is empty', async () => {
    const values = await encodeClient(client, shop, load);
    expect(values['subject.principal.certScans']).toMatchObject({ kind: 'files', files: [{ name: 'principal-front.png' }, { name: 'principal-back.png' }] });
    expect(values['website.hasControlledGoods']).toEqual({ kind: 'choice', options: ['否', '无', '非交互式'] });
    expect(values['website.serviceCategory']).toMatchObject({ kind: 'choice', options: expect.arrayContaining(['09 交易类网站']) });
  });

  it('sends nothing for what the profile leaves empty, so the page keeps what the person typed', async () => {
    const values = await encodeClient({ ...client, subject: { ...client.subject, principal: { ...client.subject.principal, remark: '' } } }, shop, load);
    expect(values['subject.principal.remark']).toBeUndefined();
  });

  it('sends a person “同主体负责人信息” as the flag alone, no unit field for an individual, and the person’s own name as the 主办者 (the guide)', async () => {
    const site = client.websites[0]!;
    const values = await encodeClient({ ...client, subject: { ...client.subject, nature: 'individual' } }, site, load);
    expect(values['website.people.security.sameAsPrincipal']).toEqual({ kind: 'flag', on: true });
    expect(values['website.people.security.name']).toBeUndefined();
    expect(values['subject.unitCertNumber']).toBeUndefined();
    expect(values['subject.unitName']).toEqual({ kind: 'text', text: client.subject.principal.name });
  });

  it('decodes a cascader’s names (it shows no codes) into the region’s codes', () => {
    const decoded = decodePage('subject', { 'subject.principal.residence': { kind: 'region', names: ['浙江省', '杭州市', '西湖区'], codes: [] } });
    expect(decoded.subject?.principal?.residence).toMatchObject({ provinceCode: '330000', cityCode: '330100', districtCode: '330106' });
  });

  it('has a codec for every kind of field the page definitions use', async () => {
    const kinds = new Set(PAGES.flatMap((page) => page.fields.map((field) => field.kind)));
    const values = await encodeClient(client, shop, load);
    const encodedKinds = new Set(PAGES.flatMap((page) => page.fields.filter((field) => values[field.path]).map((field) => field.kind)));
    expect([...kinds].filter((kind) => !encodedKinds.has(kind))).toEqual([]);
  });
});
