import { AppError } from '../../errors';
import { CONTENT_CHANNEL, stageFiles, type OtherDocument } from '../../fill/content-protocol';
import type { FillReport, FillValues } from '../../fill/values';
import type { Handlers } from '../../messaging/server';
import { blobToBase64 } from '../../model/base64';
import { pageById } from '../../pages';
import { askTab, within } from '../../tab/ask-tab';
import { encodeClient } from '../../tab/codec';
import { identityConflict } from '../../tab/identity';
import type { TabChoice } from '../../tab/tab-store';
import type { TabContext } from './context';
import type { PagePin, ShortcutOutcome } from './messages';

export interface FillOptions {
  /** Whether the fields just filled are outlined for a moment (a setting). */
  highlightFilled: () => Promise<boolean>;
  fillAnswerMs: number;
}

/** Filling a tab with a client: on the person's action (the popup's 填写), or with the client last chosen for it (the shortcut). */
export function fillHandlers({ repository, mappings, sendToTab, choices, place }: TabContext, { highlightFilled, fillAnswerMs }: FillOptions) {
  /** Tabs being filled now: a second fill of the same tab (the shortcut twice, shortcut and popup) is refused. */
  const filling = new Set<number>();

  /**
   * `seen`: the page the person saw detected (the popup's), when there is one: a tab that has
   * moved on since — another document, another route, another page at the same place — is not
   * filled, even with the next page's values. Without one (the shortcut), the fill is pinned to
   * the page as it is read here.
   */
  const fill = async (tabId: number, choice: TabChoice, overwrite: boolean, seen?: PagePin): Promise<FillReport> => {
    if (filling.has(tabId)) throw new AppError('busy', `tab ${tabId} is being filled`);
    filling.add(tabId);
    try {
      const client = await repository.getClient(choice.clientId);
      const website = client.websites.find((candidate) => candidate.id === choice.websiteId) ?? client.websites[0];
      await choices.set(tabId, { clientId: client.id, ...(website ? { websiteId: website.id } : {}) });
      const here = await place(tabId);
      if (!here) return { entries: [], workMs: 0 };
      if (seen && (here.document !== seen.document || here.location !== seen.location)) throw new AppError('page-changed', `tab ${tabId}`);
      // What the page holds now, read from the document just seen: is it someone else's filing?
      const onPage = await askTab<{ pageId?: string; values: FillValues } | OtherDocument>(sendToTab, tabId, {
        channel: CONTENT_CHANNEL,
        type: 'read',
        lessons: here.lessons,
        document: here.document,
      });
      if (onPage && 'otherDocument' in onPage) throw new AppError('page-changed', `tab ${tabId}`);
      const page = pageById(onPage?.pageId);
      if (seen?.pageId !== undefined && onPage?.pageId !== seen.pageId) throw new AppError('page-changed', `tab ${tabId}`);
      if (!onPage || !page) return { entries: [], workMs: 0 };
      const conflict = overwrite ? undefined : identityConflict(page.id, onPage.values, client, website, await repository.allClients());
      if (conflict) return { pageId: page.id, pageTitle: page.title, entries: [], workMs: 0, conflict };
      // Only this page's values, and only its scans, go to the page.
      const values = await encodeClient(
        client,
        website,
        async (ref) => {
          const { blob } = await repository.getAttachment(ref.id);
          return { name: ref.name, type: ref.type, base64: await blobToBase64(blob) };
        },
        page.id,
      );
      // Each scan in a message of its own, so no message nears the browser's size limit however many scans the page takes.
      const batch = crypto.randomUUID();
      const { values: staged, files } = stageFiles(values);
      for (const [key, file] of files) {
        const stagedReply = await askTab<{ staged: true } | OtherDocument | { error: string }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'stage', batch, key, file, document: here.document });
        if (!stagedReply) return { entries: [], workMs: 0 };
        if ('otherDocument' in stagedReply) throw new AppError('page-changed', `tab ${tabId}`);
        if ('error' in stagedReply) throw new AppError('internal', stagedReply.error);
      }
      const reply = await within(
        askTab<FillReport | OtherDocument | { error: string }>(sendToTab, tabId, {
          channel: CONTENT_CHANNEL,
          type: 'fill',
          batch,
          values: staged,
          lessons: here.lessons,
          document: here.document,
          pin: { location: here.location, pageId: page.id },
          highlight: await highlightFilled(),
        }),
        fillAnswerMs,
        tabId,
      );
      if (!reply) return { entries: [], workMs: 0 };
      if ('otherDocument' in reply) throw new AppError('page-changed', `tab ${tabId}`);
      if ('error' in reply) throw new AppError('internal', reply.error);
      if (reply.lessons) await mappings.recordUse(reply.lessons.used, reply.lessons.missing);
      return reply;
    } finally {
      filling.delete(tabId);
    }
  };

  /** The keyboard shortcut: fill the tab with the client last chosen for it — never over another client's values. */
  const fillWithLastChoice = async (tabId: number): Promise<ShortcutOutcome> => {
    const choice = await choices.get(tabId);
    if (!choice) return { kind: 'no-choice' };
    try {
      const client = await repository.getClient(choice.clientId);
      const report = await fill(tabId, choice, false);
      if (report.conflict) {
        const owner = report.conflict.owner?.displayName ?? report.conflict.fields.map((field) => `${field.label} ${field.onPage}`).join('、');
        return { kind: 'conflict', client: client.displayName, owner };
      }
      if (!report.pageId) return { kind: 'no-page' };
      return { kind: 'filled', client: client.displayName, count: report.entries.filter((entry) => entry.status === 'filled').length };
    } catch (error) {
      return { kind: 'failed', error: AppError.from(error) };
    }
  };

  const handlers: Pick<Handlers, 'fillTab'> = {
    fillTab: ({ tabId, clientId, websiteId, overwrite, pin }) => fill(tabId, { clientId, ...(websiteId ? { websiteId } : {}) }, overwrite === true, pin),
  };
  return { handlers, fillWithLastChoice };
}
