import { CONTENT_CHANNEL, type OtherDocument, type PageReading, type PageState, type Verdict } from '../../fill/content-protocol';
import { findingText } from '../../i18n/messages';
import type { Handlers } from '../../messaging/server';
import type { Client } from '../../model/profile';
import { countFindings } from '../../rules';
import { askTab } from '../../tab/ask-tab';
import { badgeOf, judgeReading, marksOf, tabReport } from '../../tab/checks';
import { decodePage } from '../../tab/codec';
import { lessonsOf } from '../../tab/lessons';
import type { TabContext } from './context';
import type { TabReport } from './messages';

/** Where a tab's check goes besides the page: the extension's open pages, and the toolbar. */
export interface CheckOutlets {
  publish(report: TabReport): Promise<void>;
  badge(tabId: number, badge: { text: string; colour: string }): Promise<void>;
}

export interface CheckOptions {
  outlets: CheckOutlets;
  /** Whether the book is locked (encrypted, no key): a page is still checked, against its own values only. */
  bookLocked: () => boolean;
}

/** Said on the page instead of an agency rule's message, which names other clients of the book. */
const SEE_PANEL = { zh: '（详情见备案助手面板）', en: ' (details in the helper’s panel)' };

/** The check of what a tab's page holds: asked for (the pre-submit check), or told by the page's live check as it changes. */
export function checkHandlers({ repository, mappings, sendToTab, choices, subjects, place }: TabContext, { outlets, bookLocked }: CheckOptions) {
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

  const handlers: Pick<Handlers, 'checkTab'> = {
    checkTab: async ({ tabId }) => {
      const here = await place(tabId);
      const reading = here && (await askTab<PageReading | OtherDocument>(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'read', lessons: here.lessons, document: here.document }));
      if (!here || !reading || 'otherDocument' in reading) return { tabId, findings: [] };
      const report = await judge(tabId, reading);
      await askTab(sendToTab, tabId, { channel: CONTENT_CHANNEL, type: 'marks', marks: marks(report), document: here.document });
      return report;
    },
  };
  return { handlers, pageState };
}
