import { i18n } from '#i18n';
import { useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { PAGES } from '@/lib/pages';

/** The pages a person can name an unrecognised page as: those the helper fills. */
const FILLABLE_PAGES = PAGES.filter((candidate) => candidate.fields.length > 0);

/** A platform page the helper did not recognise, named by the person; the tab is then detected again. */
export function NamePagePicker({
  tabId,
  onNamed,
  setProblem,
}: {
  tabId: number | undefined;
  onNamed: (page: ResponseOf<'detectTab'>) => void;
  setProblem: (problem: string | undefined) => void;
}) {
  const [namedPage, setNamedPage] = useState(FILLABLE_PAGES[0]!.id);

  const namePage = async () => {
    if (tabId === undefined) return;
    setProblem(undefined);
    try {
      await send('teachPage', { tabId, pageId: namedPage });
      onNamed(await send('detectTab', { tabId }));
    } catch (error) {
      setProblem(failureText(error));
    }
  };

  return (
    <div className="name-page">
      <span className="meta">{i18n.t('popup.namePage')}</span>
      <select aria-label={i18n.t('popup.namePage')} value={namedPage} onChange={(event) => setNamedPage(event.target.value)}>
        {FILLABLE_PAGES.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.title}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" onClick={() => void namePage()}>
        {i18n.t('popup.teach')}
      </button>
    </div>
  );
}
