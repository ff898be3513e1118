import * as z from 'zod';

/** The person's settings, kept in the extension's local storage (not in the book: a backup carries clients, not preferences). */
export const SettingsSchema = z.object({
  /** Outline the fields just filled for a moment, so the person sees what the helper wrote. */
  highlightFilled: z.boolean().default(true),
  /** An encrypted book locks itself after this many minutes without use of the helper; 0: never. */
  autoLockMinutes: z.number().int().min(0).max(24 * 60).default(15),
});
export type Settings = z.infer<typeof SettingsSchema>;
