import { filingStatusOf } from '../model/codes';
import type { Client } from '../model/profile';
import type { ClientSummary } from '../model/summaries';
import type { BeianDatabase } from './db';

function summaryOf(client: Client): ClientSummary {
  return {
    id: client.id,
    displayName: client.displayName,
    tags: client.tags,
    nature: client.subject.nature,
    subjectName: client.subject.unitName || client.subject.principal.name,
    domains: client.websites.map((website) => website.domain),
    statuses: client.websites.map((website) => filingStatusOf(website.filing)),
    updatedAt: client.updatedAt,
  };
}

/** One collator for the whole list: names in pinyin order. */
const PINYIN = new Intl.Collator('zh-Hans-CN');
const byDisplayName = (a: ClientSummary, b: ClientSummary) => PINYIN.compare(a.displayName, b.displayName);

/** The clients as the list shows them, in pinyin order. */
export function summariesInOrder(clients: readonly Client[]): ClientSummary[] {
  return clients.map(summaryOf).sort(byDisplayName);
}

/** The ids of the clients a search term of which starts with `prefix`, or is the token an encrypted book stores the query as (`tokenOf`). */
export async function idsFound(db: BeianDatabase, prefix: string, tokenOf: () => string | undefined): Promise<Set<string>> {
  const ids = new Set(await db.clients.where('searchTerms').startsWith(prefix).primaryKeys());
  const token = tokenOf();
  if (token) for (const id of await db.clients.where('searchTerms').equals(token).primaryKeys()) ids.add(id);
  return ids;
}
