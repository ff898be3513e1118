import { base64ToBytes, blobToBase64 } from '../../model/base64';
import { blobOfBytes } from '../../store/scan-bytes';
import type { Handlers } from '../../messaging/server';
import type { Client } from '../../model/profile';
import { SHEET_COLUMNS, sheetRows } from '../../model/sheet';
import type { ClientSummary } from '../../model/summaries';
import { checkProfile, countFindings, type FindingCounts, type ProfileInput } from '../../rules';
import type { ProfileRepository } from '../../store/repository';
import type { bookMessages, ListedClient } from './messages';

export type ProfileHandlers = Pick<Handlers, keyof typeof bookMessages>;

/**
 * The background's answers about the book's clients, over the profile repository. `installSamples`
 * stores the sample clients; how it reads their images depends on where it runs.
 */
export function profileHandlers(repository: ProfileRepository, installSamples: (replace: boolean) => Promise<void>): ProfileHandlers {
  /**
   * Finding counts per client, for one state of the book: the repository hands out a new book
   * array after any write, so a cached count is never older than the book it was judged against.
   */
  const countsByBook = new WeakMap<readonly Client[], Map<string, FindingCounts>>();

  /** Each client of the list with its finding counts, judged against the whole book. */
  async function withFindings(summaries: ClientSummary[]): Promise<ListedClient[]> {
    const book = await repository.allClients();
    let counts = countsByBook.get(book);
    if (!counts) {
      counts = new Map();
      countsByBook.set(book, counts);
    }
    const byId = new Map<string, Client>(book.map((client) => [client.id, client]));
    return summaries.map((summary) => {
      let clientCounts = counts.get(summary.id);
      if (!clientCounts) {
        const client = byId.get(summary.id);
        clientCounts = countFindings(client ? checkProfile(client, { book, clientId: client.id }) : []);
        counts.set(summary.id, clientCounts);
      }
      return { ...summary, findings: clientCounts };
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
