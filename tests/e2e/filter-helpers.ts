// Shared by the filter e2e tests, the benches and the demo: serve the sample pages under their real
// hostnames, put the demo person into a running extension, and judge what a user can see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import { parseSettingsFile } from '../../src/settings/file';
import { ALL_SITES_SCRIPT_ID } from '../../src/sites/hosts';
import type { Settings } from '../../src/settings/schema';
import { SAMPLE_PAGES, type SamplePage } from '../fixtures/sample-pages';
import type { ExtensionBrowser } from './harness/chromium';
import type { Page as ServedPage } from './harness/server';

export function demoSettings(change: (settings: Settings) => void = () => undefined): Settings {
  const parsed = parseSettingsFile(readFileSync('tests/fixtures/demo/demo-settings.json', 'utf8'));
  if (!parsed.ok) throw new Error(`demo settings are invalid: ${parsed.message}`);
  change(parsed.settings);
  return parsed.settings;
}

/**
 * A streamed page's own script, for the top of its <head>: once a frame, when each element with a
 * data-row is first on screen (window.__seen, by its data-row), and when the page was parsed
 * (window.__parsed, at DOMContentLoaded). Read back with firstSeen.
 */
export const WATCH_ROWS = `<script>
  window.__seen = {};
  (function frame() {
    for (const el of document.querySelectorAll('[data-row]')) {
      if (!(el.dataset.row in __seen) && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0) __seen[el.dataset.row] = performance.now();
    }
    requestAnimationFrame(frame);
  })();
  document.addEventListener('DOMContentLoaded', () => { window.__parsed = performance.now(); });
</script>`;

/** What WATCH_ROWS saw, and window.__rendered where the page's app sets it (performance.now() ms). */
export function firstSeen(page: PlaywrightPage): Promise<{ seen: Record<string, number>; parsed: number; rendered: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __seen: Record<string, number>; __parsed: number; __rendered: number };
    return { seen: w.__seen, parsed: w.__parsed, rendered: w.__rendered };
  });
}

/** A local paper no adapter knows (tests/fixtures/other/news.html), for "also on all other sites". */
export const OTHER_NEWS = 'https://news.example/local/harbour-light-festival';
/** The same paper's letters page, streamed: a letter's last line, naming them, comes LETTER_LINE_AFTER ms after its first. */
export const OTHER_LETTERS = 'https://news.example/letters';
export const LETTER_LINE_AFTER = 600;

/**
 * The letters page again, in three parts, with a script of the page's own that appends a banner to
 * <body> while the parser is inside the page's wrapper (as soon as the block the parser is in waits):
 * the letter that names them comes in the second part, the end of the page in the third, each
 * LETTER_LINE_AFTER ms after the one before.
 */
export const OTHER_LETTERS_BANNER = 'https://news.example/letters-banner';

/** What a streamed letters page showed (readLetters). */
export interface LettersSeen {
  /** When each row was first on screen (WATCH_ROWS), by its data-row. */
  seen: Record<string, number>;
  /** When the page was parsed. */
  parsed: number;
  /** The data-row of each hidden row. */
  hidden: (string | null)[];
}

/** Runs in the page (either browser's driver): what its frame watch saw, and which rows are hidden. */
export function readLetters(): LettersSeen {
  const w = window as unknown as { __seen: Record<string, number>; __parsed: number };
  return { seen: w.__seen, parsed: w.__parsed, hidden: [...document.querySelectorAll('[data-oos]')].map((unit) => unit.getAttribute('data-row')) };
}

/**
 * The paper's search page, streamed in two parts: a results list in the page's own elements (no item
 * rule knows them), its first result by them. While the list holds two results it is the nearest
 * block around their name; then twenty more come.
 */
export const OTHER_RESULTS = 'https://news.example/search?q=harbour';
const result = (row: string, by: string, name = row) =>
  `<app-video data-row="${row}"><div class="meta" data-row="${name}"><h3>Harbour walk, part ${row}</h3><span>${by}</span></div>` +
  `<div class="badges">${'<i>·</i>'.repeat(20)}</div></app-video>`;

/** Answers OTHER_NEWS, OTHER_LETTERS, OTHER_LETTERS_BANNER and OTHER_RESULTS, for startSiteServer. */
export function serveOtherSite(url: URL): ServedPage | undefined {
  if (url.href === OTHER_NEWS) return { body: readFileSync('tests/fixtures/other/news.html') };
  if (url.href === OTHER_LETTERS_BANNER) {
    return {
      body: `<!doctype html><html><head><meta charset="utf-8">${WATCH_ROWS}<script>
        (function wait() {
          if (!document.querySelector('[data-oos-wait]')) return requestAnimationFrame(wait);
          const banner = document.createElement('aside');
          banner.dataset.row = 'banner';
          banner.textContent = 'Subscribe to the Gazette';
          document.body.append(banner);
        })();
        </script></head><body><div id="page"><main><h1>Letters</h1><ol>
        <li data-row="calm"><p>Tea on the porch after the festival. Lovely evening.</p></li>
        <li data-row="pending"><p>I still think about that summer at the harbour.</p>`,
      more: [
        { after: LETTER_LINE_AFTER, body: `</li><li data-row="theirs"><p>Lunch with Jordan Avery on Sunday.</p></li>` },
        { after: LETTER_LINE_AFTER, body: `<li data-row="after"><p>See you next year.</p></li></ol></main></div></body></html>` },
      ],
    };
  }
  if (url.href === OTHER_RESULTS) {
    return {
      body: `<!doctype html><html><head><meta charset="utf-8">${WATCH_ROWS}</head><body><main><h1>Search</h1>
        <div class="search-results" data-row="list">${result('first', 'Jordan Avery', 'theirs')}${result('calm', 'Jordan Peele')}`,
      more: [{
        after: LETTER_LINE_AFTER,
        body: `${Array.from({ length: 20 }, (_, i) => result(`more-${i}`, 'Harbour Light Gazette')).join('')}</div></main></body></html>`,
      }],
    };
  }
  if (url.href !== OTHER_LETTERS) return undefined;
  return {
    body: `<!doctype html><html><head><meta charset="utf-8">${WATCH_ROWS}</head><body><main><h1>Letters</h1><ol>
      <li data-row="calm"><p>Tea on the porch after the festival. Lovely evening.</p></li>
      <li data-row="theirs"><p>I still think about that summer at the harbour.</p>`,
    more: [{ after: LETTER_LINE_AFTER, body: `<p>Jordan Avery</p></li><li data-row="after"><p>See you next year.</p></li></ol></main></body></html>` }],
  };
}

/** Answers the sample pages at their real addresses (host and path), for startSiteServer. */
export function serveSamplePages(url: URL): ServedPage | undefined {
  const page = SAMPLE_PAGES.find((sample) => {
    const target = new URL(sample.url);
    return target.hostname === url.hostname && target.pathname === url.pathname;
  });
  return page ? { body: readFileSync(join('tests/fixtures', page.file)) } : undefined;
}

export function samplePages(): SamplePage[] {
  return SAMPLE_PAGES;
}

interface CompiledLike {
  mode?: string;
  matcher?: { patterns?: unknown[] };
}

/**
 * The address patterns of the "all other sites" script the background has registered: one list, or
 * none while it is not registered.
 */
export function fallbackScriptMatches(browser: ExtensionBrowser): Promise<string[][]> {
  return browser.worker().then((worker) => worker.evaluate(async (id) => {
    const chrome = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(filter: object): Promise<{ id: string; matches?: string[] }[]> } } }).chrome;
    return (await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).map((script) => script.matches ?? []);
  }, ALL_SITES_SCRIPT_ID));
}

/**
 * Store settings through the service worker, as the options page would, and wait until the
 * background has compiled them into what content scripts read.
 */
export async function applySettings(browser: ExtensionBrowser, settings: Settings): Promise<void> {
  const worker = await browser.worker();
  const store = (value: unknown) =>
    worker.evaluate(async (next) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } } } }).chrome;
      if (next === null) await chrome.storage.local.remove('settings');
      else await chrome.storage.local.set({ settings: next });
    }, value);
  const wantPatterns = settings.people.reduce((sum, p) => sum + (p.enabled ? p.names.length + p.handles.length + p.keywords.length : 0), 0);
  const compiledNow = async () => (await browser.storage()).compiled as CompiledLike | undefined;
  const done = (compiled: CompiledLike | undefined) =>
    compiled?.mode === settings.filter.mode && (compiled.matcher?.patterns?.length ?? 0) === wantPatterns;
  // The background compiles once at install; a write racing that first compile can be overtaken by it,
  // so wait for it first, and store once more if the compiled config still lags behind.
  const start = Date.now();
  while (!(await compiledNow()) && Date.now() - start < 10_000) await new Promise((next) => setTimeout(next, 50));
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) await store(null);
    await store(settings);
    const deadline = Date.now() + 4_000;
    while (Date.now() < deadline) {
      if (done(await compiledNow())) return;
      await new Promise((next) => setTimeout(next, 50));
    }
  }
  throw new Error(`the background did not compile the settings: ${JSON.stringify(await compiledNow())}`);
}

export interface Verdict {
  label: string;
  visible: boolean;
  /** Blur mode: the unit sits under the card (its centre hits the card). */
  covered: boolean;
}

/** For each [data-target] and [data-negative] unit: can a user see anything of it? */
export async function judgeUnits(page: PlaywrightPage): Promise<{ targets: Verdict[]; negatives: Verdict[] }> {
  return page.evaluate(() => {
    const shown = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions);
    const hasArea = (rect: DOMRect) => rect.width > 0 && rect.height > 0;
    // Visible = some text or picture inside it reaches the screen.
    const visible = (unit: Element): boolean => {
      const walker = document.createTreeWalker(unit, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = unit; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          if (!parent || !/\S/.test((node as Text).data) || !shown(parent)) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          if (hasArea(range.getBoundingClientRect())) return true;
        } else if (/^(IMG|svg|VIDEO|CANVAS|PICTURE)$/.test((node as Element).tagName)) {
          if (shown(node as Element) && hasArea((node as Element).getBoundingClientRect())) return true;
        }
      }
      return false;
    };
    const covered = (unit: Element): boolean => {
      // A unit hidden in parts (a Reddit comment: its name line, body and buttons) has one card, in
      // the part beside them; a part that is out of sight next to that card is covered too.
      const sibling = unit.parentElement?.querySelector(':scope > [data-oos="blur"] > oos-card');
      if (sibling && sibling.parentElement !== unit && unit.getAttribute('data-oos') === 'hide' && !visible(unit)) return true;
      const mark = unit.closest('[data-oos="blur"]') ?? unit.querySelector('[data-oos="blur"]');
      const card = mark?.querySelector(':scope > oos-card');
      if (!mark || !card) return false;
      mark.scrollIntoView({ block: 'center' });
      const box = mark.getBoundingClientRect();
      const cardBox = card.getBoundingClientRect();
      const coversBox =
        Math.abs(box.left - cardBox.left) <= 1 && Math.abs(box.top - cardBox.top) <= 1 &&
        Math.abs(box.width - cardBox.width) <= 2 && Math.abs(box.height - cardBox.height) <= 2;
      const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return coversBox && hasArea(cardBox) && atCentre === card;
    };
    const verdicts = (attribute: string) =>
      [...document.querySelectorAll(`[${attribute}]`)].map((unit) => ({
        label: unit.getAttribute(attribute) ?? '',
        visible: visible(unit),
        covered: covered(unit),
      }));
    return { targets: verdicts('data-target'), negatives: verdicts('data-negative') };
  });
}

/**
 * Run in the page (Playwright's or Puppeteer's `evaluate`): the blurred elements and the elements
 * inside them, the card aside, that take keyboard focus (a blurred Facebook story is a link). Each
 * one that can be focused is asked to; none should be.
 */
export function focusableInBlurred(): string[] {
  const reachable: string[] = [];
  const focusable = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';
  for (const unit of document.querySelectorAll<HTMLElement>('[data-oos="blur"]')) {
    const own = unit.matches(focusable) ? [unit] : [];
    for (const element of [...own, ...unit.querySelectorAll<HTMLElement>(focusable)]) {
      if (element.closest('oos-card')) continue;
      element.focus();
      if (document.activeElement === element) reachable.push(element.outerHTML.slice(0, 80));
    }
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return reachable;
}

/**
 * What a screen reader is given from blurred units and inside them (the card aside), as Chromium's
 * accessibility tree has it: role and name of each node it does not ignore there.
 */
export async function spokenInBlurred(page: PlaywrightPage): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const snapshot = await cdp.send('DOMSnapshot.captureSnapshot', { computedStyles: [] });
    const { strings, documents } = snapshot;
    const nodes = documents[0]!.nodes;
    const attributesOf = (i: number) => {
      const flat = nodes.attributes?.[i] ?? [];
      const named: Record<string, string> = {};
      for (let k = 0; k + 1 < flat.length; k += 2) named[strings[flat[k]!]!] = strings[flat[k + 1]!]!;
      return named;
    };
    // Parents come before their children in the snapshot.
    const inside: boolean[] = [];
    const blurred: boolean[] = [];
    const blurredNodes = new Set<number>();
    const parents = nodes.parentIndex ?? [];
    for (let i = 0; i < parents.length; i++) {
      const parent = parents[i]!;
      const name = strings[nodes.nodeName![i]!]!.toLowerCase();
      blurred[i] = attributesOf(i)['data-oos'] === 'blur';
      const under = parent >= 0 && (inside[parent]! || blurred[parent]!);
      inside[i] = (under || blurred[i]!) && name !== 'oos-card';
      if (inside[i]) blurredNodes.add(nodes.backendNodeId![i]!);
    }
    const { nodes: axNodes } = await cdp.send('Accessibility.getFullAXTree');
    return axNodes
      .filter((node) => !node.ignored && node.backendDOMNodeId !== undefined && blurredNodes.has(node.backendDOMNodeId))
      .map((node) => `${String(node.role?.value ?? '')} "${String(node.name?.value ?? '')}"`);
  } finally {
    await cdp.detach();
  }
}

interface PiercedNode {
  nodeId: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: PiercedNode[];
  shadowRoots?: PiercedNode[];
}

/**
 * What the card's own box cuts off, on every card of the page (a small unit: a story bubble, a
 * sidebar entry): its text and buttons as first shown, then while it asks "Are you sure?" (each
 * card's "Show anyway" clicked once). The card's shadow root is closed; DevTools reaches it.
 */
export async function cutOffInCards(page: PlaywrightPage): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const box = async (nodeId: number) => {
    try {
      const [x1, y1, , , x3, y3] = (await cdp.send('DOM.getBoxModel', { nodeId })).model.border;
      return { left: x1!, top: y1!, right: x3!, bottom: y3! };
    } catch {
      return null; // not rendered (hidden)
    }
  };
  const textOf = (node: PiercedNode): string => node.nodeValue + (node.children ?? []).map(textOf).join('');
  try {
    const cut: string[] = [];
    for (const step of ['shown', 'asking']) {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const cards: { host: PiercedNode; parts: PiercedNode[]; show?: PiercedNode }[] = [];
      const walk = (node: PiercedNode, card?: (typeof cards)[number]) => {
        let inside = card;
        if (node.nodeName === 'OOS-CARD') cards.push((inside = { host: node, parts: [] }));
        else if (inside && (node.nodeName === 'P' || node.nodeName === 'BUTTON')) {
          inside.parts.push(node);
          if (node.nodeName === 'BUTTON' && (node.attributes ?? []).join(' ').includes('show')) inside.show = node;
        }
        for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, inside);
      };
      walk(root as PiercedNode);
      for (const [i, card] of cards.entries()) {
        const outer = await box(card.host.nodeId);
        if (!outer) continue;
        for (const part of card.parts) {
          const inner = await box(part.nodeId);
          if (!inner || inner.right - inner.left === 0) continue;
          const within = inner.left >= outer.left - 1 && inner.top >= outer.top - 1 &&
            inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
          const size = `${Math.round(outer.right - outer.left)}×${Math.round(outer.bottom - outer.top)}`;
          if (!within) cut.push(`card ${i} (${size}), ${step}: "${textOf(part)}"`);
        }
      }
      if (step === 'shown') {
        // Every button is found before any is clicked: a click may change the page around another.
        const shows = cards.flatMap((card) => (card.show ? [card.show.nodeId] : []));
        const buttons = await Promise.all(shows.map((nodeId) => cdp.send('DOM.resolveNode', { nodeId })));
        for (const { object } of buttons) {
          const click = 'function () { this.click(); }';
          await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: click });
        }
      }
    }
    return cut;
  } finally {
    await cdp.detach();
  }
}
