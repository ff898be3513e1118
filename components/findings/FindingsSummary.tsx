import { i18n } from '#i18n';
import { countFindings } from '@/lib/rules/counts';
import type { Finding } from '@/lib/rules/types';
import { FindingList } from './FindingList';

/** Brings the field a finding is about into view: its own field, or the nearest enclosing one. */
function reveal(finding: Finding) {
  const parts = finding.path.split('.');
  for (let length = parts.length; length > 0; length--) {
    const field = document.querySelector<HTMLElement>(`[data-field="${parts.slice(0, length).join('.')}"]`);
    if (!field) continue;
    field.scrollIntoView({ block: 'center' });
    field.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true });
    return;
  }
}

/** The check's verdict for the whole client, above the form. */
export function FindingsSummary({ findings, failure }: { findings: readonly Finding[]; failure?: string }) {
  const counts = countFindings(findings);
  return (
    <section className="card findings-summary" aria-labelledby="findings-title">
      <h2 id="findings-title">{i18n.t('findings.title')}</h2>
      <p className="findings-counts" data-errors={counts.error} data-warnings={counts.warn}>
        {counts.error + counts.warn === 0 ? i18n.t('findings.none') : i18n.t('findings.counts', [counts.error, counts.warn, counts.info])}
      </p>
      {failure && (
        <p className="status status-error" role="alert">
          {i18n.t('findings.failed', [failure])}
        </p>
      )}
      <FindingList findings={findings.filter((finding) => finding.severity !== 'info')} onPick={reveal} />
    </section>
  );
}
