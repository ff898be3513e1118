import * as z from 'zod/mini';
import { DemonstrationSchema, type DemonstratedStep } from '../pages/demonstration';
import { FileSchema, FillValuesSchema, StagedFillValuesSchema, type FilePayload, type FillValues, type StagedFillValues } from './values';

/**
 * What the background asks the content script, validated with zod/mini to keep the script small.
 * Every request carries what the person taught on this host (指定), and nothing of the book but
 * the values of the page being filled.
 */
export const CONTENT_CHANNEL = 'beian-helper/content/v2';

export const LessonsSchema = z.object({
  /** Controls named as profile fields: by page, caption as the engine reads it, and place among controls with that caption. */
  fields: z.array(z.object({ id: z.string(), pageId: z.string(), path: z.string(), caption: z.string(), position: z.number(), steps: z.optional(DemonstrationSchema) })),
  /** Places named as platform pages. */
  pages: z.array(z.object({ id: z.string(), location: z.string(), pageId: z.string() })),
});
export type Lessons = z.infer<typeof LessonsSchema>;
export const NO_LESSONS: Lessons = { fields: [], pages: [] };

/**
 * The document a request is for: the content script draws a random name for its document when it
 * starts, says it in `where`, and refuses a read or fill meant for another (the tab navigated in
 * between): nothing is written into a page nobody looked at.
 */
const DocumentSchema = z.optional(z.string());

/** A mark beside a field: the page definition's field path, and what to change in the person's language. */
export const MarkSchema = z.object({ field: z.string(), severity: z.enum(['error', 'warn', 'info']), rules: z.array(z.string()), text: z.string() });
export type PageMark = z.infer<typeof MarkSchema>;

export const ContentRequestSchema = z.union([
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('detect'), lessons: LessonsSchema }),
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('read'), lessons: LessonsSchema, document: DocumentSchema }),
  /** One file of the fill to come, in a message of its own: a page's scans together could pass the browser's message size limit. */
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('stage'), batch: z.string(), key: z.string(), file: FileSchema, document: DocumentSchema }),
  /**
   * Fill with these values; their files were staged under `batch`. `highlight`: outline the fields
   * filled for a moment (a setting). `pin`: where the page is and which page the values are for —
   * nothing is written, and the fill stops, once the page shows another (FillPinSchema).
   */
  z.object({
    channel: z.literal(CONTENT_CHANNEL),
    type: z.literal('fill'),
    batch: z.string(),
    values: StagedFillValuesSchema,
    lessons: LessonsSchema,
    document: DocumentSchema,
    pin: z.optional(z.object({ location: z.string(), pageId: z.string() })),
    highlight: z.optional(z.boolean()),
  }),
  /** Show these marks beside the page's fields (the verdict on a reading the background asked for). */
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('marks'), marks: z.array(MarkSchema), document: DocumentSchema }),
  /** 定位: scroll to a field and focus it. */
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('locate'), field: z.string(), document: DocumentSchema }),
  /** A short message on the page itself, for the keyboard shortcut, which has no popup. */
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('toast'), text: z.string(), warning: z.boolean() }),
  /** Let the person show which control is this field: answers with the control as the engine reads it, or nothing when they cancel. */
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('pick'), path: z.string(), label: z.string(), pageId: z.string(), lessons: LessonsSchema }),
  /**
   * 指定 by showing how: watch the person set this field by hand, choosing the value's `parts`
   * (each with its wordings) as `shown` says them; answers with the field and the steps pressed.
   */
  z.object({
    channel: z.literal(CONTENT_CHANNEL),
    type: z.literal('demonstrate'),
    path: z.string(),
    label: z.string(),
    pageId: z.string(),
    parts: z.array(z.array(z.string())),
    shown: z.string(),
    lessons: LessonsSchema,
    document: DocumentSchema,
  }),
  /** The lists of websites the page shows (审核中网站, 已备案网站 …), as a person reads them. */
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('lists'), lessons: LessonsSchema }),
  /** Where this page lives on its host, for naming it. */
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('where') }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** What a page holds now: the read-back, with each field's caption as the page shows it. */
export const PageReadingSchema = z.object({ pageId: z.optional(z.string()), values: FillValuesSchema, captions: z.record(z.string(), z.string()) });
export type PageReading = z.infer<typeof PageReadingSchema>;

/**
 * The one thing a content script tells the background on its own: what its page holds now (after
 * the person or the page changed it). It asks for nothing of the book; the answer is the marks for
 * this page's own values, and what was taught on this host.
 */
export const PAGE_CHANNEL = 'beian-helper/page/v1';
export const PageStateSchema = z.object({
  channel: z.literal(PAGE_CHANNEL),
  document: z.string(),
  reading: PageReadingSchema,
  /** The person is at a submit button with errors on the page. */
  submitting: z.boolean(),
});
export type PageState = z.infer<typeof PageStateSchema>;

export const VerdictSchema = z.object({ marks: z.array(MarkSchema), lessons: LessonsSchema });
export type Verdict = z.infer<typeof VerdictSchema>;

/** The answer to a request meant for a document this one is not. */
export interface OtherDocument {
  otherDocument: true;
}

/** A control the person showed: how the engine reads it now, so it can find it again after a re-render. */
export interface PickedControl {
  host: string;
  pageId: string;
  caption: string;
  position: number;
  idHint?: string;
}

/** A field set by hand while the helper watched: the field as the engine reads it, and what was pressed. */
export interface DemonstratedControl extends PickedControl {
  steps: DemonstratedStep[];
}

/** The values to send in the fill request, and each file to send ahead in a message of its own. */
export function stageFiles(values: FillValues): { values: StagedFillValues; files: Map<string, FilePayload> } {
  const files = new Map<string, FilePayload>();
  const staged: StagedFillValues = {};
  for (const [path, value] of Object.entries(values)) {
    if (value.kind !== 'files') {
      staged[path] = value;
      continue;
    }
    staged[path] = {
      kind: 'files',
      files: value.files.map((file, index) => {
        const key = `${path}#${index}`;
        files.set(key, file);
        return { name: file.name, type: file.type, staged: key };
      }),
    };
  }
  return { values: staged, files };
}

/** The fill request's values with the files sent ahead put back; undefined when one did not arrive. */
export function unstageFiles(values: StagedFillValues, files: ReadonlyMap<string, FilePayload>): FillValues | undefined {
  const whole: FillValues = {};
  for (const [path, value] of Object.entries(values)) {
    if (value.kind !== 'files') {
      whole[path] = value;
      continue;
    }
    const payloads = value.files.map((file) => files.get(file.staged));
    if (payloads.some((payload) => payload === undefined)) return undefined;
    whole[path] = { kind: 'files', files: payloads as FilePayload[] };
  }
  return whole;
}
