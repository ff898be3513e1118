import { AppError } from '../errors';
import { blobToBase64 } from '../messaging/base64';
import type { Handlers } from '../messaging/server';
import type { Mapping } from '../model/mapping';
import { pageById } from '../pages';
import type { MappingRepository } from '../store/mappings';
import type { ProfileRepository } from '../store/repository';
import { CONTENT_CHANNEL, type ContentRequest, type Lessons, type PickedControl } from '../fill/content-protocol';
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

/** The lessons of one host, as the content script receives them: nothing of other hosts, no dates. */
export function lessonsOf(mappings: readonly Mapping[]): Lessons {
  return {
    fields: mappings.flatMap((mapping) => (mapping.kind === 'field' ? [{ id: mapping.id, pageId: mapping.pageId, path: mapping.path, caption: mapping.caption, position: mapping.position }] : [])),
    pages: mappings.flatMap((mapping) => (mapping.kind === 'page' ? [{ id: mapping.id, location: mapping.location, pageId: mapping.pageId }] : [])),
  };
}

/**
 * The background's side of filling: it reads the chosen client, turns it into fill values and
 * sends only those to the tab's content script, on the person's action, with what the person
 * taught on that host. It remembers the last choice per tab, for the keyboard shortcut and for
 * the popup's next opening, and keeps what the person shows the helper (指定).
 */
export function tabHandlers(repository: ProfileRepository, mappings: MappingRepository, sendToTab: SendToTab, choices: ChoiceStore = memoryChoiceStore()) {
  /** Where the tab is and what was taught there; nothing when no content script answers (not a platform page). */
  const place = async (tabId: number) => {
    const where = await askTab<{ host: string; location: string }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'where' });
    return where ? { ...where, lessons: lessonsOf(await mappings.forHost(where.host)) } : undefined;
  };

  const fill = async (tabId: number, choice: TabChoice): Promise<FillReport> => {
    const client = await repository.getClient(choice.clientId);
    const website = client.websites.find((candidate) => candidate.id === choice.websiteId) ?? client.websites[0];
    const values = await encodeClient(client, website, async (ref) => {
      const { blob } = await repository.getAttachment(ref.id);
      return { name: ref.name, type: ref.type, base64: await blobToBase64(blob) };
    });
    await choices.set(tabId, { clientId: client.id, ...(website ? { websiteId: website.id } : {}) });
    const here = await place(tabId);
    if (!here) return { entries: [], workMs: 0 };
    const reply = await askTab<FillReport | { error: string }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'fill', values, lessons: here.lessons });
    if (!reply) return { entries: [], workMs: 0 };
    if ('error' in reply) throw new AppError('internal', reply.error);
    if (reply.lessons) await mappings.recordUse(reply.lessons.used, reply.lessons.missing);
    return reply;
  };

  const handlers: Pick<Handlers, 'detectTab' | 'fillTab' | 'checkTab' | 'teachField' | 'teachPage'> = {
    detectTab: async ({ tabId }) => {
      const here = await place(tabId);
      const page = here && (await askTab<{ pageId?: string; pageTitle?: string; fillable?: boolean }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'detect', lessons: here.lessons }));
      const choice = await choices.get(tabId);
      return { ...(page ?? {}), ...(here ? { platform: true } : {}), ...(choice ? { choice } : {}) };
    },
    fillTab: ({ tabId, clientId, websiteId }) => fill(tabId, { clientId, ...(websiteId ? { websiteId } : {}) }),
    checkTab: async ({ tabId }) => {
      const here = await place(tabId);
      const page = here && (await askTab<{ pageId?: string; values: FillValues }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'read', lessons: here.lessons }));
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
    teachField: async ({ tabId, pageId, path }) => {
      const definition = pageById(pageId)?.fields.find((field) => field.path === path);
      if (!definition) throw new AppError('not-found', `${pageId} ${path}`);
      const here = await place(tabId);
      if (!here) throw new AppError('not-found', `tab ${tabId}`);
      const picked = await askTab<PickedControl | { cancelled: true } | { error: string }>(sendToTab, tabId, {
        channel: CONTENT_CHANNEL,
        type: 'pick',
        path,
        label: definition.labels[0]!,
        pageId,
        lessons: here.lessons,
      });
      if (!picked || 'cancelled' in picked) return null;
      if ('error' in picked) throw new AppError('internal', picked.error);
      return mappings.teachField({ host: picked.host, pageId, path, caption: picked.caption, position: picked.position, ...(picked.idHint ? { idHint: picked.idHint } : {}) });
    },
    teachPage: async ({ tabId, pageId }) => {
      if (!pageById(pageId)) throw new AppError('not-found', pageId);
      const here = await place(tabId);
      if (!here) throw new AppError('not-found', `tab ${tabId}`);
      return mappings.teachPage({ host: here.host, location: here.location, pageId });
    },
  };

  /** The keyboard shortcut: fill the tab with the client last chosen for it. */
  const fillWithLastChoice = async (tabId: number) => {
    const choice = await choices.get(tabId);
    return choice ? fill(tabId, choice) : undefined;
  };

  return { handlers, fillWithLastChoice };
}
