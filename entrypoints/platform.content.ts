import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { ContentRequestSchema, unstageFiles, type ContentRequest, type OtherDocument, type PickedControl } from '@/lib/fill/content-protocol';
import { detectPage } from '@/lib/fill/detect';
import { fillDocument } from '@/lib/fill/engine';
import { pickControl } from '@/lib/fill/pick';
import { showToast } from '@/lib/fill/toast';
import { readDocument } from '@/lib/fill/read';
import type { FilePayload } from '@/lib/fill/values';
import { PLATFORM_HOSTS } from '@/lib/pages/hosts';
import { locationKey } from '@/lib/pages/location';

/**
 * On the platform's pages only. It does nothing until the background asks, on the person's
 * action: say which page this is, fill it with the values sent, read it back for the check, or
 * let the person show a control the helper could not find. It never asks the background for
 * anything. No React, no database.
 */
/**
 * This document's name, drawn when the script starts: a request meant for another document is
 * refused. (`crypto.randomUUID` is for secure contexts only; the classic platform is plain http.)
 */
const DOCUMENT = Array.from(crypto.getRandomValues(new Uint32Array(4)), (part) => part.toString(36)).join('-');
const OTHER: OtherDocument = { otherDocument: true };

/** The files sent ahead of the fill now being prepared; a new batch replaces an old one nobody filled with. */
let staged: { batch: string; files: Map<string, FilePayload> } = { batch: '', files: new Map() };

async function answer(request: ContentRequest): Promise<unknown> {
  if ((request.type === 'read' || request.type === 'stage' || request.type === 'fill') && request.document !== undefined && request.document !== DOCUMENT) return OTHER;
  switch (request.type) {
    case 'detect': {
      const page = detectPage(location, document, request.lessons);
      return { pageId: page?.id, pageTitle: page?.title, fillable: (page?.fields.length ?? 0) > 0 };
    }
    case 'read':
      return readDocument(document, location, request.lessons);
    case 'stage':
      if (staged.batch !== request.batch) staged = { batch: request.batch, files: new Map() };
      staged.files.set(request.key, request.file);
      return { staged: true };
    case 'fill': {
      const values = unstageFiles(request.values, staged.batch === request.batch ? staged.files : new Map());
      staged = { batch: '', files: new Map() };
      if (!values) throw new Error(`files of fill ${request.batch} did not all arrive`);
      return fillDocument(document, location, values, request.lessons);
    }
    case 'where':
      return { host: location.hostname, location: locationKey(location), document: DOCUMENT };
    case 'toast':
      showToast(document, request.text, request.warning);
      return null;
    case 'pick': {
      const picked = await pickControl(document, {
        prompt: i18n.t('pick.prompt', [request.label]),
        confirm: (caption) => i18n.t('pick.confirm', [caption, request.label]),
        ok: i18n.t('pick.ok'),
        again: i18n.t('pick.again'),
        cancel: i18n.t('pick.cancel'),
      });
      const reply: PickedControl | { cancelled: true } = picked ? { host: location.hostname, pageId: request.pageId, ...picked } : { cancelled: true };
      return reply;
    }
  }
}

export default defineContentScript({
  matches: PLATFORM_HOSTS,
  runAt: 'document_idle',
  main() {
    browser.runtime.onMessage.addListener(((message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return false;
      const request = ContentRequestSchema.safeParse(message);
      if (!request.success) return false;
      answer(request.data).then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
      return true;
    }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  },
});
