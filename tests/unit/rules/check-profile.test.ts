import { describe, expect, it } from 'vitest';
import type { Client } from '@/lib/model/profile';
import { sampleBlogger, sampleClients } from '@/lib/model/sample';
import { checkProfile, countFindings } from '@/lib/rules';
import { sampleImageRefs } from '../../helpers/sample-images';

const TODAY = new Date(Date.UTC(2026, 10, 28));
const samples = () => structuredClone(sampleClients(sampleImageRefs()));
const ids = (findings: { ruleId: string }[]) => [...new Set(findings.map((finding) => finding.ruleId))].sort();

/** The deliberately bad client: each mistake a filer really makes, one of each. */
function badClient(): Client {
  const client = structuredClone(sampleBlogger(sampleImageRefs()));
  const { principal } = client.subject;
  principal.residence = {
    provinceCode: '110000',
    provinceName: '北京市',
    cityCode: '110100',
    cityName: '北京市',
    districtCode: '110105',
    districtName: '朝阳区',
  };
  principal.residenceDetail = '建国路88号SOHO现代城5号楼1201室';
  principal.officePhone = '010-00000000';
  principal.certNumber = '110105194912310021';
  const website = client.websites[0]!;
  website.name = '中国XX新闻网';
  website.icpNumber = '京ICP备2024087654号-1';
  website.domain = 'www.xxnews.cn';
  website.subdomains = ['news.example.cn'];
  website.ips = ['192.168.1.10'];
  return client;
}

describe('checkProfile', () => {
  it('finds no error in either sample client, even against the whole book', () => {
    const book = samples();
    for (const client of book) {
      const findings = checkProfile(client, { book, clientId: client.id, today: TODAY });
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    }
  });

  it('names exactly the expected rules for the deliberately bad client', () => {
    const findings = checkProfile(badClient(), { today: TODAY }).filter((finding) => finding.severity !== 'info');
    expect(ids(findings)).toEqual([
      'S-CERT-NO-FORMAT',
      'S-PHONE-FAKE',
      'W-DOMAIN',
      'W-IP',
      'W-NAME-NATIONAL',
      'W-NAME-PREAPPROVAL',
      'W-SUBDOMAIN',
    ]);
    expect(findings.map((finding) => finding.path)).toEqual(
      expect.arrayContaining([
        'subject.principal.certNumber',
        'subject.principal.officePhone',
        'websites.0.name',
        'websites.0.domain',
        'websites.0.subdomains.0',
        'websites.0.ips.0',
      ]),
    );
  });

  it('lists errors before warnings before advice', () => {
    const severities = checkProfile(badClient(), { today: TODAY }).map((finding) => finding.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warn', 'info'].indexOf(a) - ['error', 'warn', 'info'].indexOf(b)));
  });

  it('judges the values of one page only, with the saved subject as context', () => {
    const [company] = samples();
    const step2 = { websites: [{ name: '中国青梧', domain: 'www.qingwutech.cn', accessMethod: 'cloud-server' as const, icpNumber: '' }] };
    const findings = checkProfile(step2, { subject: { ...company!.subject, nature: 'individual' }, page: 'website', today: TODAY });
    expect(ids(findings)).toEqual(['W-DOMAIN', 'W-NAME-NATIONAL']);
  });

  it('asks for the required fields a page holds empty, and not for the ones it does not hold', () => {
    const subjectPage = { subject: { nature: 'individual' as const, principal: { name: '', mobile: '13857112345' } } };
    const findings = checkProfile(subjectPage, { page: 'subject', today: TODAY });
    expect(findings.map((finding) => `${finding.ruleId} ${finding.path}`)).toEqual(['S-REQUIRED subject.principal.name']);
  });

  it('leaves name rules that need the nature silent when the nature is unknown', () => {
    const findings = checkProfile({ websites: [{ name: '中国青梧' }] }, { page: 'website', today: TODAY });
    expect(findings).toEqual([]);
  });

  it('counts findings by severity', () => {
    const counts = countFindings(checkProfile(badClient(), { today: TODAY }));
    expect(counts).toMatchObject({ error: 7, warn: 0 });
    expect(counts.info).toBeGreaterThan(0);
  });
});
