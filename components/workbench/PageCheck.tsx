import { i18n } from '#i18n';
import { useState } from 'react';
import { failureText, findingText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { PageFinding, TabReport } from '@/lib/api/tab/messages';
import { countFindings } from '@/lib/rules/counts';
import type { Severity } from '@/lib/rules/types';

const SEVERITIES: Severity[] = ['error', 'warn', 'info'];
const SEVERITY_TEXT: Record<Severity, () => string> = {
  error: () => i18n.t('findings.error'),
  warn: () => i18n.t('findings.warn'),
  info: () => i18n.t('findings.info'),
};

/** 定位: the page scrolls to the field and puts the cursor in it; said when the page no longer shows it. */
export function useLocate(tabId: number | undefined) {
  const [problem, setProblem] = useState<string>();
  const locate = async (field: string, caption: string) => {
    if (tabId === undefined) return;
    setProblem(undefined);
    try {
      const { located } = await send('locateField', { tabId, field });
      if (!located) setProblem(i18n.t('check.notShown', [caption]));
    } catch (error) {
      setProblem(failureText(error));
    }
  };
  return { locate, problem };
}

function FindingItem({ finding, onLocate }: { finding: PageFinding; onLocate: (field: string, caption: string) => void }) {
  const caption = finding.caption ?? (finding.field ? undefined : i18n.t('check.pageWide'));
  return (
    <li className={`finding finding-${finding.severity}`} data-rule={finding.ruleId} data-field={finding.field ?? ''}>
      <span className="finding-severity">{SEVERITY_TEXT[finding.severity]()}</span> {caption && <strong className="finding-caption">{caption}：</strong>}
      {findingText(finding.message)}{' '}
      {finding.field && (
        <button type="button" className="link locate" onClick={() => onLocate(finding.field!, finding.caption ?? finding.field!)}>
          {i18n.t('popup.locate')}
        </button>
      )}
      <cite>
        {finding.ruleId} · {finding.source.section} · {finding.source.kind === 'guide' ? i18n.t('findings.guide') : i18n.t('findings.practice')}
      </cite>
    </li>
  );
}

/**
 * What the page holds now, judged: errors, then warnings, then advice folded away; each finding with
 * the field's caption as the page shows it, what to change, the guide section, and 定位.
 */
export function PageCheck({ report, failure, tabId }: { report: TabReport | undefined; failure?: string; tabId: number | undefined }) {
  const { locate, problem } = useLocate(tabId);
  if (!report && !failure) return null;
  const findings = report?.findings ?? [];
  const counts = countFindings(findings);
  const of = (severity: Severity) => findings.filter((finding) => finding.severity === severity);
  const item = (finding: PageFinding, index: number) => <FindingItem key={`${finding.ruleId}-${finding.path}-${index}`} finding={finding} onLocate={(field, caption) => void locate(field, caption)} />;
  return (
    <section className={`page-check${report?.submitting && counts.error ? ' attention' : ''}`} aria-label={i18n.t('check.title')} data-page={report?.pageId ?? ''}>
      <h2>{i18n.t('check.title')}</h2>
      {failure && <p className="status-failed" role="alert">{i18n.t('findings.failed', [failure])}</p>}
      {report && !report.pageId && <p className="meta">{i18n.t('check.notChecked')}</p>}
      {report?.pageId && (
        <p className="meta" data-testid="check-summary" data-errors={counts.error} data-warnings={counts.warn} data-count={counts.error + counts.warn}>
          {counts.error + counts.warn === 0 ? i18n.t('check.none') : i18n.t('check.counts', [counts.error, counts.warn])} · {i18n.t('check.live')}
        </p>
      )}
      {report?.submitting && counts.error > 0 && (
        <p className="attention-note" role="alert">
          {i18n.t('check.attention', [counts.error])}
        </p>
      )}
      {problem && <p className="status-failed" role="alert">{problem}</p>}
      {SEVERITIES.slice(0, 2).map((severity) => of(severity).length > 0 && <ul key={severity} className="findings">{of(severity).map(item)}</ul>)}
      {counts.info > 0 && (
        <details className="infos">
          <summary>{i18n.t('check.info', [counts.info])}</summary>
          <ul className="findings">{of('info').map(item)}</ul>
        </details>
      )}
    </section>
  );
}
