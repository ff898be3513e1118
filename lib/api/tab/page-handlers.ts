import { AppError } from '../../errors';
import { CONTENT_CHANNEL } from '../../fill/content-protocol';
import type { PageStructure } from '../../fill/structure';
import type { Handlers } from '../../messaging/server';
import { askTab } from '../../tab/ask-tab';
import { checkFooter, type FooterReading } from '../../tab/footer-check';
import type { TabContext } from './context';

export type PageHandlers = Pick<Handlers, 'exportPageStructure' | 'detectTab' | 'locateField' | 'checkFooter'>;

export interface PageReaders {
  /** Reads the footer of the page a tab shows (any site, on the person's click). */
  readFooter: (tabId: number) => Promise<FooterReading>;
  /** Reads the structure of the platform page a tab shows, with only its public words (on the person's click). */
  readStructure: (tabId: number) => Promise<PageStructure>;
}

/** What a tab shows: which page it is, a field of it brought into view, its structure, and the footer of the person's own site. */
export function pageHandlers({ repository, sendToTab, choices, place }: TabContext, { readFooter, readStructure }: PageReaders): PageHandlers {
  return {
    exportPageStructure: async ({ tabId }) => {
      const here = await place(tabId);
      if (!here) throw new AppError('not-found', `tab ${tabId} shows no platform page`);
      const detected = await askTab<{ pageId?: string }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'detect', lessons: here.lessons });
      const structure = await readStructure(tabId);
      return { format: 'beian-helper/page-structure', version: 1, host: here.host, ...structure, ...(detected?.pageId ? { pageId: detected.pageId } : {}), exportedAt: Date.now() };
    },
    detectTab: async ({ tabId }) => {
      const here = await place(tabId);
      const page = here && (await askTab<{ pageId?: string; pageTitle?: string; fillable?: boolean }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'detect', lessons: here.lessons }));
      const choice = await choices.get(tabId);
      return { ...(page ?? {}), ...(here ? { platform: true, document: here.document, location: here.location } : {}), ...(choice ? { choice } : {}) };
    },
    locateField: async ({ tabId, field }) => {
      const reply = await askTab<{ located: boolean } | { error: string }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'locate', field });
      if (reply && 'error' in reply) throw new AppError('internal', reply.error);
      return { located: reply?.located ?? false };
    },
    checkFooter: async ({ tabId }) => {
      const reading = await readFooter(tabId);
      return { host: reading.host, ...checkFooter(reading, await repository.allClients()) };
    },
  };
}
