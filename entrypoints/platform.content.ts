import { browser } from 'wxt/browser';
import { ContentRequestSchema } from '@/lib/fill/content-protocol';
import { detectPage } from '@/lib/fill/detect';
import { fillDocument } from '@/lib/fill/engine';
import { readDocument } from '@/lib/fill/read';
import { PLATFORM_HOSTS } from '@/lib/pages/hosts';

/**
 * On the platform's pages only. It does nothing until the background asks, on the person's
 * action: say which page this is, fill it with the values sent, or read it back for the check.
 * No React, no database.
 */
export default defineContentScript({
  matches: PLATFORM_HOSTS,
  runAt: 'document_idle',
  main() {
    browser.runtime.onMessage.addListener(((message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return false;
      const request = ContentRequestSchema.safeParse(message);
      if (!request.success) return false;
      if (request.data.type === 'detect') {
        const page = detectPage(location, document);
        sendResponse({ pageId: page?.id, pageTitle: page?.title, fillable: (page?.fields.length ?? 0) > 0 });
        return false;
      }
      if (request.data.type === 'read') {
        sendResponse(readDocument(document, location));
        return false;
      }
      fillDocument(document, location, request.data.values).then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
      return true;
    }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  },
});
