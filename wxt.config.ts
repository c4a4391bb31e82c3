import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_HOST_PATTERNS } from './src/sites/hosts';

// The manifest is built from the site registry so a new site needs one file, not edits here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: 'Out of Sight',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'webNavigation',
      'declarativeNetRequestWithHostAccess',
      'scripting',
    ],
    host_permissions: SITE_HOST_PATTERNS,
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['<all_urls>'] }
      : { optional_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_extName__' },
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['prompt.html'], matches: ['<all_urls>'] }]
        : ['prompt.html'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'out-of-sight@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
