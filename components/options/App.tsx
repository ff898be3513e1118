import { i18n } from '#i18n';
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { AppError } from '@/lib/errors';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { ClientSummary } from '@/lib/model/summaries';
import type { FindingCounts } from '@/lib/api/book/messages';
import { emptyClient } from '@/lib/model/factory';
import type { Client } from '@/lib/model/profile';
import { BookRescue } from './BookRescue';
import { ClientList } from './ClientList';
import { MappingList } from './MappingList';
import { TrashList } from './TrashList';
import { QuarantineList } from './QuarantineList';
import { SettingsView } from './SettingsView';
import { BackupReminder, BackupView } from './BackupView';
import { LockNowButton } from '@/components/lock/LockGate';

// Loaded when first shown: the editor (its form library, the regions and the whole rule engine) and the sheet views (the spreadsheet readers) are most of the page's code, and the list's first screen needs none of it.
const ClientEditor = lazy(() => import('./ClientEditor').then((module) => ({ default: module.ClientEditor })));
const BulkCheck = lazy(() => import('./BulkCheck').then((module) => ({ default: module.BulkCheck })));
const SheetView = lazy(() => import('./SheetView').then((module) => ({ default: module.SheetView })));

/** Clients asked for first: more than a screen of the list holds, fewer than would keep the first screen waiting. */
export const FIRST_SCREEN = 40;

type View = 'clients' | 'check' | 'sheet' | 'mappings' | 'trash' | 'backup' | 'settings';
const VIEWS: readonly View[] = ['clients', 'check', 'sheet', 'mappings', 'trash', 'backup', 'settings'];
/** The views beside the client list, each a toggle in the sidebar's toolbar. */
const VIEW_BUTTONS: { view: Exclude<View, 'clients'>; title: () => string }[] = [
  { view: 'check', title: () => i18n.t('bulk.title') },
  { view: 'sheet', title: () => i18n.t('sheet.title') },
  { view: 'mappings', title: () => i18n.t('mappings.title') },
  { view: 'trash', title: () => i18n.t('trash.title') },
  { view: 'backup', title: () => i18n.t('backup.title') },
  { view: 'settings', title: () => i18n.t('settings.title') },
];
const viewOf = (hash: string): View => VIEWS.find((view) => `#${view}` === hash) ?? 'clients';

/** The profile editor: the client book on the left, the chosen client's form on the right. */
/** `firstScreen`: the list's first screen without a query, asked ahead by the page (`askAhead`). */
export function App({ firstScreen: firstScreenAhead }: { firstScreen?: () => Promise<ClientSummary[]> }) {
  /** The list: its first screen, then all of it, then each client's counts once the book has been judged (a large book takes a moment). */
  const [clients, setClients] = useState<ClientSummary[]>([]);
  const [complete, setComplete] = useState(false);
  const [counts, setCounts] = useState<Readonly<Record<string, FindingCounts>>>();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<{ client: Client; isNew: boolean; opened: number }>();
  const [problem, setProblem] = useState<string>();
  /** What just happened, with a way back (the client just moved to the 回收站). */
  const [notice, setNotice] = useState<{ text: string; undo?: () => Promise<void> }>();
  const [view, setView] = useState<View>(() => viewOf(location.hash));
  const dirty = useRef(false);
  /** Which refresh is the latest: an earlier one (the person typed on) that answers late is not shown over it. */
  const refreshes = useRef(0);
  /** The query whose whole list is on screen: refreshed after a save, it is replaced whole, never cut to a first screen under the person's scroll. */
  const listedQuery = useRef<string>(undefined);

  const refresh = useCallback(async () => {
    const asked = ++refreshes.current;
    const latest = () => asked === refreshes.current;
    try {
      // The first screen as soon as the background answers, then its counts (they come from judging the whole book), then the rest of the list and all counts.
      const firstScreen = listedQuery.current === query ? undefined : await (!query && firstScreenAhead ? firstScreenAhead() : send('findClients', { query, limit: FIRST_SCREEN }));
      if (!latest()) return;
      const firstCounts = async () => {
        // A first screen that is the whole list has its counts asked with the list's.
        if (!firstScreen || firstScreen.length < FIRST_SCREEN) return;
        const counted = await send('findingCounts', { ids: firstScreen.map((client) => client.id) });
        if (latest()) setCounts((earlier) => ({ ...earlier, ...counted }));
      };
      if (firstScreen) {
        setClients(firstScreen);
        setComplete(firstScreen.length < FIRST_SCREEN);
      }
      const wholeList = async () => {
        if (firstScreen && firstScreen.length < FIRST_SCREEN) return;
        const all = await send('findClients', { query });
        if (!latest()) return;
        setClients(all);
        setComplete(true);
      };
      const countsOfList = async () => {
        const counted = await send('findingCounts', { query });
        if (latest()) setCounts(counted);
      };
      // Asked in this order, answered in it: the first screen's counts come before the rest of the list is sent.
      await Promise.all([firstCounts(), wholeList(), countsOfList()]);
      listedQuery.current = query;
    } catch (error) {
      if (latest()) setProblem(i18n.t('app.loadFailed', [failureText(error)]));
    }
  }, [query]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const leaveCurrent = () => !dirty.current || window.confirm(i18n.t('app.confirmDiscard'));

  const open = async (id: string) => {
    if (!leaveCurrent()) return;
    try {
      setSelected({ client: await send('getClient', { id }), isNew: false, opened: Date.now() });
      dirty.current = false;
    } catch (error) {
      setProblem(i18n.t('app.loadFailed', [failureText(error)]));
    }
  };

  const create = () => {
    if (!leaveCurrent()) return;
    setSelected({ client: emptyClient(), isNew: true, opened: Date.now() });
    dirty.current = false;
  };

  /** Runs a book action; its failure is said where the person looks, never dropped. */
  const attempt = async (action: () => Promise<void>) => {
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(failureText(error));
    }
  };

  const duplicate = (client: Client) =>
    attempt(async () => {
      const copy = await send('duplicateClient', { id: client.id, displayName: `${client.displayName}${i18n.t('app.copySuffix')}` });
      await refresh();
      setSelected({ client: copy, isNew: false, opened: Date.now() });
    });

  const restore = (entryId: string) =>
    attempt(async () => {
      const client = await send('restoreClient', { id: entryId });
      setNotice({ text: i18n.t('trash.restored', [client.displayName]) });
      show('clients');
      await refresh();
      setSelected({ client, isNew: false, opened: Date.now() });
      dirty.current = false;
    });

  const remove = ({ client, isNew }: { client: Client; isNew: boolean }) =>
    attempt(async () => {
      if (!window.confirm(i18n.t('app.confirmDelete', [client.displayName]))) return;
      if (!isNew) {
        const entry = await send('deleteClient', { id: client.id });
        setNotice({ text: i18n.t('trash.moved', [client.displayName]), undo: () => restore(entry.id) });
      }
      dirty.current = false;
      setSelected(undefined);
      await refresh();
    });

  const installSamples = () =>
    attempt(async () => {
      try {
        await send('installSamples', {});
      } catch (error) {
        // Samples already in the book may hold the person's edits: replace them only when asked, keeping the old ones in the 回收站.
        if (!(error instanceof AppError && error.code === 'conflict')) throw error;
        if (!window.confirm(i18n.t('app.confirmReplaceSamples', [error.message]))) return;
        await send('installSamples', { replace: true });
        setNotice({ text: i18n.t('trash.samplesReplaced') });
      }
      await refresh();
    });

  const show = (next: View) => {
    setView(next);
    history.replaceState(null, '', next === 'clients' ? location.pathname : `#${next}`);
  };

  return (
    <div className="app">
      <aside>
        <h1>{i18n.t('app.title')}</h1>
        <div className="toolbar">
          <button type="button" className="primary" onClick={create}>
            {i18n.t('app.newClient')}
          </button>
          <button type="button" onClick={() => void installSamples()}>
            {i18n.t('app.installSamples')}
          </button>
          <LockNowButton />
          {VIEW_BUTTONS.map(({ view: target, title }) => (
            <button key={target} type="button" aria-pressed={view === target} onClick={() => show(view === target ? 'clients' : target)}>
              {title()}
            </button>
          ))}
        </div>
        <ClientList
          clients={clients}
          complete={complete}
          counts={counts}
          selectedId={selected?.client.id}
          query={query}
          onQuery={setQuery}
          onSelect={(id) => {
            show('clients');
            void open(id);
          }}
        />
        {clients.length === 0 && !query && <p className="empty">{i18n.t('app.empty')}</p>}
      </aside>
      <main>
        <BookRescue />
        <QuarantineList refreshKey={clients.length + (selected?.opened ?? 0)} onOpenBackup={() => show('backup')} />
        {view !== 'backup' && <BackupReminder refreshKey={clients.length + (selected?.opened ?? 0)} onOpen={() => show('backup')} />}
        {problem && (
          <p className="status status-error" role="alert">
            {problem}
          </p>
        )}
        {notice && (
          <p className="status status-ok notice" role="status">
            {notice.text}{' '}
            {notice.undo && (
              <button
                type="button"
                onClick={() => {
                  const undo = notice.undo!;
                  setNotice(undefined);
                  void undo();
                }}
              >
                {i18n.t('trash.undo')}
              </button>
            )}
          </p>
        )}
        <Suspense fallback={<p className="meta">{i18n.t('app.loading')}</p>}>
          {view === 'mappings' ? (
            <MappingList />
          ) : view === 'trash' ? (
            <TrashList onRestore={(entryId) => restore(entryId)} />
          ) : view === 'check' ? (
            <BulkCheck
              onOpen={(id) => {
                show('clients');
                void open(id);
              }}
            />
          ) : view === 'sheet' ? (
            <SheetView onImported={() => void refresh()} />
          ) : view === 'backup' ? (
            <BackupView onRestored={() => void refresh()} />
          ) : view === 'settings' ? (
            <SettingsView />
          ) : selected ? (
            <ClientEditor
              key={`${selected.client.id}-${selected.opened}`}
              client={selected.client}
              onSaved={(client) => {
                setSelected({ client, isNew: false, opened: selected.opened });
                void refresh();
              }}
              onDuplicate={() => void duplicate(selected.client)}
              onDelete={() => void remove(selected)}
              onDirtyChange={(isDirty) => {
                dirty.current = isDirty;
              }}
            />
          ) : (
            <p className="empty">{i18n.t('app.noSelection')}</p>
          )}
        </Suspense>
      </main>
    </div>
  );
}
