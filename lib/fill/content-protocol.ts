import * as z from 'zod/mini';
import { FillValuesSchema } from './values';

/** What the background asks the content script, validated with zod/mini to keep the script small. */
export const CONTENT_CHANNEL = 'beian-helper/content/v1';

export const ContentRequestSchema = z.union([
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('detect') }),
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('read') }),
  z.object({ channel: z.literal(CONTENT_CHANNEL), type: z.literal('fill'), values: FillValuesSchema }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;
