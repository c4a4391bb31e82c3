// Issue 6's stated test in a real Chromium: 20 tabs each report 500 hidden posts while the service
// worker is stopped 10 times through the DevTools protocol (ServiceWorker.stopAllWorkers). A report
// whose answer never came is sent again with the same id; every event is counted exactly once.
// Like the content script, each tab reports in batches (10 hidden posts a report): Chromium's own
// messaging between 20 tabs and the worker manages about 100 messages/s on a 2-core machine, so 10,000
// single-event messages would take minutes here. The reports go in rounds, one stop landing in each
// round while its reports are under way, so every stop interrupts sending however fast the machine is
// (a stop every 300 ms once missed the last one: the reports were all answered in 3.2 s). Prints
// events/s (a figure, never a timed assertion).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';

const TABS = Number(process.env.TABS ?? 20);
const EVENTS_PER_TAB = Number(process.env.PER ?? 500);
const STOPS = Number(process.env.STOPS ?? 10);
const EVENTS_PER_REPORT = 10;

/** Runs in an extension page: send reports `from` to `to` (of `batch` events each), re-sending any that got no answer. */
async function report({ tab, from, to, batch }: { tab: number; from: number; to: number; batch: number }): Promise<number> {
  const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean } | undefined> } } }).chrome.runtime;
  let resent = 0;
  for (let n = from; n < to; n++) {
    const message = { oos: 1, name: 'recordHidden', data: { site: 'x', count: batch, id: `tab${tab}:${n}` } };
    for (;;) {
      const answer = await Promise.race([
        runtime.sendMessage(message).catch(() => undefined),
        new Promise<undefined>((done) => setTimeout(done, 5000)),
      ]);
      if (answer?.ok) break;
      resent++;
      await new Promise((done) => setTimeout(done, 10));
    }
  }
  return resent;
}

describe('the event store in Chromium with the worker stopped again and again', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`counts ${TABS} tabs × ${EVENTS_PER_TAB} events exactly once across ${STOPS} worker stops`, async () => {
    const tabs: Page[] = [];
    for (let i = 0; i < TABS; i++) tabs.push(await browser.openExtensionPage('popup.html'));
    const cdp = await browser.context.newCDPSession(tabs[0]!);
    await cdp.send('ServiceWorker.enable');

    const started = performance.now();
    const reports = EVENTS_PER_TAB / EVENTS_PER_REPORT;
    const rounds = STOPS + 1;
    let resent = 0;
    // Rounds whose stop interrupted at least one report.
    let interrupted = 0;
    for (let round = 0; round < rounds; round++) {
      const from = Math.floor((round * reports) / rounds);
      const to = Math.floor(((round + 1) * reports) / rounds);
      const sending = Promise.all(tabs.map((tab, i) => tab.evaluate(report, { tab: i, from, to, batch: EVENTS_PER_REPORT })));
      if (round < STOPS) {
        // (A round's 20 × 4–5 reports take a few hundred ms here: the stop lands among them.)
        await new Promise((done) => setTimeout(done, 40));
        await cdp.send('ServiceWorker.stopAllWorkers');
      }
      const again = (await sending).reduce((sum, n) => sum + n, 0);
      if (again > 0) interrupted++;
      resent += again;
    }
    const seconds = (performance.now() - started) / 1000;

    const events = (await browser.storage()).events as { days: Record<string, Record<string, number>> };
    const counted = Object.values(events.days).reduce((sum, day) => sum + (day['hidden:x'] ?? 0), 0);
    const sent = TABS * EVENTS_PER_TAB;
    console.log(
      `Chromium event store: ${sent} events sent from ${TABS} tabs, ${counted} counted, ${STOPS} worker stops ` +
        `(${interrupted} of them cut reports off: ${resent} got no answer and were re-sent), ${Math.round(sent / seconds)} events/s`,
    );
    // The stops did interrupt reports (otherwise this proves nothing about them).
    if (STOPS > 0) expect(interrupted).toBeGreaterThan(0);
    expect(counted).toBe(sent);
  }, 180_000);
});
