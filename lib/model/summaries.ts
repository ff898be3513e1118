import * as z from 'zod';
import { FILING_STATUSES, codesOf } from './codes';
import { SubjectNatureSchema } from './profile';

const id = z.string().min(1);

/** A client as the book's lists show it: enough to find and tell apart, without opening the whole profile. */
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
