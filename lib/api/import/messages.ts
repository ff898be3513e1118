import * as z from 'zod';
import { LocalTextSchema } from '../book/messages';

const id = z.string().min(1);

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

/** A spreadsheet imported into the book: its rows read, judged as a dry run, then stored all at once. */
export const importMessages = {
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
} as const;
