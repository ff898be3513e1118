import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { PageStateSchema } from '@/lib/fill/content-protocol';
import { shortcutText } from '@/lib/i18n/messages';
import { EVENTS_CHANNEL, type LockEvent, type TabEvent } from '@/lib/api/events/messages';
import { serveMessages } from '@/lib/messaging/server';
import { channelHandoff } from '@/lib/messaging/files';
import { loadSettings } from '@/lib/settings';
import { isPlatformUrl } from '@/lib/pages/hosts';
import { backupHandlers } from '@/lib/api/backup/handlers';
import { importHandlers } from '@/lib/api/import/handlers';
import { readFooterInPage } from '@/lib/fill/footer-reading';
import type { PageStructure } from '@/lib/fill/structure';
import { FooterReadingSchema, type FooterReading } from '@/lib/tab/footer-check';
import { AppError } from '@/lib/errors';
import { TEST_FILL_CHANNEL } from '@/lib/test-hook';
import { BeianDatabase, DATABASE_NAME } from '@/lib/store/db';
import { profileHandlers } from '@/lib/api/book/handlers';
import { mappingHandlers } from '@/lib/api/mappings/handlers';
import { MappingRepository } from '@/lib/store/mappings';
import { ProfileRepository } from '@/lib/store/repository';
import { openBook } from '@/lib/store/rescue';
import { rescueHandlers } from '@/lib/api/rescue/handlers';
import { installSamples } from '@/lib/store/samples';
import { BookLock, type KeyStore, type LockTimer, type WhenLocked } from '@/lib/store/book-lock';
import { lockHandlers } from '@/lib/api/lock/handlers';
import { Quarantine } from '@/lib/store/quarantine';
import { quarantineHandlers } from '@/lib/api/quarantine/handlers';
import { FindingCountsCache } from '@/lib/api/book/finding-counts';
import { bulkOpening } from '@/lib/store/bulk-opening';
import { sealingMiddleware } from '@/lib/store/sealing';
import { SwitchableSealing } from '@/lib/store/switchable-sealing';
import { tabHandlers } from '@/lib/api/tab/handlers';
import type { CheckOutlets } from '@/lib/api/tab/check-handlers';
import type { TabChoice, TabStore } from '@/lib/tab/tab-store';
import type { SubjectInput } from '@/lib/rules/types';

/** The footer of the page a tab shows, read in the page on the person's click (activeTab); a page the browser keeps closed says so. */
async function readFooter(tabId: number): Promise<FooterReading> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: readFooterInPage });
  } catch (error) {
    throw new AppError('no-access', error instanceof Error ? error.message : String(error));
  }
  // What comes back from a page is checked like any message: bounded, and of the shape expected.
  const reading = FooterReadingSchema.safeParse(results[0]?.result);
  if (!reading.success) throw new AppError('no-access', `tab ${tabId}: nothing readable (${reading.error.issues[0]?.message ?? ''})`);
  return reading.data;
}

/** The structure of the platform page a tab shows, read by a script run in it on the person's click (导出页面结构). */
async function readStructure(tabId: number): Promise<PageStructure> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/page-structure.js'] });
  } catch (error) {
    throw new AppError('no-access', error instanceof Error ? error.message : String(error));
  }
  const structure = results[0]?.result as PageStructure | undefined;
  if (!structure) throw new AppError('no-access', `tab ${tabId}: nothing read`);
  return structure;
}

export default defineBackground(() => {
  const sealing = new SwitchableSealing();
  const db = new BeianDatabase();
  // A row that no longer opens is moved aside and listed, never the whole book down.
  const quarantine = new Quarantine(db, sealing);
  db.use(sealingMiddleware(sealing, quarantine.noticed));
  const health = openBook(db);
  const repository = new ProfileRepository(db, bulkOpening(sealing, quarantine.noticed));
  quarantine.onMoved(() => repository.forget());
  const mappings = new MappingRepository(db);
  // The list's finding counts judged while nobody waits for them (the first list of a large book would, for seconds): at the start, and once unlocked.
  const counts = new FindingCountsCache(repository);
  // After the list's own read: a page opening now waits for its list, not for the whole book to be read.
  const countAfterTheList = async () => {
    await repository.listClients();
    await counts.countAll();
  };
  // Decrypted copies outside the book (a staged import or restore, the subjects pages showed) go when it locks.
  const forgetAtLock: (() => void)[] = [];
  const whenLocked: WhenLocked = (forget) => forgetAtLock.push(forget);
  const lock = new BookLock({
    db,
    sealing,
    repository,
    keyStore,
    timer: lockTimer,
    autoLockMinutes: async () => (await loadSettings()).autoLockMinutes,
    changed: (status) => {
      if (status.locked) for (const forget of forgetAtLock) forget();
      else unattended('counting the findings', countAfterTheList());
      unattended('telling the pages of the lock', broadcast({ channel: EVENTS_CHANNEL, lock: status }));
    },
  });
  // The book's lock is read before anything is answered; a book that did not open has no lock to read (the rescue page says why).
  const ready = health.then(async ({ ok }) => {
    if (ok) await lock.start();
    return ok;
  });
  unattended('counting the findings', ready.then((opened) => (opened && !sealing.locked ? countAfterTheList() : undefined)));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) unattended('the idle lock', ready.then(() => lock.timerRang()));
  });
  // The settings page saves the idle time itself (storage.local): the lock hears of it here.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) unattended('the new idle time', ready.then(() => lock.idleTimeChanged()));
  });
  // The top frame only: a frame the platform embeds is not the page the person chose to fill.
  const tabs = tabHandlers(repository, mappings, (tabId, request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 }), {
    choices: sessionStore<TabChoice>('choice'),
    subjects: sessionStore<SubjectInput>('subject'),
    outlets,
    highlightFilled: async () => (await loadSettings()).highlightFilled,
    readFooter,
    readStructure,
    bookLocked: () => sealing.locked,
  });
  whenLocked(() => unattended('forgetting the subjects pages showed', tabs.forgetSubjects()));
  serveMessages(
    {
      ...profileHandlers(repository, (replace) => installSamples(repository, fetchPackagedImage, { replace }), counts),
      ...mappingHandlers(mappings),
      ...rescueHandlers(health, DATABASE_NAME),
      ...backupHandlers(db, repository, { sealing: () => lock.backupSealing(), whenLocked, files: channelHandoff() }),
      ...importHandlers(repository, whenLocked),
      ...tabs.handlers,
      ...lockHandlers(lock),
      ...quarantineHandlers(quarantine, repository),
    },
    // Any use of the helper but asking whether the book is locked starts its idle time again.
    async (type) => {
      await ready;
      if (type !== 'lockStatus') await lock.touch();
    },
  );
  // The live check of the platform's pages: the one message a content script may send, about its own tab's page.
  browser.runtime.onMessage.addListener(((message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0 || !sender.url || !isPlatformUrl(sender.url)) return false;
    const state = PageStateSchema.safeParse(message);
    if (!state.success) return false;
    ready.then(() => tabs.pageState(tabId, new URL(sender.url!).hostname, state.data)).then(sendResponse, (error: unknown) => {
      console.error('beian-helper: the live check failed', error);
      sendResponse(undefined);
    });
    return true;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  if (import.meta.env.MODE === 'test') {
    // The Firefox test's fill (lib/test-hook.ts): the samples, then the client asked for, into the asking tab.
    browser.runtime.onMessage.addListener(((message: unknown, sender: Browser.runtime.MessageSender) => {
      const request = message as { channel?: string; clientId?: string };
      const tabId = sender.tab?.id;
      if (request.channel !== TEST_FILL_CHANNEL || !request.clientId || tabId === undefined) return false;
      void (async () => {
        if ((await repository.listClients()).length === 0) await installSamples(repository, fetchPackagedImage);
        await tabs.handlers.fillTab({ tabId, clientId: request.clientId! });
      })().catch((error: unknown) => console.error('beian-helper: the test fill failed', error));
      return false;
    }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  }
  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (command !== 'fill-page' || tabId === undefined) return;
    unattended('the shortcut', (async () => {
      await ready;
      await lock.touch();
      const outcome = await tabs.fillWithLastChoice(tabId);
      // The badge is the page's check; the toolbar button's tooltip says what the shortcut last did in this tab.
      await browser.action.setTitle({ tabId, title: `${i18n.t('extName')} — ${shortcutText(outcome, 'toolbar')}` });
      await tabs.toast(tabId, shortcutText(outcome, 'page'), outcome.kind !== 'filled');
    })());
  });
  // A tab that leaves the platform, or closes, forgets its client: the shortcut never carries it
  // elsewhere. Without the `tabs` permission a page off the platform loads with no URL we can see.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    unattended('clearing the badge', browser.action.setBadgeText({ tabId, text: '' }));
    if (!(tab.url && isPlatformUrl(tab.url))) unattended('forgetting the tab', tabs.forget(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => unattended('forgetting the tab', tabs.forget(tabId)));
  // Housekeeping: a failure here changes nothing stored, and the next start tries again.
  unattended(
    'housekeeping',
    Promise.all([health, ready]).then(async ([{ ok }]) => {
      // A locked book is tidied the next time the background starts with it open.
      if (!ok || sealing.locked) return;
      await Promise.all([repository.purgeTrash(), repository.pruneOrphanAttachments()]);
    }),
  );
});

/** Work nobody waits for, in a listener: no person to tell, so its failure is logged, never an unhandled rejection. */
function unattended(what: string, task: Promise<unknown>) {
  task.catch((error: unknown) => console.error(`beian-helper: ${what} failed`, error));
}

async function fetchPackagedImage(path: string) {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  const blob = await response.blob();
  const bitmap = await createImageBitmap(blob);
  const size = { blob, width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** Per-tab memory for as long as the browser runs (session storage: never written to disk). */
function sessionStore<T>(name: string): TabStore<T> {
  return {
    get: async (tabId) => {
      const key = `${name}:${tabId}`;
      return (await browser.storage.session.get(key))[key] as T | undefined;
    },
    set: async (tabId, value) => {
      await browser.storage.session.set({ [`${name}:${tabId}`]: value });
    },
    drop: async (tabId) => {
      await browser.storage.session.remove(`${name}:${tabId}`);
    },
    clear: async () => {
      await browser.storage.session.remove(Object.keys(await browser.storage.session.get(null)).filter((key) => key.startsWith(`${name}:`)));
    },
  };
}

/** A page with nobody listening (no panel or popup open) is not a failure: the report waits for the next one to ask. */
const NOBODY_LISTENS = /Receiving end does not exist|Could not establish connection/i;

/** Tells the extension's open pages; with none open, nobody needed telling. */
async function broadcast(event: TabEvent | LockEvent) {
  try {
    await browser.runtime.sendMessage(event);
  } catch (error) {
    if (!NOBODY_LISTENS.test(error instanceof Error ? error.message : String(error))) throw error;
  }
}

const AUTO_LOCK_ALARM = 'auto-lock';
const VAULT_KEYS = 'vault-keys';

/** The keys of the unlocked book: in session storage, which the browser keeps in memory only and offers to no content script. */
const keyStore: KeyStore = {
  get: async () => (await browser.storage.session.get(VAULT_KEYS))[VAULT_KEYS] as { keys: string; lockAt?: number } | undefined,
  set: async (value) => {
    await browser.storage.session.set({ [VAULT_KEYS]: value });
  },
  clear: async () => {
    await browser.storage.session.remove(VAULT_KEYS);
  },
};

const lockTimer: LockTimer = {
  schedule: async (at) => {
    await browser.alarms.create(AUTO_LOCK_ALARM, { when: at });
  },
  cancel: async () => {
    await browser.alarms.clear(AUTO_LOCK_ALARM);
  },
};

const outlets: CheckOutlets = {
  publish: (report) => broadcast({ channel: EVENTS_CHANNEL, report }),
  badge: async (tabId, { text, colour }) => {
    await browser.action.setBadgeBackgroundColor({ tabId, color: colour });
    await browser.action.setBadgeText({ tabId, text });
  },
};
