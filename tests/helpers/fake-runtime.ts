import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Delivers a message to the background's listeners the way Chrome does: with a sender and a
 * `sendResponse` callback (WXT's fake browser passes neither). Resolves with the reply, or with
 * undefined when every listener declined to answer.
 */
export function deliver(message: unknown, sender: { id?: string; url?: string } = ownPage()): Promise<unknown> {
  return new Promise((resolve) => {
    let pending = false;
    // The fake's trigger is typed (message, sender); Chrome also passes sendResponse.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    void trigger(message, sender, (reply: unknown) => resolve(reply))
      .then((results: unknown[]) => {
        pending = results.some((result) => result === true);
        if (!pending) setTimeout(() => resolve(undefined), 0);
      });
  });
}

/** The sender Chrome gives a message from the extension's popup. */
export function ownPage(): { id: string; url: string } {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
}

/** Routes `browser.runtime.sendMessage` through `deliver`, as from one of our own pages. */
export function connectPagesToBackground(): void {
  fakeBrowser.runtime.sendMessage = ((message: unknown) => deliver(message)) as typeof fakeBrowser.runtime.sendMessage;
}
