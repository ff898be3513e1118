import { browser, type Browser } from 'wxt/browser';
import { AppError } from '../errors';
import { EnvelopeSchema, protocol, type MessageType, type RequestOf, type ResponseOf } from './protocol';

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>) => Promise<ResponseOf<T>>;
};

function errorData(error: unknown) {
  return AppError.from(error).toData();
}

/**
 * Only the extension's own pages (popup, options) may use the book. A content script runs in the
 * platform's page — a page that could be compromised — and never asks for anything: its messages
 * carry that page's URL, and get no answer.
 */
export function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Answers the protocol's messages. Messages from outside this extension's own pages, or not on
 * our channel, get no answer at all; a request that fails its schema is answered with
 * `invalid-request`. `before` runs first for each message (the book's lock: its idle time starts again).
 * The reply goes through `sendResponse` (with `return true`), which Chrome, Firefox and WXT's
 * fake browser all honour.
 */
export function serveMessages(handlers: Handlers, before: (type: MessageType) => Promise<void> = async () => undefined): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (!fromOwnPage(sender)) return false;
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return false;
    const { type, payload } = envelope.data;
    const request = protocol[type].request.safeParse(payload);
    if (!request.success) {
      sendResponse({ ok: false, error: AppError.fromZod('invalid-request', request.error).toData() });
      return false;
    }
    const handler = handlers[type] as (payload: unknown) => Promise<unknown>;
    before(type)
      .then(() => handler(request.data))
      .then(
        (data) => sendResponse({ ok: true, data }),
        (error: unknown) => sendResponse({ ok: false, error: errorData(error) }),
      );
    return true;
  };
  // The polyfill's types want a Promise-returning listener; sendResponse + true is the portable form.
  const untyped = listener as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(untyped);
  return () => browser.runtime.onMessage.removeListener(untyped);
}
