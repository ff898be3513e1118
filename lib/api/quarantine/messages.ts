import * as z from 'zod';

const id = z.string().min(1);

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

export const quarantineMessages = {
  listQuarantine: {
    request: z.object({}),
    response: z.array(QuarantineSummarySchema),
  },
  discardQuarantined: {
    request: z.object({ id }),
    response: z.null(),
  },
} as const;
