import type { Client } from '../../model/profile';
import { LONGEST_EMAIL } from '../validators/email';
import { ownPeopleOf, say } from '../helpers';
import type { RuleCheck, RuleHit, RuleInput } from '../types';

/**
 * Agency rules (practice: hosting providers publish these as rejection reasons). A mobile,
 * e-mail or ID number that another subject in the book also uses, or one shared by different
 * people of the same filing, makes reviewers suspect made-up contacts.
 */
interface Contact {
  kind: 'mobile' | 'email' | 'id';
  value: string;
  path: string;
  /** Who the contact belongs to: same owner, same person. */
  owner: string;
}

function normalise(kind: Contact['kind'], value: string): string {
  const trimmed = value.trim().toLowerCase();
  return kind === 'mobile' ? trimmed.replace(/^(\+86|0086)/, '').replace(/[\s-]/g, '') : trimmed;
}

function ownerOf(certNumber: string | undefined, fallback: string): string {
  const id = certNumber?.trim().toUpperCase();
  return id ? `id:${id}` : fallback;
}

/** Every mobile, e-mail and ID number of a profile, each with the person it belongs to. */
function contactsOf(input: Pick<RuleInput, 'profile' | 'knownSubject'>): Contact[] {
  const contacts: Contact[] = [];
  const add = (kind: Contact['kind'], value: string | undefined, path: string, owner: string) => {
    // Longer than any address is no contact anyone shares: the format rules report it.
    if (value?.trim() && value.length <= LONGEST_EMAIL) contacts.push({ kind, value: normalise(kind, value), path, owner });
  };
  const principal = input.knownSubject.principal ?? {};
  const principalOwner = ownerOf(principal.certNumber, 'principal');
  add('mobile', principal.mobile, 'subject.principal.mobile', principalOwner);
  add('email', principal.email, 'subject.principal.email', principalOwner);
  add('id', principal.certNumber, 'subject.principal.certNumber', principalOwner);
  for (const { person, path } of ownPeopleOf(input)) {
    const owner = ownerOf(person.certNumber, path);
    add('mobile', person.mobile, `${path}.mobile`, owner);
    add('email', person.email, `${path}.email`, owner);
    add('id', person.certNumber, `${path}.certNumber`, owner);
  }
  return contacts;
}

const KIND_TEXT = { mobile: say('手机号码', 'mobile'), email: say('电子邮件地址', 'e-mail'), id: say('证件号码', 'ID number') };

/** Per book: contact value → the clients that use it. Built once per book and reused. */
const bookIndexes = new WeakMap<readonly Client[], Map<string, Map<string, string>>>();

function bookIndex(book: readonly Client[]): Map<string, Map<string, string>> {
  const cached = bookIndexes.get(book);
  if (cached) return cached;
  const index = new Map<string, Map<string, string>>();
  for (const client of book) {
    for (const contact of contactsOf({ profile: client, knownSubject: client.subject })) {
      const key = `${contact.kind}:${contact.value}`;
      const users = index.get(key) ?? new Map<string, string>();
      users.set(client.id, client.subject.unitName || client.subject.principal.name || client.displayName);
      index.set(key, users);
    }
  }
  bookIndexes.set(book, index);
  return index;
}

/**
 * The clients of `book` that share a mobile, e-mail or ID number with `client`: those whose
 * A-SHARED-CONTACT findings may change when `client` does (the only rule that reads the book).
 */
export function clientsSharingContacts(book: readonly Client[], client: Client): string[] {
  const index = bookIndex(book);
  const ids = new Set<string>();
  for (const contact of contactsOf({ profile: client, knownSubject: client.subject })) {
    for (const id of index.get(`${contact.kind}:${contact.value}`)?.keys() ?? []) ids.add(id);
  }
  return [...ids];
}

export const agencyRules: Record<string, RuleCheck> = {
  'A-SHARED-CONTACT': (input) => {
    const { book, clientId } = input.context;
    if (!book) return [];
    const index = bookIndex(book);
    const reported = new Set<string>();
    return contactsOf(input).flatMap((contact): RuleHit[] => {
      const users = index.get(`${contact.kind}:${contact.value}`);
      const otherCount = users ? users.size - (clientId !== undefined && users.has(clientId) ? 1 : 0) : 0;
      if (otherCount === 0 || reported.has(contact.path)) return [];
      reported.add(contact.path);
      const others: string[] = [];
      for (const [id, name] of users!) {
        if (id === clientId) continue;
        others.push(name);
        if (others.length === 3) break;
      }
      const more = otherCount > others.length ? { zh: `等 ${otherCount} 个`, en: ` and ${otherCount - others.length} more` } : { zh: '', en: '' };
      const kind = KIND_TEXT[contact.kind];
      return [{
        path: contact.path,
        message: say(`这个${kind.zh}也用在其他主体（${others.join('、')}${more.zh}）的资料中：每个主体应使用自己人员的真实联系方式。`, `This ${kind.en} is also used by another subject (${others.join(', ')}${more.en}): each subject gives its own people’s real contacts.`),
      }];
    });
  },

  'A-PEOPLE-DISTINCT': (input) => {
    const seen = new Map<string, Contact>();
    const hits: RuleHit[] = [];
    for (const contact of contactsOf(input)) {
      if (contact.kind === 'id') continue;
      const key = `${contact.kind}:${contact.value}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, contact);
      } else if (first.owner !== contact.owner) {
        const kind = KIND_TEXT[contact.kind];
        hits.push({ path: contact.path, message: say(`不同人员使用了同一个${kind.zh}：每个人应填写自己的${kind.zh}。`, `Different people share one ${kind.en}: each gives their own.`) });
      }
    }
    return hits;
  },
};
