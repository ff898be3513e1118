import * as z from 'zod';

/** Whether the book is encrypted, and locked; while unlocked with an idle time, when it locks itself. */
export const BookLockStatusSchema = z.object({ encrypted: z.boolean(), locked: z.boolean(), lockAt: z.number().optional() });
export type BookLockStatus = z.infer<typeof BookLockStatusSchema>;

/** The shortest new passphrase taken for a book of ID numbers (the settings say so before the background is asked). */
export const MIN_PASSPHRASE_LENGTH = 8;
