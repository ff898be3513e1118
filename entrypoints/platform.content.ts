import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import {
  ContentRequestSchema,
  PAGE_CHANNEL,
  VerdictSchema,
  unstageFiles,
  type ContentRequest,
  type DemonstratedControl,
  type OtherDocument,
  type PageState,
  type PickedControl,
} from '@/lib/fill/content-protocol';
import { detectPage } from '@/lib/fill/detect';
import { fillDocument } from '@/lib/fill/engine';
import { formPlace } from '@/lib/fill/frames';
import { readWebsiteLists } from '@/lib/fill/lists';
import { LiveCheck } from '@/lib/fill/live';
import { pickControl } from '@/lib/fill/pick';
import { fieldToShow, recordDemonstration } from '@/lib/fill/record';
import { showToast } from '@/lib/fill/toast';
import { readDocument, readPage } from '@/lib/fill/read';
import type { FilePayload } from '@/lib/fill/values';
import { PLATFORM_HOSTS } from '@/lib/pages/hosts';
import { locationKey } from '@/lib/pages/location';
import { TEST_FILL_CHANNEL } from '@/lib/test-hook';

/**
 * On the platform's pages only. It checks the page live: a moment after each change it reads the
 * page and tells the background what it holds, and shows the marks the background answers with.
 * Everything else waits for the background to ask, on the person's action: say which page this
 * is, fill it with the values sent, read it back, go to a field (定位), or let the person show a
 * control the helper could not find. It never asks for anything of the book. No React, no database.
 */
/**
 * This document's name, drawn when the script starts: a request meant for another document is
 * refused. (`crypto.randomUUID` is for secure contexts only; the classic platform is plain http.)
 */
const DOCUMENT = Array.from(crypto.getRandomValues(new Uint32Array(4)), (part) => part.toString(36)).join('-');
const OTHER: OtherDocument = { otherDocument: true };

/** The files sent ahead of the fill now being prepared; a new batch replaces an old one nobody filled with. */
let staged: { batch: string; files: Map<string, FilePayload> } = { batch: '', files: new Map() };

const live = new LiveCheck(document, location, async (reading, submitting) => {
  const state: PageState = { channel: PAGE_CHANNEL, document: DOCUMENT, reading, submitting };
  try {
    const verdict = VerdictSchema.safeParse(await browser.runtime.sendMessage(state));
    return verdict.success ? verdict.data : undefined;
  } catch (error) {
    // The background is restarting or the extension was updated: the next change asks again.
    console.warn('beian-helper: the live check got no answer', error);
    return undefined;
  }
});

async function answer(request: ContentRequest): Promise<unknown> {
  if ('document' in request && request.document !== undefined && request.document !== DOCUMENT) return OTHER;
  switch (request.type) {
    case 'detect': {
      const here = formPlace(document, location, request.lessons);
      const page = detectPage(here.location, here.document, request.lessons);
      return { pageId: page?.id, pageTitle: page?.title, fillable: (page?.fields.length ?? 0) > 0, lists: readWebsiteLists(here.document).length };
    }
    case 'lists': {
      const here = formPlace(document, location, request.lessons);
      return { pageId: detectPage(here.location, here.document, request.lessons)?.id, lists: readWebsiteLists(here.document) };
    }
    case 'read': {
      live.lessons = request.lessons;
      const here = formPlace(document, location, request.lessons);
      return readDocument(here.document, here.location, request.lessons);
    }
    case 'stage':
      if (staged.batch !== request.batch) staged = { batch: request.batch, files: new Map() };
      staged.files.set(request.key, request.file);
      return { staged: true };
    case 'fill': {
      const values = unstageFiles(request.values, staged.batch === request.batch ? staged.files : new Map());
      staged = { batch: '', files: new Map() };
      if (!values) throw new Error(`files of fill ${request.batch} did not all arrive`);
      const here = formPlace(document, location, request.lessons);
      const report = await live.pausedFor(() => fillDocument(here.document, here.location, values, { lessons: request.lessons, ...(request.pin ? { pin: request.pin } : {}) }));
      if ('otherDocument' in report) return report;
      if (request.highlight) {
        const { controls } = readPage(here.document, here.location, request.lessons);
        for (const entry of report.entries) if (entry.status === 'filled' && controls.get(entry.path)) live.marks.flash(controls.get(entry.path)!, 'filled');
      }
      return report;
    }
    case 'marks':
      live.show(request.marks);
      return null;
    case 'locate':
      return { located: live.locate(request.field) };
    case 'where':
      // A form in a frame is where the frame is: another address in the frame is another page.
      return { host: location.hostname, location: locationKey(formPlace(document, location).location), document: DOCUMENT };
    case 'toast':
      showToast(document, request.text, request.warning);
      return null;
    case 'pick': {
      const picked = await live.pausedFor(() => pickControl(formPlace(document, location, request.lessons).document, {
        prompt: i18n.t('pick.prompt', [request.label]),
        confirm: (caption) => i18n.t('pick.confirm', [caption, request.label]),
        ok: i18n.t('pick.ok'),
        again: i18n.t('pick.again'),
        cancel: i18n.t('pick.cancel'),
      }));
      const reply: PickedControl | { cancelled: true } = picked ? { host: location.hostname, pageId: request.pageId, ...picked } : { cancelled: true };
      return reply;
    }
    case 'demonstrate': {
      const here = formPlace(document, location, request.lessons);
      const target = fieldToShow(here.document, here.location, request.lessons, request.pageId, request.path, request.parts);
      if (!target) return { notFound: true };
      const steps = await live.pausedFor(() =>
        recordDemonstration(here.document, target, request.parts, {
          prompt: i18n.t('record.prompt', [request.label, request.shown]),
          other: (pressed) => i18n.t('record.other', [pressed || '—', request.shown]),
          incomplete: i18n.t('record.incomplete', [request.shown]),
          tooLong: i18n.t('record.tooLong'),
          ok: i18n.t('record.ok'),
          cancel: i18n.t('record.cancel'),
        }),
      );
      const reply: DemonstratedControl | { cancelled: true } = steps ? { host: location.hostname, pageId: request.pageId, caption: target.field.label, position: target.position, steps } : { cancelled: true };
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
    live.start();
    if (import.meta.env.MODE === 'test') {
      window.addEventListener('message', (event) => {
        const data = event.data as { channel?: string; clientId?: string } | undefined;
        if (event.source === window && data?.channel === TEST_FILL_CHANNEL && data.clientId) void browser.runtime.sendMessage({ channel: TEST_FILL_CHANNEL, clientId: data.clientId });
      });
    }
  },
});
