// What a person reads in a unit: its text, the attributes people read, and its links. Built for one
// linear walk per unit; nested units are left to themselves (a quoted post or a reply is judged on
// its own), and what the user is typing is never read.

// Elements are told apart by localName, never tagName: the browser keeps the one and builds the other
// (upper-cased) on every call for a custom element, and a unit of YouTube's is almost nothing else.

/**
 * Elements that flow inline: their text joins the neighbours' without a separator ("Jor<b>dan</b>").
 * (svg, title, text and tspan: inline SVG.)
 */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'del',
  'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
  'wbr', 'big', 'tt', 'nobr', 'slot', 'picture', 'source', 'svg', 'title', 'text', 'tspan',
]);

/** Never read: not shown as text, or typed by the user. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'input', 'textarea', 'select', 'option', 'oos-card']);

/** The attributes people read (DESIGN.md, "Matching rules"); readAttributes reads them. */
export const READ_ATTRIBUTES = ['alt', 'aria-label', 'title'] as const;

/**
 * Elements with something people read in an attribute, not left empty (YouTube leaves nearly every
 * alt empty: the browser passes over them, and we touch a third fewer elements). Asked apart from
 * links: one list of both costs the browser a match per element and selector.
 */
export const MARKED_SELECTOR = READ_ATTRIBUTES.map((name) => `[${name}]:not([${name}=""])`).join();

/**
 * Call `found` with each attribute people read that an element has, not empty. Written out rather
 * than looped over READ_ATTRIBUTES: it runs for every element a unit holds, in a script that starts
 * cold on every page, where a loop over a list costs more than the three reads (a test holds the two
 * to the same names).
 */
export function readAttributes(element: Element, found: (value: string) => void): void {
  const alt = element.getAttribute('alt');
  if (alt) found(alt);
  const label = element.getAttribute('aria-label');
  if (label) found(label);
  const title = element.getAttribute('title');
  if (title) found(title);
}

/** A unit's text is capped so a gigantic element costs no more than a large post. */
export const MAX_UNIT_TEXT = 20_000;

export interface UnitReading {
  /** Text with "\n" at block boundaries and around each read attribute. */
  text: string;
  /** Links inside the unit (not inside nested units), to be checked by canonical profile. */
  links: Element[];
  /** Open shadow roots met inside the unit (the engine observes them). */
  shadowRoots: ShadowRoot[];
}

/**
 * A link people follow: an HTML <a> or <area> with an address (what links.ts LINK_QUERIES ask for).
 * localName first, as everywhere here; tagName, asked of those two only, leaves out SVG's <a>.
 */
export function isLink(element: Element): boolean {
  const name = element.localName;
  return (name === 'a' || name === 'area') && (element.tagName === 'A' || element.tagName === 'AREA') && element.hasAttribute('href');
}

export function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/**
 * Read a unit. `isNestedUnit` says whether an element inside it is a unit of its own (skipped:
 * it is checked separately, so a reply by someone else is not hidden with its parent).
 */
export function readUnit(unit: Element, isNestedUnit: (element: Element) => boolean = () => false): UnitReading {
  const parts: string[] = [];
  const links: Element[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let length = 0;

  const push = (text: string) => {
    if (length >= MAX_UNIT_TEXT) return;
    parts.push(text);
    length += text.length;
  };

  const pushAttribute = (value: string) => push(`\n${value}\n`);

  const visitElement = (element: Element, isRoot: boolean) => {
    const name = element.localName;
    if (SKIPPED.has(name) || isEditable(element)) return;
    if (!isRoot && isNestedUnit(element)) return;
    const block = !INLINE.has(name);
    if (block || name === 'br') push('\n');
    readAttributes(element, pushAttribute);
    if (isLink(element)) links.push(element);
    const shadow = element.shadowRoot;
    if (shadow) {
      shadowRoots.push(shadow);
      visitChildren(shadow);
    }
    visitChildren(element);
    if (block) push('\n');
  };

  const visitChildren = (parent: ParentNode) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (length >= MAX_UNIT_TEXT) return;
      if (node.nodeType === 3) push((node as Text).data);
      else if (node.nodeType === 1) visitElement(node as Element, false);
    }
  };

  visitElement(unit, true);
  return { text: parts.join(''), links, shadowRoots };
}

/** A short, stable identity for a unit's content (for counting each unit once per page). */
export function contentKey(raw: string): string {
  // Whitespace is layout, not content: a re-render that only changes it is the same unit.
  const text = raw.replace(/\s+/g, ' ').trim();
  // cyrb53: two 32-bit lanes, good enough to tell posts apart without keeping their text around.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const limit = Math.min(text.length, 4000);
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}:${text.length}`;
}
