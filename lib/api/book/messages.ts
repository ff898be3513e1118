import * as z from 'zod';
import { LARGEST_UPLOAD_BYTES } from '../../model/attachments';
import { AttachmentRefSchema, ClientSchema } from '../../model/profile';
import { ClientSummarySchema, TrashSummarySchema } from '../../model/summaries';

const id = z.string().min(1);

/** A rule's message in both languages: the page shows the one of its UI. */
export const LocalTextSchema = z.object({ zh: z.string(), en: z.string() });
export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warn', 'info']),
  path: z.string(),
  message: LocalTextSchema,
  source: z.object({ section: z.string(), kind: z.enum(['guide', 'practice']) }),
});

/** The most clients a page asks for by id at once: a screen of the list, with room to spare. */
const LISTED_AT_MOST = 500;

/** How many findings the rules have for a client, by severity. */
export const FindingCountsSchema = z.object({ error: z.number().int(), warn: z.number().int(), info: z.number().int() });
export type FindingCounts = z.infer<typeof FindingCountsSchema>;

/** A line of the client list: the summary, and how many findings the rules have for the client. */
export const ListedClientSchema = ClientSummarySchema.extend({ findings: FindingCountsSchema });
export type ListedClient = z.infer<typeof ListedClientSchema>;

/** File bytes travel as base64: runtime messages are JSON, which cannot carry a Blob. */
export const AttachmentUploadSchema = z.object({
  clientId: id,
  name: z.string().min(1),
  type: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
  /** Bounded so a file past the cap is refused before it is decoded; the repository says why in the person's words. */
  base64: z.base64().max(Math.ceil(LARGEST_UPLOAD_BYTES / 3) * 4),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});

/** The book's clients: listed, found, judged, edited, deleted to the 回收站 and back, their scans, the samples, and the whole book as a sheet or a check. */
export const bookMessages = {
  listClients: {
    request: z.object({ query: z.string().optional() }),
    response: z.array(ListedClientSchema),
  },
  findingCounts: {
    // Each found client's finding counts by client id (all of them without a query), for the options list to show once its names are on screen (judging the book takes a moment the first time).
    // `ids`: only these clients' (the list's first screen, counted before the rest of the list is even sent).
    request: z.object({ query: z.string().optional(), ids: z.array(id).max(LISTED_AT_MOST).optional() }),
    response: z.record(z.string(), FindingCountsSchema),
  },
  findClients: {
    // The list to choose a client from (the popup, the side panel): names and domains, without judging anyone.
    // `limit`: the first so many (the popup lists a few hundred; a search finds any client).
    request: z.object({ query: z.string().optional(), limit: z.number().int().positive().optional() }),
    response: z.array(ClientSummarySchema),
  },
  checkClient: {
    // Values as typed, complete or not: the rule engine judges whatever is there.
    request: z.object({ client: z.looseObject({ id: z.string().optional() }) }),
    response: z.array(FindingSchema),
  },
  getClient: {
    request: z.object({ id }),
    response: ClientSchema,
  },
  saveClient: {
    // The client is validated by the repository, so its issues come back with field paths.
    request: z.object({ client: z.unknown() }),
    response: ClientSchema,
  },
  deleteClient: {
    // Moves the client to the 回收站: the answer says where, for an undo.
    request: z.object({ id }),
    response: TrashSummarySchema,
  },
  listTrash: {
    request: z.object({}),
    response: z.array(TrashSummarySchema),
  },
  restoreClient: {
    request: z.object({ id }),
    response: ClientSchema,
  },
  deleteForever: {
    request: z.object({ id }),
    response: z.null(),
  },
  duplicateClient: {
    request: z.object({ id, displayName: z.string().trim().min(1) }),
    response: ClientSchema,
  },
  putAttachment: {
    request: AttachmentUploadSchema,
    response: AttachmentRefSchema,
  },
  getAttachment: {
    request: z.object({ id }),
    response: z.object({ ref: AttachmentRefSchema, base64: z.string() }),
  },
  exportSheet: {
    // The book as spreadsheet rows (one per website, the platform's captions as headers), a slice of clients at a time.
    request: z.object({ offset: z.number().int().nonnegative(), limit: z.number().int().positive().max(2000) }),
    response: z.object({ total: z.number().int(), header: z.array(z.string()), rows: z.array(z.array(z.string())), next: z.number().int().optional() }),
  },
  bulkCheck: {
    // The rules over the whole book, a slice of clients at a time (the view shows progress): each client's counts and its errors and warnings.
    request: z.object({ offset: z.number().int().nonnegative(), limit: z.number().int().positive().max(1000) }),
    response: z.object({
      total: z.number().int(),
      rows: z.array(
        z.object({
          clientId: id,
          displayName: z.string(),
          tags: z.array(z.string()),
          counts: FindingCountsSchema,
          findings: z.array(FindingSchema),
        }),
      ),
      next: z.number().int().optional(),
    }),
  },
  installSamples: {
    // `replace`: the person confirmed installing over the samples already in the book (they go to the 回收站).
    request: z.object({ replace: z.boolean().optional() }),
    response: z.array(ListedClientSchema),
  },
} as const;
