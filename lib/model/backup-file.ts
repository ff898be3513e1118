import * as z from 'zod';

/** What a backup file holds, by kind: its end line says so, and its dry run shows it. */
export const BackupCountsSchema = z.object({ clients: z.number().int(), attachments: z.number().int(), mappings: z.number().int() });
export type BackupCounts = z.infer<typeof BackupCountsSchema>;

/** What is wrong with a line of a backup file: the line (1 is the header), the field when a schema says which, and why. */
export const BackupProblemSchema = z.object({ line: z.number().int(), field: z.string().optional(), message: z.string() });
export type BackupProblemData = z.infer<typeof BackupProblemSchema>;
