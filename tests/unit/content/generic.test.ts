// @vitest-environment-options {"url": "https://news.example/today"}
// "Also on all other sites": the smallest sensible block around a match, never the page, and only
// when the user turned it on.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closestAcrossShadow, collectGenericUnits, GENERIC, genericUnitOf, MAX_GENERIC_ELEMENTS } from '../../../src/content/units';
import { mastodon } from '../../../src/sites/mastodon';
import { READY } from '../../../src/content/style';
import type { Settings } from '../../../src/settings/schema';
import { blankDocument, body, cardOf, demoCompiled, hiddenCount, isHidden, parsing, useEngine } from './helpers';

/** The demo settings with "also on all other sites" on, and `change` made too. */
const allSitesOn = (change: (settings: Settings) => void = () => undefined) => demoCompiled((settings) => {
  settings.filter.allSites = true;
  change(settings);
});

describe('genericUnitOf', () => {
  beforeEach(blankDocument);

  it('picks the item around the text: a list item, an article, a card', () => {
    body(`<main><ul><li id="li"><span id="in-li">Jordie</span></li></ul>
      <article id="article"><p><b id="in-article">Jordie</b></p></article>
      <div class="story-card" id="card"><p id="in-card">Jordie</p></div></main>`);
    expect(genericUnitOf(document.getElementById('in-li')!.firstChild!)?.id).toBe('li');
    expect(genericUnitOf(document.getElementById('in-article')!)?.id).toBe('article');
    expect(genericUnitOf(document.getElementById('in-card')!)?.id).toBe('card');
  });

  it('never picks html, body or main, nor a container that holds other items', () => {
    body(`<main id="main">Jordie at the top<div id="feed"><article>one</article><article>two</article> Jordie</div></main>`);
    expect(genericUnitOf(document.getElementById('main')!.firstChild!)).toBeNull();
    expect(genericUnitOf(document.getElementById('feed')!.lastChild!)).toBeNull();
    body('Jordie');
    expect(genericUnitOf(document.body.firstChild!)).toBeNull();
  });

  it('falls back to the paragraph when no item holds the text', () => {
    body(`<main><section><p id="p">Met <b id="b">Jordie</b> again.</p><p>Other news.</p></section></main>`);
    expect(genericUnitOf(document.getElementById('b')!)?.id).toBe('p');
  });

  it('looks into each block once a look, and never searches a page-sized one for items', () => {
    // An app's page with no list items or articles: 600 lines of text, each in a small block, all in
    // one big wrapper, which every line asks about. Searching that wrapper for items, once a line, was
    // quadratic: seconds on a large page.
    const line = (i: number) => `<div class="row"><span>Line ${i}</span> <b>more</b></div>`;
    body(`<div id="app"><div id="wrapper">${Array.from({ length: 600 }, (_, i) => line(i)).join('')}</div></div>`);
    const searched: Element[] = [];
    const original = Element.prototype.querySelector;
    const spy = vi.spyOn(Element.prototype, 'querySelector').mockImplementation(function (this: Element, selector: string) {
      searched.push(this);
      return original.call(this, selector);
    });
    const units = new Set<Element>();
    try {
      collectGenericUnits(document.body, units);
    } finally {
      spy.mockRestore();
    }
    expect(units.size).toBe(600);
    expect(new Set(searched).size).toBe(searched.length);
    expect(searched.every((element) => element.getElementsByTagName('*').length < MAX_GENERIC_ELEMENTS)).toBe(true);
  });

  it('falls back to the element itself when every block around it holds other items', () => {
    // A post that quotes another is a container of items; an image straight inside it is its own unit,
    // and so is the element a line is in. Never the page, nor a container.
    body(`<main><div id="wrap"><article id="post"><img id="photo" alt="Jordan Avery"><b id="bold">Jordie</b>
      <blockquote>Another post</blockquote></article></div></main>`);
    expect(genericUnitOf(document.getElementById('photo')!)?.id).toBe('photo');
    expect(genericUnitOf(document.getElementById('bold')!.firstChild!)?.id).toBe('bold');
    body('<main><ul id="list"><li>one</li><li>two</li>Jordie</ul></main>');
    expect(genericUnitOf(document.getElementById('list')!.lastChild!)).toBeNull();
  });

  it('finds the item around an element read alone by its own attributes (an image, a link)', () => {
    body('<main><article id="post"><p>Averyville fair</p><img id="photo" alt="Jordan Avery"><a id="link" href="https://x.com/jordan_avery"></a></article></main>');
    for (const id of ['photo', 'link']) {
      const units = new Set<Element>();
      collectGenericUnits(document.getElementById(id)!, units);
      expect([...units].map((unit) => unit.id)).toEqual(['post']);
    }
  });

  it('crosses shadow roots to find the item', () => {
    body('<ul><li id="li"><x-name id="host"></x-name></li></ul>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span id="inner">Jordie</span>';
    expect(closestAcrossShadow(shadow.getElementById('inner')!, 'li')?.id).toBe('li');
  });
});

describe('content engine on any other site', () => {
  const t = useEngine({ site: null });

  it('does not look again for the block around a unit the scan has just found, however many are about them', async () => {
    // The walk up for the block around a node matches the selector lists at every ancestor: a unit
    // the scan has just found is one as it is, and asking again cost 5 ms of the 1.4 MB page's load.
    const unitOf = vi.fn(GENERIC.unitOf);
    t.restart({ generic: { ...GENERIC, unitOf } });
    body(`<ul>${Array.from({ length: 20 }, (_, i) => `<li>Coffee with Jordan Avery, week ${i}</li><li>Rain, week ${i}</li>`).join('')}</ul>`);
    await t.api.answer(allSitesOn());
    const hidden = [...document.querySelectorAll('[data-oos]')];
    expect(hidden.length).toBe(20);
    // (What else it is asked about, such as the stylesheet's text changing, is not a unit.)
    expect(unitOf.mock.calls.filter(([node]) => node instanceof Element && node.closest('ul'))).toEqual([]);
  });

  it('holds the whole body until the first read, then hides only the items about them', async () => {
    t.restart();
    const style = () => document.querySelector('style[data-oos-style]')?.textContent;
    expect(style()).toContain('body{visibility:hidden!important}');
    body(`<main><ul id="list"><li id="a">Coffee with Jordan Avery</li><li id="b">Coffee with Jordan Peele</li>
      <li id="c"><img alt="Avery Photography studio"></li><li id="d"><a href="https://x.com/jordan_avery">a link</a></li></ul></main>`);
    await t.api.answer(allSitesOn());
    expect(isHidden(document.getElementById('a'))).toBe(true);
    expect(isHidden(document.getElementById('b'))).toBe(false);
    expect(isHidden(document.getElementById('c'))).toBe(true);
    expect(isHidden(document.getElementById('d'))).toBe(true);
    expect(isHidden(document.getElementById('list'))).toBe(false);
    expect(style()).not.toContain('visibility:hidden!important}\n[');
    document.getElementById('list')!.insertAdjacentHTML('beforeend', '<li id="e">Jordie says hi</li>');
    t.engine.takeRecords();
    expect(isHidden(document.getElementById('e'))).toBe(true);
    t.engine.flushReports();
    expect(t.api.sent).toEqual([{ name: 'recordHidden', data: { site: 'other', count: 4 } }]);
  });

  it('does nothing unless "all other sites" is on', async () => {
    t.restart();
    body('<ul><li id="a">Coffee with Jordan Avery</li></ul>');
    await t.api.answer(demoCompiled());
    expect(isHidden(document.getElementById('a'))).toBe(false);
  });

  const waiting = () => [...document.querySelectorAll('[data-oos-wait]')].map((element) => element.id);
  const style = () => document.querySelector('style[data-oos-style]')!.textContent;
  const ready = () => document.documentElement.hasAttribute(READY);

  it('while the page streams in, nothing observes the page: each frame checks what the parser has added, and the block it is in waits', () =>
    parsing(t, async ({ nextFrame, finish }) => {
      // A letter whose first line has come; its last line, naming them, has not.
      body('<main id="main"><ol id="letters"><li id="a">Tea on the porch.</li><li id="b"><p>I still think about that summer.</p></li></ol></main>');
      await t.api.answer(allSitesOn());
      expect(t.engine.observing).toBe(false);
      expect(ready()).toBe(false);
      // The body is let go at once: only the block the parser is in waits.
      expect(style()).not.toMatch(/^body\{/m);
      expect(style()).toContain('[data-oos-wait]{visibility:hidden!important}');
      expect(waiting()).toEqual(['b']);
      expect(isHidden(document.getElementById('b'))).toBe(false);
      // The next chunk: the letter's last line; a whole letter about them; and a note the parser is
      // in, its first words (naming them) put straight into it, its paragraph still coming.
      document.getElementById('b')!.insertAdjacentHTML('beforeend', '<p>Jordan Avery</p>');
      const letters = document.getElementById('letters')!;
      letters.insertAdjacentHTML('beforeend', '<li id="d">Lunch with Jordie</li><li id="e">See you next year.</li>');
      letters.insertAdjacentHTML('afterend', '<div id="note">Jordan Avery wrote: <p id="line">the harbour');
      nextFrame();
      expect(['b', 'd', 'note'].map((id) => isHidden(document.getElementById(id)))).toEqual([true, true, true]);
      expect(['a', 'e'].map((id) => isHidden(document.getElementById(id)))).toEqual([false, false]);
      expect(waiting()).toEqual(['line']);
      // A page script changes a block the parser is done with: the observer watches it, checked at once.
      document.getElementById('a')!.textContent = 'Tea with Jordie';
      t.engine.takeRecords();
      expect(isHidden(document.getElementById('a'))).toBe(true);
      // The parser is done: nothing waits, the observer takes over, the page is ready.
      document.getElementById('main')!.insertAdjacentHTML('afterend', '<p id="end">Letters close Friday.</p>');
      finish();
      expect(waiting()).toEqual([]);
      expect(t.engine.observing).toBe(true);
      expect(ready()).toBe(true);
      expect(isHidden(document.getElementById('end'))).toBe(false);
      document.getElementById('end')!.append(' Write to Jordie.');
      t.engine.takeRecords();
      expect(isHidden(document.getElementById('end'))).toBe(true);
      t.engine.flushReports();
      expect(t.api.sent).toEqual([{ name: 'recordHidden', data: { site: 'other', count: 5 } }]);
    }, {}));

  it('asks for each frame from document_start, so its pass is the first of every frame, ahead of the page', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const frames: (() => void)[] = [];
      t.restart({ frame: (callback) => frames.push(callback), beforePaint: () => undefined });
      // Before the first read: one frame asked for, and asked for again each frame.
      expect(frames.length).toBe(1);
      frames.shift()!();
      expect(frames.length).toBe(1);
      body('<ul><li id="a">Lunch with Jordie</li></ul><div id="rest"></div>');
      await t.api.answer(allSitesOn());
      // The first read checks what is there, and the pass keeps the frame already asked for.
      expect(isHidden(document.getElementById('a'))).toBe(true);
      expect(frames.length).toBe(1);
      document.body.insertAdjacentHTML('beforeend', '<p id="b">Tea with Jordan Avery</p><div></div>');
      frames.shift()!();
      expect(isHidden(document.getElementById('b'))).toBe(true);
      expect(frames.length).toBe(1);
    } finally {
      delete (document as unknown as { readyState?: string }).readyState;
    }
  });

  it('while the page streams in, a page script appending to the page or writing where the parser has been hides nothing from the passes', () =>
    parsing(t, async ({ nextFrame, finish }) => {
      body('<div id="page"><main><ol id="letters"><li id="a">Tea on the porch.</li><li id="b"><p>I still think about that summer.</p></li></ol></main></div>');
      await t.api.answer(allSitesOn());
      // A script appends a banner to <body>, now the document's last node; the parser goes on in the
      // list, inside the page.
      document.body.insertAdjacentHTML('beforeend', '<aside id="banner">Cookies?</aside>');
      const letters = document.getElementById('letters')!;
      letters.insertAdjacentHTML('beforeend', '<li id="c">Lunch with Jordie</li><li id="d">See you');
      nextFrame();
      expect(isHidden(document.getElementById('c'))).toBe(true);
      // The block the parser is in waits, not the banner.
      expect(isHidden(document.getElementById('banner'))).toBe(false);
      expect(waiting()).toEqual(['d']);
      // A script puts notes where the parser has been: before the list, and at the top of the page.
      letters.insertAdjacentHTML('beforebegin', '<p id="note">Jordan Avery says hi</p>');
      document.body.insertAdjacentHTML('afterbegin', '<p id="top">Jordie is in town</p><p id="calm">Rain later.</p>');
      letters.insertAdjacentHTML('beforeend', '<li id="e">Jordie, again</li><li id="f"><b>PS</b> Soon');
      nextFrame();
      expect(['note', 'top', 'e'].map((id) => isHidden(document.getElementById(id)))).toEqual([true, true, true]);
      expect(['calm', 'banner', 'a'].map((id) => isHidden(document.getElementById(id)))).toEqual([false, false, false]);
      expect(waiting()).toEqual(['f']);
      // A script appends again: the block the parser is in is let go, checked as it is so far. The
      // parser goes on with the line it had begun there, now naming them: checked as it comes.
      document.body.insertAdjacentHTML('beforeend', '<aside>Subscribe</aside>');
      nextFrame();
      expect(isHidden(document.getElementById('f'))).toBe(false);
      (document.getElementById('f')!.lastChild as Text).appendData(' with Jordan Avery');
      t.engine.takeRecords();
      expect(isHidden(document.getElementById('f'))).toBe(true);
      finish();
      t.engine.flushReports();
      expect(t.api.sent).toEqual([{ name: 'recordHidden', data: { site: 'other', count: 5 } }]);
    }, {}));

  it('while the page streams in, a block let go while the parser is still in it is checked again with each part the parser puts there', () =>
    parsing(t, async ({ nextFrame }) => {
      // The parser is in a letter's line that names someone else (a handle that extends theirs).
      body('<main><ol id="letters"><li id="a">Tea.</li><li id="b"><p>@jordan_avery2 says hi');
      await t.api.answer(allSitesOn());
      nextFrame();
      expect(waiting()).toEqual(['b']);
      // The page's own frame callback appends a note to the list: that looks like the parser moving on,
      // and the letter is let go, checked as it is so far.
      const letters = document.getElementById('letters')!;
      nextFrame(() => letters.insertAdjacentHTML('beforeend', '<li id="note">Rain later.</li>'));
      const letter = document.getElementById('b')!;
      expect(isHidden(letter)).toBe(false);
      // The parser goes on in the letter (a photo of them), then to the next one, all before a frame.
      // (Read alone, the photo's block is the letter: approved as finished, or the photo not found by
      // its alt, the letter showed them.)
      letter.insertAdjacentHTML('beforeend', '<img alt="Jordan Avery">');
      letters.insertAdjacentHTML('beforeend', '<li id="c">See you');
      nextFrame();
      expect(isHidden(letter)).toBe(true);
      expect(['a', 'note', 'c'].map((id) => isHidden(document.getElementById(id)))).toEqual([false, false, false]);
    }, {}));

  it('while the page streams in, an attribute a page script changes on an element the parser has been in is checked', () =>
    parsing(t, async ({ nextFrame, finish }) => {
      // The parser is in a post with a photo of them: the post is blurred, its card put last in it.
      body('<main><article id="post"><p>From Kim</p><img id="photo" alt="Jordan Avery">');
      await t.api.answer(allSitesOn((settings) => (settings.filter.mode = 'blur')));
      nextFrame();
      const photo = document.getElementById('photo')!;
      const post = document.getElementById('post')!;
      expect(post.getAttribute('data-oos')).toBe('blur');
      // The parser goes on in the post: it quotes another, and is a container of items now. The photo
      // is its own unit, hidden (a card inside an image would never be seen).
      post.insertAdjacentHTML('beforeend', '<blockquote>Another post</blockquote><p>More');
      nextFrame();
      expect([post.hasAttribute('data-oos'), photo.getAttribute('data-oos')]).toEqual([false, 'hide']);
      // The page changes the photo's alt: it no longer names them, and is shown again.
      photo.setAttribute('alt', 'A sunset');
      t.engine.takeRecords();
      expect(isHidden(photo)).toBe(false);
      photo.setAttribute('alt', 'Jordie');
      t.engine.takeRecords();
      expect(isHidden(photo)).toBe(true);
      finish();
      expect(isHidden(photo)).toBe(true);
    }, {}));

  // Results in an app's own elements, which no item rule knows: a list whose class says "results" is
  // the nearest block around a line while it holds one or two (YouTube's results list, served under
  // another host, did this while it parsed: every result of the page went with it).
  const video = (id: string, channel: string) =>
    `<x-video id="${id}"><div class="meta" id="${id}-meta"><h3>Video ${id}</h3><span>${channel}</span></div>` +
    `<div class="badges">${'<i>·</i>'.repeat(30)}</div></x-video>`;
  const calmVideos = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => video(`v${from + i}`, 'Jordan Peele')).join('');

  it('while the page streams in, a block taken for an item while it was small is let go once it has grown into a list of them', () =>
    parsing(t, async ({ nextFrame, finish }) => {
      body(`<main><div class="results" id="results">${video('them', 'Jordan Avery')}${video('v1', 'Jordan Peele')}<x-video id="v2">`);
      await t.api.answer(allSitesOn());
      nextFrame();
      // Small so far: the list is the block around their name, and is hidden.
      expect(isHidden(document.getElementById('results'))).toBe(true);
      // The parser goes on in it: now a list of many results.
      const results = document.getElementById('results')!;
      results.insertAdjacentHTML('beforeend', calmVideos(3, 15));
      expect(results.getElementsByTagName('*').length).toBeGreaterThan(MAX_GENERIC_ELEMENTS);
      nextFrame();
      expect(isHidden(results)).toBe(false);
      expect(isHidden(document.getElementById('them-meta'))).toBe(true);
      expect(['v1', 'v3', 'v17'].map((id) => isHidden(document.getElementById(id)))).toEqual([false, false, false]);
      finish();
      expect(isHidden(results)).toBe(false);
      expect(isHidden(document.getElementById('them-meta'))).toBe(true);
    }, {}));

  it('an image a page script puts straight into a post that quotes another is checked on its own', async () => {
    body('<main><article id="post"><p>From Kim</p><blockquote>Another post</blockquote></article></main>');
    await t.api.answer(allSitesOn());
    const post = document.getElementById('post')!;
    post.insertAdjacentHTML('afterbegin', '<img id="photo" alt="Jordan Avery">');
    t.engine.takeRecords();
    expect(isHidden(document.getElementById('photo'))).toBe(true);
    expect(isHidden(post.querySelector('p'))).toBe(false);
  });

  it('a block about them inside a hidden one is hidden with it: one mark, one card and one count, whichever is read first', async () => {
    t.restart();
    // A post with no list item or article around it: its first line (a paragraph) is read before the
    // post's own words, and both name them.
    body('<main><div id="post"><p id="line">Jordan Avery</p> shared a photo.</div><div id="other"><p>Tea at four.</p></div></main>');
    await t.api.answer(allSitesOn((settings) => (settings.filter.mode = 'blur')));
    const post = document.getElementById('post')!;
    const marked = () => [...document.querySelectorAll('[data-oos]')].map((element) => element.id);
    const cards = () => document.querySelectorAll('oos-card').length;
    expect(marked()).toEqual(['post']);
    expect(cards()).toBe(1);
    // A page script adds another line about them to the blurred post: still one.
    post.insertAdjacentHTML('beforeend', '<p id="more">Jordie again</p>');
    t.engine.takeRecords();
    expect(marked()).toEqual(['post']);
    expect(cards()).toBe(1);
    // "Show anyway" (and "Yes, show it") shows the whole post, with no second card inside.
    const button = cardOf(post)!.querySelector<HTMLButtonElement>('button.show')!;
    button.click();
    button.click();
    expect(marked()).toEqual([]);
    expect(cards()).toBe(0);
    t.engine.flushReports();
    expect(hiddenCount(t.api)).toBe(1);
  });

  it('a block shown anyway stays shown while it changes in place, and so do the blocks inside it', async () => {
    t.restart();
    // A post with no links and no list item or article around it: its own words about them, a line
    // about them (a block of its own, read with the post), and a time the page counts up.
    body(`<main><div id="post"><p id="line">Jordie says hi.</p> Jordan Avery came by. <span id="time">1 min ago</span></div>
      <div id="other"><p>Tea at four.</p></div></main>`);
    await t.api.answer(allSitesOn((settings) => (settings.filter.mode = 'blur')));
    const post = document.getElementById('post')!;
    const marked = () => [...document.querySelectorAll('[data-oos]')].map((element) => element.id);
    expect(marked()).toEqual(['post']);
    const button = cardOf(post)!.querySelector<HTMLButtonElement>('button.show')!;
    button.click();
    button.click();
    expect(marked()).toEqual([]);
    // The page's clock moves on: the same post, still shown.
    document.getElementById('time')!.textContent = '2 min ago';
    t.engine.takeRecords();
    expect(marked()).toEqual([]);
    // The line inside it is edited in place: it was shown with the post, and stays shown.
    document.getElementById('line')!.firstChild!.textContent = 'Jordie says hello.';
    t.engine.takeRecords();
    expect(marked()).toEqual([]);
    // A new post about them elsewhere is still blurred.
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p id="new">Jordie again.</p>');
    t.engine.takeRecords();
    expect(marked()).toEqual(['new']);
    t.engine.flushReports();
    expect(t.api.sent.filter((message) => message.name === 'recordReveal')).toHaveLength(1);
  });

  it('a block shown anyway that a page script grows into a list of items no longer speaks for what comes into it', async () => {
    t.restart();
    body(`<main><div class="results" id="results">${video('them', 'Jordan Avery')}</div></main>`);
    await t.api.answer(allSitesOn((settings) => (settings.filter.mode = 'blur')));
    const results = document.getElementById('results')!;
    const button = cardOf(results)!.querySelector<HTMLButtonElement>('button.show')!;
    button.click();
    button.click();
    expect(document.querySelectorAll('[data-oos]')).toHaveLength(0);
    // Infinite scroll: more results, one of them theirs too. The user chose to see one result, not
    // every result that ever comes into the list.
    results.insertAdjacentHTML('beforeend', `<div>${calmVideos(1, 15)}${video('again', 'Jordie')}</div>`);
    t.engine.takeRecords();
    expect([...document.querySelectorAll('[data-oos]')].map((element) => element.id)).toEqual(['again-meta']);
  });

  it('a block hidden as an item that a page script grows into a list of them is let go, and its items checked', async () => {
    t.restart();
    body(`<main><div class="results" id="results">${video('them', 'Jordan Avery')}</div></main>`);
    await t.api.answer(allSitesOn());
    const results = document.getElementById('results')!;
    expect(isHidden(results)).toBe(true);
    // Infinite scroll: more results, one of them theirs too, each in an element of its own.
    results.insertAdjacentHTML('beforeend', `<div>${calmVideos(1, 15)}${video('again', 'Jordie')}</div>`);
    t.engine.takeRecords();
    expect(isHidden(results)).toBe(false);
    expect(['them-meta', 'again-meta'].map((id) => isHidden(document.getElementById(id)))).toEqual([true, true]);
    expect(['v1', 'v15'].map((id) => isHidden(document.getElementById(id)))).toEqual([false, false]);
  });

  it('while the page streams in, reads what the page\'s own frame callbacks put where the parser is before that frame is painted', () =>
    parsing(t, async ({ nextFrame }) => {
      body('<main><ol id="letters"><li id="a">Tea.</li><li id="b">Still');
      await t.api.answer(allSitesOn());
      const letters = document.getElementById('letters')!;
      // The page's own frame callback, after ours: a note into the list the parser is in.
      nextFrame(() => letters.insertAdjacentHTML('afterbegin', '<li id="note">Jordan Avery says hi</li>'));
      expect(isHidden(document.getElementById('note'))).toBe(true);
      // Between frames, what comes is read by the next frame's pass, before that frame is painted.
      letters.insertAdjacentHTML('afterbegin', '<li id="later">Jordie again</li><li id="calm">Rain.</li>');
      t.engine.takeRecords();
      expect(isHidden(document.getElementById('later'))).toBe(false);
      nextFrame();
      expect(['later', 'calm'].map((id) => isHidden(document.getElementById(id)))).toEqual([true, false]);
    }, {}));

  it('while the page streams in, finds the items about them in open shadow roots, and watches those roots', () =>
    parsing(t, async ({ nextFrame }) => {
      body('<ul id="list"><li id="a"><x-item id="one"></x-item></li><li id="b"><x-item id="two"></x-item></li></ul><div id="rest"></div>');
      const shadow = (id: string, text: string) => {
        const root = document.getElementById(id)!.attachShadow({ mode: 'open' });
        root.append(Object.assign(document.createElement('span'), { textContent: text }));
        return root;
      };
      shadow('one', 'Lunch with Jordie');
      const two = shadow('two', 'A calm day');
      await t.api.answer(allSitesOn());
      nextFrame();
      expect([isHidden(document.getElementById('a')), isHidden(document.getElementById('b'))]).toEqual([true, false]);
      two.firstElementChild!.textContent = 'A calm day with Jordan Avery';
      t.engine.takeRecords();
      expect(isHidden(document.getElementById('b'))).toBe(true);
    }, {}));

  it('recognises a Mastodon instance by its page while it streams in, and from then on uses the Mastodon units', () =>
    parsing(t, async ({ nextFrame }) => {
      body('<p id="intro">Loading your home timeline</p><div id="rest"></div>');
      await t.api.answer(allSitesOn());
      expect(t.engine.siteId).toBe('other');
      document.getElementById('rest')!.insertAdjacentHTML('afterend', `<div id="mastodon"><div role="feed">
        <article data-id="1" aria-posinset="1" id="post"><div class="status"><a class="status__display-name" href="/@sam">Sam</a><p>Saw Jordie today</p></div></article>
        <article data-id="2" aria-posinset="2" id="other"><div class="status"><a class="status__display-name" href="/@kim">Kim</a><p>Lovely day</p></div></article>
      </div></div>`);
      nextFrame();
      expect(t.engine.siteId).toBe('mastodon');
      expect([t.engine.observing, ready(), waiting()]).toEqual([true, true, []]);
      expect(isHidden(document.getElementById('post'))).toBe(true);
      expect(isHidden(document.getElementById('other'))).toBe(false);
      document.querySelector('[role="feed"]')!.insertAdjacentHTML('beforeend', `<article data-id="3" aria-posinset="3" id="third">
        <div class="status"><a class="status__display-name" href="/@lee">Lee</a><p>Tea with Jordan Avery</p></div></article>`);
      t.engine.takeRecords();
      expect(isHidden(document.getElementById('third'))).toBe(true);
    }, { detectors: [mastodon] }));

  it('recognises a Mastodon instance by its page and uses the Mastodon units', async () => {
    t.restart({ detectors: [mastodon] });
    body(`<div id="mastodon"><div role="feed">
      <article data-id="1" aria-posinset="1" id="post"><div class="status"><a class="status__display-name" href="/@sam">Sam</a><p>Saw Jordie today</p></div></article>
      <article data-id="2" aria-posinset="2" id="other"><div class="status"><a class="status__display-name" href="/@kim">Kim</a><p>Lovely day</p></div></article>
    </div></div>`);
    await t.api.answer(allSitesOn());
    expect(t.engine.siteId).toBe('mastodon');
    expect(isHidden(document.getElementById('post'))).toBe(true);
    expect(isHidden(document.getElementById('other'))).toBe(false);
  });
});
