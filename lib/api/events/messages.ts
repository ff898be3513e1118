import * as z from 'zod';
import { BookLockStatusSchema } from '../../model/book-lock';
import { TabReportSchema } from '../tab/messages';

/** What the background tells the extension's open pages (side panel, popup) without being asked: a tab's check changed. */
export const EVENTS_CHANNEL = 'beian-helper/events/v1';
export const TabEventSchema = z.object({ channel: z.literal(EVENTS_CHANNEL), report: TabReportSchema });
export type TabEvent = z.infer<typeof TabEventSchema>;

/** Told to the extension's open pages when the book locks or unlocks. */
export const LockEventSchema = z.object({ channel: z.literal(EVENTS_CHANNEL), lock: BookLockStatusSchema });
export type LockEvent = z.infer<typeof LockEventSchema>;
