import { AppError } from '../errors';
import type { ContentRequest } from '../fill/content-protocol';

export type SendToTab = (tabId: number, request: ContentRequest) => Promise<unknown>;

/** A tab where no content script answers (not a platform page, or opened before the extension was) is not a page the helper knows. */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

export async function askTab<T>(sendToTab: SendToTab, tabId: number, request: ContentRequest): Promise<T | undefined> {
  try {
    return (await sendToTab(tabId, request)) as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (NO_RECEIVER.test(message)) return undefined;
    throw new AppError('internal', message);
  }
}

/** The reply, or a timeout error once `ms` have passed without one. */
export function within<T>(reply: Promise<T>, ms: number, tabId: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AppError('no-answer', `tab ${tabId}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([reply, late]).finally(() => clearTimeout(timer));
}
