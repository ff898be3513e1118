import {
  ACCESS_METHODS,
  CONTROLLED_GOODS,
  LANGUAGES,
  OPERATING_KINDS,
  PERSON_CERT_TYPES,
  PREAPPROVAL_ITEMS,
  PROVIDER_SCOPES,
  SERVICE_CATEGORIES,
  SERVICE_TYPES,
  SUBJECT_NATURES,
  UNIT_CERT_TYPES,
  WEBSITE_LEVELS,
  isUnitNature,
  type CodeEntry,
} from '../model/codes';
import type { AttachmentRef, Client, Website, WebsitePerson } from '../model/profile';
import type { CodeListName } from '../pages/types';
import type { FilePayload, FillValue, FillValues } from './values';

/**
 * Turns a client (and the website being filed) into fill values: the platform's labels, with
 * their synonyms, keyed by the page definitions' paths. Runs in the background; the content
 * script receives only this.
 */
export const CODE_LISTS: Record<CodeListName, readonly CodeEntry[]> = {
  natures: SUBJECT_NATURES,
  personCerts: PERSON_CERT_TYPES,
  unitCerts: UNIT_CERT_TYPES,
  accessMethods: ACCESS_METHODS,
  serviceTypes: SERVICE_TYPES,
  controlledGoods: CONTROLLED_GOODS,
  preapprovals: PREAPPROVAL_ITEMS,
  languages: LANGUAGES,
  operating: OPERATING_KINDS,
  levels: WEBSITE_LEVELS,
  serviceCategories: SERVICE_CATEGORIES,
};

function wordings(list: readonly CodeEntry[], code: string): string[] {
  const entry = list.find((candidate) => candidate.code === code);
  if (!entry) return [];
  const category = list === SERVICE_CATEGORIES ? [`${entry.code} ${entry.label}`, ...(entry.synonyms ?? []).map((synonym) => `${entry.code} ${synonym}`)] : [];
  return [...category, entry.label, ...(entry.synonyms ?? [])];
}

const text = (value: string): FillValue => ({ kind: 'text', text: value });
const choice = (list: readonly CodeEntry[], code: string): FillValue | undefined => (code ? { kind: 'choice', options: wordings(list, code) } : undefined);
const multi = (list: readonly CodeEntry[], codes: readonly string[]): FillValue => ({ kind: 'multi-choice', options: codes.map((code) => wordings(list, code)) });
const yesNo = (on: boolean): FillValue => ({ kind: 'choice', options: on ? ['是'] : ['否'] });

export type AttachmentLoader = (ref: AttachmentRef) => Promise<FilePayload>;

async function files(refs: (AttachmentRef | undefined)[], load: AttachmentLoader): Promise<FillValue> {
  const present = refs.filter((ref): ref is AttachmentRef => ref !== undefined);
  return { kind: 'files', files: await Promise.all(present.map(load)) };
}

async function person(values: FillValues, base: string, who: WebsitePerson | undefined, load: AttachmentLoader) {
  if (!who) return;
  values[`${base}.sameAsPrincipal`] = { kind: 'flag', on: who.sameAsPrincipal };
  if (who.sameAsPrincipal) return;
  values[`${base}.name`] = text(who.name);
  const certType = choice(PERSON_CERT_TYPES, who.certType);
  if (certType) values[`${base}.certType`] = certType;
  values[`${base}.certNumber`] = text(who.certNumber);
  values[`${base}.certScans`] = await files([who.certScan], load);
  values[`${base}.mobile`] = text(who.mobile);
  values[`${base}.email`] = text(who.email);
}

export async function fillValuesOf(client: Client, website: Website | undefined, load: AttachmentLoader): Promise<FillValues> {
  const { subject } = client;
  const { principal } = subject;
  const values: FillValues = {
    'subject.nature': choice(SUBJECT_NATURES, subject.nature)!,
    'subject.principal.residence': {
      kind: 'region',
      names: [principal.residence.provinceName, principal.residence.cityName, principal.residence.districtName],
      codes: [principal.residence.provinceCode, principal.residence.cityCode, principal.residence.districtCode],
    },
    'subject.principal.residenceDetail': text(principal.residenceDetail),
    'subject.principal.name': text(principal.name),
    'subject.principal.certType': choice(PERSON_CERT_TYPES, principal.certType)!,
    'subject.principal.certNumber': text(principal.certNumber),
    'subject.principal.certScans': await files([principal.certFront, principal.certBack], load),
    'subject.principal.officePhone': text(principal.officePhone),
    'subject.principal.mobile': text(principal.mobile),
    'subject.principal.email': text(principal.email),
    'subject.principal.remark': text(principal.remark),
  };
  if (principal.certExpiry) values['subject.principal.certExpiry'] = text(principal.certExpiry);
  if (isUnitNature(subject.nature)) {
    values['subject.unitName'] = text(subject.unitName);
    const certType = choice(UNIT_CERT_TYPES, subject.unitCertType);
    if (certType) values['subject.unitCertType'] = certType;
    values['subject.unitCertNumber'] = text(subject.unitCertNumber);
    values['subject.supervisor'] = text(subject.supervisor);
  }
  if (!website) return values;

  const scope = (code: string) => PROVIDER_SCOPES.find((entry) => entry.code === code)?.label ?? '';
  Object.assign(values, {
    'website.name': text(website.name),
    'website.icpNumber': text(website.icpNumber),
    'website.domain': text(website.domain),
    'website.subdomains': { kind: 'rows', rows: website.subdomains },
    'website.ips': { kind: 'rows', rows: website.ips },
    'website.accessMethod': choice(ACCESS_METHODS, website.accessMethod)!,
    'website.accessProvider': { kind: 'provider', scope: scope(website.accessProvider.scope), region: website.accessProvider.region, name: website.accessProvider.name },
    'website.registrar': { kind: 'provider', scope: scope(website.registrar.scope), region: website.registrar.region, name: website.registrar.name },
    'website.interactive': yesNo(website.interactive),
    'website.serviceTypes': multi(SERVICE_TYPES, website.serviceTypes),
    'website.hasControlledGoods': yesNo(website.controlledGoods.length > 0),
    'website.controlledGoods': multi(CONTROLLED_GOODS, website.controlledGoods),
    'website.hasPreapprovals': yesNo(website.preapprovals.length > 0),
    'website.preapprovals': multi(PREAPPROVAL_ITEMS, website.preapprovals),
    'website.languages': multi(LANGUAGES, website.languages),
    'website.techSupport.name': text(website.techSupport.name),
    'website.techSupport.phone': text(website.techSupport.phone),
    'website.serverAddress': text(website.serverAddress),
    'website.serverCount': text(String(website.serverCount)),
    'website.serverPoliceCode': text(website.serverPoliceCode),
  } satisfies FillValues);
  for (const [path, value] of [
    ['website.operating', choice(OPERATING_KINDS, website.operating)],
    ['website.level', choice(WEBSITE_LEVELS, website.level)],
    ['website.serviceCategory', choice(SERVICE_CATEGORIES, website.serviceCategory)],
  ] as const) {
    if (value) values[path] = value;
  }
  if (website.qualificationDocs.length) values['website.qualificationDocs'] = await files(website.qualificationDocs, load);
  if (website.topology) values['website.topology'] = await files([website.topology], load);
  await person(values, 'website.people.security', website.people.security, load);
  await person(values, 'website.people.liaison', website.people.liaison, load);
  await person(values, 'website.people.opinionGuide', website.people.opinionGuide, load);
  return values;
}
