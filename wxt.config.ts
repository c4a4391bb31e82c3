import { defineConfig } from 'wxt';
import { build as esbuild } from 'esbuild';
import { minify as terser } from 'terser';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SITE_CONTENT_SCRIPTS, SITE_HOST_PATTERNS } from './src/sites/hosts';

// The content scripts (entrypoints/filter-*.ts) are unlisted scripts that the manifest lists itself,
// one per site so each carries only its own adapter. (WXT's content-script wrapper would also post a
// message to the page at startup naming the extension's id: a site must not learn we are there.)
// They call a handful of promise-returning APIs that Chromium MV3 (`chrome`) and Firefox
// (`browser`) both provide natively, so they get WXT's plain global instead of webextension-polyfill:
// the polyfill was about a sixth of the content script (issue 4: keep the content script small).
// Pages and the background keep the polyfill.
const NATIVE_BROWSER = fileURLToPath(new URL('./node_modules/@wxt-dev/browser/src/index.mjs', import.meta.url));

/**
 * WXT wraps each unlisted script's main() in an async function with a crash logger that does nothing
 * in a production build, and a call to start WXT's runtime plugins (none here): 313 bytes of every
 * content script (issue 4: ≤ 30 KB). Our scripts get the bare call instead; an error thrown at start
 * still reaches the console. WXT loads its template by the id below (wxt 0.20's
 * resolveVirtualModules); if that changes, WXT's own wrapper is used and the size test says so.
 */
const UNLISTED_WRAPPER = '\0virtual:wxt-unlisted-script-entrypoint?';
const leanUnlistedScripts = {
  name: 'oos:lean-unlisted-scripts',
  enforce: 'pre' as const,
  load(id: string) {
    if (!id.startsWith(UNLISTED_WRAPPER)) return undefined;
    const entry = JSON.stringify(id.slice(UNLISTED_WRAPPER.length));
    return `import definition from ${entry};\nexport default definition.main();\n`;
  },
};

/**
 * The content scripts are minified once more, the way esbuild minifies a bundle: there it declares
 * with `let` what the source declares with `const`, and merges the declarations (the same program:
 * nothing in it assigns a const, TypeScript sees to that). Vite's minifier, given one file at a time,
 * keeps every `const`: about 590 bytes of each content script (issue 4: ≤ 30 KB). Then terser, with
 * its safe defaults: it inlines and folds what esbuild leaves, about 860 bytes more in two passes,
 * and 30 more in a third (a fourth finds nothing; each pass adds about half a second to a build).
 * The script's function stays in parentheses, as esbuild leaves it: V8 then compiles it at once,
 * rather than pre-parsing 30 KB only to parse it again when it is called (terser drops them by
 * default). Terser also writes the function expressions it is left with as arrows (`unsafe_arrows`),
 * about 230 bytes: unsafe only for a function called with `new` or read for its prototype, which
 * TypeScript source written with classes never does, or one reading `this`, which terser leaves
 * alone. V8 compiles an arrow in parentheses at once too, the script's own included. And it folds what it can
 * work out from the built-ins (`unsafe`): a site's list of unit selectors joined into one string, a
 * template into a concatenation, `new RegExp` into `RegExp`, 50–75 bytes a script. Unsafe only where
 * a built-in is not the browser's own, and a content script's world has nothing of the page's, or
 * where a value turned to text is a symbol or an object with its own valueOf, and the scripts turn
 * only strings and numbers to text.
 */
const bundleMinified: Plugin = {
  name: 'oos:bundle-minified',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await esbuild({
        stdin: { contents: chunk.code, loader: 'js' },
        bundle: true,
        minify: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        charset: 'utf8',
        legalComments: 'none',
      });
      const minified = await terser(result.outputFiles[0]!.text, { ecma: 2020, compress: { passes: 3, unsafe_arrows: true, unsafe: true }, format: { wrap_iife: true } });
      chunk.code = minified.code!;
    }
  },
};

/**
 * The settings an "e2e" build starts with: the demo person, in blur mode for "e2e-blur"; else null.
 * "Also on all other sites" is on: it does nothing until <all_urls> is granted, which only the
 * Firefox all-sites test does, in a copy of the build.
 */
function e2eSeed(mode: string): string {
  if (mode !== 'e2e' && mode !== 'e2e-blur') return 'null';
  const settings = JSON.parse(readFileSync('tests/fixtures/demo/demo-settings.json', 'utf8'));
  if (mode === 'e2e-blur') settings.filter.mode = 'blur';
  settings.filter.allSites = true;
  return JSON.stringify(settings);
}

// The manifest is built from the site registry so a new site needs one file, not edits here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script' || entry.type === 'unlisted-script')) return;
      const existing = config.resolve?.alias ?? [];
      const aliases = Array.isArray(existing)
        ? existing
        : Object.entries(existing).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...aliases] };
      config.plugins = [...(config.plugins ?? []), bundleMinified];
    },
  },
  vite: (env) => ({
    plugins: [leanUnlistedScripts, preact()],
    build: { target: 'es2022' },
    define: {
      // Only the "e2e" builds (`wxt build -b firefox --mode e2e` into .output/firefox-mv2-e2e, and
      // `--mode e2e-blur`, never zipped or shipped) start with the demo person set up: Firefox's test
      // driver cannot open the extension's pages to set them as a user would. Every other build gets
      // null, and the seeding code is dropped from the bundle.
      __OOS_E2E_SEED__: e2eSeed(env.mode),
    },
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
    content_scripts: SITE_CONTENT_SCRIPTS,
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
