import type { FillValues } from '../fill/values';
import type { Client, Website } from '../model/profile';
import { pageById } from '../pages';

/**
 * The right client, or nothing: before writing, the values that say whose filing a page is
 * (the unit, the certificate numbers, the domain) are compared with the chosen client's. A page
 * that already holds someone else's is not overwritten without the person's say-so.
 */
const IDENTITY_PATHS = [
  'subject.unitName',
  'subject.unitCertNumber',
  'subject.principal.certNumber',
  'website.domain',
  'website.people.security.certNumber',
  'website.people.liaison.certNumber',
  'website.people.opinionGuide.certNumber',
] as const;

const same = (text: string) => text.replace(/\s+/g, '').toUpperCase();

/** What of a client (and the website being filed) says who they are, by identity path. */
function identityOf(client: Client, website: Website | undefined): Record<string, Set<string>> {
  const { subject } = client;
  const people = [subject.principal.certNumber, ...Object.values(website?.people ?? {}).map((person) => person?.certNumber ?? '')];
  const persons = new Set(people.filter(Boolean).map(same));
  return {
    'subject.unitName': new Set([subject.unitName].filter(Boolean).map(same)),
    'subject.unitCertNumber': new Set([subject.unitCertNumber].filter(Boolean).map(same)),
    'subject.principal.certNumber': new Set([subject.principal.certNumber].filter(Boolean).map(same)),
    'website.domain': new Set([website?.domain ?? ''].filter(Boolean).map(same)),
    'website.people.security.certNumber': persons,
    'website.people.liaison.certNumber': persons,
    'website.people.opinionGuide.certNumber': persons,
  };
}

export interface IdentityConflict {
  /** The fields whose values belong to someone else, as the page shows them. */
  fields: { path: string; label: string; onPage: string }[];
  /** The client of the book those values belong to, when they are one of the book's. */
  owner?: { clientId: string; displayName: string };
}

export function identityConflict(pageId: string, onPage: FillValues, chosen: Client, website: Website | undefined, book: readonly Client[]): IdentityConflict | undefined {
  const ours = identityOf(chosen, website);
  const fields: IdentityConflict['fields'] = [];
  for (const path of IDENTITY_PATHS) {
    const value = onPage[path];
    const text = value?.kind === 'text' ? value.text.trim() : '';
    if (!text || ours[path]!.has(same(text))) continue;
    fields.push({ path, label: pageById(pageId)?.fields.find((field) => field.path === path)?.labels[0] ?? path, onPage: text });
  }
  if (fields.length === 0) return undefined;
  const owner = book.find(
    (client) =>
      client.id !== chosen.id &&
      fields.some((field) => (client.websites.length ? client.websites : [undefined]).some((site) => identityOf(client, site)[field.path]!.has(same(field.onPage)))),
  );
  return { fields, ...(owner ? { owner: { clientId: owner.id, displayName: owner.displayName } } : {}) };
}
