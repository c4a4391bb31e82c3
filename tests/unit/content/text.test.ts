// What the engine reads in a unit: text joined the way people read it, the attributes people read,
// links, and never what the user is typing.
import { beforeEach, describe, expect, it } from 'vitest';
import { contentKey, isLink, READ_ATTRIBUTES, readAttributes, readUnit } from '../../../src/content/text';
import { createMatcher } from '../../../src/matching/matcher';
import { compileMatcherSpec } from '../../../src/matching/spec';
import { blankDocument, body } from './helpers';

const jordan = createMatcher(compileMatcherSpec([{ names: ['Jordan Avery', 'Jordie'], handles: ['jordan_avery'], keywords: [], profiles: [] }]));

function read(html: string, isNestedUnit?: (element: Element) => boolean) {
  body(`<div id="unit">${html}</div>`);
  return readUnit(document.getElementById('unit')!, isNestedUnit);
}

describe('readUnit', () => {
  beforeEach(blankDocument);

  it('joins inline elements without a separator, so a name split by markup still reads whole', () => {
    const { text } = read('<p>Out with Jor<b>die</b> today</p>');
    expect(text).toContain('Jordie');
    expect(jordan.matchText(text)).toBe(0);
  });

  it('puts a line break between blocks, so words in two blocks never fuse into one', () => {
    const { text } = read('<div>Jor</div><div>die</div>');
    expect(text).not.toContain('Jordie');
    expect(jordan.matchText(text)).toBe(-1);
  });

  it('reads alt, aria-label and title, which people read too', () => {
    expect(jordan.matchText(read('<img alt="Portrait by Jordan Avery">').text)).toBe(0);
    expect(jordan.matchText(read('<span role="img" aria-label="Jordie waving">👋</span>').text)).toBe(0);
    expect(jordan.matchText(read('<a href="/x" title="@jordan_avery">a friend</a>').text)).toBe(0);
  });

  it('never reads what the user is typing', () => {
    expect(jordan.matchText(read('<input value="Jordan Avery"><textarea>Jordan Avery</textarea>').text)).toBe(-1);
    expect(jordan.matchText(read('<div contenteditable="true">Jordan Avery</div>').text)).toBe(-1);
    expect(jordan.matchText(read('<div contenteditable="false">Jordan Avery</div>').text)).toBe(0);
  });

  it('skips scripts and styles, which nobody sees', () => {
    expect(jordan.matchText(read('<script>var n = "Jordan Avery"</script><style>/* Jordie */</style>').text)).toBe(-1);
  });

  it('collects links, but leaves nested units to be judged on their own', () => {
    const reading = read(
      '<a href="/jordan_avery">link</a><section class="nested">Jordan Avery <a href="/other">x</a></section>',
      (element) => element.classList.contains('nested'),
    );
    expect(reading.links.map((link) => link.getAttribute('href'))).toEqual(['/jordan_avery']);
    expect(jordan.matchText(reading.text)).toBe(-1);
  });

  it('tells inline from block by the element, in HTML, SVG and custom elements alike', () => {
    // Inline SVG text joins its neighbours; a custom element (YouTube's, X's) is a block.
    expect(read('<span>Jor</span><svg><text>die</text></svg>').text).toContain('Jordie');
    expect(read('<yt-formatted-string>Jor</yt-formatted-string><yt-formatted-string>die</yt-formatted-string>').text).not.toContain('Jordie');
    expect(read('Jor<br>die').text).not.toContain('Jordie');
    expect(read('<SPAN>Jor</SPAN><B>die</B>').text).toContain('Jordie');
  });

  it('collects HTML links only: an SVG <a> has no address a person follows', () => {
    const reading = read('<a href="/one">1</a><area href="/two"><svg><a href="/three"><text>3</text></a></svg><a>no address</a>');
    expect(reading.links.map((link) => link.getAttribute('href'))).toEqual(['/one', '/two']);
    const svgLink = document.querySelector('svg a')!;
    expect(isLink(svgLink)).toBe(false);
  });

  it('reads open shadow roots and reports them to be observed', () => {
    body('<div id="unit"><span id="host"></span></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append(document.createTextNode('posted by Jordie'));
    const reading = readUnit(document.getElementById('unit')!);
    expect(jordan.matchText(reading.text)).toBe(0);
    expect(reading.shadowRoots).toEqual([shadow]);
  });
});

describe('readAttributes', () => {
  beforeEach(blankDocument);

  it('reads exactly the attributes people read, in their order, and passes over empty ones', () => {
    const element = document.createElement('img');
    READ_ATTRIBUTES.forEach((name, i) => element.setAttribute(name, `value ${i}`));
    element.setAttribute('data-label', 'not read');
    const found: string[] = [];
    readAttributes(element, (value) => found.push(value));
    expect(found).toEqual(READ_ATTRIBUTES.map((_, i) => `value ${i}`));

    element.setAttribute(READ_ATTRIBUTES[0], '');
    element.removeAttribute(READ_ATTRIBUTES[1]);
    found.length = 0;
    readAttributes(element, (value) => found.push(value));
    expect(found).toEqual(['value 2']);
  });
});

describe('contentKey', () => {
  it('is the same for the same content and differs for different content', () => {
    expect(contentKey('Jordan Avery: golden hour')).toBe(contentKey('Jordan Avery: golden hour'));
    expect(contentKey('Jordan Avery: golden hour')).not.toBe(contentKey('Jordan Avery: golden hour!'));
  });
});
