import * as z from 'zod';
import { backupMessages } from '../api/backup/messages';
import { bookMessages } from '../api/book/messages';
import { importMessages } from '../api/import/messages';
import { lockMessages } from '../api/lock/messages';
import { mappingMessages } from '../api/mappings/messages';
import { quarantineMessages } from '../api/quarantine/messages';
import { rescueMessages } from '../api/rescue/messages';
import { tabMessages } from '../api/tab/messages';

/**
 * Every message between the extension's pages and the background: its request and response
 * schemas. Both ends validate against these, so a malformed message is a typed error, never a
 * half-applied write. Each area's messages sit in `lib/api/<area>/messages.ts`, beside its handlers.
 */
export const protocol = {
  ...lockMessages,
  ...bookMessages,
  ...rescueMessages,
  ...backupMessages,
  ...importMessages,
  ...quarantineMessages,
  ...tabMessages,
  ...mappingMessages,
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.input<(typeof protocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof protocol)[T]['response']>;

export const CHANNEL = 'beian-helper/v1';

export const EnvelopeSchema = z.object({
  channel: z.literal(CHANNEL),
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;
