import * as z from 'zod';
import { DemonstrationSchema } from '../pages/demonstration';

/**
 * What a person taught the helper on a page it could not read by itself (指定): that a control
 * is a profile field, or that a page is one of the platform's pages. Kept by host, page and the
 * control's caption as the engine reads it — plus its place among controls with that caption —
 * so it survives re-renders and generated ids; an id or name is kept only as a hint.
 */
const text = z.string().trim();

export const TaughtFieldSchema = z.object({
  kind: z.literal('field'),
  id: z.string().min(1),
  host: text.min(1).max(253),
  pageId: text.min(1).max(64),
  /** The profile field: a page definition's path. */
  path: text.min(1).max(120),
  /** The caption as the engine reads it (empty for a control that shows none). */
  caption: text.max(120),
  /** Among the fields of that page with the same caption, which one, in page order. */
  position: z.number().int().nonnegative().max(99),
  /** The control's id or name when it was taught: a hint, never relied on. */
  idHint: text.max(200).optional(),
  /** How the person set it by hand (指定 by showing how), done again with each client's value. */
  steps: z.optional(DemonstrationSchema),
  createdAt: z.number().int(),
  lastUsedAt: z.number().int().optional(),
  /** Since when a fill on that page no longer finds the caption. */
  missingSince: z.number().int().optional(),
});
export type TaughtField = z.infer<typeof TaughtFieldSchema>;

export const TaughtPageSchema = z.object({
  kind: z.literal('page'),
  id: z.string().min(1),
  host: text.min(1).max(253),
  /** The path and #/ route without their query: where the page lives on that host. */
  location: text.min(1).max(500),
  pageId: text.min(1).max(64),
  createdAt: z.number().int(),
  lastUsedAt: z.number().int().optional(),
});
export type TaughtPage = z.infer<typeof TaughtPageSchema>;

export const MappingSchema = z.discriminatedUnion('kind', [TaughtFieldSchema, TaughtPageSchema]);
export type Mapping = z.infer<typeof MappingSchema>;

/** The file staff share what they taught in: versioned, so later versions can read older files. */
export const MappingFileSchema = z.object({
  format: z.literal('beian-helper/mappings'),
  version: z.literal(1),
  exportedAt: z.number().int(),
  mappings: z.array(MappingSchema).max(10_000),
});
export type MappingFile = z.infer<typeof MappingFileSchema>;
