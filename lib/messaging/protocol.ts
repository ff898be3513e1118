import * as z from 'zod';
import { FAILURE_CODES } from '../fill/values';
import { MappingFileSchema, MappingSchema } from '../model/mapping';
import { FILING_STATUSES, codesOf } from '../model/codes';
import { AttachmentRefSchema, ClientSchema, SubjectNatureSchema } from '../model/profile';
import { LARGEST_UPLOAD_BYTES } from '../model/attachments';

/**
 * Every message between the extension's pages and the background: its request and response
 * schemas. Both ends validate against these, so a malformed message is a typed error, never a
 * half-applied write.
 */
const id = z.string().min(1);

export const ClientSummarySchema = z.object({
  id,
  displayName: z.string(),
  tags: z.array(z.string()),
  nature: SubjectNatureSchema,
  subjectName: z.string(),
  domains: z.array(z.string()),
  /** Each website's filing status, in the websites' order. */
  statuses: z.array(z.enum(codesOf(FILING_STATUSES))),
  updatedAt: z.number(),
});
export type ClientSummary = z.infer<typeof ClientSummarySchema>;

/** A client in the 回收站, as the list shows it. */
export const TrashSummarySchema = z.object({
  id,
  clientId: id,
  displayName: z.string(),
  subjectName: z.string(),
  domains: z.array(z.string()),
  scans: z.number().int(),
  reason: z.enum(['deleted', 'replaced']),
  deletedAt: z.number(),
  purgeAt: z.number(),
});
export type TrashSummary = z.infer<typeof TrashSummarySchema>;

/** A row of the book that did not open and was moved aside (lib/store/quarantine.ts), as the options page lists it. */
export const QuarantineSummarySchema = z.object({
  id,
  table: z.enum(['clients', 'websites', 'trash', 'attachments']),
  rowId: id,
  /** The client it belongs to, by name, when its unsealed fields say. */
  clientName: z.string().optional(),
  foundAt: z.number(),
  reason: z.string(),
});
export type QuarantineSummary = z.infer<typeof QuarantineSummarySchema>;

/** Whether the book opened; when not, why (a failed upgrade leaves the old database intact). */
export const BookHealthSchema = z.union([z.object({ ok: z.literal(true), version: z.number() }), z.object({ ok: z.literal(false), error: z.string() })]);
export type BookHealth = z.infer<typeof BookHealthSchema>;

export const RawCursorSchema = z.object({ table: z.string(), offset: z.number().int().nonnegative() });
export type RawCursor = z.infer<typeof RawCursorSchema>;

/** A slice of the database as stored, for the rescue file: one table's rows from an offset on. */
export const RawChunkSchema = z.object({
  version: z.number(),
  tables: z.array(z.string()),
  table: z.string(),
  rows: z.array(z.unknown()),
  next: RawCursorSchema.optional(),
});
export type RawChunk = z.infer<typeof RawChunkSchema>;

/** A line of the client list: the summary, and how many findings the rules have for the client. */
export const ListedClientSchema = ClientSummarySchema.extend({
  findings: z.object({ error: z.number().int(), warn: z.number().int(), info: z.number().int() }),
});
export type ListedClient = z.infer<typeof ListedClientSchema>;

const LocalTextSchema = z.object({ zh: z.string(), en: z.string() });
export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warn', 'info']),
  path: z.string(),
  message: LocalTextSchema,
  source: z.object({ section: z.string(), kind: z.enum(['guide', 'practice']) }),
});

/** A finding about a page: the field it concerns (none when it is about the page), and that field's caption as the page shows it. */
export const PageFindingSchema = FindingSchema.extend({ field: z.string().optional(), caption: z.string().optional() });
export type PageFinding = z.infer<typeof PageFindingSchema>;

/** The check of what a tab's page holds now. */
export const TabReportSchema = z.object({
  tabId: z.number().int(),
  pageId: z.string().optional(),
  pageTitle: z.string().optional(),
  findings: z.array(PageFindingSchema),
  /** The person is at a submit button while the page has errors: the panel draws attention. */
  submitting: z.boolean().optional(),
});
export type TabReport = z.infer<typeof TabReportSchema>;

/** What the background tells the extension's open pages (side panel, popup) without being asked: a tab's check changed. */
export const EVENTS_CHANNEL = 'beian-helper/events/v1';
export const TabEventSchema = z.object({ channel: z.literal(EVENTS_CHANNEL), report: TabReportSchema });
export type TabEvent = z.infer<typeof TabEventSchema>;

/** Whether the book is encrypted, and locked; while unlocked with an idle time, when it locks itself. */
export const BookLockStatusSchema = z.object({ encrypted: z.boolean(), locked: z.boolean(), lockAt: z.number().optional() });
export type BookLockStatus = z.infer<typeof BookLockStatusSchema>;
/** Told to the extension's open pages when the book locks or unlocks. */
export const LockEventSchema = z.object({ channel: z.literal(EVENTS_CHANNEL), lock: BookLockStatusSchema });
export type LockEvent = z.infer<typeof LockEventSchema>;

/** A passphrase as typed: not trimmed (a space is a character of it), bounded so a pasted book is not hashed. */
const PassphraseSchema = z.string().min(1).max(1024);
/** The shortest new passphrase taken for a book of ID numbers (the settings say so before the background is asked). */
export const MIN_PASSPHRASE_LENGTH = 8;

/** A field of a page beside what a client holds for it, for capturing the page into the client. */
export const CaptureRowSchema = z.object({ field: z.string(), caption: z.string(), onPage: z.string(), inBook: z.string(), same: z.boolean() });
export type CaptureRow = z.infer<typeof CaptureRowSchema>;

export const BackupCountsSchema = z.object({ clients: z.number().int(), attachments: z.number().int(), mappings: z.number().int() });
export type BackupCounts = z.infer<typeof BackupCountsSchema>;

export const BackupProblemSchema = z.object({ line: z.number().int(), field: z.string().optional(), message: z.string() });
export type BackupProblemData = z.infer<typeof BackupProblemSchema>;

/** A website's filing as a platform list shows it, or as the book holds it. */
const ListedFilingSchema = z.object({
  status: z.enum(codesOf(FILING_STATUSES)).optional(),
  recordNumber: z.string().optional(),
  appliedOn: z.string().optional(),
  approvedOn: z.string().optional(),
});
export type ListedFiling = z.infer<typeof ListedFilingSchema>;

/** A website of a platform list beside the book's website it is (by domain, or by a name only one website of the book has). */
export const ListCaptureRowSchema = z.object({
  key: z.string(),
  name: z.string().optional(),
  domain: z.string().optional(),
  onPage: ListedFilingSchema,
  match: z.object({ clientId: id, clientName: z.string(), websiteId: id, websiteName: z.string(), inBook: ListedFilingSchema }).optional(),
  /** Several websites of the book have this name, and the list shows no domain: none is taken. */
  ambiguous: z.boolean().optional(),
  /** The list says something of this website the book does not hold. */
  changed: z.boolean(),
});
export type ListCaptureRow = z.infer<typeof ListCaptureRowSchema>;

/** What an imported client does: added (not in the book), or for one the book holds, skipped, replaced or merged. */
export const ImportActionSchema = z.enum(['add', 'skip', 'replace', 'merge']);
export type ImportAction = z.infer<typeof ImportActionSchema>;
export const DuplicateActionSchema = ImportActionSchema.exclude(['add']);

/** The client of the book a spreadsheet's client is taken for, and by what. */
export const ImportMatchSchema = z.object({ clientId: id, displayName: z.string(), by: z.enum(['unit-cert', 'person-cert', 'domain']) });
export type ImportMatch = z.infer<typeof ImportMatchSchema>;

/** A problem of a spreadsheet row: the row (1 is the header), the column's header, a message key (or a rule id with its finding's text). */
export const ImportProblemSchema = z.object({
  row: z.number().int().positive(),
  column: z.string().optional(),
  severity: z.enum(['error', 'warn']),
  message: z.string(),
  finding: LocalTextSchema.optional(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** A spreadsheet's cells as text, bounded so a runaway file is refused before it is judged. */
export const SHEET_LIMITS = { rows: 50_000, columns: 200, cellChars: 5_000 } as const;
const SheetRowSchema = z.array(z.string().max(SHEET_LIMITS.cellChars)).max(SHEET_LIMITS.columns);
const ImportDecisionsSchema = z.object({
  importId: id,
  /** What to do with each client the book already holds, by the row that names it. */
  actions: z.record(z.string().regex(/^\d+$/), DuplicateActionSchema),
  defaultAction: DuplicateActionSchema,
});

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

/**
 * The page a person saw detected: the document, where it is (path and `#/` route) and which page it
 * was taken for. A fill for it writes nothing once the tab shows anything else — another document,
 * another route of the same single-page app, or the same place now showing another page.
 */
export const PagePinSchema = z.object({ document: z.string(), location: z.string(), pageId: z.string().optional() });
export type PagePin = z.infer<typeof PagePinSchema>;

/** 导出页面结构: what a file of a page's structure holds (lib/fill/structure.ts says what is kept). */
export const PageStructureFileSchema = z.object({
  format: z.literal('beian-helper/page-structure'),
  version: z.literal(1),
  host: z.string(),
  location: z.string(),
  title: z.string(),
  pageId: z.string().optional(),
  exportedAt: z.number(),
  html: z.string(),
});
export type PageStructureFile = z.infer<typeof PageStructureFileSchema>;

export const FillReportSchema = z.object({
  pageId: z.string().optional(),
  pageTitle: z.string().optional(),
  entries: z.array(
    z.object({
      path: z.string(),
      label: z.string(),
      status: z.enum(['filled', 'already', 'not-in-profile', 'not-found', 'failed']),
      reason: z.object({ code: z.enum(FAILURE_CODES), wanted: z.string().optional(), seen: z.array(z.string()).optional() }).optional(),
      via: z.string().optional(),
      taught: z.boolean().optional(),
      showable: z.boolean().optional(),
    }),
  ),
  workMs: z.number(),
  totalMs: z.number().optional(),
  /** The fill stopped before its end: the page moved on (another route or page) while it was being filled. */
  stopped: z.literal('page-changed').optional(),
  lessons: z.object({ used: z.array(z.string()), missing: z.array(z.string()) }).optional(),
  conflict: z
    .object({
      fields: z.array(z.object({ path: z.string(), label: z.string(), onPage: z.string() })),
      owner: z.object({ clientId: z.string(), displayName: z.string() }).optional(),
    })
    .optional(),
});

export const protocol = {
  lockStatus: {
    request: z.object({}),
    response: BookLockStatusSchema,
  },
  encryptBook: {
    request: z.object({ passphrase: PassphraseSchema }),
    response: BookLockStatusSchema,
  },
  unlockBook: {
    request: z.object({ passphrase: PassphraseSchema }),
    response: BookLockStatusSchema,
  },
  lockBook: {
    request: z.object({}),
    response: BookLockStatusSchema,
  },
  changePassphrase: {
    request: z.object({ current: PassphraseSchema, next: PassphraseSchema }),
    response: BookLockStatusSchema,
  },
  decryptBook: {
    request: z.object({ passphrase: PassphraseSchema }),
    response: BookLockStatusSchema,
  },
  listClients: {
    request: z.object({ query: z.string().optional() }),
    response: z.array(ListedClientSchema),
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
  bookHealth: {
    request: z.object({}),
    response: BookHealthSchema,
  },
  exportRawBook: {
    // The database as stored, slice by slice, when this version cannot open it.
    request: z.object({ cursor: RawCursorSchema.optional() }),
    response: RawChunkSchema,
  },
  backupFile: {
    // The whole book as a backup file, handed to the asking page under `fileId` (lib/messaging/files.ts): files never cross as message text.
    request: z.object({}),
    response: z.object({ fileId: id, createdAt: z.number(), lines: z.number().int() }),
  },
  backupState: {
    // When the book last changed and when it was last backed up, for the reminder.
    request: z.object({}),
    response: z.object({ bookChangedAt: z.number().optional(), lastBackupAt: z.number().optional(), clients: z.number().int() }),
  },
  markBackedUp: {
    request: z.object({ at: z.number() }),
    response: z.null(),
  },
  restoreRead: {
    // The dry run of the backup file the page handed over under `fileId`; nothing is stored yet.
    // `passphrase`: the one the book had when it was backed up, for a sealed backup of another vault (or of a passphrase since changed).
    request: z.object({ restoreId: id, fileId: id, passphrase: PassphraseSchema.optional() }),
    response: z.null(),
  },
  restorePreview: {
    // The dry run: what the file holds, what is wrong with it, and what restoring it would change.
    request: z.object({ restoreId: id }),
    response: z.object({
      createdAt: z.number().optional(),
      counts: BackupCountsSchema,
      problems: z.array(BackupProblemSchema),
      problemCount: z.number().int(),
      /** Clients of the book the backup holds too: restoring replaces them (their current version goes to the 回收站). */
      replaced: z.array(z.string()),
      /** Clients of the book the backup does not hold: kept by a merge, moved to the 回收站 by a full restore. */
      onlyInBook: z.array(z.string()),
    }),
  },
  restoreCommit: {
    // The restore: the file read again for its scans, stored a slice at a time, then its clients and lessons in one transaction.
    request: z.object({ restoreId: id, mode: z.enum(['merge', 'replace']) }),
    response: z.object({ restored: z.number().int(), setAside: z.number().int() }),
  },
  importRead: {
    // The next rows of a spreadsheet being imported (`header` with the first slice); nothing is stored yet.
    request: z.object({ importId: id, header: SheetRowSchema.optional(), rows: z.array(SheetRowSchema).max(SHEET_LIMITS.rows) }),
    response: z.null(),
  },
  importPreview: {
    // The dry run: each client the rows describe, with its rows' problems (shape and rules) and the client of the book it matches.
    request: ImportDecisionsSchema,
    response: z.object({
      fileProblems: z.array(ImportProblemSchema),
      unknownHeaders: z.array(z.string()),
      counts: z.object({ rows: z.number().int(), clients: z.number().int(), add: z.number().int(), skip: z.number().int(), replace: z.number().int(), merge: z.number().int(), bad: z.number().int(), warned: z.number().int() }),
      /** The clients with a problem or a match in the book, the bad ones first (at most a few hundred: `entryCount` says how many). */
      entries: z.array(
        z.object({
          row: z.number().int(),
          rowCount: z.number().int(),
          displayName: z.string(),
          action: ImportActionSchema,
          bad: z.boolean(),
          match: ImportMatchSchema.optional(),
          problems: z.array(ImportProblemSchema),
        }),
      ),
      entryCount: z.number().int(),
    }),
  },
  importCommit: {
    // Stores the good clients of the dry run, in one transaction: all of them or none.
    request: ImportDecisionsSchema,
    response: z.object({ added: z.number().int(), replaced: z.number().int(), merged: z.number().int(), skipped: z.number().int(), bad: z.number().int() }),
  },
  listTrash: {
    request: z.object({}),
    response: z.array(TrashSummarySchema),
  },
  listQuarantine: {
    request: z.object({}),
    response: z.array(QuarantineSummarySchema),
  },
  discardQuarantined: {
    request: z.object({ id }),
    response: z.null(),
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
  detectTab: {
    request: z.object({ tabId: z.number().int() }),
    response: z.object({
      pageId: z.string().optional(),
      pageTitle: z.string().optional(),
      fillable: z.boolean().optional(),
      /** The helper's content script answers in this tab: a platform page, recognised or not. */
      platform: z.boolean().optional(),
      /** The document detected and where it is: a fill for them is refused once the tab shows another (PagePinSchema). */
      document: z.string().optional(),
      location: z.string().optional(),
      choice: z.object({ clientId: z.string(), websiteId: z.string().optional() }).optional(),
      /** How many lists of websites the page shows now (审核中网站, 已备案网站 …): their filing statuses can be taken into the book. */
      lists: z.number().int().optional(),
    }),
  },
  exportPageStructure: {
    // 导出页面结构: the page's markup with only its public words (captions, options, headings), for the project's tests.
    request: z.object({ tabId: z.number().int() }),
    response: PageStructureFileSchema,
  },
  checkFooter: {
    // Whether the tab's page (the person's own site) shows its 公安备案号 as it should: read on the person's click, never sent anywhere.
    request: z.object({ tabId: z.number().int() }),
    response: z.object({
      host: z.string(),
      recordNumber: z.string().optional(),
      icpNumber: z.string().optional(),
      checks: z.array(z.object({ code: z.string(), ok: z.boolean(), values: z.array(z.string()) })),
    }),
  },
  previewListCapture: {
    // The websites the tab's lists show, each beside the book's website it is, with what the list says of its filing.
    request: z.object({ tabId: z.number().int() }),
    response: z.object({ pageTitle: z.string().optional(), rows: z.array(ListCaptureRowSchema) }),
  },
  applyListCapture: {
    // Takes the filing of the websites the person ticked (by their rows' keys) from the list as the page shows it now, in one transaction.
    request: z.object({ tabId: z.number().int(), keys: z.array(z.string()).min(1) }),
    response: z.object({ updated: z.number().int() }),
  },
  fillTab: {
    // Sent on the person's action (the popup's 填写, or the shortcut): only then does a page get a profile.
    // `overwrite`: the person confirmed filling over another client's values on the page.
    // `pin`: the page the person saw detected; a tab that shows another by now is not filled.
    request: z.object({ tabId: z.number().int(), clientId: id, websiteId: z.string().optional(), overwrite: z.boolean().optional(), pin: PagePinSchema.optional() }),
    response: FillReportSchema,
  },
  checkTab: {
    // The pre-submit check: what the page holds now, judged by the rule engine.
    request: z.object({ tabId: z.number().int() }),
    response: TabReportSchema,
  },
  locateField: {
    // 定位: scroll the page to a field and focus it; false when the page does not show it now.
    request: z.object({ tabId: z.number().int(), field: id }),
    response: z.object({ located: z.boolean() }),
  },
  previewCapture: {
    // What the page holds beside a client (none: a new client) and website (none: the one with the page's domain, else a new one).
    request: z.object({ tabId: z.number().int(), clientId: z.string().optional(), websiteId: z.string().optional(), newWebsite: z.boolean().optional() }),
    response: z.object({
      pageId: z.string().optional(),
      pageTitle: z.string().optional(),
      document: z.string().optional(),
      /** The page shows fields of a website: the capture goes into `websiteId`'s, or a new one when absent. */
      showsWebsite: z.boolean(),
      websiteId: z.string().optional(),
      rows: z.array(CaptureRowSchema),
    }),
  },
  applyCapture: {
    // The fields the person approved, as they saw them on the page: a page changed since is refused.
    request: z.object({
      tabId: z.number().int(),
      clientId: z.string().optional(),
      websiteId: z.string().optional(),
      fields: z.array(id).min(1),
      seen: z.record(z.string(), z.string()),
      document: id,
    }),
    response: ClientSchema,
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
          counts: z.object({ error: z.number().int(), warn: z.number().int(), info: z.number().int() }),
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
  teachField: {
    // 指定: the person shows the control on the page; null when they cancel.
    request: z.object({ tabId: z.number().int(), pageId: id, path: id }),
    response: MappingSchema.nullable(),
  },
  demonstrateField: {
    // 指定 by showing how: the person sets the field by hand once, the helper notes the presses; null when they cancel.
    request: z.object({ tabId: z.number().int(), pageId: id, path: id }),
    response: MappingSchema.nullable(),
  },
  teachPage: {
    request: z.object({ tabId: z.number().int(), pageId: id }),
    response: MappingSchema,
  },
  listMappings: {
    request: z.object({}),
    response: z.array(MappingSchema),
  },
  deleteMapping: {
    request: z.object({ id }),
    response: z.null(),
  },
  repointMapping: {
    request: z.object({ id, path: id }),
    response: MappingSchema,
  },
  exportMappings: {
    request: z.object({}),
    response: MappingFileSchema,
  },
  importMappings: {
    // Validated by the repository, so a malformed file is refused with what and where.
    request: z.object({ file: z.unknown() }),
    response: z.object({ added: z.number().int(), known: z.number().int() }),
  },
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.input<(typeof protocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof protocol)[T]['response']>;

export const CHANNEL = 'beian-helper/v1';

export const EnvelopeSchema = z.object({
  channel: z.literal(CHANNEL),
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;
