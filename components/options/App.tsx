import { i18n } from '#i18n';
import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError } from '@/lib/errors';
import { appErrorText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { ListedClient } from '@/lib/messaging/protocol';
import { emptyClient } from '@/lib/model/factory';
import type { Client } from '@/lib/model/profile';
import { ClientEditor } from './ClientEditor';
import { ClientList } from './ClientList';
import { MappingList } from './MappingList';

function describe(error: unknown): string {
  return error instanceof AppError ? appErrorText(error) : String(error);
}

/** The profile editor: the client book on the left, the chosen client's form on the right. */
export function App() {
  const [clients, setClients] = useState<ListedClient[]>([]);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<{ client: Client; isNew: boolean; opened: number }>();
  const [problem, setProblem] = useState<string>();
  const [showMappings, setShowMappings] = useState(() => location.hash === '#mappings');
  const dirty = useRef(false);

  const refresh = useCallback(async () => {
    try {
      setClients(await send('listClients', { query }));
    } catch (error) {
      setProblem(i18n.t('app.loadFailed', [describe(error)]));
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
      setProblem(i18n.t('app.loadFailed', [describe(error)]));
    }
  };

  const create = () => {
    if (!leaveCurrent()) return;
    setSelected({ client: emptyClient(), isNew: true, opened: Date.now() });
    dirty.current = false;
  };

  const duplicate = async (client: Client) => {
    const copy = await send('duplicateClient', { id: client.id, displayName: `${client.displayName}${i18n.t('app.copySuffix')}` });
    await refresh();
    setSelected({ client: copy, isNew: false, opened: Date.now() });
  };

  const remove = async ({ client, isNew }: { client: Client; isNew: boolean }) => {
    if (!window.confirm(i18n.t('app.confirmDelete', [client.displayName]))) return;
    if (!isNew) await send('deleteClient', { id: client.id });
    dirty.current = false;
    setSelected(undefined);
    await refresh();
  };

  const installSamples = async () => {
    setClients(await send('installSamples', {}));
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
          <button type="button" aria-pressed={showMappings} onClick={() => setShowMappings(!showMappings)}>
            {i18n.t('mappings.title')}
          </button>
        </div>
        <ClientList clients={clients} selectedId={selected?.client.id} query={query} onQuery={setQuery} onSelect={(id) => void open(id)} />
        {clients.length === 0 && !query && <p className="empty">{i18n.t('app.empty')}</p>}
      </aside>
      <main>
        {problem && (
          <p className="status status-error" role="alert">
            {problem}
          </p>
        )}
        {showMappings ? (
          <MappingList />
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
      </main>
    </div>
  );
}
