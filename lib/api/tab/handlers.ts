import { AppError } from '../../errors';
import { CONTENT_CHANNEL } from '../../fill/content-protocol';
import { FILL_ANSWER_MS } from '../../fill/values';
import type { Handlers } from '../../messaging/server';
import type { SubjectInput } from '../../rules/types';
import type { MappingRepository } from '../../store/mappings';
import type { ProfileRepository } from '../../store/repository';
import { askTab, type SendToTab } from '../../tab/ask-tab';
import { lessonsOf } from '../../tab/lessons';
import { memoryTabStore, type TabChoice, type TabStore } from '../../tab/tab-store';
import { captureHandlers } from './capture-handlers';
import { checkHandlers, type CheckOutlets } from './check-handlers';
import type { TabContext } from './context';
import { fillHandlers } from './fill-handlers';
import type { tabMessages } from './messages';
import { pageHandlers, type PageReaders } from './page-handlers';
import { teachHandlers } from './teach-handlers';

export type TabHandlers = Pick<Handlers, keyof typeof tabMessages>;

export interface TabOptions extends Partial<PageReaders> {
  choices?: TabStore<TabChoice>;
  subjects?: TabStore<SubjectInput>;
  outlets?: CheckOutlets;
  /** Whether the fields just filled are outlined for a moment (a setting). */
  highlightFilled?: () => Promise<boolean>;
  fillAnswerMs?: number;
  /** Whether the book is locked (encrypted, no key): a page is still checked, against its own values only. */
  bookLocked?: () => boolean;
}

const NO_OUTLETS: CheckOutlets = { publish: async () => undefined, badge: async () => undefined };

/**
 * The background's side of filling: it reads the chosen client, turns it into fill values and
 * sends only those to the tab's content script, on the person's action, with what the person
 * taught on that host. It remembers the last choice per tab, for the keyboard shortcut and for
 * the popup's next opening, and keeps what the person shows the helper (指定).
 */
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
  const context: TabContext = {
    repository,
    mappings,
    sendToTab,
    choices,
    subjects,
    place: async (tabId) => {
      const where = await askTab<{ host: string; location: string; document: string }>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'where' });
      return where ? { ...where, lessons: lessonsOf(await mappings.forHost(where.host)) } : undefined;
    },
  };
  const fills = fillHandlers(context, { highlightFilled, fillAnswerMs });
  const checks = checkHandlers(context, { outlets, bookLocked });
  const handlers: TabHandlers = {
    ...pageHandlers(context, { readFooter, readStructure }),
    ...fills.handlers,
    ...checks.handlers,
    ...captureHandlers(context),
    ...teachHandlers(context),
  };

  /** A short message on the tab's page itself (the shortcut has no popup to speak in). */
  const toast = (tabId: number, text: string, warning: boolean) => askTab(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'toast', text, warning });

  /** A tab that left the platform or closed: its choice and the subject it showed are forgotten. */
  const forget = async (tabId: number) => {
    await Promise.all([choices.drop(tabId), subjects.drop(tabId)]);
  };

  /** The book locked: the subjects pages showed (ID numbers, phones) are forgotten with the keys; the next look at a 开办主体 page shows them again. */
  const forgetSubjects = () => subjects.clear();

  return { handlers, fillWithLastChoice: fills.fillWithLastChoice, toast, pageState: checks.pageState, forget, forgetSubjects };
}
