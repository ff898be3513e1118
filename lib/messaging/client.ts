import { browser } from 'wxt/browser';
import { AppError, type AppErrorData } from '../errors';
import { CHANNEL, protocol, type Envelope, type MessageType, type RequestOf, type ResponseOf } from './protocol';

type Reply = { ok: true; data: unknown } | { ok: false; error: AppErrorData };

/**
 * Asks the background. Resolves with the validated response or rejects with an AppError whose
 * code says what went wrong (invalid-request, invalid-profile, not-found, internal).
 */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope = { channel: CHANNEL, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply | undefined;
  if (!reply) throw new AppError('internal', `no reply to ${type}`);
  if (!reply.ok) throw AppError.fromData(reply.error);
  const parsed = protocol[type].response.safeParse(reply.data);
  if (!parsed.success) throw AppError.fromZod('internal', parsed.error);
  return parsed.data as ResponseOf<T>;
}
