// Firefox (firefox-esr) through puppeteer-core over WebDriver BiDi (../shared/TESTING.md, "Firefox").
// Firefox has no --host-resolver-rules, so every request goes through the test server's CONNECT
// proxy on 127.0.0.1, which tunnels to the local HTTPS server.
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteServer } from './server';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

export function firefoxExecutable(): string {
  for (const candidate of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('Firefox not found: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
}

/** The "e2e" build: identical, but it starts with the demo person set up (see wxt.config.ts). */
export const FIREFOX_E2E_EXTENSION_DIR = resolve('.output/firefox-mv2-e2e');
/** The same in blur mode. */
export const FIREFOX_E2E_BLUR_EXTENSION_DIR = resolve('.output/firefox-mv2-e2e-blur');

export async function launchFirefox(server: SiteServer, extensionDir = FIREFOX_EXTENSION_DIR): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disableIPv6': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}
