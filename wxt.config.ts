import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

import { PLATFORM_HOSTS } from './lib/pages/hosts';

/**
 * Chrome refuses to load a script it does not take for UTF-8 text, and the bundler writes some
 * characters raw (Dexie carries U+FFFF). Escaping every non-ASCII character keeps each emitted
 * chunk plain ASCII, whatever a dependency contains.
 */
function asciiOnlyChunks() {
  return {
    name: 'ascii-only-chunks',
    enforce: 'post' as const,
    generateBundle(_options: unknown, bundle: Record<string, { type: 'chunk'; code: string } | { type: 'asset' }>) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = chunk.code.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
    },
  };
}

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  manifestVersion: 3,
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module', '@wxt-dev/webextension-polyfill'],
  i18n: { localesDir: resolve(import.meta.dirname, 'lib/i18n/locales') },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Our own drawing (store/icon.svg), rendered by `npm run icons`.
    icons: ICONS,
    action: { default_icon: ICONS, default_title: '__MSG_extName__' },
    host_permissions: PLATFORM_HOSTS,
    // unlimitedStorage: agencies keep hundreds of clients with scans; the browser must not evict them.
    // storage: the client chosen for each tab, in session storage, for the fill shortcut.
    // activeTab + scripting: the footer check reads the page the person is on, only when they click (issue 14).
    // alarms: an encrypted book locks itself after the idle time the person set, even while the background sleeps (issue 13).
    permissions: ['unlimitedStorage', 'storage', 'activeTab', 'scripting', 'alarms'],
    commands: {
      'fill-page': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandFill__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'beian-helper@beian-helper.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    /**
     * The content script talks to the background only through runtime messages, which Chrome (MV3)
     * and Firefox both answer with promises natively: it goes without webextension-polyfill, whose
     * 2.7 KB gzipped would be a tenth of the script's budget. Every other entrypoint keeps it.
     */
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = { 'wxt/browser': '@wxt-dev/browser' };
      const current = config.resolve?.alias;
      config.resolve = { ...config.resolve, alias: Array.isArray(current) ? [...current, { find: 'wxt/browser', replacement: '@wxt-dev/browser' }] : { ...current, ...alias } };
    },
  },
  vite: () => ({
    plugins: [asciiOnlyChunks()],
    build: {
      chunkSizeWarningLimit: 1024,
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  }),
});
