import { base64ToBytes, blobToBase64 } from '../../model/base64';
import { blobOfBytes } from '../../store/scan-bytes';
import type { Handlers } from '../../messaging/server';
import { SHEET_COLUMNS, sheetRows } from '../../model/sheet';
import type { ClientSummary } from '../../model/summaries';
import { checkProfile, countFindings, type ProfileInput } from '../../rules';
import { FindingCountsCache } from './finding-counts';
import type { ProfileRepository } from '../../store/repository';
import type { bookMessages, ListedClient } from './messages';

export type ProfileHandlers = Pick<Handlers, keyof typeof bookMessages>;

/**
 * The background's answers about the book's clients, over the profile repository. `installSamples`
 * stores the sample clients; how it reads their images depends on where it runs. `counts`: the
 * finding counts kept per client (lib/api/book/finding-counts.ts).
 */
export function profileHandlers(
  repository: ProfileRepository,
  installSamples: (replace: boolean) => Promise<void>,
  counts: FindingCountsCache = new FindingCountsCache(repository),
): ProfileHandlers {
  /** Each client of the list with its finding counts, judged against the whole book. */
  async function withFindings(summaries: ClientSummary[]): Promise<ListedClient[]> {
    const counted = await counts.countsOf(summaries.map((summary) => summary.id));
    return summaries.flatMap((summary) => {
      const findings = counted.get(summary.id);
      return findings ? [{ ...summary, findings }] : [];
    });
  }

  return {
    exportSheet: async ({ offset, limit }) => {
      const book = await repository.listClients();
      const byId = new Map((await repository.allClients()).map((client) => [client.id, client]));
      const rows = book.slice(offset, offset + limit).flatMap((summary) => sheetRows(byId.get(summary.id)!));
      return { total: book.length, header: SHEET_COLUMNS.map((column) => column.header), rows, ...(offset + limit < book.length ? { next: offset + limit } : {}) };
    },
    bulkCheck: async ({ offset, limit }) => {
      const book = await repository.allClients();
      const rows = book.slice(offset, offset + limit).map((client) => {
        const findings = checkProfile(client, { book, clientId: client.id });
        return {
          clientId: client.id,
          displayName: client.displayName,
          tags: client.tags,
          counts: countFindings(findings),
          findings: findings.filter((finding) => finding.severity !== 'info'),
        };
      });
      return { total: book.length, rows, ...(offset + limit < book.length ? { next: offset + limit } : {}) };
    },
    findClients: async ({ query, limit }) => {
      const found = query ? await repository.searchClients(query) : await repository.listClients();
      return limit === undefined ? found : found.slice(0, limit);
    },
    listClients: async ({ query }) => withFindings(query ? await repository.searchClients(query) : await repository.listClients()),
    findingCounts: async ({ query, ids }) => Object.fromEntries(await counts.countsOf(ids ?? (query ? await repository.searchClients(query) : await repository.listClients()).map((summary) => summary.id))),
    checkClient: async ({ client }) => {
      const book = await repository.allClients();
      return checkProfile(client as ProfileInput, { book, ...(client.id ? { clientId: client.id } : {}) });
    },
    getClient: ({ id }) => repository.getClient(id),
    saveClient: ({ client }) => repository.saveClient(client),
    deleteClient: ({ id }) => repository.deleteClient(id),
    listTrash: () => repository.listTrash(),
    restoreClient: ({ id }) => repository.restoreClient(id),
    deleteForever: async ({ id }) => {
      await repository.deleteForever(id);
      return null;
    },
    duplicateClient: ({ id, displayName }) => repository.duplicateClient(id, displayName),
    putAttachment: ({ base64, ...attachment }) =>
      repository.putAttachment({ ...attachment, blob: blobOfBytes(base64ToBytes(base64), attachment.type) }),
    getAttachment: async ({ id }) => {
      const { ref, blob } = await repository.getAttachment(id);
      return { ref, base64: await blobToBase64(blob) };
    },
    installSamples: async ({ replace }) => {
      await installSamples(replace === true);
      return withFindings(await repository.listClients());
    },
  };
}
