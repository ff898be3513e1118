import { AppError } from '../errors';
import { blobToBase64 } from '../messaging/base64';
import type { Handlers } from '../messaging/server';
import type { ProfileRepository } from '../store/repository';
import { CONTENT_CHANNEL, type ContentRequest } from '../fill/content-protocol';
import type { FillReport, FillValues } from '../fill/values';
import { checkProfile, type PageKind } from '../rules';
import { decodePage, encodeClient } from './codec';

/** Which rules apply to a page: the rule engine judges a page by what it is for. */
export const PAGE_KINDS: Record<string, PageKind> = {
  subject: 'subject',
  'website-basic': 'website',
  'website-people': 'people',
  'website-agreement': 'agreement',
  unfiled: 'unfiled',
  claim: 'claim',
  change: 'change',
  cancel: 'cancel',
  filed: 'filed',
};

export type SendToTab = (tabId: number, request: ContentRequest) => Promise<unknown>;

export interface TabChoice {
  clientId: string;
  websiteId?: string;
}

/** Where the last choice per tab is kept: the browser's session storage, which outlives the background's sleep. */
export interface ChoiceStore {
  get(tabId: number): Promise<TabChoice | undefined>;
  set(tabId: number, choice: TabChoice): Promise<void>;
}

/** A tab where no content script answers (not a platform page, or opened before the extension was) is not a page the helper knows. */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

async function askTab<T>(sendToTab: SendToTab, tabId: number, request: ContentRequest): Promise<T | undefined> {
  try {
    return (await sendToTab(tabId, request)) as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (NO_RECEIVER.test(message)) return undefined;
    throw new AppError('internal', message);
  }
}

export function memoryChoiceStore(): ChoiceStore {
  const choices = new Map<number, TabChoice>();
  return {
    get: async (tabId) => choices.get(tabId),
    set: async (tabId, choice) => {
      choices.set(tabId, choice);
    },
  };
}

/**
 * The background's side of filling: it reads the chosen client, turns it into fill values and
 * sends only those to the tab's content script, on the person's action. It remembers the last
 * choice per tab, for the keyboard shortcut and for the popup's next opening.
 */
export function tabHandlers(repository: ProfileRepository, sendToTab: SendToTab, choices: ChoiceStore = memoryChoiceStore()) {

  const fill = async (tabId: number, choice: TabChoice): Promise<FillReport> => {
    const client = await repository.getClient(choice.clientId);
    const website = client.websites.find((candidate) => candidate.id === choice.websiteId) ?? client.websites[0];
    const values = await encodeClient(client, website, async (ref) => {
      const { blob } = await repository.getAttachment(ref.id);
      return { name: ref.name, type: ref.type, base64: await blobToBase64(blob) };
    });
    await choices.set(tabId, { clientId: client.id, ...(website ? { websiteId: website.id } : {}) });
    const reply = await askTab<FillReport | { error: string }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'fill', values });
    if (!reply) return { entries: [], workMs: 0 };
    if ('error' in reply) throw new AppError('internal', reply.error);
    return reply;
  };

  const handlers: Pick<Handlers, 'detectTab' | 'fillTab' | 'checkTab'> = {
    detectTab: async ({ tabId }) => {
      const page = await askTab<{ pageId?: string; pageTitle?: string; fillable?: boolean }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'detect' });
      const choice = await choices.get(tabId);
      return { ...(page ?? {}), ...(choice ? { choice } : {}) };
    },
    fillTab: ({ tabId, clientId, websiteId }) => fill(tabId, { clientId, ...(websiteId ? { websiteId } : {}) }),
    checkTab: async ({ tabId }) => {
      const page = await askTab<{ pageId?: string; values: FillValues }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'read' });
      if (!page?.pageId) return { findings: [] };
      const choice = await choices.get(tabId);
      const book = await repository.allClients();
      const saved = choice ? book.find((client) => client.id === choice.clientId) : undefined;
      const findings = checkProfile(decodePage(page.pageId, page.values), {
        ...(PAGE_KINDS[page.pageId] ? { page: PAGE_KINDS[page.pageId] } : {}),
        ...(saved ? { subject: saved.subject, clientId: saved.id } : {}),
        book,
      });
      return { pageId: page.pageId, findings };
    },
  };

  /** The keyboard shortcut: fill the tab with the client last chosen for it. */
  const fillWithLastChoice = async (tabId: number) => {
    const choice = await choices.get(tabId);
    return choice ? fill(tabId, choice) : undefined;
  };

  return { handlers, fillWithLastChoice };
}
