import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

/** The platform's hosts, and nothing broader: the extension never reads any other site. */
export const PLATFORM_HOSTS = [
  '*://www.beian.gov.cn/*',
  '*://*.beian.gov.cn/*',
  '*://beian.mps.gov.cn/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module', '@wxt-dev/webextension-polyfill'],
  i18n: { localesDir: resolve(import.meta.dirname, 'lib/i18n/locales') },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    host_permissions: PLATFORM_HOSTS,
    // Agencies keep hundreds of clients with certificate scans; the browser must not evict them.
    permissions: ['unlimitedStorage'],
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
  vite: () => ({
    build: { chunkSizeWarningLimit: 1024 },
  }),
});
