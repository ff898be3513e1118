import type { PageMark, PageReading } from '../fill/content-protocol';
import type { PageFinding, TabReport } from '../api/tab/messages';
import type { Client } from '../model/profile';
import { fieldOfFinding, pageById } from '../pages';
import { CATALOGUE, checkProfile, type FindingCounts, type LocalText, type PageKind, type Severity } from '../rules';
import type { SubjectInput } from '../rules/types';
import { decodePage } from './codec';

/**
 * The check of a page, in the background: what a tab's page holds now, judged by the rules with
 * everything known of the client, each finding tied to the field of the page it is about.
 */

/** Which rules apply to a page: the rule engine judges a page by what it is for. */
export const PAGE_KINDS: Record<string, PageKind> = {
  subject: 'subject',
  'website-basic': 'website',
  'website-people': 'people',
  'website-agreement': 'agreement',
  unfiled: 'unfiled',
  claim: 'claim',
  change: 'change',
  cancel: 'cancel',
  filed: 'filed',
};

export interface PageContext {
  /** The client chosen for the tab, when there is one. */
  client?: Client;
  /** The subject as this tab's 开办主体 page last showed it: it is what is being filed. */
  shownSubject?: SubjectInput;
  book: readonly Client[];
  today?: Date;
}

function knownSubject(context: PageContext): SubjectInput | undefined {
  const saved = context.client?.subject;
  const shown = context.shownSubject;
  if (!saved || !shown) return saved ?? shown;
  return { ...saved, ...shown, principal: { ...saved.principal, ...shown.principal } };
}

/** The findings for a reading of a page, each with the field (and its caption) it is about. */
export function judgeReading(reading: PageReading, context: PageContext): PageFinding[] {
  const page = pageById(reading.pageId);
  if (!page) return [];
  const subject = knownSubject(context);
  const findings = checkProfile(decodePage(page.id, reading.values), {
    ...(PAGE_KINDS[page.id] ? { page: PAGE_KINDS[page.id] } : {}),
    ...(subject ? { subject } : {}),
    ...(context.client ? { clientId: context.client.id } : {}),
    book: context.book,
    ...(context.today ? { today: context.today } : {}),
  });
  return findings.map((finding) => {
    const field = fieldOfFinding(page, finding.path);
    const caption = field && reading.captions[field];
    return { ...finding, ...(field ? { field } : {}), ...(caption ? { caption } : {}) };
  });
}

export function tabReport(tabId: number, reading: PageReading, findings: PageFinding[], submitting = false): TabReport {
  const page = pageById(reading.pageId);
  return { tabId, ...(page ? { pageId: page.id, pageTitle: page.title } : {}), findings, ...(submitting ? { submitting } : {}) };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warn: 1, info: 2 };
const RULE_TITLES = new Map(CATALOGUE.map((meta) => [meta.id, meta.title]));

const READS_BOOK = new Set(CATALOGUE.filter((meta) => meta.readsBook).map((meta) => meta.id));

/**
 * The marks for a page: one per field with findings, its worst severity, every rule and message.
 * A page is the platform's, and could be compromised: a rule that compares with the rest of the
 * book marks nothing there — its mark would answer a page typing guesses "is this a client of the
 * agency?" — and the other agency rules give their title only; the panel says the rest.
 */
export function marksOf(findings: readonly PageFinding[], say: (text: LocalText) => string, elsewhere: LocalText): PageMark[] {
  const byField = new Map<string, PageMark>();
  for (const finding of findings) {
    if (!finding.field || finding.severity === 'info' || READS_BOOK.has(finding.ruleId)) continue;
    const agency = finding.ruleId.startsWith('A-');
    const title = RULE_TITLES.get(finding.ruleId);
    const text = agency && title ? `${say(title)}${say(elsewhere)}` : say(finding.message);
    const mark = byField.get(finding.field);
    if (!mark) {
      byField.set(finding.field, { field: finding.field, severity: finding.severity, rules: [finding.ruleId], text });
      continue;
    }
    if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[mark.severity]) mark.severity = finding.severity;
    if (!mark.rules.includes(finding.ruleId)) mark.rules.push(finding.ruleId);
    if (!mark.text.split('\n').includes(text)) mark.text += `\n${text}`;
  }
  return [...byField.values()];
}

/** The toolbar badge of a tab: the number of errors in red, of warnings in amber when there are only those, nothing when the page is clean. */
export function badgeOf(counts: FindingCounts): { text: string; colour: string } {
  if (counts.error) return { text: String(counts.error), colour: '#b42318' };
  if (counts.warn) return { text: String(counts.warn), colour: '#b7791f' };
  return { text: '', colour: '#b42318' };
}
