import { i18n } from '#i18n';
import { findingText } from '@/lib/i18n/messages';
import type { Finding } from '@/lib/rules';

const SEVERITY_TEXT = {
  error: () => i18n.t('findings.error'),
  warn: () => i18n.t('findings.warn'),
  info: () => i18n.t('findings.info'),
};

/** Findings as the filer reads them: severity, what to fix, and which rule of which guide section. */
export function FindingList({ findings, onPick }: { findings: readonly Finding[]; onPick?: (finding: Finding) => void }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings">
      {findings.map((finding, index) => (
        <li key={`${finding.ruleId}-${finding.path}-${index}`} className={`finding finding-${finding.severity}`} data-rule={finding.ruleId}>
          <span className="finding-severity">{SEVERITY_TEXT[finding.severity]()}</span>{' '}
          {onPick ? (
            <button type="button" className="link" onClick={() => onPick(finding)}>
              {findingText(finding.message)}
            </button>
          ) : (
            findingText(finding.message)
          )}{' '}
          <cite>
            {finding.ruleId} · {finding.source.section} · {finding.source.kind === 'guide' ? i18n.t('findings.guide') : i18n.t('findings.practice')}
          </cite>
        </li>
      ))}
    </ul>
  );
}
