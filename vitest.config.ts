import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: [
      // WXT's test setup imports 'wxt/testing', which also loads its Vite plugin and so esbuild, and
      // esbuild refuses to load under jsdom (its TextEncoder check). The setup only needs fakeBrowser.
      {
        find: /^wxt\/testing$/,
        replacement: fileURLToPath(new URL('./node_modules/wxt/dist/testing/fake-browser.mjs', import.meta.url)),
      },
    ],
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    pool: 'forks',
    maxWorkers: 2,
  },
});
