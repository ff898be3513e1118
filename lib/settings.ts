import { browser } from 'wxt/browser';
import { SettingsSchema, type Settings } from './model/settings';

const KEY = 'settings';

/** The settings; a stored value this version cannot read gives the defaults (and is overwritten on the next save). */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: SettingsSchema.parse(settings) });
}
