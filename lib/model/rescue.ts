import * as z from 'zod';

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
