// Shared by the options, onboarding and a11y e2e tests (issue 7): find the tab the extension opened,
// read every storage area, and catch a file the page downloads.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/chromium';

/** The tab whose address matches, whether it opened before or after this call. */
export async function waitForTab(context: BrowserContext, pattern: RegExp, timeout = 15_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = context.pages().find((page) => pattern.test(page.url()));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no tab matching ${pattern} opened; open: ${context.pages().map((p) => p.url()).join(', ')}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export interface AllStorage {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  sync: Record<string, unknown>;
  dynamicRules: number;
  sessionRules: number;
}

/** Everything the extension keeps, read through its service worker. */
export async function allStorage(browser: ExtensionBrowser): Promise<AllStorage> {
  const worker = await browser.worker();
  return worker.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const chrome = (globalThis as unknown as {
      chrome: {
        storage: { local: Area; session: Area; sync: Area };
        declarativeNetRequest: { getDynamicRules(): Promise<unknown[]>; getSessionRules(): Promise<unknown[]> };
      };
    }).chrome;
    return {
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
      dynamicRules: (await chrome.declarativeNetRequest.getDynamicRules()).length,
      sessionRules: (await chrome.declarativeNetRequest.getSessionRules()).length,
    };
  });
}

/** Click something that downloads a file and return the file's name and text. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
