// @vitest-environment-options {"url": "https://x.com/home"}
// The engine on X's timeline markup (tests/fixtures/x/home-timeline.html) with the demo person:
// hidden on the first scan, on inserted rows, on recycled rows and text changed in place; shown
// again when a unit stops matching or the settings change; counted once per unit.
import { describe, expect, it } from 'vitest';
import { READY, unitSelectors, WAIT } from '../../../src/content/style';
import { SITES } from '../../../src/sites';
import type { SiteAdapter } from '../../../src/sites/types';
import { instagram } from '../../../src/sites/instagram';
import { x } from '../../../src/sites/x';
import { body, cardOf, demoCompiled, fixtureBody, held, hiddenCount, isHidden, parsing, useEngine, type ParsingRun } from './helpers';

const TIMELINE = fixtureBody('tests/fixtures/x/home-timeline.html');

/** The elements that wait for the parser to leave them (WAIT), by id or tag name. */
function waiting(): string[] {
  return [...document.querySelectorAll(`[${WAIT}]`)].map((element) => element.id || element.localName);
}

/** A site of posts and the quotes inside them, each a unit judged on its own, each hiding itself. */
const POSTS_AND_QUOTES: SiteAdapter = { ...x, units: 'article.post, aside.quote', hideTarget: undefined, hideTargets: undefined, authors: undefined };
/** The same posts, each hidden with the grid cell the page keeps around it (as YouTube hides a cell). */
const POSTS_IN_CELLS: SiteAdapter = { ...POSTS_AND_QUOTES, hideTarget: (unit) => unit.closest('.cell') ?? unit };

function row(author: string, handle: string, text: string): string {
  return `<div data-testid="cellInnerDiv"><div><article data-testid="tweet">
    <div data-testid="User-Name"><a href="/${handle}"><span>${author}</span></a></div>
    <div data-testid="tweetText">${text}</div></article></div></div>`;
}

/** A video whose pause() is recorded (jsdom plays nothing). */
function watchedVideo(): { video: HTMLVideoElement; paused: () => boolean } {
  const video = document.createElement('video');
  let paused = false;
  video.pause = () => void (paused = true);
  return { video, paused: () => paused };
}

describe('content engine on X', () => {
  const t = useEngine({ site: x });

  it('before the settings are read, holds the units invisible by stylesheet, then lets go of them', async () => {
    const style = () => document.querySelector('style[data-oos-style]')?.textContent ?? '';
    // The site's list of unit selectors (one a kind, not one :is() of all, so the browser tries each
    // only where it may apply).
    expect(style()).toContain(`${x.units}{visibility:hidden!important}`);
    expect(style()).toContain('html[data-oos-guard] body{visibility:hidden!important}');
    expect(style()).not.toContain('blur');
    body(TIMELINE);
    expect(document.documentElement.hasAttribute(READY)).toBe(false);
    await t.api.answer(demoCompiled());
    expect(document.documentElement.hasAttribute(READY)).toBe(true);
    expect(style()).not.toContain(`${x.units}{`);
    expect(style()).toContain('[data-oos="hide"]{display:none!important}');
    t.api.change(demoCompiled((settings) => (settings.filter.mode = 'blur')));
    expect(style()).toContain('[data-oos="blur"]>:not(oos-card){filter:blur(16px)');
    // What is blurred is inert (no keyboard focus, nothing read aloud); the unit itself is not, or the
    // card inside it would be inert too. (Chromium; Firefox's build has the engine do it.)
    expect(style()).toMatch(/\[data-oos="blur"\]>:not\(oos-card\)\{[^}]*interactivity:inert!important/);
    expect(style()).not.toMatch(/\[data-oos="blur"\]\{[^}]*interactivity/);
    // Nothing of the page's own style undoes ours: every declaration is !important.
    const declarations = [...style().matchAll(/\{([^}]*)\}/g)].flatMap((rule) => rule[1]!.split(';'));
    expect(declarations.length).toBeGreaterThan(10);
    expect(declarations.filter((declaration) => !declaration.endsWith('!important'))).toEqual([]);
  });

  it('no site\'s unit selectors hold ";" or "}" (the stylesheet marks each declaration !important at those)', () => {
    expect(SITES.filter((site) => /[;}]/.test(site.units)).map((site) => site.id)).toEqual([]);
  });

  it('the quick pre-check never lets through what the full reading hides', async () => {
    const article = (id: string, inner: string) => `<div data-testid="cellInnerDiv"><article data-testid="tweet" id="${id}">${inner}</article></div>`;
    body([
      // Hidden: the browser's joined text reads "JordanAvery", the full reading "Jordan\nAvery".
      article('blocks', '<div>Jordan</div><div>Avery</div>'),
      article('alt', '<img alt="Jordan Avery at the lake">'),
      article('label', '<button aria-label="Message JORDIE"></button>'),
      article('title', '<img alt="" title="Jordan Avery" src="a.png">'),
      article('link', '<a href="https://www.instagram.com/jordan.avery/">a photo</a>'),
      // Hidden: the text reads "Jordan and friends", the alt "Avery"; the full reading "Jordan / Avery".
      article('apart', '<span>Jordan</span> <img alt="Avery"> and friends'),
      // Shown: the pre-check says "maybe" for a longer word, the full reading says no.
      article('longer', 'Jordanian food with Averyson'),
      article('calm', 'A calm day at the lake'),
    ].join(''));
    await t.api.answer(demoCompiled());
    const hidden = (id: string) => isHidden(document.getElementById(id));
    expect(['blocks', 'alt', 'label', 'title', 'link', 'apart'].filter(hidden)).toEqual(['blocks', 'alt', 'label', 'title', 'link', 'apart']);
    expect(['longer', 'calm'].filter(hidden)).toEqual([]);
  });

  it('no site\'s unit selector holds a comma of its own: its list splits into selectors at each comma', () => {
    for (const site of SITES) {
      const parts = unitSelectors(site.units);
      expect(parts.length, site.id).toBeGreaterThan(0);
      // A comma inside :is() or a quoted value would leave halves that are no selector at all.
      for (const part of parts) expect(() => document.querySelector(part), `${site.id}: ${part}`).not.toThrow();
    }
    expect(unitSelectors(' a ,b.c, d e ')).toEqual(['a', 'b.c', 'd e']);
    expect(() => unitSelectors('b:is(c, d)').forEach((part) => document.querySelector(part))).toThrow();
  });

  it('hides every target in the first HTML and keeps every negative', async () => {
    body(TIMELINE);
    await t.api.answer(demoCompiled());
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
    await t.api.answer(demoCompiled());
    const timeline = document.getElementById('timeline')!;
    timeline.insertAdjacentHTML('beforeend', row('Sam', 'sam', 'Dinner with Jordie tonight') + row('Sam', 'sam', 'Dinner with Jo tonight'));
    t.engine.takeRecords();
    const [first, second] = timeline.children;
    expect(isHidden(first!)).toBe(true);
    expect(isHidden(second!)).toBe(false);
  });

  it('re-checks text changed in place and shows a unit that stops matching', async () => {
    body(row('Sam', 'sam', 'Dinner with friends'));
    await t.api.answer(demoCompiled());
    const text = document.querySelector('[data-testid="tweetText"]')!.firstChild as Text;
    const cell = document.querySelector('[data-testid="cellInnerDiv"]')!;
    expect(isHidden(cell)).toBe(false);
    text.data = 'Dinner with Jordan Avery';
    t.engine.takeRecords();
    expect(isHidden(cell)).toBe(true);
    text.data = 'Dinner with friends again';
    t.engine.takeRecords();
    expect(isHidden(cell)).toBe(false);
  });

  it('re-checks a recycled row whose link changes to the person, and back', async () => {
    body(row('Someone', 'someone', 'A quiet morning'));
    await t.api.answer(demoCompiled());
    const cell = document.querySelector('[data-testid="cellInnerDiv"]')!;
    const link = cell.querySelector('a')!;
    link.setAttribute('href', '/Jordan_Avery');
    t.engine.takeRecords();
    expect(isHidden(cell)).toBe(true);
    link.setAttribute('href', '/someone');
    t.engine.takeRecords();
    expect(isHidden(cell)).toBe(false);
  });

  it('lets go of a hidden unit the page takes out: the cell the page keeps shows what it holds now', async () => {
    t.restart({ site: POSTS_IN_CELLS });
    body('<div class="cell" id="cell"><article class="post">Jordie at the lake</article></div><article class="post" id="moved">Jordan Avery again</article>');
    await t.api.answer(demoCompiled((settings) => (settings.filter.mode = 'blur')));
    const cell = document.getElementById('cell')!;
    const moved = document.getElementById('moved')!;
    expect([cell.getAttribute('data-oos'), moved.getAttribute('data-oos')]).toEqual(['blur', 'blur']);

    // The page puts someone else's post in the cell, and takes the other post out for a while.
    cell.replaceChildren();
    cell.insertAdjacentHTML('beforeend', '<article class="post">Soup with Sam</article>');
    moved.remove();
    t.engine.takeRecords();
    expect(cell.hasAttribute('data-oos')).toBe(false);
    expect(cell.querySelector('oos-card')).toBeNull();
    expect(cardOf(moved)).toBeUndefined();
    expect(moved.hasAttribute('data-oos')).toBe(false);

    // Theirs in the cell again, and the other post put back: both covered again, counted once.
    cell.firstElementChild!.textContent = 'Jordie again';
    document.body.append(moved);
    t.engine.takeRecords();
    expect([cell.getAttribute('data-oos'), moved.getAttribute('data-oos')]).toEqual(['blur', 'blur']);
    expect(cardOf(moved)).toBeDefined();
    t.engine.flushReports();
    expect(hiddenCount(t.api)).toBe(3);
  });

  it('keeps a cell hidden when the post about them it now holds came in before the old one left', async () => {
    t.restart({ site: POSTS_IN_CELLS });
    body('<div class="cell" id="cell"><article class="post">Jordie at the lake</article></div>');
    await t.api.answer(demoCompiled());
    const cell = document.getElementById('cell')!;
    const old = cell.firstElementChild!;
    // The page puts the new post in first (hidden with the same cell), and takes the old one out later.
    cell.insertAdjacentHTML('beforeend', '<article class="post">Jordan Avery, again</article>');
    t.engine.takeRecords();
    old.remove();
    t.engine.takeRecords();
    expect(cell.getAttribute('data-oos')).toBe('hide');
  });

  it('keeps a cell hidden while one of two posts about them in it turns clear, and shows it when both have', async () => {
    t.restart({ site: POSTS_IN_CELLS });
    body('<div class="cell" id="cell"><article class="post">Jordie at the lake</article><article class="post">Jordan Avery, again</article></div>');
    await t.api.answer(demoCompiled());
    const cell = document.getElementById('cell')!;
    const [first, second] = cell.querySelectorAll('article');
    expect(cell.getAttribute('data-oos')).toBe('hide');
    first!.textContent = 'A calm day';
    t.engine.takeRecords();
    expect(cell.getAttribute('data-oos')).toBe('hide');
    second!.textContent = 'Soup';
    t.engine.takeRecords();
    expect(cell.hasAttribute('data-oos')).toBe(false);
  });

  it('counts each hidden unit once per page: shown again by a recycled node, or changed in place while hidden', async () => {
    body(TIMELINE);
    await t.api.answer(demoCompiled());
    const targets = document.querySelectorAll('[data-target]').length;
    t.engine.flushReports();
    expect(hiddenCount(t.api)).toBe(targets);

    // The virtual list reuses the first row for another post, then for the first post again.
    const article = document.querySelector('[data-target="by-handle"] article')!;
    const original = article.innerHTML;
    article.innerHTML = '<div data-testid="tweetText">Something else entirely</div>';
    t.engine.takeRecords();
    article.innerHTML = original;
    t.engine.takeRecords();
    expect(isHidden(article)).toBe(true);
    t.engine.flushReports();
    expect(hiddenCount(t.api)).toBe(targets);

    // Every hidden post changes in place while hidden (the site updates its like count): the same
    // posts, counted once.
    for (const hidden of document.querySelectorAll('[data-target] article')) hidden.insertAdjacentHTML('beforeend', '<div>12 likes</div>');
    t.engine.takeRecords();
    expect([...document.querySelectorAll('[data-target] article')].every(isHidden)).toBe(true);
    t.engine.flushReports();
    expect(hiddenCount(t.api)).toBe(targets);

    // A hidden row recycled for another post about them, with its own address: one more.
    article.innerHTML = '<div data-testid="User-Name"><a href="/jordan_avery/status/99">Jordan Avery</a></div><div>A different post</div>';
    t.engine.takeRecords();
    expect(isHidden(article)).toBe(true);
    t.engine.flushReports();
    expect(hiddenCount(t.api)).toBe(targets + 1);
    expect(t.api.sent.every((message) => (message.data as { site: string }).site === 'x')).toBe(true);
  });

  it('applies a settings change to the open page: paused person, snooze, site switched off', async () => {
    body(TIMELINE);
    await t.api.answer(demoCompiled());
    const first = document.querySelector('[data-target="by-handle"]')!;
    expect(isHidden(first)).toBe(true);

    t.api.change(demoCompiled((settings) => (settings.people[0]!.enabled = false)));
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);

    t.api.change(demoCompiled());
    expect(isHidden(first)).toBe(true);

    const now = Date.parse('2026-11-20T12:00:00Z');
    t.api.change(demoCompiled(undefined, now + 60_000));
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
    t.api.change(demoCompiled(undefined, now - 60_000));
    expect(isHidden(first)).toBe(true);

    t.api.change(demoCompiled((settings) => (settings.filter.sites = { x: false })));
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
  });

  it('never hides a unit inside what the user is writing', async () => {
    body(`<div contenteditable="true">${row('Me', 'me', 'draft about Jordan Avery')}</div>`);
    await t.api.answer(demoCompiled());
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
  });

  it('checks units inside open shadow roots, including ones attached before insertion, where the site uses them', async () => {
    // Only sites that say so (new Reddit) are searched for shadow roots; X's markup stands in here.
    t.restart({ site: { ...x, shadowRoots: true } });
    body('<main id="feed"></main>');
    await t.api.answer(demoCompiled());
    const host = document.createElement('shreddit-feed');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = row('Sam', 'sam', 'nothing to see');
    document.getElementById('feed')!.append(host);
    t.engine.takeRecords();
    const text = shadow.querySelector('[data-testid="tweetText"]')!.firstChild as Text;
    text.data = 'with Jordie at the lake';
    t.engine.takeRecords();
    expect(isHidden(shadow.querySelector('article'))).toBe(true);
  });

  it('blur mode covers the unit with a card; "Show anyway" needs a second click and counts as a peek', async () => {
    body(TIMELINE);
    await t.api.answer(demoCompiled((settings) => (settings.filter.mode = 'blur')));
    const marked = document.querySelector('[data-target="mention"] [data-oos="blur"]')!;
    expect(marked).not.toBeNull();
    const card = cardOf(marked)!;
    expect(card.textContent).toContain('Hidden to protect your peace');
    const button = card.querySelector<HTMLButtonElement>('button.show')!;
    expect(button.textContent).toBe('Show anyway');

    button.click();
    expect(marked.getAttribute('data-oos')).toBe('blur');
    expect(button.textContent).toBe('Yes, show it');
    expect(t.api.sent.some((message) => message.name === 'recordReveal')).toBe(false);

    button.click();
    expect(marked.hasAttribute('data-oos')).toBe(false);
    expect(marked.querySelector('oos-card')).toBeNull();
    expect(t.api.sent.filter((message) => message.name === 'recordReveal')).toEqual([{ name: 'recordReveal', data: { site: 'x' } }]);

    // Revealed stays revealed for this page, even when the row updates in place (a like count).
    marked.querySelector('article')!.insertAdjacentHTML('beforeend', '<div>12 likes</div>');
    t.engine.takeRecords();
    expect(marked.hasAttribute('data-oos')).toBe(false);

    // A recycled row that now holds another post about them is blurred again.
    marked.querySelector('article')!.innerHTML = '<div data-testid="User-Name"><a href="/jordan_avery">Jordan Avery</a></div><div>A different post</div>';
    t.engine.takeRecords();
    expect(marked.getAttribute('data-oos')).toBe('blur');
  });

  it('stops a video the page starts inside a hidden or blurred unit, and no other', async () => {
    body(TIMELINE);
    await t.api.answer(demoCompiled((settings) => (settings.filter.mode = 'blur')));
    const started = (parent: Element) => {
      const { video, paused } = watchedVideo();
      parent.append(video);
      video.dispatchEvent(new Event('play'));
      return paused();
    };
    expect(started(document.querySelector('[data-target="mention"] [data-oos="blur"] article')!)).toBe(true);
    expect(started(document.querySelector('[data-negative] article')!)).toBe(false);

    // A "play" of the page's own, on the document or on a player of its making, is let be.
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const player = document.createElement('my-player');
    document.querySelector('[data-target="mention"] [data-oos="blur"] article')!.append(player);
    player.dispatchEvent(new Event('play'));
    document.dispatchEvent(new Event('play'));
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it('stops what already plays in a unit when the unit turns out to be theirs', async () => {
    body(TIMELINE);
    await t.api.answer(demoCompiled());
    const article = document.querySelector('[data-negative] article')!;
    const { video, paused } = watchedVideo();
    article.append(video);
    t.engine.takeRecords();
    expect(paused()).toBe(false);

    // Its text changes in place, to a post about them, while the video plays.
    article.insertAdjacentHTML('beforeend', '<p>Jordan Avery was here</p>');
    t.engine.takeRecords();
    expect(article.closest('[data-oos="hide"]')).not.toBeNull();
    expect(paused()).toBe(true);
  });

  it('reaches players that keep their video in shadow roots, where the site uses them', async () => {
    // New Reddit's player keeps its video in a shadow root, where a "play" stays; X's markup stands in.
    t.restart({ site: { ...x, shadowRoots: true } });
    body(TIMELINE);
    await t.api.answer(demoCompiled());
    /** A player with its video two shadow roots deep, put in `parent`. */
    const player = (parent: Element) => {
      const host = document.createElement('shreddit-player');
      const frame = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(frame);
      const watched = watchedVideo();
      frame.attachShadow({ mode: 'open' }).append(watched.video);
      parent.append(host);
      t.engine.takeRecords();
      return watched;
    };

    // Started by the site in a hidden unit: stopped. In someone else's: left to play.
    const hidden = player(document.querySelector('[data-target="mention"] article')!);
    hidden.video.dispatchEvent(new Event('play'));
    expect(hidden.paused()).toBe(true);
    const kept = player(document.querySelector('[data-negative] article')!);
    kept.video.dispatchEvent(new Event('play'));
    expect(kept.paused()).toBe(false);

    // A player the site builds only later, when it defines the element: its shadow root comes with no
    // change the observer sees. Being defined under a card starts a transition (style.ts), and from
    // its "transitionrun" on, what plays in there is stopped. (Only then is the event listened for:
    // in hide mode the stylesheet starts no such transition, and a page's own are none of ours.)
    const builtLate = () => {
      const host = document.createElement('shreddit-player');
      document.querySelector('[data-target="mention"] article')!.append(host);
      t.engine.takeRecords();
      const watched = watchedVideo();
      host.attachShadow({ mode: 'open' }).append(watched.video);
      return { host, watched };
    };
    const unheard = builtLate();
    unheard.host.dispatchEvent(new Event('transitionrun', { bubbles: true }));
    expect(unheard.watched.paused()).toBe(false);
    unheard.host.remove();
    t.engine.takeRecords();
    t.api.change(demoCompiled((settings) => (settings.filter.mode = 'blur')));
    expect(document.querySelector('style[data-oos-style]')!.textContent).toContain('[data-oos="blur"] :defined{transition:outline-offset 1ms!important}');
    const { host: late, watched: lateVideo } = builtLate();
    lateVideo.video.dispatchEvent(new Event('play'));
    expect(lateVideo.paused()).toBe(false);
    late.dispatchEvent(new Event('transitionrun', { bubbles: true }));
    expect(lateVideo.paused()).toBe(true);
    const next = watchedVideo();
    late.shadowRoot!.append(next.video);
    next.video.dispatchEvent(new Event('play'));
    expect(next.paused()).toBe(true);

    // Playing when its post turns out to be theirs: stopped as the post is hidden.
    const article = document.querySelector('[data-negative] article')!;
    article.insertAdjacentHTML('beforeend', '<p>Jordan Avery was here</p>');
    t.engine.takeRecords();
    expect(isHidden(article)).toBe(true);
    expect(kept.paused()).toBe(true);
  });

  it('"Keep it hidden" steps back from the confirmation', async () => {
    body(TIMELINE);
    await t.api.answer(demoCompiled((settings) => (settings.filter.mode = 'blur')));
    const marked = document.querySelector('[data-target="mention"] [data-oos="blur"]')!;
    const card = cardOf(marked)!;
    card.querySelector<HTMLButtonElement>('button.show')!.click();
    card.querySelector<HTMLButtonElement>('button.keep')!.click();
    card.querySelector<HTMLButtonElement>('button.show')!.click();
    expect(marked.getAttribute('data-oos')).toBe('blur');
  });

  it('does nothing before the first read even when rows arrive, and scans them at the read', async () => {
    body('<main id="timeline"></main>');
    document.getElementById('timeline')!.insertAdjacentHTML('beforeend', row('Sam', 'sam', 'Jordie again'));
    t.engine.takeRecords();
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
    await t.api.answer(demoCompiled());
    expect(document.querySelectorAll('[data-oos]').length).toBe(1);
  });

  const whileParsing = (run: ParsingRun, site: SiteAdapter = x) => parsing(t, run, { site });

  it('while the first HTML streams in, nothing observes: finished units are checked once a frame, the one the parser is in stays held', () =>
    whileParsing(async ({ nextFrame, finish }) => {
      body('<main id="timeline"></main>');
      await t.api.answer(demoCompiled());
      expect(t.engine.observing).toBe(false);
      expect(document.documentElement.hasAttribute(READY)).toBe(false);
      const timeline = document.getElementById('timeline')!;
      // A parser chunk ends inside a row: its author is in, its text (naming them) is not yet.
      timeline.insertAdjacentHTML('beforeend', row('Sam', 'sam', ''));
      nextFrame();
      const [first] = timeline.querySelectorAll('article');
      expect(held(first!)).toBe(true); // not shown yet
      expect(first!.hasAttribute('data-oos')).toBe(false);
      // The next chunk: the text names them, and the parser moves on to two more rows.
      first!.querySelector('[data-testid="tweetText"]')!.append('with Jordie');
      timeline.insertAdjacentHTML('beforeend', row('Kim', 'kim', 'A calm day'));
      timeline.insertAdjacentHTML('beforeend', row('Lee', 'lee', 'Tea'));
      nextFrame();
      const [, second, third] = timeline.querySelectorAll('article');
      expect(isHidden(first!)).toBe(true);
      // The second row is finished and read whole; the parser is inside the third, which alone waits.
      expect([held(second!), isHidden(second!)]).toEqual([false, false]);
      expect(held(third!)).toBe(true);
      expect([...document.querySelectorAll(`[${WAIT}]`)]).toEqual([third]);
      // A page script changes a row read already while the page still parses (a streamed part moved in):
      // the observer watches finished units, so it is checked again at once.
      second!.querySelector('[data-testid="tweetText"]')!.textContent = 'A calm day with Jordie';
      t.engine.takeRecords();
      expect(isHidden(second!)).toBe(true);
      second!.querySelector('[data-testid="tweetText"]')!.textContent = 'A calm day';
      t.engine.takeRecords();
      expect(isHidden(second!)).toBe(false);
      // A page script puts a new row inside a row read already: checked at once, too.
      second!.parentElement!.insertAdjacentHTML('beforeend', row('Sam', 'sam', 'Jordie said hi'));
      t.engine.takeRecords();
      expect(isHidden(second!.parentElement!.lastElementChild!.querySelector('article')!)).toBe(true);
      // The parser is done: the last row is checked, the observer takes over, the page is ready.
      finish();
      expect(isHidden(third!)).toBe(false);
      expect(t.engine.observing).toBe(true);
      expect(document.documentElement.hasAttribute(READY)).toBe(true);
      timeline.insertAdjacentHTML('beforeend', row('Jordan Avery', 'jordan_avery', 'Hello'));
      t.engine.takeRecords();
      expect(isHidden(timeline.lastElementChild!)).toBe(true);
      expect(hiddenCount(t.api)).toBe(0);
      t.engine.flushReports();
      expect(hiddenCount(t.api)).toBe(4);
    }));

  it('while the page parses, a row naming them half in its text and half in an attribute is hidden', () =>
    whileParsing(async ({ nextFrame, finish }) => {
      body('<main id="timeline"></main>');
      await t.api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      // The full reading is "Jordan / Avery / and friends"; the text alone and the alt alone name no one.
      timeline.insertAdjacentHTML('beforeend', '<div data-testid="cellInnerDiv"><article data-testid="tweet" id="apart"><span>Jordan</span> <img alt="Avery"> and friends</article></div>');
      timeline.insertAdjacentHTML('beforeend', row('Kim', 'kim', 'A calm day') + '<div class="still-parsing"></div>');
      nextFrame();
      const apart = document.getElementById('apart')!;
      expect(isHidden(apart)).toBe(true);
      expect(isHidden(timeline.querySelectorAll('article')[1]!)).toBe(false);
      finish();
      expect(isHidden(apart)).toBe(true);
    }));

  it('while the page parses, a name split over two rows of one pass hides neither, and both show', () =>
    whileParsing(async ({ nextFrame }) => {
      body('<main id="timeline"></main>');
      await t.api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      // Read together, the pass holds "Jordan" and "Avery"; each row alone names no one.
      timeline.insertAdjacentHTML('beforeend', row('Kim', 'kim', 'Jordan river trip') + row('Lee', 'lee', 'Avery Street market'));
      timeline.insertAdjacentHTML('beforeend', '<div class="still-parsing"></div>');
      nextFrame();
      const [kim, lee] = timeline.querySelectorAll('article');
      expect([isHidden(kim!), isHidden(lee!), held(kim!), held(lee!)]).toEqual([false, false, false, false]);
    }));

  it('while the page parses, a post a page script moves to another row, or takes out, is checked again', () =>
    whileParsing(async ({ nextFrame }) => {
      body('<main id="timeline"></main>');
      await t.api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      timeline.insertAdjacentHTML('beforeend', row('Sam', 'sam', 'Lunch with Jordie') + row('Kim', 'kim', 'Tea') + '<div class="still-parsing"></div>');
      nextFrame();
      const [first, second] = timeline.querySelectorAll('article');
      const box = first!.parentElement!;
      expect(box.getAttribute('data-oos')).toBe('hide');
      // A page script moves the post into a new row at the end (the virtual list recycling its rows):
      // hidden there, and its old row's box shown (it was hidden as the post's, and holds nothing now).
      timeline.insertAdjacentHTML('beforeend', '<div data-testid="cellInnerDiv" id="new-row"><div></div></div>');
      document.getElementById('new-row')!.firstElementChild!.append(first!);
      timeline.insertAdjacentHTML('beforeend', '<div class="still-parsing"></div>');
      nextFrame();
      expect([box.hasAttribute('data-oos'), first!.parentElement!.getAttribute('data-oos')]).toEqual([false, 'hide']);
      // The parser is in a row whose post it has done; the page takes the post out: its box is shown.
      timeline.insertAdjacentHTML('beforeend', row('Lee', 'lee', 'Jordan Avery says hi').replace('</div></div>', '') );
      nextFrame();
      const last = [...timeline.querySelectorAll('article')].at(-1)!;
      const lastBox = last.parentElement!;
      timeline.lastElementChild!.firstElementChild!.insertAdjacentHTML('beforeend', '<span class="still-parsing"></span>');
      nextFrame();
      expect(lastBox.getAttribute('data-oos')).toBe('hide');
      last.remove();
      nextFrame();
      expect(lastBox.hasAttribute('data-oos')).toBe(false);
      expect(isHidden(second!)).toBe(false);
    }));

  it('while the page parses, a quote of theirs inside a post is hidden alone once the post is done, and held until then', () =>
    whileParsing(async ({ nextFrame, finish }) => {
      body('<main id="timeline"></main>');
      await t.api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      // The quote is finished, the post around it is not: the post waits with its quote, and nothing in
      // it is read yet (it is read once, whole, when the parser leaves it).
      timeline.insertAdjacentHTML('beforeend', `<article class="post" id="post"><p>Kim: a calm day</p>
        <aside class="quote" id="quote"><p>Jordie said hi</p></aside><div class="still-parsing"></div></article>`);
      nextFrame();
      const post = document.getElementById('post')!;
      const quote = document.getElementById('quote')!;
      expect([held(post), held(quote)]).toEqual([true, true]);
      expect(isHidden(quote)).toBe(false);
      expect(waiting()).toEqual(['post']);
      // The parser leaves the post: read whole, it is shown, and its quote stays hidden on its own.
      timeline.insertAdjacentHTML('beforeend', '<div class="still-parsing"></div>');
      nextFrame();
      expect([held(post), isHidden(post)]).toEqual([false, false]);
      expect(isHidden(quote)).toBe(true);
      expect(isHidden(post.querySelector('p'))).toBe(false);
      finish();
      expect(isHidden(quote)).toBe(true);
    }, POSTS_AND_QUOTES));

  it('while the page parses, a quote the parser is in inside a post it is in is read with the post, once', () =>
    whileParsing(async ({ nextFrame, finish }) => {
      body('<main id="timeline"></main>');
      await t.api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      timeline.insertAdjacentHTML('beforeend', '<article class="post" id="post"><p>Kim: a calm day</p><aside class="quote" id="quote"><p>Jordie</p></aside></article>');
      const post = document.getElementById('post')!;
      const quote = document.getElementById('quote')!;
      nextFrame();
      // The parser leaves the quote, not the post: neither is read yet.
      quote.append(' said hi');
      post.insertAdjacentHTML('beforeend', '<p>More soon</p>');
      nextFrame();
      expect([held(post), held(quote), isHidden(quote)]).toEqual([true, true, false]);
      // It leaves the post: the post is shown, the quote hidden on its own, and counted once.
      timeline.insertAdjacentHTML('beforeend', '<div class="still-parsing"></div>');
      nextFrame();
      expect([held(post), isHidden(post), isHidden(quote)]).toEqual([false, false, true]);
      finish();
      t.engine.flushReports();
      expect(hiddenCount(t.api)).toBe(1);
    }, POSTS_AND_QUOTES));

  it('while the page parses, rows a page script puts where the parser has been are read at the next pass', () =>
    whileParsing(async ({ nextFrame, finish }) => {
      body('<main id="timeline"></main>');
      await t.api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      timeline.insertAdjacentHTML('beforeend', row('Kim', 'kim', 'A calm day'));
      timeline.insertAdjacentHTML('beforeend', '<div class="still-parsing"></div>');
      nextFrame();
      // A script puts two rows before the parser's position, while the parser goes on after it.
      timeline.insertAdjacentHTML('afterbegin', row('Lee', 'lee', 'Jordie again') + row('Ana', 'ana', 'Tea'));
      timeline.insertAdjacentHTML('beforeend', row('Sam', 'sam', 'Soup') + '<div class="still-parsing"></div>');
      const [byScript, calm, kim, sam] = timeline.querySelectorAll('article');
      // Read at the next frame's pass, before that frame is painted, as the parser's are.
      expect([isHidden(byScript!), waiting()]).toEqual([false, []]);
      nextFrame();
      expect([held(kim!), held(sam!)]).toEqual([false, false]);
      expect(isHidden(byScript!)).toBe(true);
      expect([held(calm!), isHidden(calm!)]).toEqual([false, false]);
      finish();
      expect(isHidden(byScript!)).toBe(true);
      t.engine.flushReports();
      expect(hiddenCount(t.api)).toBe(1);
    }));

  it('while the page parses, a row read once the parser left it is checked again when a page script writes into it', () =>
    whileParsing(async ({ nextFrame }) => {
      body('<main id="timeline"></main>');
      await t.api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      // A pass meets the parser deep inside a row (in its words' last part); the next, past it.
      timeline.insertAdjacentHTML('beforeend', row('Kim', 'kim', 'A calm <b>day</b>'));
      nextFrame();
      const post = timeline.querySelector('article')!;
      expect(held(post)).toBe(true);
      timeline.insertAdjacentHTML('beforeend', '<div class="still-parsing"></div>');
      nextFrame();
      expect([held(post), isHidden(post)]).toEqual([false, false]);
      // A page script adds words where the parser was inside it.
      post.querySelector('[data-testid="tweetText"]')!.append(document.createTextNode(' with Jordie'));
      t.engine.takeRecords();
      expect(isHidden(post)).toBe(true);
    }));

  it('while the page parses, a page script appending to the page does not hide from the passes where the parser is', () =>
    whileParsing(async ({ nextFrame, finish }) => {
      body('<div id="page"><main id="timeline"></main></div>');
      await t.api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      timeline.insertAdjacentHTML('beforeend', row('Kim', 'kim', 'A calm day') + '<div class="still-parsing"></div>');
      nextFrame();
      // A script appends a banner to <body>, now the document's last node; the parser goes on in the timeline.
      document.body.insertAdjacentHTML('beforeend', '<aside id="banner">Cookies?</aside>');
      timeline.insertAdjacentHTML('beforeend', row('Lee', 'lee', 'Jordie again') + row('Sam', 'sam', 'Soup') + '<div class="still-parsing"></div>');
      nextFrame();
      const [, theirs, sam] = timeline.querySelectorAll('article');
      expect(isHidden(theirs!)).toBe(true);
      expect([held(sam!), isHidden(sam!)]).toEqual([false, false]);
      // And the next part, a frame later.
      timeline.insertAdjacentHTML('beforeend', row('Ana', 'ana', 'Lunch with Jordan Avery') + '<div class="still-parsing"></div>');
      nextFrame();
      expect(isHidden(timeline.querySelectorAll('article')[3]!)).toBe(true);
      finish();
      t.engine.flushReports();
      expect(hiddenCount(t.api)).toBe(2);
    }));

  /** An app's script renders two rows into its root: the calm one shows at once, theirs is hidden. */
  function appRendersInto(root: Element): Element[] {
    root.insertAdjacentHTML('beforeend', row('Ana', 'ana', 'Tea') + row('Sam', 'sam', 'Jordie said hi'));
    t.engine.takeRecords();
    const [calm, theirs] = root.querySelectorAll('article');
    expect([held(calm!), isHidden(calm!)]).toEqual([false, false]);
    expect(isHidden(theirs!)).toBe(true);
    return [calm!, theirs!];
  }

  it('while the page parses, rows an app renders into its empty root, read in an earlier pass, show at once (not when the parser is done)', () =>
    whileParsing(async ({ nextFrame }) => {
      body('<div id="root"></div><div class="still-parsing"></div>');
      await t.api.answer(demoCompiled());
      nextFrame();
      // The app's script runs while the rest of the page still streams in, and renders the feed.
      appRendersInto(document.getElementById('root')!);
    }));

  it('while the page parses, an empty root the parser was in at a pass, and has left, is watched like a region', () =>
    whileParsing(async ({ nextFrame, finish }) => {
      body('<div id="root"></div>');
      await t.api.answer(demoCompiled());
      // A pass meets the parser right inside the root; by the next, the parser has moved on.
      nextFrame();
      document.body.insertAdjacentHTML('beforeend', '<div class="still-parsing"></div>');
      nextFrame();
      const [calm, theirs] = appRendersInto(document.getElementById('root')!);
      // Not read again when the parser is done, and still right.
      finish();
      expect([held(calm!), isHidden(calm!), isHidden(theirs!)]).toEqual([false, false, true]);
    }));

  it('while the page parses, rows a page script puts in a watched part that names them elsewhere show at once', () =>
    whileParsing(async ({ nextFrame }) => {
      body('<section><aside>Jordan Avery</aside><div id="root"></div></section><div class="still-parsing"></div>');
      await t.api.answer(demoCompiled());
      nextFrame();
      appRendersInto(document.getElementById('root')!);
    }));

  it('while the page parses, a unit the parser is still in is not let go by a page script\'s change inside it', () =>
    whileParsing(async ({ nextFrame, finish }) => {
      body('<main id="timeline"><div data-testid="cellInnerDiv"><article data-testid="tweet"><div class="media"></div></article></div></main>');
      await t.api.answer(demoCompiled());
      nextFrame();
      // The parser goes on inside the post; the empty part it left is watched from now on.
      const article = document.querySelector('article')!;
      article.insertAdjacentHTML('beforeend', '<div data-testid="tweetText"></div>');
      nextFrame();
      // A page script fills that part: the post is checked (nothing about them yet) but stays held.
      article.querySelector('.media')!.append('A photo');
      t.engine.takeRecords();
      expect([held(article), isHidden(article)]).toEqual([true, false]);
      // Then the parser reaches the post's text, which names them, and leaves the post.
      article.querySelector('[data-testid="tweetText"]')!.append('with Jordie');
      document.getElementById('timeline')!.insertAdjacentHTML('beforeend', '<div class="still-parsing"></div>');
      nextFrame();
      expect(isHidden(article)).toBe(true);
      finish();
      expect(isHidden(article)).toBe(true);
    }));

  it('while the page parses, a page script taking away the part the parser was in makes the next pass look at the whole page again', () =>
    whileParsing(async ({ nextFrame, finish }) => {
      body('<main id="timeline"></main>');
      await t.api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      timeline.insertAdjacentHTML('beforeend', row('Kim', 'kim', 'A calm day') + '<section id="moving"><div class="still-parsing"></div></section>');
      nextFrame();
      // A script takes that part away (to put it back later); the parser goes on in the timeline.
      const moving = document.getElementById('moving')!;
      moving.remove();
      timeline.insertAdjacentHTML('beforeend', row('Sam', 'sam', 'Jordie said hi') + row('Kim', 'kim', 'Soup') + '<div class="still-parsing"></div>');
      nextFrame();
      const verdicts = (root: Element) => [...root.querySelectorAll('article')].map((unit) => [isHidden(unit), held(unit)]);
      // Read in this pass, not left held until the parser is done.
      expect(verdicts(timeline)).toEqual([[false, false], [true, false], [false, false]]);
      // Put back at the top, filled: read with the rest when the parser is done.
      moving.insertAdjacentHTML('beforeend', row('Ana', 'ana', 'Jordie again') + row('Lee', 'lee', 'Tea'));
      document.body.prepend(moving);
      finish();
      expect(verdicts(moving)).toEqual([[true, false], [false, false]]);
    }));

  it('while the page parses, on a site with shadow roots, units inside them are checked when the parser is done', () =>
    whileParsing(async ({ nextFrame, finish }) => {
      body('<main id="timeline"><div id="host"></div></main>');
      await t.api.answer(demoCompiled());
      const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = row('Sam', 'sam', 'Jordie again');
      document.getElementById('timeline')!.insertAdjacentHTML('beforeend', '<div class="still-parsing"></div>');
      nextFrame();
      finish();
      expect(isHidden(shadow.querySelector('article'))).toBe(true);
    }, { ...x, shadowRoots: true }));

  it('while the page parses, a region is read without the text of its scripts and styles, and its units only when it may be about them', () =>
    whileParsing(async ({ nextFrame }) => {
      body('<main id="timeline"></main>');
      await t.api.answer(demoCompiled());
      const timeline = document.getElementById('timeline')!;
      timeline.insertAdjacentHTML('beforeend', `<div id="data"><script type="application/json">{"name": "Jordan Avery"}</script>
        <style>.jordie {}</style>${row('Kim', 'kim', 'A calm day')}</div>`);
      timeline.insertAdjacentHTML('beforeend', `<div id="named"><script>var x = 1;</script>${row('Lee', 'lee', 'Jordie again')}${row('Ana', 'ana', 'Tea')}</div>`);
      timeline.insertAdjacentHTML('beforeend', `<div id="labelled">${row('Sam', 'sam', '<img alt="Jordan Avery at the lake">')}${row('Kim', 'kim', 'Soup')}</div>`);
      timeline.insertAdjacentHTML('beforeend', '<div id="still-parsing"></div>');
      nextFrame();
      // Regions that may be about them: each unit on its own, by its text, or whole where an attribute may name them.
      const verdicts = (id: string) => [...document.querySelectorAll(`#${id} article`)].map((unit) => [isHidden(unit), held(unit)]);
      expect(verdicts('named')).toEqual([[true, false], [false, false]]);
      expect(verdicts('labelled')).toEqual([[true, false], [false, false]]);
      // Let be whole: nothing anyone reads there names them.
      expect(verdicts('data')).toEqual([[false, false]]);
      expect(isHidden(document.querySelector('#named article'))).toBe(true);
    }));

  it('observes nothing while there is nothing to hide, and starts when a person is added', async () => {
    body(TIMELINE);
    await t.api.answer(demoCompiled((settings) => (settings.people = [])));
    expect(t.engine.observing).toBe(false);
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
    t.api.change(demoCompiled());
    expect(t.engine.observing).toBe(true);
    expect(document.querySelectorAll('[data-oos]').length).toBeGreaterThan(0);
    document.body.insertAdjacentHTML('beforeend', row('Sam', 'sam', 'Jordie again'));
    t.engine.takeRecords();
    expect(isHidden(document.body.lastElementChild!)).toBe(true);
    t.api.change(demoCompiled(undefined, Date.parse('2026-11-20T13:00:00Z')));
    expect(t.engine.observing).toBe(false);
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
  });

  it('shows the page normally when nothing is set up yet', async () => {
    body(TIMELINE);
    await t.api.answer(undefined);
    expect(document.documentElement.hasAttribute(READY)).toBe(true);
    expect(document.querySelectorAll('[data-oos]').length).toBe(0);
  });
});

describe('content engine on Instagram: comments, units only once their author link has come', () => {
  const t = useEngine({ site: instagram });
  const whileParsing = (run: ParsingRun) => parsing(t, run, { site: instagram });
  const COMMENTS = '<main><section id="post"><p>Lunch</p><ul class="comments"><li id="comment">';

  it('while the page parses, a comment that becomes one while the parser is in it waits, then is checked', () =>
    whileParsing(async ({ nextFrame }) => {
      body(COMMENTS);
      await t.api.answer(demoCompiled());
      nextFrame();
      const comment = document.getElementById('comment')!;
      expect(comment.matches(instagram.units)).toBe(false);
      // Its author's link comes: a unit now, and its words, still coming, may name them.
      comment.insertAdjacentHTML('beforeend', '<div><h3><a href="/lena.k/">lena.k</a></h3><span>Saw Jordan Avery there');
      nextFrame();
      expect(held(comment)).toBe(true);
      comment.parentElement!.insertAdjacentHTML('beforeend', '<li><div><h3><a href="/kim/">kim</a></h3><span>Nice');
      nextFrame();
      expect([held(comment), isHidden(comment)]).toEqual([false, true]);
    }));

  it('while the page parses, a comment that becomes one and is left between two frames is checked', () =>
    whileParsing(async ({ nextFrame }) => {
      body(COMMENTS);
      await t.api.answer(demoCompiled());
      nextFrame();
      const comment = document.getElementById('comment')!;
      comment.insertAdjacentHTML('beforeend', '<div><h3><a href="/lena.k/">lena.k</a></h3><span>Saw Jordan Avery there</span></div>');
      comment.parentElement!.insertAdjacentHTML('beforeend', '<li id="next"><div><h3><a href="/kim/">kim</a></h3><span>Nice');
      nextFrame();
      expect(isHidden(comment)).toBe(true);
      expect(isHidden(document.getElementById('next'))).toBe(false);
    }));
});
