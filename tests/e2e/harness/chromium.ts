// Chromium with the built extension loaded (../shared/TESTING.md, "Chromium with the extension loaded").
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROME_EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumExecutable(): string {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
}

/** A built manifest, as far as tests change it (Chrome's MV3, or Firefox's MV2 without host_permissions). */
export interface BuiltManifest {
  manifest_version: number;
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
}

/**
 * A copy of a build (by default the Chrome one) in a new temporary folder, its manifest changed by
 * `change`: what a test needs that a user's choice would otherwise leave. The caller removes it.
 */
export function copyOfBuild(prefix: string, change: (manifest: BuiltManifest) => void, from = CHROME_EXTENSION_DIR): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(from, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BuiltManifest;
  change(manifest);
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

/**
 * A copy of a build (Chrome's MV3 by default, or Firefox's MV2) with "also on all other sites"
 * (<all_urls>) granted at install, as the user's "Allow" leaves it: the browser's own permission
 * prompt cannot be clicked from a test. Throws unless the build asks for it only at runtime, as the
 * shipped one does. The caller removes it.
 */
export function copyWithAllSitesGranted(prefix: string, from = CHROME_EXTENSION_DIR): string {
  return copyOfBuild(prefix, (manifest) => {
    const mv2 = manifest.manifest_version === 2;
    const asked = mv2 ? manifest.optional_permissions : manifest.optional_host_permissions;
    if (JSON.stringify(asked) !== '["<all_urls>"]') throw new Error(`the shipped build should ask for all sites only at runtime, not ${JSON.stringify(asked)}`);
    if (mv2) {
      manifest.permissions = [...manifest.permissions, '<all_urls>'];
      delete manifest.optional_permissions;
    } else {
      manifest.host_permissions = [...manifest.host_permissions, '<all_urls>'];
      delete manifest.optional_host_permissions;
    }
  }, from);
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker (waits for it to start again if it was stopped). */
  worker(): Promise<Worker>;
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<Page>;
  /** storage.local, read through the service worker (or, if it was just stopped, an extension page). */
  storage(): Promise<Record<string, unknown>>;
  /** Close the browser; the profile is kept only when `keepProfile` is true. */
  close(keepProfile?: boolean): Promise<void>;
}

export interface LaunchOptions {
  extraArgs?: string[];
  /** Reuse a profile (to test that state survives a restart). */
  userDataDir?: string;
  extensionDir?: string;
  /** Show a window (the demo with a display). Default: headless. */
  headless?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'oos-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      ...(options.extraArgs ?? []),
    ],
  });
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(firstWorker.url()).host;

  async function worker(): Promise<Worker> {
    const running = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    if (running) return running;
    // A stopped worker starts again when an extension page asks it something.
    const page = await openExtensionPage('popup.html');
    const woken = context.serviceWorkers().find((w) => w.url().includes(extensionId)) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    await page.close();
    return woken;
  }

  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(extensionUrl(path));
    return page;
  }

  return {
    context,
    extensionId,
    userDataDir,
    worker,
    extensionUrl,
    openExtensionPage,
    async storage() {
      // `chrome` exists in the extension, not in this Node process.
      const read = () => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null);
      // A worker stopped a moment ago (ServiceWorker.stopAllWorkers) can still be listed, and what is
      // sent to it then is never answered: after a few seconds an extension page is asked instead.
      const fromWorker = (await worker()).evaluate(read).catch(() => undefined);
      let timer: Parameters<typeof clearTimeout>[0];
      const answer = await Promise.race([fromWorker, new Promise<undefined>((done) => (timer = setTimeout(done, 5000)))]);
      clearTimeout(timer);
      if (answer) return answer;
      const page = await openExtensionPage('popup.html');
      try {
        return await page.evaluate(read);
      } finally {
        await page.close();
      }
    },
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
