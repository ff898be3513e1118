import { AppError } from '../errors';
import { blobToBase64 } from '../messaging/base64';
import type { Handlers } from '../messaging/server';
import type { Mapping } from '../model/mapping';
import { pageById } from '../pages';
import type { MappingRepository } from '../store/mappings';
import type { ProfileRepository } from '../store/repository';
import { CONTENT_CHANNEL, stageFiles, type ContentRequest, type Lessons, type OtherDocument, type PageReading, type PageState, type PickedControl, type DemonstratedControl, type Verdict } from '../fill/content-protocol';
import type { WebsiteList } from '../fill/lists';
import { FILL_ANSWER_MS, valueParts, type FillReport, type FillValues } from '../fill/values';
import { findingText } from '../i18n/messages';
import type { PagePin, TabReport } from '../messaging/protocol';
import type { PageStructure } from '../fill/structure';
import type { Client } from '../model/profile';
import { countFindings } from '../rules';
import type { SubjectInput } from '../rules/types';
import { captureInto, captureRows, showsWebsite, websiteOnPage } from './capture';
import { badgeOf, judgeReading, marksOf, tabReport } from './checks';
import { decodePage, encodeClient } from './codec';
import { identityConflict } from './identity';
import { checkFooter, type FooterReading } from './footer-check';
import { clientsWithListedFilings, listCaptureRows, listedWebsites } from './lists';

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

/**
 * What the background keeps per tab (the client chosen, the subject its 开办主体 page showed):
 * the browser's session storage, which outlives the background's sleep and is never written to disk.
 */
export interface TabStore<T> {
  get(tabId: number): Promise<T | undefined>;
  set(tabId: number, value: T): Promise<void>;
  /** Forgets the tab (it left the platform, or closed). */
  drop(tabId: number): Promise<void>;
  /** Forgets every tab (the book locked: what pages showed of a client goes with the keys). */
  clear(): Promise<void>;
}

/** Where a tab's check goes besides the page: the extension's open pages, and the toolbar. */
export interface CheckOutlets {
  publish(report: TabReport): Promise<void>;
  badge(tabId: number, badge: { text: string; colour: string }): Promise<void>;
}

export interface TabOptions {
  choices?: TabStore<TabChoice>;
  subjects?: TabStore<SubjectInput>;
  outlets?: CheckOutlets;
  /** Reads the footer of the page a tab shows (any site, on the person's click). */
  readFooter?: (tabId: number) => Promise<FooterReading>;
  /** Reads the structure of the platform page a tab shows, with only its public words (on the person's click). */
  readStructure?: (tabId: number) => Promise<PageStructure>;
  /** Whether the fields just filled are outlined for a moment (a setting). */
  highlightFilled?: () => Promise<boolean>;
  fillAnswerMs?: number;
  /** Whether the book is locked (encrypted, no key): a page is still checked, against its own values only. */
  bookLocked?: () => boolean;
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

export function memoryTabStore<T>(): TabStore<T> {
  const values = new Map<number, T>();
  return {
    get: async (tabId) => values.get(tabId),
    set: async (tabId, value) => {
      values.set(tabId, value);
    },
    drop: async (tabId) => {
      values.delete(tabId);
    },
    clear: async () => {
      values.clear();
    },
  };
}

const NO_OUTLETS: CheckOutlets = { publish: async () => undefined, badge: async () => undefined };

/** Said on the page instead of an agency rule's message, which names other clients of the book. */
const SEE_PANEL = { zh: '（详情见备案助手面板）', en: ' (details in the helper’s panel)' };

/** The lessons of one host, as the content script receives them: nothing of other hosts, no dates. */
export function lessonsOf(mappings: readonly Mapping[]): Lessons {
  return {
    fields: mappings.flatMap((mapping) =>
      mapping.kind === 'field' ? [{ id: mapping.id, pageId: mapping.pageId, path: mapping.path, caption: mapping.caption, position: mapping.position, ...(mapping.steps ? { steps: mapping.steps } : {}) }] : [],
    ),
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

export function tabHandlers(repository: ProfileRepository, mappings: MappingRepository, sendToTab: SendToTab, options: TabOptions = {}) {
  const {
    choices = memoryTabStore<TabChoice>(),
    subjects = memoryTabStore<SubjectInput>(),
    outlets = NO_OUTLETS,
    highlightFilled = async () => false,
    bookLocked = () => false,
    fillAnswerMs = FILL_ANSWER_MS,
    readFooter = async () => {
      throw new AppError('no-access', 'no footer reader');
    },
    readStructure = async () => {
      throw new AppError('no-access', 'no structure reader');
    },
  } = options;
  /** Where the tab is, which document it shows, and what was taught there; nothing when no content script answers (not a platform page). */
  const place = async (tabId: number) => {
    const where = await askTab<{ host: string; location: string; document: string }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'where' });
    return where ? { ...where, lessons: lessonsOf(await mappings.forHost(where.host)) } : undefined;
  };

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

  /** The client chosen for a tab; none when nobody chose one, or it has been deleted since. */
  const chosenClient = async (tabId: number, book: readonly Client[]) => {
    const choice = await choices.get(tabId);
    return choice ? book.find((client) => client.id === choice.clientId) : undefined;
  };

  /**
   * Judges what a tab's page holds, with all that is known of the client: the one chosen for the
   * tab, and the subject as the tab's 开办主体 page last showed it (typed by hand, it is what is filed).
   */
  const judge = async (tabId: number, reading: PageReading, submitting = false): Promise<TabReport> => {
    if (reading.pageId === 'subject') await subjects.set(tabId, decodePage('subject', reading.values).subject ?? {});
    const book = bookLocked() ? [] : await repository.allClients();
    const client = await chosenClient(tabId, book);
    const shownSubject = await subjects.get(tabId);
    const findings = judgeReading(reading, { book, ...(client ? { client } : {}), ...(shownSubject ? { shownSubject } : {}) });
    const report = tabReport(tabId, reading, findings, submitting);
    await Promise.all([outlets.publish(report), outlets.badge(tabId, badgeOf(countFindings(findings)))]);
    return report;
  };

  const marks = (report: TabReport) => marksOf(report.findings, findingText, SEE_PANEL);

  /** What the live check in a tab's page (on `host`) says it holds now: judged, published, and answered with its marks and that host's lessons. */
  const pageState = async (tabId: number, host: string, state: PageState): Promise<Verdict> => {
    const report = await judge(tabId, state.reading, state.submitting);
    return { marks: marks(report), lessons: lessonsOf(await mappings.forHost(host)) };
  };

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

  const handlers: Pick<Handlers, 'detectTab' | 'fillTab' | 'checkTab' | 'locateField' | 'previewCapture' | 'applyCapture' | 'checkFooter' | 'exportPageStructure' | 'previewListCapture' | 'applyListCapture' | 'teachField' | 'demonstrateField' | 'teachPage'> = {
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
    fillTab: ({ tabId, clientId, websiteId, overwrite, pin }) => fill(tabId, { clientId, ...(websiteId ? { websiteId } : {}) }, overwrite === true, pin),
    checkTab: async ({ tabId }) => {
      const here = await place(tabId);
      const reading = here && (await askTab<PageReading | OtherDocument>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'read', lessons: here.lessons, document: here.document }));
      if (!here || !reading || 'otherDocument' in reading) return { tabId, findings: [] };
      const report = await judge(tabId, reading);
      await askTab(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'marks', marks: marks(report), document: here.document });
      return report;
    },
    locateField: async ({ tabId, field }) => {
      const reply = await askTab<{ located: boolean } | { error: string }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'locate', field });
      if (reply && 'error' in reply) throw new AppError('internal', reply.error);
      return { located: reply?.located ?? false };
    },
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
    checkFooter: async ({ tabId }) => {
      const reading = await readFooter(tabId);
      return { host: reading.host, ...checkFooter(reading, await repository.allClients()) };
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
    demonstrateField: async ({ tabId, pageId, path }) => {
      const definition = pageById(pageId)?.fields.find((field) => field.path === path);
      if (!definition) throw new AppError('not-found', `${pageId} ${path}`);
      const here = await place(tabId);
      if (!here) throw new AppError('not-found', `tab ${tabId}`);
      const choice = await choices.get(tabId);
      if (!choice) throw new AppError('not-found', `no client chosen in tab ${tabId}`);
      const client = await repository.getClient(choice.clientId);
      const website = client.websites.find((candidate) => candidate.id === choice.websiteId) ?? client.websites[0];
      // Only this field's words go to the page: a field shown by hand is chosen, never uploaded, so no scan is read.
      const values = await encodeClient(client, website, async (ref) => ({ name: ref.name, type: ref.type, base64: '' }), pageId);
      const value = values[path];
      const parts = value && valueParts(value);
      if (!parts) throw new AppError('invalid-request', `${path} is not chosen by pressing`);
      const shown = await askTab<DemonstratedControl | { cancelled: true } | { notFound: true } | OtherDocument | { error: string }>(sendToTab, tabId, {
        channel: CONTENT_CHANNEL,
        type: 'demonstrate',
        path,
        label: definition.labels[0]!,
        pageId,
        parts,
        shown: parts.map((part) => part[0]).join(' / '),
        lessons: here.lessons,
        document: here.document,
      });
      if (!shown || 'cancelled' in shown) return null;
      if ('otherDocument' in shown) throw new AppError('page-changed', `tab ${tabId}`);
      if ('notFound' in shown) throw new AppError('not-found', `${path} on tab ${tabId}`);
      if ('error' in shown) throw new AppError('internal', shown.error);
      return mappings.teachField({ host: shown.host, pageId, path, caption: shown.caption, position: shown.position, steps: shown.steps });
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
      return { kind: 'failed', error: AppError.from(error) };
    }
  };

  /** A short message on the tab's page itself (the shortcut has no popup to speak in). */
  const toast = (tabId: number, text: string, warning: boolean) => askTab(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'toast', text, warning });

  /** A tab that left the platform or closed: its choice and the subject it showed are forgotten. */
  const forget = async (tabId: number) => {
    await Promise.all([choices.drop(tabId), subjects.drop(tabId)]);
  };

  /** The book locked: the subjects pages showed (ID numbers, phones) are forgotten with the keys; the next look at a 开办主体 page shows them again. */
  const forgetSubjects = () => subjects.clear();

  return { handlers, fillWithLastChoice, toast, pageState, forget, forgetSubjects };
}
