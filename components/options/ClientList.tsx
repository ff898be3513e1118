import { i18n } from '#i18n';
import { SUBJECT_NATURES, labelOf } from '@/lib/model/codes';
import type { ClientSummary, ListedClient } from '@/lib/messaging/protocol';
import { VirtualList } from '../form/VirtualList';

/** A client's button: name, nature and subject, domains, findings — one line each (see the list's CSS). */
const ROW_HEIGHT = 96;

interface ClientListProps {
  /** Each client, with its finding counts once they are known. */
  clients: (ClientSummary | ListedClient)[];
  selectedId: string | undefined;
  query: string;
  onQuery: (query: string) => void;
  onSelect: (id: string) => void;
}

export function ClientList({ clients, selectedId, query, onQuery, onSelect }: ClientListProps) {
  return (
    <nav className="client-list" aria-label={i18n.t('app.clients')}>
      <input type="search" value={query} placeholder={i18n.t('app.search')} aria-label={i18n.t('app.search')} onChange={(event) => onQuery(event.target.value)} />
      <VirtualList
        items={clients}
        rowHeight={ROW_HEIGHT}
        keyOf={(client) => client.id}
        render={(client) => (
            <button type="button" aria-current={client.id === selectedId ? 'true' : undefined} onClick={() => onSelect(client.id)}>
              <span className="client-name">{client.displayName}</span>
              <span className="client-meta">
                {labelOf(SUBJECT_NATURES, client.nature)} · {client.subjectName}
              </span>
              <span className="client-meta">{client.domains.join(' · ') || i18n.t('app.websiteCount', [0])}</span>
              {'findings' in client && (
              <span
                className={`client-findings${client.findings.error ? ' has-errors' : client.findings.warn ? ' has-warnings' : ''}`}
                data-errors={client.findings.error}
                data-warnings={client.findings.warn}
              >
                {i18n.t('findings.listCounts', [client.findings.error, client.findings.warn])}
              </span>
              )}
            </button>
        )}
      />
    </nav>
  );
}
