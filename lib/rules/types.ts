import type { SubjectNature } from '../model/codes';
import type { Client, Principal, Subject, Website, WebsitePerson } from '../model/profile';

export type Severity = 'error' | 'warn' | 'info';

export interface LocalText {
  zh: string;
  en: string;
}

/** Where a rule comes from: a section of the guide, and whether it is the guide's text or practice. */
export interface RuleSource {
  section: string;
  kind: 'guide' | 'practice';
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The model field path the finding is about, e.g. `websites.0.people.liaison.mobile`. */
  path: string;
  message: LocalText;
  source: RuleSource;
}

export type DeepPartial<T> = T extends (infer Item)[]
  ? DeepPartial<Item>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A whole client, or the values read from one page of the platform. */
export type ProfileInput = DeepPartial<Client>;
export type SubjectInput = DeepPartial<Subject>;
export type PrincipalInput = DeepPartial<Principal>;
export type WebsiteInput = DeepPartial<Website>;
export type PersonInput = DeepPartial<WebsitePerson>;

/** Which platform page the values were read from; decides the flow rules that speak. */
export type PageKind = 'subject' | 'website' | 'people' | 'agreement' | 'unfiled' | 'claim' | 'change' | 'cancel' | 'filed';

export interface CheckContext {
  /** The saved subject, when the values come from a website page (its nature judges the site's name). */
  subject?: SubjectInput;
  /** Every client of the book, for the agency rules; `clientId` says which one is being checked. */
  book?: readonly Client[];
  clientId?: string;
  /** The page the values were read from. Absent for a whole stored profile. */
  page?: PageKind;
  /** Whether an agent (not the subject itself) files: adds the 授权委托书 to the review materials. */
  filedByAgent?: boolean;
  today?: Date;
}

/** What a rule sees: the values, the subject they belong to, and the context. */
export interface RuleInput {
  profile: ProfileInput;
  /** The subject values being judged (none when the page holds no subject fields). */
  subject: SubjectInput;
  /** Everything known of the subject: the saved one from the context, overlaid with the values. */
  knownSubject: SubjectInput;
  nature: SubjectNature | undefined;
  context: CheckContext;
  today: Date;
}

export interface RuleHit {
  path: string;
  message: LocalText;
  /** A rule may speak more softly than its catalogue severity for a weaker signal, never louder. */
  severity?: Severity;
}

export type RuleCheck = (input: RuleInput) => RuleHit[];
