// The content-script engine (issue 4, parts 1, 3 and 4). Everything protective happens synchronously:
// the stylesheet and the one MutationObserver are in place before the page has parsed a byte, and
// each mutation batch is handled in the observer callback, before the next frame. The only
// asynchronous step is the single storage read of the compiled config; until it returns, the
// stylesheet keeps the site's not-yet-checked units invisible.
import type { CompiledConfig } from '../compiled';
import type { MatcherSpec } from '../matching/spec';
import type { EventSite } from '../messages';
import { profileId, profileOfUrl, type ProfileId, type SiteAdapter } from '../sites/index';
import { createCard, CARD_FALLBACK, type CardMessage } from './card';
import type { ContentApi } from './runtime';
import { CARD_TAG, injectStylesheet, MARK, READY } from './style';
import { contentKey, readUnit } from './text';
import { closestAcrossShadow, genericUnitOf } from './units';

/** What the engine needs from the matcher (src/matching/matcher.ts). */
export interface UnitMatcher {
  matchText(text: string): number;
  matchProfile(id: ProfileId): number;
  readonly isEmpty: boolean;
}

export interface EngineOptions {
  doc: Document;
  /** The site's adapter, or null on a site we only know generically ("all other sites"). */
  site: SiteAdapter | null;
  /** Adapters found by what the page holds (Mastodon), tried while the site is generic. */
  detectors?: readonly SiteAdapter[];
  api: ContentApi;
  createMatcher(spec: MatcherSpec): UnitMatcher;
  /** The clock, for the snooze (time is a parameter). */
  now(): number;
  /** How long hidden-unit counts gather before they are sent (ms). */
  reportDelay?: number;
}

export interface Engine {
  /** Resolves when the compiled config has been read and applied once. */
  readonly ready: Promise<void>;
  /** Apply a new compiled config (also called by storage change events). */
  apply(compiled: CompiledConfig | undefined): void;
  /** Send what is pending now (pagehide). */
  flushReports(): void;
  /** Handle pending mutation records now (tests; the browser does it before the next frame). */
  takeRecords(): void;
  stop(): void;
  /** The open card of a blurred unit's target, for tests (its shadow root is closed). */
  cardOf(target: Element): ShadowRoot | undefined;
  readonly siteId: EventSite;
}

interface UnitState {
  /** Where the card goes (the first hide target). */
  target: Element;
  /** Further elements hidden with it (adapter.hideTargets: a Reddit comment's parts, not its replies). */
  others: Element[];
  mode: 'hide' | 'blur';
  /** Identity by content: counts each unit once per page. */
  key: string;
  /** Identity by links (its permalink, its author): survives in-place updates such as like counts. */
  linkKey: string;
  card?: HTMLElement;
  cardRoot?: ShadowRoot;
}

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // The attributes people read, and links (a recycled row gets a new href, not new nodes).
  attributeFilter: ['href', 'alt', 'aria-label', 'title'],
};

const EDITABLE_REGION = '[contenteditable]:not([contenteditable="false" i])';
const PROFILE_CACHE_LIMIT = 5000;

export function startEngine(options: EngineOptions): Engine {
  const { doc, api } = options;
  let site = options.site;
  let siteId: EventSite = site?.id ?? 'other';
  let detecting = site === null && (options.detectors?.length ?? 0) > 0;

  // 1. The stylesheet, first, then the observer: both synchronous, before the page parses.
  let style = injectStylesheet(doc, site?.units ?? null);
  const observer = new MutationObserver((records) => handle(records));
  const observedRoots = new WeakSet<Node>();
  observe(doc);

  let config: CompiledConfig | undefined;
  let matcher: UnitMatcher | null = null;
  let active = false;
  let isReady = false;

  const states = new Map<Element, UnitState>();
  // "Show anyway" keeps that unit shown for this page: the same content anywhere, and the same node
  // while its links stay the same (a like count changing in place does not blur it again, a
  // recycled row now holding another post does).
  const revealedKeys = new Set<string>();
  const revealedUnits = new WeakMap<Element, string>();
  const countedKeys = new Set<string>();
  const profileCache = new Map<string, ProfileId | null>();
  let pending = 0;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  const cardText = (key: CardMessage) => api.message(key) || CARD_FALLBACK[key];

  function observe(root: Document | ShadowRoot) {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, OBSERVED);
  }


  function unitOf(node: Node): Element | null {
    return site ? closestAcrossShadow(node, site.units) : genericUnitOf(node);
  }

  function profileOfHref(href: string, anchor: Element): ProfileId | null {
    let id = profileCache.get(href);
    if (id !== undefined) return id;
    try {
      const ref = profileOfUrl(new URL(href), anchor);
      id = ref ? profileId(ref) : null;
    } catch {
      id = null;
    }
    if (profileCache.size >= PROFILE_CACHE_LIMIT) profileCache.clear();
    profileCache.set(href, id);
    return id;
  }

  // While the first HTML streams in, the unit the parser is still inside may not hold the name yet
  // (a frame can be painted between two parser chunks). Such a unit that does not match yet waits,
  // invisible but keeping its box, until the parser has moved past it.
  const waiting = new Set<Element>();
  let frontier: Node | null | undefined;

  /** The last node of the document while it is being parsed (the parser's insertion point). */
  function parseFrontier(): Node | null {
    if (frontier !== undefined) return frontier;
    if (doc.readyState !== 'loading') return (frontier = null);
    let node: Node = doc.documentElement;
    while (node.lastChild) node = node.lastChild;
    return (frontier = node);
  }

  function stopWaiting(unit: Element) {
    if (!waiting.delete(unit)) return;
    if (unit.getAttribute(MARK) === 'wait') unit.removeAttribute(MARK);
  }

  /** Units the parser has left since they were told to wait: check them for real now. */
  function releaseWaiting() {
    frontier = undefined;
    const edge = parseFrontier();
    for (const unit of [...waiting]) {
      if (edge && unit.contains(edge)) continue;
      stopWaiting(unit);
      check(unit);
    }
  }

  /** Check one unit and hide or show it. */
  function check(unit: Element) {
    stopWaiting(unit);
    if (!active || !matcher || !unit.isConnected) {
      show(unit);
      return;
    }
    // Units nested in this one (a reply, a quote) are judged on their own. One native query finds
    // them, rather than matching the selector list against every element of the unit.
    const nested = site ? unit.querySelectorAll(site.units) : null;
    const nestedSet = nested && nested.length > 0 ? new Set<Element>(nested) : null;
    const reading = readUnit(unit, nestedSet ? (element) => nestedSet.has(element) : undefined);
    for (const root of reading.shadowRoots) observe(root);
    let matched = matcher.matchText(reading.text) >= 0;
    if (!matched) {
      for (const link of reading.links) {
        const href = (link as HTMLAnchorElement).href;
        const id = href ? profileOfHref(href, link) : null;
        if (id && matcher.matchProfile(id) >= 0) {
          matched = true;
          break;
        }
      }
    }
    if (!matched && site?.authors) {
      for (const id of site.authors(unit)) {
        if (matcher.matchProfile(id) >= 0) {
          matched = true;
          break;
        }
      }
    }
    // What the user is typing is theirs: never hide a unit inside an editor.
    if (matched && closestAcrossShadow(unit, EDITABLE_REGION)) matched = false;
    if (!matched) {
      show(unit);
      const edge = parseFrontier();
      if (edge && unit.contains(edge) && !unit.hasAttribute(MARK)) {
        waiting.add(unit);
        unit.setAttribute(MARK, 'wait');
      }
      return;
    }
    const key = contentKey(reading.text);
    const linkKey = reading.links.length > 0 ? contentKey(reading.links.map((link) => (link as HTMLAnchorElement).href).join(' ')) : '';
    if (revealedKeys.has(key) || (linkKey !== '' && revealedUnits.get(unit) === linkKey)) show(unit);
    else hide(unit, key, linkKey);
  }

  function hide(unit: Element, key: string, linkKey: string) {
    const mode = config?.mode === 'blur' ? 'blur' : 'hide';
    const targets = site?.hideTargets?.(unit) ?? [site?.hideTarget?.(unit) ?? unit];
    const target = targets[0] ?? unit;
    const others = targets.slice(1);
    const previous = states.get(unit);
    const sameTargets = previous && previous.target === target && previous.others.length === others.length &&
      previous.others.every((element, i) => element === others[i]);
    if (previous && (!sameTargets || previous.mode !== mode)) show(unit);
    const state = states.get(unit) ?? { target, others, mode, key, linkKey };
    state.key = key;
    state.linkKey = linkKey;
    states.set(unit, state);
    if (target.getAttribute(MARK) !== mode) target.setAttribute(MARK, mode);
    // With blur, one card stands for the whole unit: its other parts are hidden, not given cards.
    for (const other of others) if (other.getAttribute(MARK) !== 'hide') other.setAttribute(MARK, 'hide');
    if (mode === 'blur' && (!state.card || state.card.parentNode !== target)) {
      state.card?.remove();
      const card = createCard(doc, cardText, () => reveal(unit));
      state.card = card.host;
      state.cardRoot = card.root;
      target.append(card.host);
    }
    if (!countedKeys.has(key)) {
      countedKeys.add(key);
      pending++;
      scheduleReport();
    }
  }

  function show(unit: Element) {
    const state = states.get(unit);
    if (!state) return;
    states.delete(unit);
    state.target.removeAttribute(MARK);
    for (const other of state.others) other.removeAttribute(MARK);
    state.card?.remove();
  }

  function reveal(unit: Element) {
    const state = states.get(unit);
    if (!state) return;
    revealedKeys.add(state.key);
    if (state.linkKey) revealedUnits.set(unit, state.linkKey);
    show(unit);
    api.send('recordReveal', { site: siteId });
  }

  function scheduleReport() {
    if (reportTimer !== undefined) return;
    // A batching timer: reports only, never on the hiding path.
    reportTimer = setTimeout(flushReports, options.reportDelay ?? 1000);
  }

  function flushReports() {
    if (reportTimer !== undefined) clearTimeout(reportTimer);
    reportTimer = undefined;
    if (pending === 0) return;
    const count = Math.min(pending, 10_000);
    pending -= count;
    api.send('recordHidden', { site: siteId, count });
    if (pending > 0) scheduleReport();
  }

  /** Every unit in the document and the open shadow roots we know, found with one walk. */
  function allUnits(): Set<Element> {
    const found = new Set<Element>();
    const roots: (Document | ShadowRoot)[] = [doc];
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i]!;
      observe(root);
      const walker = doc.createTreeWalker(root, 1 /* elements */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) roots.push(shadow);
      }
      if (site) for (const unit of root.querySelectorAll(site.units)) found.add(unit);
      else collectGeneric(root, found);
    }
    return found;
  }

  function collectGeneric(root: Node, into: Set<Element>) {
    const walker = doc.createTreeWalker(root, 4 /* text */);
    let lastParent: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentNode === lastParent || !/\S/.test((node as Text).data)) continue;
      lastParent = node.parentNode;
      const unit = genericUnitOf(node);
      if (unit) into.add(unit);
    }
    // Text people read in attributes (an image's alt) has no text node of its own.
    if (root.nodeType === 1 || root.nodeType === 9 || root.nodeType === 11) {
      for (const element of (root as ParentNode).querySelectorAll('[alt], [aria-label], [title], a[href]')) {
        const unit = genericUnitOf(element);
        if (unit) into.add(unit);
      }
    }
  }

  function rescan() {
    frontier = undefined;
    const units = active ? allUnits() : new Set<Element>();
    for (const unit of [...states.keys()]) if (!units.has(unit)) show(unit);
    for (const unit of units) check(unit);
  }

  function tryDetect() {
    if (!detecting || !doc.body) return;
    const found = options.detectors?.find((adapter) => adapter.detect?.(doc));
    if (doc.readyState !== 'loading' || found) detecting = false;
    if (!found) return;
    for (const unit of [...states.keys()]) show(unit);
    site = found;
    siteId = found.id;
    refreshActive();
    rescan();
  }

  function refreshActive() {
    const enabled = site ? config?.sites[site.id] !== false : config?.allSites === true;
    const snoozed = config?.snoozedUntil != null && config.snoozedUntil > options.now();
    active = Boolean(config && matcher && !matcher.isEmpty && enabled && !snoozed);
  }

  function handle(records: MutationRecord[]) {
    // Some sites rebuild <head>; the stylesheet must outlive that.
    if (!style.isConnected) style = injectStylesheet(doc, site?.units ?? null);
    if (!isReady) return; // the first scan, when the config arrives, covers everything so far
    if (detecting) tryDetect();
    if (!active) return;
    const dirty = new Set<Element>();
    // While a page is parsed, one batch holds a record for nearly every node, and consecutive records
    // share their parent: resolve each parent's unit once a batch.
    const unitOfTarget = new Map<Node, Element | null>();
    const addUnitOf = (node: Node) => {
      let unit = unitOfTarget.get(node);
      if (unit === undefined) {
        unit = unitOf(node);
        unitOfTarget.set(node, unit);
      }
      if (unit) dirty.add(unit);
    };
    // Nodes added in this batch. A record whose parent is one of them needs nothing: that parent's
    // subtree is searched whole when its own record is handled (the parser makes a record for every
    // node, so without this each subtree would be searched once for every ancestor, quadratic).
    // (Indexed loops: iterating a NodeList through its iterator costs more, 26k records a page.)
    const added = new Set<Node>();
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      if (record.type !== 'childList') continue;
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length; i++) added.add(nodes[i]!);
    }
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      if (record.type !== 'childList') {
        addUnitOf(record.target);
        continue;
      }
      if (added.has(record.target)) continue;
      if ((record.target as Element).hasAttribute?.(MARK) && isOwnCard(record)) continue;
      addUnitOf(record.target);
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        // The parser inserts elements before their children: most added elements are still empty.
        // (Generic units are found from text, so there any child counts.)
        const hasChildren = site ? element.firstElementChild !== null : element.firstChild !== null;
        if (site && element.matches(site.units)) dirty.add(element);
        // An empty element's text and attributes are read with its parent's unit, added above.
        if (!hasChildren && !element.shadowRoot) continue;
        for (const shadowHost of shadowHostsIn(element)) {
          observe(shadowHost.shadowRoot!);
          if (site) for (const unit of shadowHost.shadowRoot!.querySelectorAll(site.units)) dirty.add(unit);
          else collectGeneric(shadowHost.shadowRoot!, dirty);
        }
        if (!hasChildren) continue;
        if (site) for (const unit of element.querySelectorAll(site.units)) dirty.add(unit);
        else collectGeneric(element, dirty);
      }
    }
    frontier = undefined;
    for (const unit of dirty) check(unit);
    if (waiting.size > 0) releaseWaiting();
  }

  function apply(compiled: CompiledConfig | undefined) {
    config = compiled;
    matcher = compiled ? options.createMatcher(compiled.matcher) : null;
    refreshActive();
    rescan();
  }

  const ready = api
    .readCompiled()
    .catch(() => undefined)
    .then((compiled) => {
      if (detecting) tryDetect();
      apply(compiled);
    })
    .finally(() => {
      // Even when the read failed, the page must not stay blank.
      isReady = true;
      doc.documentElement.setAttribute(READY, '');
    });
  // The parser is done: nothing is half-read any more.
  doc.addEventListener('DOMContentLoaded', releaseWaiting);
  api.onCompiledChanged((compiled) => {
    if (isReady) apply(compiled);
    else void ready.then(() => apply(compiled));
  });

  return {
    ready,
    apply,
    flushReports,
    takeRecords() {
      handle(observer.takeRecords());
    },
    stop() {
      observer.disconnect();
      flushReports();
      for (const unit of [...states.keys()]) show(unit);
      for (const unit of [...waiting]) stopWaiting(unit);
      style.remove();
    },
    cardOf(target) {
      for (const state of states.values()) if (state.target === target) return state.cardRoot;
      return undefined;
    },
    get siteId() {
      return siteId;
    },
  };
}

const CARD_NODE_NAME = CARD_TAG.toUpperCase();

/** The engine adding or removing its own card: nothing to check. */
function isOwnCard(record: MutationRecord): boolean {
  const added = record.addedNodes;
  const removed = record.removedNodes;
  if (added.length + removed.length !== 1) return false;
  return (added[0] ?? removed[0])!.nodeName === CARD_NODE_NAME;
}

/** Elements with an open shadow root in a subtree (custom elements such as shreddit-post). */
function shadowHostsIn(element: Element): Element[] {
  const hosts: Element[] = [];
  if (element.shadowRoot) hosts.push(element);
  // Only elements that can hold a shadow root are worth a look; a walk over the added subtree.
  const walker = element.ownerDocument.createTreeWalker(element, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).shadowRoot) hosts.push(node as Element);
  }
  return hosts;
}
