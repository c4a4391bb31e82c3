// Which unit a changed node belongs to: the adapter's units on supported sites, and on any other
// site the smallest sensible block around the text (DESIGN.md, "Hiding rules": never html, body,
// main, or an element holding other units).

/** The node itself when it is an element, else the element it hangs from (a shadow root's host for its top nodes). */
function elementOf(node: Node): Element | null {
  if (node.nodeType === 1) return node as Element;
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  if (parent && parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return null;
}

/** Nearest ancestor-or-self matching `selector`, across open shadow root boundaries. */
export function closestAcrossShadow(node: Node, selector: string): Element | null {
  let element = elementOf(node);
  while (element) {
    const found = element.closest(selector);
    if (found) return found;
    const root = element.getRootNode();
    element = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return null;
}

/** Blocks that usually hold one item on any site: a post, a list item, a card. */
export const GENERIC_UNITS =
  'article, [role="article"], li, [role="listitem"], tr, figure, blockquote, dd, [class*="card" i], [class*="result" i]';

/** Blocks a text can sit in when no item-like ancestor exists. */
const GENERIC_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, dt, td, th, figcaption, div, section, aside';

const NEVER = new Set(['HTML', 'BODY', 'MAIN', 'HEAD']);

/** A fallback unit holding this many elements or more is a container, not an item. */
export const MAX_GENERIC_ELEMENTS = 400;

/**
 * Whether a block may be hidden as one unit: not the page, not page-sized, not a container of other
 * items (a whole feed, a results list). Page-sized is found first, by a walk of at most
 * MAX_GENERIC_ELEMENTS elements (the browser stops at that index); only a small block is searched
 * for items inside it. `verdicts` remembers the answers of one look at a subtree, whose text nodes ask
 * of the same ancestors again and again.
 */
function acceptableGeneric(element: Element, verdicts?: Map<Element, boolean>): boolean {
  let verdict = verdicts?.get(element);
  if (verdict === undefined) {
    verdict = !NEVER.has(element.tagName) && element.getAttribute('role') !== 'main' &&
      !element.getElementsByTagName('*')[MAX_GENERIC_ELEMENTS - 1] && !element.querySelector(GENERIC_UNITS);
    verdicts?.set(element, verdict);
  }
  return verdict;
}

/** The fallback unit around a node, or null when only a page-sized block would do. */
export function genericUnitOf(node: Node, verdicts?: Map<Element, boolean>): Element | null {
  const start = elementOf(node);
  if (!start || NEVER.has(start.tagName)) return null;
  const item = closestAcrossShadow(start, GENERIC_UNITS);
  if (item && acceptableGeneric(item, verdicts)) return item;
  // Else the text's own block, unless that is page-sized or holds other items.
  const block = closestAcrossShadow(start, GENERIC_BLOCKS);
  if (block && acceptableGeneric(block, verdicts)) return block;
  // Else the element itself: an image whose alt names them, straight inside a post that quotes
  // another, or the element a line is in. Never the page, nor a container: then nothing.
  return acceptableGeneric(start, verdicts) ? start : null;
}

/** Every fallback unit in a subtree: around its text, and around the attributes people read. */
export function collectGenericUnits(root: Node, into: Set<Element>): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* text */);
  const verdicts = new Map<Element, boolean>();
  let lastParent: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentNode === lastParent || !/\S/.test((node as Text).data)) continue;
    lastParent = node.parentNode;
    const unit = genericUnitOf(node, verdicts);
    if (unit) into.add(unit);
  }
  // Text people read in attributes (an image's alt) has no text node of its own; the root's own count
  // too (an image read alone, as the parser put it into a post).
  if (root.nodeType === 1 || root.nodeType === 9 || root.nodeType === 11) {
    const marked = [...(root as ParentNode).querySelectorAll(READ_OR_LINKED)];
    if (root.nodeType === 1 && (root as Element).matches(READ_OR_LINKED)) marked.push(root as Element);
    for (const element of marked) {
      const unit = genericUnitOf(element, verdicts);
      if (unit) into.add(unit);
    }
  }
}

/** Elements with an attribute people read, or a link (whose address may be their profile). */
const READ_OR_LINKED = '[alt], [aria-label], [title], a[href]';

/** How the engine finds units on a site no adapter knows (passed in, so site scripts do not carry it). */
export interface GenericUnits {
  /** `verdicts`, given, remembers which blocks may be units over several calls (genericUnitOf). */
  unitOf(node: Node, verdicts?: Map<Element, boolean>): Element | null;
  collect(root: Node, into: Set<Element>): void;
}

export const GENERIC: GenericUnits = { unitOf: genericUnitOf, collect: collectGenericUnits };
