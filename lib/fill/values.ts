import * as z from 'zod/mini';

/**
 * The values a content script fills, in the platform's terms (labels, not codes), keyed by the
 * page definitions' paths, and the report it gives back. Built by the background from a client
 * (lib/tab/codec.ts) and sent on a user action; validated here with zod/mini so the content
 * script stays small.
 */
export const FileSchema = z.object({ name: z.string(), type: z.string(), base64: z.string() });
export type FilePayload = z.infer<typeof FileSchema>;

/** A file sent ahead of the fill in a message of its own, named here by its key. */
export const StagedFileSchema = z.object({ name: z.string(), type: z.string(), staged: z.string() });
export type StagedFile = z.infer<typeof StagedFileSchema>;

/** The values, with files as they travel: inline (to the engine) or staged (in the fill request). */
function fillValueSchema<File extends z.ZodMiniType>(file: File) {
  return z.union([
    z.object({ kind: z.literal('text'), text: z.string() }),
    /** One option, in any of the wordings the platform may use for it. */
    z.object({ kind: z.literal('choice'), options: z.array(z.string()) }),
    z.object({ kind: z.literal('multi-choice'), options: z.array(z.array(z.string())) }),
    z.object({ kind: z.literal('rows'), rows: z.array(z.string()) }),
    z.object({ kind: z.literal('region'), names: z.array(z.string()), codes: z.array(z.string()) }),
    z.object({ kind: z.literal('files'), files: z.array(file) }),
    z.object({ kind: z.literal('provider'), scope: z.string(), region: z.string(), name: z.string() }),
    z.object({ kind: z.literal('flag'), on: z.boolean() }),
  ]);
}

export const FillValueSchema = fillValueSchema(FileSchema);
export type FillValue = z.infer<typeof FillValueSchema>;

export const FillValuesSchema = z.record(z.string(), FillValueSchema);
export type FillValues = z.infer<typeof FillValuesSchema>;

export const StagedFillValuesSchema = z.record(z.string(), fillValueSchema(StagedFileSchema));
export type StagedFillValues = z.infer<typeof StagedFillValuesSchema>;

/** The words a page may show for 是 and for 否 in a yes/no question. */
export const YES_WORDS = ['是', '有', '交互式'];
export const NO_WORDS = ['否', '无', '非交互式'];

/**
 * How long a whole fill may take. Each wait is bounded (5 s), but a page where every list stalls
 * would add them up: past this the remaining fields are reported, not tried, and the person
 * gets the page back.
 */
export const FILL_DEADLINE_MS = 60_000;

/** The engine stops itself at FILL_DEADLINE_MS: a page that has not answered some time after that is stuck. */
export const FILL_ANSWER_MS = FILL_DEADLINE_MS + 30_000;

export type FillStatus = 'filled' | 'already' | 'not-in-profile' | 'not-found' | 'failed';

/** Why a field could not be filled; the UI says it as a sentence in the person's language. */
export const FAILURE_CODES = [
  'no-control',
  'no-option',
  'no-list',
  'not-shown',
  'redrawn',
  'no-add-button',
  'no-other-input',
  'no-name-field',
  'refused',
  'doubtful',
  'timeout',
  'out-of-time',
  'unexpected',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export interface FailureReason {
  code: FailureCode;
  /** What the helper looked for or tried to choose. */
  wanted?: string;
  /** What the page offered instead (a list's options). */
  seen?: string[];
}

export interface FillReportEntry {
  path: string;
  /** The caption as the page shows it, or the platform's wording when the field was not found. */
  label: string;
  status: FillStatus;
  reason?: FailureReason;
  /** How the engine read the field's caption (form-item, table-left, placeholder …), when it found the field. */
  via?: string;
  /** Found where the person showed it (指定), not by its caption. */
  taught?: boolean;
  /** Failed, and its value is chosen by pressing: the person can set it by hand once for the helper to do the same (指定 by showing how). */
  showable?: boolean;
}

export interface FillReport {
  /** The page detected; absent when this is not a platform page with a definition. */
  pageId?: string;
  pageTitle?: string;
  entries: FillReportEntry[];
  /** Milliseconds spent by the engine itself: without waiting for the page, and without the page's own handlers of the events it dispatched. */
  workMs: number;
  /** Milliseconds from the request to the report, the page's time included (what the person waits). */
  totalMs?: number;
  /** The fill stopped before its end: the page moved on (another route or page) while it was being filled. */
  stopped?: 'page-changed';
  /** What the person taught that applied here, and what no longer finds its control. */
  lessons?: { used: string[]; missing: string[] };
  /** Nothing was filled: the page already holds someone else's identity (the background's check). */
  conflict?: {
    fields: { path: string; label: string; onPage: string }[];
    owner?: { clientId: string; displayName: string };
  };
}

/**
 * The parts of a value a person chooses one after another, each with its wordings: a choice is
 * one; a place its province, city and district; a provider its scope, region and name; several
 * choices one part each. Nothing for what is typed or uploaded.
 */
export function valueParts(value: FillValue): string[][] | undefined {
  switch (value.kind) {
    case 'choice':
      return value.options.length ? [[...value.options]] : undefined;
    case 'multi-choice':
      return value.options.length ? value.options.map((wordings) => [...wordings]) : undefined;
    case 'region': {
      const names = value.names.filter(Boolean);
      return names.length ? names.map((name) => [name]) : undefined;
    }
    case 'provider':
      return [value.scope, value.region, value.name].filter(Boolean).map((part) => [part]);
    default:
      return undefined;
  }
}
