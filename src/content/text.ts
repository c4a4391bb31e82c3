// What a person reads in a unit: its text, the attributes people read, and its links. Built for one
// linear walk per unit; nested units are left to themselves (a quoted post or a reply is judged on
// its own), and what the user is typing is never read.

/** Elements that flow inline: their text joins the neighbours' without a separator ("Jor<b>dan</b>"). */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'INS', 'DEL',
  'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
  'WBR', 'BIG', 'TT', 'NOBR', 'SLOT', 'PICTURE', 'SOURCE', 'svg', 'title', 'text', 'tspan',
]);

/** Never read: not shown as text, or typed by the user. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'OOS-CARD']);

/** The attributes people read (DESIGN.md, "Matching rules"). */
export const READ_ATTRIBUTES = ['alt', 'aria-label', 'title'] as const;

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

/** A link people follow: an HTML <a> or <area> with an address (what links.ts LINK_QUERIES ask for). */
export function isLink(element: Element): boolean {
  return (element.tagName === 'A' || element.tagName === 'AREA') && element.hasAttribute('href');
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

  const visitElement = (element: Element, isRoot: boolean) => {
    if (SKIPPED.has(element.tagName) || isEditable(element)) return;
    if (!isRoot && isNestedUnit(element)) return;
    const block = !INLINE.has(element.tagName);
    if (block || element.tagName === 'BR') push('\n');
    for (const name of READ_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) push(`\n${value}\n`);
    }
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
