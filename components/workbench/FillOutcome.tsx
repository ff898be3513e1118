import { i18n } from '#i18n';
import { fillReasonText } from '@/lib/i18n/messages';
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { Client } from '@/lib/model/profile';
import type { Lesson } from './useFieldLessons';

type Report = ResponseOf<'fillTab'>;
type Status = Report['entries'][number]['status'];

const STATUS_TEXT: Record<Status, () => string> = {
  filled: () => i18n.t('popup.statusFilled'),
  already: () => i18n.t('popup.statusAlready'),
  'not-in-profile': () => i18n.t('popup.statusNotInProfile'),
  'not-found': () => i18n.t('popup.statusNotFound'),
  failed: () => i18n.t('popup.statusFailed'),
};

/**
 * What the last 填写 did: another client's values found on the page (to overwrite on request), or
 * each field's outcome with 定位, 指定 and 示范.
 */
export function FillOutcome({
  report,
  run,
  client,
  busy,
  teaching,
  onOverwrite,
  onLocate,
  onTeach,
}: {
  report: Report | undefined;
  run: number;
  client: Client | undefined;
  busy: boolean;
  teaching: Lesson | undefined;
  onOverwrite: () => void;
  onLocate: (path: string, label: string) => void;
  onTeach: (lesson: Lesson, path: string, label: string) => void;
}) {
  const count = (status: Status) => report?.entries.filter((entry) => entry.status === status).length ?? 0;

  return (
    <div className="outcome" data-run={run}>
      {report?.conflict && client && (
        <section className="conflict" role="alert" aria-label={i18n.t('popup.conflictTitle')}>
          <p>
            {report.conflict.owner ? i18n.t('popup.conflictOwner', [report.conflict.owner.displayName]) : i18n.t('popup.conflictUnknown')}
          </p>
          <ul>
            {report.conflict.fields.map((field) => (
              <li key={field.path}>
                {field.label}：{field.onPage}
              </li>
            ))}
          </ul>
          <p className="meta">{i18n.t('popup.conflictNothing')}</p>
          <button type="button" className="secondary" disabled={busy} onClick={onOverwrite}>
            {i18n.t('popup.overwrite', [client.displayName])}
          </button>
        </section>
      )}
      {report && !report.conflict && (
        <section aria-label="report">
          <p className="meta" data-testid="summary">
            {i18n.t('popup.summary', [count('filled'), count('already'), count('not-in-profile'), count('not-found'), count('failed')])}
          </p>
          {report.stopped === 'page-changed' && (
            <p className="problem" role="alert">
              {i18n.t('popup.stoppedPageChanged')}
            </p>
          )}
          <table className="report">
            <tbody>
              {report.entries.map((entry) => (
                <tr key={entry.path} data-path={entry.path} data-status={entry.status}>
                  <td>{entry.label}</td>
                  <td className={`status-${entry.status}`}>
                    {STATUS_TEXT[entry.status]()}
                    {entry.reason ? `：${fillReasonText(entry.reason)}` : ''}
                    {entry.taught ? i18n.t('popup.byLesson') : ''}
                  </td>
                  <td>
                    {entry.status !== 'not-found' && entry.status !== 'not-in-profile' && (
                      <button type="button" className="link locate" onClick={() => onLocate(entry.path, entry.label)}>
                        {i18n.t('popup.locate')}
                      </button>
                    )}{' '}
                    {(entry.status === 'not-found' || entry.status === 'failed') && (
                      <button type="button" className="link" disabled={teaching !== undefined} onClick={() => onTeach('where', entry.path, entry.label)}>
                        {i18n.t('popup.teach')}
                      </button>
                    )}{' '}
                    {entry.showable && (
                      <button type="button" className="link" disabled={teaching !== undefined} onClick={() => onTeach('how', entry.path, entry.label)}>
                        {i18n.t('popup.showHow')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
