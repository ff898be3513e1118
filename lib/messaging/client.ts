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

/**
 * A request sent ahead — as a page's script starts, beside the lock's question and before React's
 * first render — for the component that needs its answer first: one round trip less before the
 * page shows its list. The returned function gives that answer once; a failure (the book was
 * locked, say) is not kept: it asks again, and that answer, or failure, is the caller's. Every call
 * after the first asks again.
 */
export function askAhead<T extends MessageType>(type: T, payload: RequestOf<T>): () => Promise<ResponseOf<T>> {
  let ahead: Promise<{ answer: ResponseOf<T> } | { failed: true }> | undefined = send(type, payload).then(
    (answer) => ({ answer }),
    () => ({ failed: true as const }),
  );
  return async () => {
    const kept = ahead;
    ahead = undefined;
    const early = kept ? await kept : undefined;
    return early && 'answer' in early ? early.answer : send(type, payload);
  };
}
