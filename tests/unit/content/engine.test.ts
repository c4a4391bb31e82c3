// @vitest-environment-options {"url": "https://x.com/home"}
// The engine on X's timeline markup (tests/fixtures/x/home-timeline.html) with the demo person:
// hidden on the first scan, on inserted rows, on recycled rows and text changed in place; shown
// again when a unit stops matching or the settings change; counted once per unit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/content/engine';
import { READY } from '../../../src/content/style';
import { x } from '../../../src/sites/x';
import { blankDocument, body, demoCompiled, fixtureBody, hiddenCount, isHidden, start, testApi, type TestApi } from './helpers';

const TIMELINE = fixtureBody('tests/fixtures/x/home-timeline.html');

function row(author: string, handle: string, text: string): string {
  return `<div data-testid="cellInnerDiv"><div><article data-testid="tweet">
    <div data-testid="User-Name"><a href="/${handle}"><span>${author}</span></a></div>
    <div data-testid="tweetText">${text}</div></article></div></div>`;
}

describe('content engine on X', () => {
  let api: TestApi;
  let engine: Engine;

  beforeEach(() => {
    blankDocument();
    api = testApi();
    engine = start(api, { site: x });
  });
  afterEach(() => engine.stop());

  it('before the settings are read, holds the units invisible by stylesheet, then marks ready', async () => {
    const style = document.querySelector('style[data-oos-style]');
    expect(style?.textContent).toContain('html:not([data-oos-ready]) :is(article[data-testid="tweet"]');
    expect(style?.textContent).toContain('html[data-oos-guard] body{visibility:hidden!important}');
    body(TIMELINE);
    expect(document.documentElement.hasAttribute(READY)).toBe(false);
    await api.answer(demoCompiled());
    expect(document.documentElement.hasAttribute(READY)).toBe(true);
  });

  it('hides every target in the first HTML and keeps every negative', async () => {
    body(TIMELINE);
    await api.answer(demoCompiled());
    const targets = [...document.querySelectorAll('[data-target]')];
    const negatives = [...document.querySelectorAll('[data-negative]')];
    expect(targets.length).toBeGreaterThanOrEqual(5);
    for (const target of targets) expect(isHidden(target), target.getAttribute('data-target')!).toBe(true);
    for (const negative of negatives) expect(isHidden(negative), negative.getAttribute('data-negative')!).toBe(false);
    // X, 2025-11: the row box stays (virtual list); its content carries the mark.
    const marked = document.querySelector('[data-target="by-handle"] > [data-oos="hide"]');
    expect(marked).not.toBeNull();
  });

  it('hides a row inserted later in the same mutation batch it arrives in', async () => {
    body('<main><div id="timeline"></div></main>');
    await api.answer(demoCompiled());
    const timeline = document.getElementById('timeline')!;
    timeline.insertAdjacentHTML('beforeend', row('Sam', 'sam', 'Dinner with Jordie tonight') + row('Sam', 'sam', 'Dinner with Jo tonight'));
    engine.takeRecords();
    const [first, second] = timeline.children;
    expect(isHidden(first!)).toBe(true);
    expect(isHidden(second!)).toBe(false);
  });

  it('re-checks text changed in place and shows a unit that stops matching', async () => {
    body(row('Sam', 'sam', 'Dinner with friends'));
    await api.answer(demoCompiled());
    const text = document.querySelector('[data-testid="tweetText"]')!.firstChild as Text;
    const cell = document.querySelector('[data-testid="cellInnerDiv"]')!;
    expect(isHidden(cell)).toBe(false);
    text.data = 'Dinner with Jordan Avery';
    engine.takeRecords();
    expect(isHidden(cell)).toBe(true);
    text.data = 'Dinner with friends again';
    engine.takeRecords();
    expect(isHidden(cell)).toBe(false);
  });

  it('re-checks a recycled row whose link changes to the person, and back', async () => {
    body(row('Someone', 'someone', 'A quiet morning'));
    await api.answer(demoCompiled());
    const cell = document.querySelector('[data-testid="cellInnerDiv"]')!;
    const link = cell.querySelector('a')!;
    link.setAttribute('href', '/Jordan_Avery');
    engine.takeRecords();
    expect(isHidden(cell)).toBe(true);
    link.setAttribute('href', '/someone');
    engine.takeRecords();
    expect(isHidden(cell)).toBe(false);
  });

  it('counts each hidden unit once per page, even when a recycled node shows it again', async () => {
    body(TIMELINE);
    await api.answer(demoCompiled());
    const targets = document.querySelectorAll('[data-target]').length;
    engine.flushReports();
    expect(hiddenCount(api)).toBe(targets);

    // The virtual list reuses the first row for another post, then for the first post again.
    const article = document.querySelector('[data-target="by-handle"] article')!;
    const original = article.innerHTML;
    article.innerHTML = '<div data-testid="tweetText">Something else entirely</div>';
    engine.takeRecords();
    article.innerHTML = original;
    engine.takeRecords();
    expect(isHidden(article)).toBe(true);
    engine.flushReports();
    expect(hiddenCount(api)).toBe(targets);
    expect(api.sent.every((message) => (message.data as { site: string }).site === 'x')).toBe(true);
  });

  it('applies a settings change to the open page: paused person, snooze, site switched off', async () => {
    body(TIMELINE);
    await api.answer(demoCompiled());
    const first = document.querySelector('[data-target="by-handle"]')!;
    expect(isHidden(first)).toBe(true);

    api.change(demoCompiled((settings) => (settings.people[0]!.enabled = false)));
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);

    api.change(demoCompiled());
    expect(isHidden(first)).toBe(true);

    const now = Date.parse('2026-11-20T12:00:00Z');
    api.change(demoCompiled(undefined, now + 60_000));
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
    api.change(demoCompiled(undefined, now - 60_000));
    expect(isHidden(first)).toBe(true);

    api.change(demoCompiled((settings) => (settings.filter.sites = { x: false })));
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
  });

  it('never hides a unit inside what the user is writing', async () => {
    body(`<div contenteditable="true">${row('Me', 'me', 'draft about Jordan Avery')}</div>`);
    await api.answer(demoCompiled());
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
  });

  it('checks units inside open shadow roots, including ones attached before insertion', async () => {
    body('<main id="feed"></main>');
    await api.answer(demoCompiled());
    const host = document.createElement('shreddit-feed');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = row('Sam', 'sam', 'nothing to see');
    document.getElementById('feed')!.append(host);
    engine.takeRecords();
    const text = shadow.querySelector('[data-testid="tweetText"]')!.firstChild as Text;
    text.data = 'with Jordie at the lake';
    engine.takeRecords();
    expect(isHidden(shadow.querySelector('article'))).toBe(true);
  });

  it('blur mode covers the unit with a card; "Show anyway" needs a second click and counts as a peek', async () => {
    body(TIMELINE);
    await api.answer(demoCompiled((settings) => (settings.filter.mode = 'blur')));
    const marked = document.querySelector('[data-target="mention"] [data-oos="blur"]')!;
    expect(marked).not.toBeNull();
    const card = engine.cardOf(marked)!;
    expect(card.textContent).toContain('Hidden to protect your peace');
    const button = card.querySelector<HTMLButtonElement>('button.show')!;
    expect(button.textContent).toBe('Show anyway');

    button.click();
    expect(marked.getAttribute('data-oos')).toBe('blur');
    expect(button.textContent).toBe('Yes, show it');
    expect(api.sent.some((message) => message.name === 'recordReveal')).toBe(false);

    button.click();
    expect(marked.hasAttribute('data-oos')).toBe(false);
    expect(marked.querySelector('oos-card')).toBeNull();
    expect(api.sent.filter((message) => message.name === 'recordReveal')).toEqual([{ name: 'recordReveal', data: { site: 'x' } }]);

    // Revealed stays revealed for this page, even when the row updates in place (a like count).
    marked.querySelector('article')!.insertAdjacentHTML('beforeend', '<div>12 likes</div>');
    engine.takeRecords();
    expect(marked.hasAttribute('data-oos')).toBe(false);

    // A recycled row that now holds another post about them is blurred again.
    marked.querySelector('article')!.innerHTML = '<div data-testid="User-Name"><a href="/jordan_avery">Jordan Avery</a></div><div>A different post</div>';
    engine.takeRecords();
    expect(marked.getAttribute('data-oos')).toBe('blur');
  });

  it('"Keep it hidden" steps back from the confirmation', async () => {
    body(TIMELINE);
    await api.answer(demoCompiled((settings) => (settings.filter.mode = 'blur')));
    const marked = document.querySelector('[data-target="mention"] [data-oos="blur"]')!;
    const card = engine.cardOf(marked)!;
    card.querySelector<HTMLButtonElement>('button.show')!.click();
    card.querySelector<HTMLButtonElement>('button.keep')!.click();
    card.querySelector<HTMLButtonElement>('button.show')!.click();
    expect(marked.getAttribute('data-oos')).toBe('blur');
  });

  it('does nothing before the first read even when rows arrive, and scans them at the read', async () => {
    body('<main id="timeline"></main>');
    document.getElementById('timeline')!.insertAdjacentHTML('beforeend', row('Sam', 'sam', 'Jordie again'));
    engine.takeRecords();
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
    await api.answer(demoCompiled());
    expect(document.querySelectorAll('[data-oos]').length).toBe(1);
  });

  it('while the first HTML streams in, the unit the parser is still inside waits unseen until it is complete', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      body('<main id="timeline"></main>');
      await api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      // A parser chunk ends inside a row: its author is in, its text (naming them) is not yet.
      timeline.insertAdjacentHTML('beforeend', row('Sam', 'sam', ''));
      engine.takeRecords();
      const article = timeline.querySelector('article')!;
      expect(article.getAttribute('data-oos')).toBe('wait');
      // The next chunk: the text names them, and the parser moves on to the next row.
      article.querySelector('[data-testid="tweetText"]')!.append('with Jordie');
      timeline.insertAdjacentHTML('beforeend', row('Kim', 'kim', 'A calm day'));
      engine.takeRecords();
      expect(isHidden(timeline.children[0]!)).toBe(true);
      const [, second] = timeline.querySelectorAll('article');
      expect(second!.getAttribute('data-oos')).toBe('wait');
      // The parser is done: the last row is complete, and it is not about them.
      Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(second!.hasAttribute('data-oos')).toBe(false);
    } finally {
      delete (document as unknown as { readyState?: string }).readyState;
    }
  });

  it('shows the page normally when nothing is set up yet', async () => {
    body(TIMELINE);
    await api.answer(undefined);
    expect(document.documentElement.hasAttribute(READY)).toBe(true);
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
  });
});
