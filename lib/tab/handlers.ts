import { AppError } from '../errors';
import { blobToBase64 } from '../messaging/base64';
import type { Handlers } from '../messaging/server';
import type { Mapping } from '../model/mapping';
import { pageById } from '../pages';
import type { MappingRepository } from '../store/mappings';
import type { ProfileRepository } from '../store/repository';
import { CONTENT_CHANNEL, stageFiles, type ContentRequest, type Lessons, type OtherDocument, type PickedControl } from '../fill/content-protocol';
import { FILL_ANSWER_MS, type FillReport, type FillValues } from '../fill/values';
import { checkProfile, type PageKind } from '../rules';
import { decodePage, encodeClient } from './codec';
import { identityConflict } from './identity';

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

/** What the keyboard shortcut did; the background says it on the page and in the toolbar badge. */
export type ShortcutOutcome =
  | { kind: 'filled'; client: string; count: number }
  | { kind: 'conflict'; client: string; owner: string }
  | { kind: 'no-choice' }
  | { kind: 'no-page' }
  | { kind: 'failed'; error: AppError };

export type SendToTab = (tabId: number, request: ContentRequest) => Promise<unknown>;

export interface TabChoice {
  clientId: string;
  websiteId?: string;
}

/** Where the last choice per tab is kept: the browser's session storage, which outlives the background's sleep. */
export interface ChoiceStore {
  get(tabId: number): Promise<TabChoice | undefined>;
  set(tabId: number, choice: TabChoice): Promise<void>;
  /** Forgets a tab's choice (it left the platform, or closed). */
  drop(tabId: number): Promise<void>;
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
    drop: async (tabId) => {
      choices.delete(tabId);
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
/** The reply, or a timeout error once `ms` have passed without one. */
function within<T>(reply: Promise<T>, ms: number, tabId: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AppError('no-answer', `tab ${tabId}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([reply, late]).finally(() => clearTimeout(timer));
}

export function tabHandlers(repository: ProfileRepository, mappings: MappingRepository, sendToTab: SendToTab, choices: ChoiceStore = memoryChoiceStore(), fillAnswerMs = FILL_ANSWER_MS) {
  /** Where the tab is, which document it shows, and what was taught there; nothing when no content script answers (not a platform page). */
  const place = async (tabId: number) => {
    const where = await askTab<{ host: string; location: string; document: string }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'where' });
    return where ? { ...where, lessons: lessonsOf(await mappings.forHost(where.host)) } : undefined;
  };

  /** Tabs being filled now: a second fill of the same tab (the shortcut twice, shortcut and popup) is refused. */
  const filling = new Set<number>();

  /**
   * `seen`: the document the person saw detected (the popup's), when there is one: a tab that has
   * moved on since is not filled, even with the next page's values.
   */
  const fill = async (tabId: number, choice: TabChoice, overwrite: boolean, seen?: string): Promise<FillReport> => {
    if (filling.has(tabId)) throw new AppError('busy', `tab ${tabId} is being filled`);
    filling.add(tabId);
    try {
      const client = await repository.getClient(choice.clientId);
      const website = client.websites.find((candidate) => candidate.id === choice.websiteId) ?? client.websites[0];
      await choices.set(tabId, { clientId: client.id, ...(website ? { websiteId: website.id } : {}) });
      const here = await place(tabId);
      if (!here) return { entries: [], workMs: 0 };
      if (seen !== undefined && here.document !== seen) throw new AppError('page-changed', `tab ${tabId}`);
      // What the page holds now, read from the document just seen: is it someone else's filing?
      const onPage = await askTab<{ pageId?: string; values: FillValues } | OtherDocument>(sendToTab, tabId, {
        channel: CONTENT_CHANNEL,
        type: 'read',
        lessons: here.lessons,
        document: here.document,
      });
      if (onPage && 'otherDocument' in onPage) throw new AppError('page-changed', `tab ${tabId}`);
      const page = pageById(onPage?.pageId);
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

  const handlers: Pick<Handlers, 'detectTab' | 'fillTab' | 'checkTab' | 'teachField' | 'teachPage'> = {
    detectTab: async ({ tabId }) => {
      const here = await place(tabId);
      const page = here && (await askTab<{ pageId?: string; pageTitle?: string; fillable?: boolean }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'detect', lessons: here.lessons }));
      const choice = await choices.get(tabId);
      return { ...(page ?? {}), ...(here ? { platform: true, document: here.document } : {}), ...(choice ? { choice } : {}) };
    },
    fillTab: ({ tabId, clientId, websiteId, overwrite, document }) => fill(tabId, { clientId, ...(websiteId ? { websiteId } : {}) }, overwrite === true, document),
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
      return { kind: 'failed', error: error instanceof AppError ? error : new AppError('internal', String(error)) };
    }
  };

  /** A short message on the tab's page itself (the shortcut has no popup to speak in). */
  const toast = (tabId: number, text: string, warning: boolean) => askTab(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'toast', text, warning });

  return { handlers, fillWithLastChoice, toast };
}
