import { browser } from 'wxt/browser';
import { shortcutText } from '@/lib/i18n/messages';
import { serveMessages } from '@/lib/messaging/server';
import { isPlatformUrl } from '@/lib/pages/hosts';
import { BeianDatabase, DATABASE_NAME } from '@/lib/store/db';
import { profileHandlers } from '@/lib/store/handlers';
import { mappingHandlers } from '@/lib/store/mapping-handlers';
import { MappingRepository } from '@/lib/store/mappings';
import { ProfileRepository } from '@/lib/store/repository';
import { openBook, rescueHandlers } from '@/lib/store/rescue';
import { installSamples } from '@/lib/store/samples';
import { tabHandlers, type ChoiceStore, type TabChoice } from '@/lib/tab/handlers';

export default defineBackground(() => {
  const db = new BeianDatabase();
  const health = openBook(db);
  const repository = new ProfileRepository(db);
  const mappings = new MappingRepository(db);
  // The top frame only: a frame the platform embeds is not the page the person chose to fill.
  const tabs = tabHandlers(repository, mappings, (tabId, request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 }), sessionChoices);
  serveMessages({
    ...profileHandlers(repository, (replace) => installSamples(repository, fetchPackagedImage, { replace })),
    ...mappingHandlers(mappings),
    ...rescueHandlers(health, DATABASE_NAME),
    ...tabs.handlers,
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'fill-page' || tab?.id === undefined) return;
    const outcome = await tabs.fillWithLastChoice(tab.id);
    const done = outcome.kind === 'filled';
    await tabs.toast(tab.id, shortcutText(outcome), !done);
    // The toolbar says who the page was filled from (the client's first characters), or that it was not.
    await browser.action.setBadgeBackgroundColor({ tabId: tab.id, color: done ? '#1a7f37' : '#b42318' });
    await browser.action.setBadgeText({ tabId: tab.id, text: done ? outcome.client.slice(0, 2) : '!' });
  });
  // A tab that leaves the platform, or closes, forgets its client: the shortcut never carries it
  // elsewhere. Without the `tabs` permission a page off the platform loads with no URL we can see.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && !(tab.url && isPlatformUrl(tab.url))) void sessionChoices.drop(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void sessionChoices.drop(tabId));
  void health.then(async ({ ok }) => {
    if (!ok) return;
    // Housekeeping nobody waits for: a failure here changes nothing stored, and the next start tries again.
    await Promise.all([repository.purgeTrash(), repository.pruneOrphanAttachments()]).catch((error: unknown) => console.error('beian-helper: housekeeping failed', error));
  });
});

async function fetchPackagedImage(path: string) {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  const blob = await response.blob();
  const bitmap = await createImageBitmap(blob);
  const size = { blob, width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** The last client chosen per tab, for as long as the browser runs (not written to disk). */
const sessionChoices: ChoiceStore = {
  get: async (tabId) => {
    const key = `choice:${tabId}`;
    return (await browser.storage.session.get(key))[key] as TabChoice | undefined;
  },
  set: async (tabId, choice) => {
    await browser.storage.session.set({ [`choice:${tabId}`]: choice });
  },
  drop: async (tabId) => {
    await browser.storage.session.remove(`choice:${tabId}`);
  },
};
