import { browser } from 'wxt/browser';
import { tabHandlers, type ChoiceStore, type TabChoice } from '@/lib/tab/handlers';
import { serveMessages } from '@/lib/messaging/server';
import { BeianDatabase } from '@/lib/store/db';
import { profileHandlers } from '@/lib/store/handlers';
import { mappingHandlers } from '@/lib/store/mapping-handlers';
import { MappingRepository } from '@/lib/store/mappings';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';

export default defineBackground(() => {
  const db = new BeianDatabase();
  const repository = new ProfileRepository(db);
  const mappings = new MappingRepository(db);
  const tabs = tabHandlers(repository, mappings, (tabId, request) => browser.tabs.sendMessage(tabId, request), sessionChoices);
  serveMessages({
    ...profileHandlers(repository, () => installSamples(repository, fetchPackagedImage)),
    ...mappingHandlers(mappings),
    ...tabs.handlers,
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'fill-page' && tab?.id !== undefined) void tabs.fillWithLastChoice(tab.id);
  });
  void repository.pruneOrphanAttachments();
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
};
