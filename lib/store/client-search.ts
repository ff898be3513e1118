import type { BeianDatabase } from './db';

/** The ids of the clients a search term of which starts with `prefix`, or is the token an encrypted book stores the query as (`tokenOf`). */
export async function idsFound(db: BeianDatabase, prefix: string, tokenOf: () => string | undefined): Promise<Set<string>> {
  const ids = new Set(await db.clients.where('searchTerms').startsWith(prefix).primaryKeys());
  const token = tokenOf();
  if (token) for (const id of await db.clients.where('searchTerms').equals(token).primaryKeys()) ids.add(id);
  return ids;
}
