import * as z from 'zod';
import { BookLockStatusSchema } from '../../model/book-lock';

/** A passphrase as typed: not trimmed (a space is a character of it), bounded so a pasted book is not hashed. */
export const PassphraseSchema = z.string().min(1).max(1024);

/** The book's encryption and lock: each answer is the lock's status after it. */
export const lockMessages = {
  lockStatus: {
    request: z.object({}),
    response: BookLockStatusSchema,
  },
  encryptBook: {
    request: z.object({ passphrase: PassphraseSchema }),
    response: BookLockStatusSchema,
  },
  unlockBook: {
    request: z.object({ passphrase: PassphraseSchema }),
    response: BookLockStatusSchema,
  },
  lockBook: {
    request: z.object({}),
    response: BookLockStatusSchema,
  },
  changePassphrase: {
    request: z.object({ current: PassphraseSchema, next: PassphraseSchema }),
    response: BookLockStatusSchema,
  },
  decryptBook: {
    request: z.object({ passphrase: PassphraseSchema }),
    response: BookLockStatusSchema,
  },
} as const;
