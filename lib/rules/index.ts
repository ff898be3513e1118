import { CATALOGUE, PRACTICE_NOTE } from './catalogue';
import { RULES } from './registry';
import type { CheckContext, Finding, ProfileInput, RuleInput, Severity, SubjectInput } from './types';

export type { CheckContext, Finding, LocalText, PageKind, ProfileInput, Severity } from './types';
export { CATALOGUE } from './catalogue';
export { clientsSharingContacts } from './checks/agency';
export { countFindings, type FindingCounts } from './counts';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warn: 1, info: 2 };

function mergeSubject(profile: ProfileInput, context: CheckContext): SubjectInput {
  const fromPage = profile.subject;
  const saved = context.subject;
  if (!saved) return fromPage ?? {};
  if (!fromPage) return saved;
  return { ...saved, ...fromPage, principal: { ...saved.principal, ...fromPage.principal } };
}

/**
 * Judges a profile against every rule of the filing guide. `profile` is a whole client, or the
 * values read from one page (then only what the page holds is judged, its absent fields being
 * "not on this page"). The context brings the saved subject (for a website page), the page kind,
 * and the book of all clients for the agency rules.
 *
 * Findings come errors first, then warnings, then advice, each in catalogue order.
 */
export function checkProfile(profile: ProfileInput, context: CheckContext = {}): Finding[] {
  const knownSubject = mergeSubject(profile, context);
  const input: RuleInput = {
    profile,
    subject: profile.subject ?? {},
    knownSubject,
    nature: knownSubject.nature,
    context,
    today: context.today ?? new Date(),
  };
  const findings: Finding[] = [];
  for (const meta of CATALOGUE) {
    for (const hit of RULES[meta.id]!(input)) {
      const severity = hit.severity && SEVERITY_RANK[hit.severity] > SEVERITY_RANK[meta.severity] ? hit.severity : meta.severity;
      const practice = meta.source.kind === 'practice';
      findings.push({
        ruleId: meta.id,
        severity,
        path: hit.path,
        message: practice ? { zh: hit.message.zh + PRACTICE_NOTE.zh, en: hit.message.en + PRACTICE_NOTE.en } : hit.message,
        source: meta.source,
      });
    }
  }
  return findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
