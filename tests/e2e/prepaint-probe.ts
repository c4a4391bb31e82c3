// The pre-paint probe (issue 4, "Tests and benchmark"): an X timeline page whose own script, from the
// top of <head>, counts every animation frame in which any [data-target] unit has something on
// screen. The initial HTML holds targets; then the page appends batches of rows, recycles rows in
// place (new text, new link) the way X's virtual list does, and rewrites text in place. Negatives are
// watched too: the probe proves it can see a unit by seeing each of them. Text is on screen when it
// has a box, is visible, and is not drawn blurred (blur mode's frames count as hide mode's do).
// The same page under a host no adapter knows (PROBE_OTHER_URL) is the probe of "also on all other
// sites"; either may be served streamed, its first HTML cut inside rows (probePage). While the page
// still parses, its own frame callback appends a banner to <body>, as pages do.
// Used by tests/e2e/filter-prepaint.e2e.ts (asserts 0) and tests/bench/prepaint.bench.ts (prints).
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as ServedPage } from './harness/server';

export const PROBE_URL = 'https://x.com/i/prepaint-probe';
/** The probe under a host no adapter knows: "also on all other sites" filters it. */
export const PROBE_OTHER_URL = 'https://news.example/i/prepaint-probe';

export interface ProbeResult {
  frames: number;
  /** Frames in which a target of the initial HTML had something on screen. */
  exposedInitial: number;
  /** Frames in which a target inserted or changed later had something on screen. */
  exposedInserted: number;
  /** Negatives the probe saw on screen (proof that it can see). */
  negativesSeen: number;
  negatives: number;
  batches: number;
  targets: number;
}

// One row of X's timeline markup. Kept as source text because the page's own script uses it too.
const ROW_SOURCE = `(id, kind, phase, author, handle, text) =>
  '<div data-testid="cellInnerDiv" data-' + kind + '="' + id + '" data-phase="' + phase + '"><div><article data-testid="tweet">' +
  '<div data-testid="User-Name"><a href="/' + handle + '"><span>' + author + '</span></a> <a href="/' + handle + '">@' + handle + '</a></div>' +
  '<div data-testid="tweetText">' + text + '</div></article></div></div>'`;

type Row = (id: string, kind: 'target' | 'negative', phase: 'initial' | 'inserted', author: string, handle: string, text: string) => string;
const row = new Function(`return ${ROW_SOURCE}`)() as Row;

const INITIAL_ROWS = Array.from({ length: 40 }, (_, i) =>
  i % 2 === 0
    ? row(`i${i}`, 'target', 'initial', i % 4 === 0 ? 'Jordan Avery' : 'Sam Rivera', i % 4 === 0 ? 'jordan_avery' : 'sam_rivera', i % 4 === 0 ? 'Golden hour again.' : `Dinner with Jordie, night ${i}.`)
    : row(`i${i}`, 'negative', 'initial', 'Jordan Peele', 'jordanpeele', `Jordanian news, item ${i}.`),
).join('\n');

// The page's own script. Runs in the page (main world), not in the extension.
const PROBE_SCRIPT = `
(() => {
  const result = { frames: 0, exposedInitial: 0, exposedInserted: 0, negativesSeen: 0, negatives: 0, batches: 0, targets: 0, done: false };
  window.__probe = result;
  const seen = new WeakSet();
  const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  // Blur mode: text drawn through a filter (the page has none of its own) cannot be read.
  const blurred = (el) => {
    for (; el; el = el.parentElement) if (getComputedStyle(el).filter !== 'none') return true;
    return false;
  };
  const onScreen = (unit) => {
    const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/\\S/.test(node.data) || !node.parentElement || !shown(node.parentElement) || blurred(node.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return true;
    }
    return false;
  };
  let banner = null;
  const frame = () => {
    result.frames++;
    // While the page still parses, the page appends a banner to <body> once, from its own frame
    // callback: the document's last node is then the banner, not where the parser is.
    if (!banner && document.readyState === 'loading' && document.body) {
      banner = document.createElement('aside');
      banner.textContent = 'Subscribe to updates';
      document.body.append(banner);
    }
    let initial = false, inserted = false;
    for (const unit of document.querySelectorAll('[data-target]')) {
      if (onScreen(unit)) unit.dataset.phase === 'initial' ? (initial = true) : (inserted = true);
    }
    for (const unit of document.querySelectorAll('[data-negative]')) {
      if (!seen.has(unit) && onScreen(unit)) { seen.add(unit); result.negativesSeen++; }
    }
    if (initial) result.exposedInitial++;
    if (inserted) result.exposedInserted++;
    if (!result.done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  const row = ${ROW_SOURCE};
  let n = 0;
  const batch = () => {
    const list = document.querySelector('[aria-label="Timeline"]');
    const html = [];
    for (let i = 0; i < 10; i++, n++) {
      const target = n % 2 === 0;
      html.push(target
        ? row('b' + n, 'target', 'inserted', n % 3 ? 'Sam' : 'Jordan Avery', n % 3 ? 'sam' : 'jordan_avery', n % 3 ? 'Coffee with JORDAN AVÉRY ' + n : 'New post ' + n)
        : row('b' + n, 'negative', 'inserted', 'Jordan Peele', 'jordanpeele', 'Trailer ' + n));
    }
    list.insertAdjacentHTML('beforeend', html.join(''));
    // X's virtual list recycles a row: new text in place, then a new author link in place.
    const negatives = list.querySelectorAll('[data-negative][data-phase="inserted"]');
    const recycled = negatives[negatives.length - 1];
    if (recycled && result.batches % 2 === 0) {
      recycled.removeAttribute('data-negative');
      recycled.setAttribute('data-target', 'r' + n);
      recycled.querySelector('[data-testid="tweetText"]').firstChild.data = 'Recycled: with Jordie today';
    } else if (recycled) {
      recycled.removeAttribute('data-negative');
      recycled.setAttribute('data-target', 'h' + n);
      // (On X a path names the profile; anywhere else, only X's full address does.)
      for (const link of recycled.querySelectorAll('a')) link.setAttribute('href', (location.hostname === 'x.com' ? '' : 'https://x.com') + '/Jordan_Avery');
    }
    result.batches++;
    if (result.batches < 30) setTimeout(batch, 16);
    else setTimeout(() => {
      result.negatives = document.querySelectorAll('[data-negative]').length;
      result.targets = document.querySelectorAll('[data-target]').length;
      result.done = true;
    }, 100);
  };
  addEventListener('DOMContentLoaded', () => setTimeout(batch, 16));
})();
`;

export const PROBE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pre-paint probe / X</title>
<script>${PROBE_SCRIPT}</script>
<style>body{font:15px system-ui;margin:0} [data-testid="cellInnerDiv"]{border-bottom:1px solid #eee;padding:8px}</style>
</head><body><main><div aria-label="Timeline">
${INITIAL_ROWS}
</div></main></body></html>`;

/** How streamed pages are cut: five cuts, each inside a row, 40 ms apart. */
const STREAM_CUTS = [0.2, 0.35, 0.5, 0.65, 0.8];
const STREAM_GAP = 40;

/**
 * The probe page as served: at once, or streamed, its first HTML sent in parts cut inside rows (the
 * parser meets a frame in the middle of a unit, its author in and its text not yet).
 */
export function probePage(streamed: boolean): ServedPage {
  if (!streamed) return { body: PROBE_HTML };
  const ends = [...STREAM_CUTS.map((share) => Math.floor(PROBE_HTML.length * share)), PROBE_HTML.length];
  const parts = ends.map((end, i) => PROBE_HTML.slice(i === 0 ? 0 : ends[i - 1], end));
  return { body: parts[0]!, more: parts.slice(1).map((body) => ({ after: STREAM_GAP, body })) };
}

/** For startSiteServer: the probe at its address on either host; with `?streamed`, streamed. */
export function serveProbe(url: URL): ServedPage | undefined {
  return url.pathname === new URL(PROBE_URL).pathname ? probePage(url.searchParams.has('streamed')) : undefined;
}

export async function runProbe(page: PlaywrightPage, url = PROBE_URL): Promise<ProbeResult> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __probe?: { done: boolean } }).__probe?.done === true, null, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { __probe: ProbeResult }).__probe);
}
