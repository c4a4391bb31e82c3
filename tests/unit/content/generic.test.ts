// @vitest-environment-options {"url": "https://news.example/today"}
// "Also on all other sites": the smallest sensible block around a match, never the page, and only
// when the user turned it on.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closestAcrossShadow, collectGenericUnits, genericUnitOf, MAX_GENERIC_ELEMENTS } from '../../../src/content/units';
import { mastodon } from '../../../src/sites/mastodon';
import { blankDocument, body, demoCompiled, isHidden, useEngine } from './helpers';

const allSitesOn = () => demoCompiled((settings) => (settings.filter.allSites = true));

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

  it('crosses shadow roots to find the item', () => {
    body('<ul><li id="li"><x-name id="host"></x-name></li></ul>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span id="inner">Jordie</span>';
    expect(closestAcrossShadow(shadow.getElementById('inner')!, 'li')?.id).toBe('li');
  });
});

describe('content engine on any other site', () => {
  const t = useEngine({ site: null });

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

  it('while the page streams in, holds the block the parser is in, and checks it whole once the parser has left', async () => {
    t.restart();
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      // A letter whose first line has come; its last line, naming them, has not.
      body('<main><ol id="letters"><li id="a">Tea on the porch.</li><li id="b"><p>I still think about that summer.</p></li></ol></main>');
      await t.api.answer(allSitesOn());
      const waiting = () => [...document.querySelectorAll('[data-oos-wait]')].map((element) => element.id);
      expect(waiting()).toEqual(['b']);
      expect(isHidden(document.getElementById('b'))).toBe(false);
      expect(document.querySelector('style[data-oos-style]')!.textContent).toContain('[data-oos-wait]{visibility:hidden!important}');
      // The next chunk: its last line, and the parser moves on to another letter.
      document.getElementById('b')!.insertAdjacentHTML('beforeend', '<p>Jordan Avery</p>');
      document.getElementById('letters')!.insertAdjacentHTML('beforeend', '<li id="c">See you next year.</li>');
      t.engine.takeRecords();
      expect(isHidden(document.getElementById('b'))).toBe(true);
      expect(waiting()).toEqual(['c']);
      // The parser is done: nothing waits.
      Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
      document.dispatchEvent(new Event('readystatechange'));
      expect(waiting()).toEqual([]);
      expect([isHidden(document.getElementById('a')), isHidden(document.getElementById('c'))]).toEqual([false, false]);
    } finally {
      delete (document as unknown as { readyState?: string }).readyState;
    }
  });

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
