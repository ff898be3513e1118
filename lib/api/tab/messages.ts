import * as z from 'zod';
import type { AppError } from '../../errors';
import { FAILURE_CODES } from '../../fill/values';
import { FILING_STATUSES, codesOf } from '../../model/codes';
import { MappingSchema } from '../../model/mapping';
import { ClientSchema } from '../../model/profile';
import { FindingSchema } from '../book/messages';

const id = z.string().min(1);

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

/** A field of a page beside what a client holds for it, for capturing the page into the client. */
export const CaptureRowSchema = z.object({ field: z.string(), caption: z.string(), onPage: z.string(), inBook: z.string(), same: z.boolean() });
export type CaptureRow = z.infer<typeof CaptureRowSchema>;

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

/** What the keyboard shortcut did; the background says it on the page and in the toolbar badge. */
export type ShortcutOutcome =
  | { kind: 'filled'; client: string; count: number }
  | { kind: 'conflict'; client: string; owner: string }
  | { kind: 'no-choice' }
  | { kind: 'no-page' }
  | { kind: 'failed'; error: AppError };

/** The platform's page a tab shows: detected, filled, checked, captured into the book, and taught (指定). */
export const tabMessages = {
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
} as const;
