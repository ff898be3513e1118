import { AppError } from '../../errors';
import { CONTENT_CHANNEL, type OtherDocument, type PageReading } from '../../fill/content-protocol';
import type { WebsiteList } from '../../fill/lists';
import type { Handlers } from '../../messaging/server';
import { pageById } from '../../pages';
import { askTab } from '../../tab/ask-tab';
import { captureInto, captureRows, showsWebsite, websiteOnPage } from '../../tab/capture';
import { clientsWithListedFilings, listCaptureRows, listedWebsites } from '../../tab/lists';
import type { TabContext } from './context';

export type CaptureHandlers = Pick<Handlers, 'previewCapture' | 'applyCapture' | 'previewListCapture' | 'applyListCapture'>;

/** What a page shows, taken into the book on the person's word: a form's fields into a client, a list's filings into the websites it names. */
export function captureHandlers({ repository, sendToTab, choices, place }: TabContext): CaptureHandlers {
  /** What a tab's page holds now, from the document named (or whichever it shows); refused when the tab shows another. */
  const readTab = async (tabId: number, document?: string) => {
    const here = await place(tabId);
    if (!here) throw new AppError('not-found', `tab ${tabId}`);
    if (document !== undefined && here.document !== document) throw new AppError('page-edited', `tab ${tabId}`);
    const reading = await askTab<PageReading | OtherDocument>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'read', lessons: here.lessons, document: here.document });
    if (!reading || 'otherDocument' in reading || !reading.pageId) throw new AppError('page-edited', `tab ${tabId}`);
    return { reading, document: here.document };
  };

  /** The websites the tab's lists show now, each beside the book's. */
  const listRows = async (tabId: number) => {
    const here = await place(tabId);
    if (!here) throw new AppError('not-found', `tab ${tabId}`);
    const reply = await askTab<{ pageId?: string; lists: WebsiteList[] }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'lists', lessons: here.lessons });
    if (!reply) throw new AppError('not-found', `tab ${tabId}`);
    const book = await repository.allClients();
    return { pageId: reply.pageId, book, rows: listCaptureRows(listedWebsites(reply.lists, reply.pageId), book) };
  };

  return {
    previewCapture: async ({ tabId, clientId, websiteId, newWebsite }) => {
      const { reading, document } = await readTab(tabId);
      const client = clientId ? await repository.getClient(clientId) : undefined;
      const choice = await choices.get(tabId);
      const website =
        client && !newWebsite
          ? (client.websites.find((candidate) => candidate.id === websiteId) ??
            websiteOnPage(reading, client) ??
            (choice?.clientId === client.id ? client.websites.find((candidate) => candidate.id === choice.websiteId) : undefined))
          : undefined;
      const page = pageById(reading.pageId);
      return {
        ...(page ? { pageId: page.id, pageTitle: page.title } : {}),
        document,
        showsWebsite: showsWebsite(reading),
        ...(website ? { websiteId: website.id } : {}),
        rows: await captureRows(reading, client, website),
      };
    },
    applyCapture: async ({ tabId, clientId, websiteId, fields, seen, document }) => {
      const { reading } = await readTab(tabId, document);
      const client = clientId ? await repository.getClient(clientId) : undefined;
      const rows = await captureRows(reading, client, client?.websites.find((candidate) => candidate.id === websiteId));
      // What is saved is what the person compared: a value changed on the page since is not taken unseen.
      if (fields.some((field) => rows.find((row) => row.field === field)?.onPage !== seen[field])) throw new AppError('page-edited', `tab ${tabId}`);
      return repository.saveClient(captureInto(reading, client, websiteId, new Set(fields)));
    },
    previewListCapture: async ({ tabId }) => {
      const { pageId, rows } = await listRows(tabId);
      const page = pageById(pageId);
      return { ...(page ? { pageTitle: page.title } : {}), rows };
    },
    applyListCapture: async ({ tabId, keys }) => {
      // Taken from the lists as the page shows them now: a row that changed since the person looked is taken as it is now, and only if it still differs from the book.
      const { book, rows } = await listRows(tabId);
      const clients = clientsWithListedFilings(rows, new Set(keys), book);
      await repository.saveClients(clients);
      return { updated: rows.filter((row) => keys.includes(row.key) && row.match && row.changed).length };
    },
  };
}
