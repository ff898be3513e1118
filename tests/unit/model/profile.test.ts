import { describe, expect, it } from 'vitest';
import { emptyClient, emptyWebsite } from '@/lib/model/factory';
import { ClientSchema, type Client } from '@/lib/model/profile';
import { sampleClients } from '@/lib/model/sample';
import { checkProfile } from '@/lib/rules';
import { clientWithEveryString } from '../../helpers/adversarial';
import { sampleImageRefs } from '../../helpers/sample-images';

const [company, blogger] = sampleClients(sampleImageRefs()) as [Client, Client];

function issuesOf(client: unknown) {
  const result = ClientSchema.safeParse(client);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

function withChange(client: Client, change: (draft: Client) => void): Client {
  const draft = structuredClone(client);
  change(draft);
  return draft;
}

describe('the profile schema', () => {
  it.each([
    ['the company with two websites', company],
    ['the individual with a blog', blogger],
  ])('accepts the sample client: %s', (_name, client) => {
    expect(issuesOf(client)).toEqual([]);
  });

  it('accepts a client without its scans (a spreadsheet carries none); S-REQUIRED and P-REQUIRED say they are missing', () => {
    const withoutScans = withChange(company, (draft) => {
      delete draft.subject.principal.certFront;
      delete draft.websites[1]!.people.security.certScan;
    });
    expect(issuesOf(withoutScans)).toEqual([]);
    const findings = checkProfile(withoutScans).filter((finding) => finding.severity === 'error');
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'S-REQUIRED', path: 'subject.principal.certFront' }));
    expect(findings).toContainEqual(expect.objectContaining({ path: 'websites.1.people.security.certScan' }));
  });

  it('accepts a client with a 舆情引导员 of their own', () => {
    const client = withChange(company, (draft) => {
      draft.websites[0]!.people.opinionGuide = { ...draft.websites[1]!.people.security };
    });
    expect(issuesOf(client)).toEqual([]);
  });

  it.each<[string, (draft: Client) => void, string, string]>([
    ['an empty principal name', (d) => (d.subject.principal.name = '  '), 'subject.principal.name', 'required'],
    ['a malformed principal e-mail', (d) => (d.subject.principal.email = 'lin@'), 'subject.principal.email', 'email'],
    ['an empty principal e-mail', (d) => (d.subject.principal.email = ''), 'subject.principal.email', 'required'],
    ['an unknown nature', (d) => ((d.subject as { nature: string }).nature = '公司'), 'subject.nature', 'choice'],
    ['a unit without its name', (d) => (d.subject.unitName = ''), 'subject.unitName', 'required'],
    ['a unit without a certificate type', (d) => (d.subject.unitCertType = ''), 'subject.unitCertType', 'required'],
    ['no district chosen', (d) => (d.subject.principal.residence.districtCode = ''), 'subject.principal.residence.districtCode', 'required'],
    ['an impossible expiry date', (d) => (d.subject.principal.certExpiry = '2035-02-30'), 'subject.principal.certExpiry', 'date'],
    ['an empty website name', (d) => (d.websites[0]!.name = ''), 'websites.0.name', 'required'],
    ['an empty subdomain row', (d) => d.websites[0]!.subdomains.push(''), 'websites.0.subdomains.2', 'required'],
    ['an unknown service type', (d) => (d.websites[0]!.serviceTypes as string[]).push('dating'), 'websites.0.serviceTypes.1', 'choice'],
    ['a negative server count', (d) => (d.websites[0]!.serverCount = -1), 'websites.0.serverCount', 'integer'],
    ['a liaison of their own without a mobile', (d) => (d.websites[0]!.people.liaison.mobile = ''), 'websites.0.people.liaison.mobile', 'required'],
    ['a liaison with a malformed e-mail', (d) => (d.websites[0]!.people.liaison.email = 'chen at qingwu'), 'websites.0.people.liaison.email', 'email'],
    ['a provider without a name', (d) => (d.websites[0]!.accessProvider.name = ''), 'websites.0.accessProvider.name', 'required'],
    ['an unknown provider scope', (d) => ((d.websites[0]!.registrar as { scope: string }).scope = 'moon'), 'websites.0.registrar.scope', 'choice'],
    ['a unit name of 101 characters', (d) => (d.subject.unitName = '公'.repeat(101)), 'subject.unitName', 'tooLong:100'],
    ['a principal name of 51 characters', (d) => (d.subject.principal.name = '林'.repeat(51)), 'subject.principal.name', 'tooLong:50'],
    ['a mobile of 33 characters', (d) => (d.subject.principal.mobile = '1'.repeat(33)), 'subject.principal.mobile', 'tooLong:32'],
    ['101 subdomains', (d) => (d.websites[0]!.subdomains = Array.from({ length: 101 }, (_, i) => `h${i}.qingwutech.cn`)), 'websites.0.subdomains', 'tooMany:100'],
    ['notes of 2,001 characters', (d) => (d.notes = 'x'.repeat(2001)), 'notes', 'tooLong:2000'],
  ])('rejects %s, naming the field', (_name, change, path, message) => {
    expect(issuesOf(withChange(company, change))).toContainEqual({ path, message });
  });

  it('bounds every text of a client: each one, made 3,000 characters long, is refused at its own path', () => {
    const paths: string[] = [];
    clientWithEveryString((original, path) => (paths.push(path), original));
    expect(paths.length).toBeGreaterThan(60);
    for (const path of paths) {
      const client = clientWithEveryString((original, at) => (at === path ? 'x'.repeat(3000) : original));
      expect(issuesOf(client).map((issue) => issue.path), path).toContain(path);
    }
  });

  it('does not ask for unit fields from an individual', () => {
    const client = withChange(blogger, (draft) => {
      draft.subject.unitCertType = '';
      draft.subject.unitCertNumber = '';
    });
    expect(issuesOf(client)).toEqual([]);
  });

  it('ignores the fields of a person marked "same as the principal"', () => {
    expect(issuesOf(withChange(blogger, (draft) => (draft.websites[0]!.people.security.email = '')))).toEqual([]);
  });

  it('finds a blank new client incomplete, field by field', () => {
    const client = emptyClient();
    client.websites.push(emptyWebsite());
    const paths = issuesOf(client).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['displayName', 'subject.principal.name', 'subject.principal.certNumber', 'websites.0.name', 'websites.0.domain']));
  });
});
