import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import { FILING_STATUSES, SUBJECT_NATURES, labelOf } from '@/lib/model/codes';
import type { ClientSummary } from '@/lib/model/summaries';
import type { FindingCounts } from '@/lib/api/book/messages';
import { VirtualList } from '../form/VirtualList';

/** A client's button: name, nature and subject, domains, findings — one line each (see the list's CSS). */
const ROW_HEIGHT = 96;

interface ClientListProps {
  clients: ClientSummary[];
  /** Whether `clients` is the whole list yet (its first screen comes first): the count waits for it. */
  complete: boolean;
  /** Each client's finding counts by id, once the book has been judged. */
  counts: Readonly<Record<string, FindingCounts>> | undefined;
  selectedId: string | undefined;
  query: string;
  onQuery: (query: string) => void;
  onSelect: (id: string) => void;
}

type SortOrder = 'name' | 'updated' | 'errors';
type Compare = (a: ClientSummary, b: ClientSummary) => number;
/** The book comes in pinyin order; the other orders are a stable sort of it. */
const SORTS: Record<SortOrder, (counts: ClientListProps['counts']) => Compare | undefined> = {
  name: () => undefined,
  updated: () => (a, b) => b.updatedAt - a.updatedAt,
  errors: (counts) => (a, b) => (counts?.[b.id]?.error ?? 0) - (counts?.[a.id]?.error ?? 0),
};

export function ClientList({ clients, complete, counts, selectedId, query, onQuery, onSelect }: ClientListProps) {
  /** A filing status to list only the clients with a website in it (a day's 审核中, the 被退回 to redo). */
  const [status, setStatus] = useState('');
  const [order, setOrder] = useState<SortOrder>('name');
  const shown = useMemo(() => {
    const filtered = status ? clients.filter((client) => client.statuses.some((candidate) => candidate === status)) : clients;
    const compare = SORTS[order](counts);
    return compare ? [...filtered].sort(compare) : filtered;
  }, [clients, status, order, counts]);
  return (
    <nav className="client-list" aria-label={i18n.t('app.clients')}>
      <input type="search" value={query} placeholder={i18n.t('app.search')} aria-label={i18n.t('app.search')} onChange={(event) => onQuery(event.target.value)} />
      <select className="status-filter" aria-label={i18n.t('field.filingStatus')} value={status} onChange={(event) => setStatus(event.target.value)}>
        <option value="">{i18n.t('app.anyStatus')}</option>
        {FILING_STATUSES.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {entry.label}
          </option>
        ))}
      </select>
      <select className="status-filter" aria-label={i18n.t('app.sortBy')} value={order} onChange={(event) => setOrder(event.target.value as SortOrder)}>
        <option value="name">{i18n.t('app.sortName')}</option>
        <option value="updated">{i18n.t('app.sortUpdated')}</option>
        <option value="errors">{i18n.t('app.sortErrors')}</option>
      </select>
      <p className="meta client-count" data-testid="client-count">
        {complete ? i18n.t('app.clientCount', [shown.length]) : '\u00a0'}
      </p>
      <VirtualList
        items={shown}
        rowHeight={ROW_HEIGHT}
        keyOf={(client) => client.id}
        render={(client) => {
          const findings = counts?.[client.id];
          return (
            <button type="button" aria-current={client.id === selectedId ? 'true' : undefined} onClick={() => onSelect(client.id)}>
              <span className="client-name">{client.displayName}</span>
              <span className="client-meta">
                {labelOf(SUBJECT_NATURES, client.nature)} · {client.subjectName}
              </span>
              <span className="client-meta">
                {client.domains.map((domain, index) => `${domain}（${labelOf(FILING_STATUSES, client.statuses[index] ?? 'draft')}）`).join(' · ') || i18n.t('app.websiteCount', [0])}
              </span>
              {findings && (
              <span
                className={`client-findings${findings.error ? ' has-errors' : findings.warn ? ' has-warnings' : ''}`}
                data-errors={findings.error}
                data-warnings={findings.warn}
              >
                {i18n.t('findings.listCounts', [findings.error, findings.warn])}
              </span>
              )}
            </button>
          );
        }}
      />
    </nav>
  );
}
