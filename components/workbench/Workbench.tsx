import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { AppError } from '@/lib/errors';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { ClientSummary } from '@/lib/model/summaries';
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { Client } from '@/lib/model/profile';
import { VirtualList } from '../form/VirtualList';
import { FillOutcome } from './FillOutcome';
import { FooterCheckPanel } from './FooterCheckPanel';
import { ListCapturePanel } from './ListCapturePanel';
import { NamePagePicker } from './NamePagePicker';
import { StructureExport } from './StructureExport';
import { CapturePanel } from './CapturePanel';
import { PageCheck, useLocate } from './PageCheck';
import { useFieldLessons } from './useFieldLessons';
import { useTabReport } from './useTabReport';
import { LockNowButton } from '@/components/lock/LockGate';

/** A client's line in the list: name and domains. */
const CLIENT_ROW_HEIGHT = 44;
/** The clients listed at most: an agency's thousands are found by searching, and the popup opens at once. */
export const LISTED_CLIENTS = 200;

/** Where the view lives: the toolbar popup (closes on the next click in the page) or the side panel (stays open). */
export type Place = 'popup' | 'panel';

/** Chrome's side panel and Firefox's sidebar: opened on the person's click, for the tab at hand. */
async function openPanel(tabId: number) {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } } }).chrome;
  if (chromeApi?.sidePanel) await chromeApi.sidePanel.open({ tabId });
  else await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
}

/**
 * The helper at a tab's page, in the popup and in the side panel alike: choose a client (and
 * website), see which page this is, press 填写, read the report, and see the page's live check.
 */
/** `firstList`: the list without a query, asked ahead by the page (`askAhead`). */
export function Workbench({ tabId, place, firstList }: { tabId: number | undefined; place: Place; firstList?: () => Promise<ClientSummary[]> }) {
  const [page, setPage] = useState<ResponseOf<'detectTab'>>();
  const [query, setQuery] = useState('');
  const [clients, setClients] = useState<ClientSummary[]>([]);
  const [selectedId, setSelectedId] = useState<string>();
  const [client, setClient] = useState<Client>();
  const [websiteId, setWebsiteId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ResponseOf<'fillTab'>>();
  /** How many fills this popup has reported: a new report is told from the last by its number. */
  const [fillRun, setFillRun] = useState(0);
  const [problem, setProblem] = useState<string>();
  const { report: checked, failure: checkFailure, check } = useTabReport(tabId);
  const { locate, problem: locateProblem } = useLocate(tabId);
  const { teaching, taught, teach, forgetTaught } = useFieldLessons(tabId, report?.pageId, setProblem);
  const [capturing, setCapturing] = useState(false);

  /** Throws when the client cannot be read: the first opening forgives a deleted one, a click says why. */
  const choose = async (id: string, preferredWebsite?: string) => {
    setSelectedId(id);
    const chosen = await send('getClient', { id });
    setClient(chosen);
    setWebsiteId(chosen.websites.find((website) => website.id === preferredWebsite)?.id ?? chosen.websites[0]?.id);
  };

  const pick = async (id: string) => {
    setProblem(undefined);
    try {
      await choose(id);
    } catch (error) {
      setClient(undefined);
      setProblem(failureText(error));
    }
  };

  useEffect(() => {
    setPage(undefined);
    setReport(undefined);
    void (async () => {
      const tab = tabId;
      if (tab === undefined) return;
      try {
        const detected = await send('detectTab', { tabId: tab });
        setPage(detected);
        if (detected.choice) await choose(detected.choice.clientId, detected.choice.websiteId);
      } catch (error) {
        // The client last chosen in this tab may have been deleted since: then there is simply no choice to restore.
        if (!(error instanceof AppError && error.code === 'not-found')) setProblem(failureText(error));
      }
    })();
  }, [tabId]);

  // The page moved on (the next wizard step, another page in the panel's tab): see what it is now.
  useEffect(() => {
    if (tabId !== undefined && checked && page && (checked.pageId ?? '') !== (page.pageId ?? '')) void redetect(tabId);
  }, [checked?.pageId]);

  useEffect(() => {
    (!query && firstList ? firstList() : send('findClients', { query, limit: LISTED_CLIENTS })).then(setClients, (error: unknown) => {
      setClients([]);
      setProblem(i18n.t('app.loadFailed', [failureText(error)]));
    });
  }, [query]);

  const fill = async (overwrite = false) => {
    if (tabId === undefined || !client) return;
    setBusy(true);
    setProblem(undefined);
    setReport(undefined);
    forgetTaught();
    try {
      setReport(
        await send('fillTab', { tabId, clientId: client.id, ...(websiteId ? { websiteId } : {}), ...(overwrite ? { overwrite } : {}), ...(page?.document && page.location ? { pin: { document: page.document, location: page.location, ...(page.pageId ? { pageId: page.pageId } : {}) } } : {}) }),
      );
      setFillRun((run) => run + 1);
    } catch (error) {
      setProblem(failureText(error));
      // The page changed under the popup: show what is there now, so the next 填写 is for it.
      if (error instanceof AppError && error.code === 'page-changed') await redetect(tabId);
    } finally {
      setBusy(false);
    }
  };

  const redetect = async (tab: number) => {
    try {
      setPage(await send('detectTab', { tabId: tab }));
    } catch (error) {
      setProblem(failureText(error));
    }
  };

  return (
    <main className="popup">
      <h1>
        {i18n.t('popup.title')} <LockNowButton />
      </h1>
      <p className="page" data-page={page?.pageId ?? ''}>
        {page?.pageTitle ? i18n.t('popup.page', [page.pageTitle]) : i18n.t('popup.noPage')}
      </p>
      {page?.pageTitle && !page.fillable && <p className="meta">{i18n.t('popup.nothingToFill')}</p>}
      {/* A page of lists (the 个人中心's tabs) is no form to name: its lists are read below. */}
      {page?.platform && !page.pageId && !page.lists && <NamePagePicker tabId={tabId} onNamed={setPage} setProblem={setProblem} />}
      <input type="search" value={query} placeholder={i18n.t('app.search')} aria-label={i18n.t('app.search')} onChange={(event) => setQuery(event.target.value)} />
      {clients.length === 0 && !query ? (
        <p className="meta">{i18n.t('popup.noClients')}</p>
      ) : (
        <VirtualList
          className="clients"
          label={i18n.t('popup.client')}
          items={clients}
          rowHeight={CLIENT_ROW_HEIGHT}
          maxHeight={180}
          keyOf={(candidate) => candidate.id}
          render={(candidate) => (
            <label>
              <input type="radio" name="client" checked={selectedId === candidate.id} onChange={() => void pick(candidate.id)} style={{ width: 'auto' }} />
              <span>
                {candidate.displayName}
                <br />
                <span className="meta">{candidate.domains.join(' · ')}</span>
              </span>
            </label>
          )}
        />
      )}
      {clients.length === LISTED_CLIENTS && <p className="meta">{i18n.t('popup.searchForMore', [LISTED_CLIENTS])}</p>}
      {client && client.websites.length > 1 && (
        <label>
          {i18n.t('popup.website')}
          <select value={websiteId} onChange={(event) => setWebsiteId(event.target.value)}>
            {client.websites.map((website) => (
              <option key={website.id} value={website.id}>
                {website.name} · {website.domain}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" disabled={!client || client.id !== selectedId || !page?.fillable || busy} onClick={() => void fill()}>
        {busy ? i18n.t('popup.filling') : i18n.t('popup.fill')}
      </button>
      <button type="button" className="secondary" disabled={!page?.pageId} onClick={() => void check()}>
        {i18n.t('popup.check')}
      </button>
      {place === 'popup' && tabId !== undefined && (
        <button type="button" className="secondary" onClick={() => void openPanel(tabId).then(() => window.close(), (error: unknown) => setProblem(failureText(error)))}>
          {i18n.t('popup.openPanel')}
        </button>
      )}
      {page?.platform && tabId !== undefined && <StructureExport tabId={tabId} />}
      <p className="reminder">{i18n.t('popup.reminder')}</p>
      {problem && <p className="status-failed" role="alert">{problem}</p>}
      {locateProblem && <p className="status-failed" role="alert">{locateProblem}</p>}
      {teaching && <p className="meta" role="status">{i18n.t(teaching === 'where' ? 'popup.teaching' : 'popup.showingHow')}</p>}
      {taught && <p className="status-filled" role="status">{taught}</p>}
      <FillOutcome
        report={report}
        run={fillRun}
        client={client}
        busy={busy}
        teaching={teaching}
        onOverwrite={() => void fill(true)}
        onLocate={(path, label) => void locate(path, label)}
        onTeach={(lesson, path, label) => void teach(lesson, path, label)}
      />
      <PageCheck report={checked} failure={checkFailure} tabId={tabId} />
      {page?.fillable && tabId !== undefined && (
        <button type="button" className="link" aria-expanded={capturing} onClick={() => setCapturing((open) => !open)}>
          {capturing ? i18n.t('capture.close') : i18n.t('capture.open')}
        </button>
      )}
      {(page?.lists ?? 0) > 0 && tabId !== undefined && <ListCapturePanel key={`${tabId}-${page?.document ?? ''}`} tabId={tabId} />}
      {capturing && page?.fillable && tabId !== undefined && <CapturePanel key={`${tabId}-${page.document ?? ''}`} tabId={tabId} clients={clients} {...(client ? { preferredClient: client.id } : {})} />}
      {tabId !== undefined && <FooterCheckPanel key={tabId} tabId={tabId} />}
      <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('popup.openEditor')}
      </button>
    </main>
  );
}
