// The content-script engine (issue 4, parts 1, 3 and 4). Everything protective is synchronous or
// held by the stylesheet: it is in place before the page has parsed a byte, and a unit is never shown
// before it has been checked.
//
// Two phases, because a MutationObserver on the whole document costs the parser a record for every
// node it inserts (26k on a saved YouTube results page: 5–20 % later to DOMContentLoaded, measured,
// even with an empty callback):
// - While the first HTML streams in, nothing observes the document. Until the settings are read, the
//   stylesheet holds every unit of the site as an empty slot (the body, on a site known only
//   generically: "all other sites"). From then on, once per frame (the frame hook exists only while
//   the parser runs, and its callback is the frame's first), what the parser has finished since the
//   last frame is read before that frame is painted: a finished region that cannot be about anyone
//   is let be whole, the units of one that may be are checked and hidden or let be one by one. Only
//   the unit the parser is in is held (WAIT: a later line of it may be theirs), until it has left it
//   and it has been read whole; on a site known only generically, the block it is in. (Holding every
//   unit until it was approved, by an attribute on it or its region, cost a large page 1.5–2 ms more
//   of the browser's style work and 2–4 ms of its main thread, for the same frames.) From then on the
//   one observer watches each region: the parser adds nothing inside a finished one, so that costs
//   nothing unless a page script changes it, and what a script puts there (an app rendering its feed
//   while the rest still streams in) is checked as it comes. The elements the parser is in are watched
//   for their children alone (a record a child, not one a node): what is put into them, by the parser
//   or a page script, is read at the next pass, or before this frame is painted when the page's own
//   frame callbacks put it there, and where the latest went is where the parser is.
// - From readyState "interactive" on, one MutationObserver sees every change, and each batch is
//   handled in its callback, before the next frame. With nothing to hide (nobody set up, snoozed, the
//   site switched off) nothing observes at all.
import type { CompiledConfig } from '../compiled';
import { createLooseTest, type LooseTest } from '../matching/loose';
import type { MatcherSpec } from '../matching/spec';
import type { EventSite } from '../messages';
import type { ProfileId, SiteAdapter } from '../sites/types';
import { createCard, CARD_FALLBACK, type CardMessage } from './card';
import { createLinkReader, LINK_QUERIES, type LinkReader } from './links';
import type { ContentApi } from './runtime';
import { CARD_TAG, injectStylesheet, MARK, READY, stylesheetText, unitSelectors, WAIT } from './style';
import { contentKey, isLink, MARKED_SELECTOR, READ_ATTRIBUTES, readAttributes, readUnit } from './text';
import { closestAcrossShadow, type GenericUnits } from './units';

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
  /** How units are found where no adapter knows the site (only the all-sites script carries it). */
  generic?: GenericUnits;
  api: ContentApi;
  createMatcher(spec: MatcherSpec): UnitMatcher;
  /** The clock, for the snooze (time is a parameter). */
  now(): number;
  /** How long hidden-unit counts gather before they are sent (ms). */
  reportDelay?: number;
  /** Run a callback before the next frame is painted (tests pass their own). Default: requestAnimationFrame. */
  frame?(callback: () => void): void;
  /**
   * Run a callback once, in this frame, after the page's own frame callbacks (ours is the first) and
   * layout, before it is painted (tests pass their own). Default: a ResizeObserver's first report.
   */
  beforePaint?(callback: () => void): void;
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
  /** True while the observer is connected (tests: nothing observes while there is nothing to hide). */
  readonly observing: boolean;
  stop(): void;
  readonly siteId: EventSite;
  /** The site's adapter: the script's own, or one found by what the page holds (Mastodon); null if neither. */
  readonly site: SiteAdapter | null;
  /** The compiled config in force: undefined until the first read, null when there is none. */
  readonly compiled: CompiledConfig | null | undefined;
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
}

/** An element the parser is in: what is put into it (the parser's next part, or a page script's). */
const ON_PATH: MutationObserverInit = { childList: true };

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // Links (a recycled row gets a new href, not new nodes), and the attributes people read.
  attributeFilter: ['href', ...READ_ATTRIBUTES],
};

const EDITABLE_REGION = '[contenteditable]:not([contenteditable="false" i])';
/**
 * Elements whose text is not read on the page: code and style rules. (A template's content is not
 * among its children: textContent never reads it.)
 */
const UNREAD_ELEMENTS = new Set(['script', 'style']);
export function startEngine(options: EngineOptions): Engine {
  const { doc, api } = options;
  let site = options.site;
  let siteId: EventSite = site?.id ?? 'other';
  let detecting = site === null && (options.detectors?.length ?? 0) > 0;

  /** Whether the first HTML still streams in (the parser is at work). */
  const loading = () => doc.readyState === 'loading';

  let config: CompiledConfig | undefined;
  // The stylesheet first, synchronously, before the page parses: it holds the units until the
  // settings are read.
  let gate = true;
  /** Blur mode where players may keep their video in shadow roots: the stylesheet's upgrade watch runs. */
  const watchingUpgrades = () => config?.mode === 'blur' && inShadowRoots();
  const styleText = () => stylesheetText({ units: site?.units ?? null, gate, blur: config?.mode === 'blur', upgrades: watchingUpgrades() });
  let style = injectStylesheet(doc, styleText());
  // A site's player starts what is on screen, and a blurred unit is: their voice is them as much as
  // their words. Nothing hidden or blurred starts to play. A "play" inside a shadow root stays there:
  // each open shadow root the engine reads or hides gets this listener too (watchPlays). A player
  // under a card that builds its shadow root only later, when the site defines it, is met by the
  // transition that starts then (style.ts, the upgrade watch), and looked into.
  const stopIfOutOfSight = (event: Event) => {
    // A page may fire its own "play" anywhere, on the document or on a player of its own making;
    // what reaches a document's or shadow root's listener is a node in it.
    const target = event.target as Partial<HTMLMediaElement> & Element;
    if (!closestAcrossShadow(target, OUT_OF_SIGHT)) return;
    target.pause?.();
    if (target.shadowRoot) stopMedia(target, true);
  };
  doc.addEventListener('play', stopIfOutOfSight, true);
  const observer = new MutationObserver((records) => handle(records));
  let observedRoots = new WeakSet<Node>();
  let observing = false;

  let matcher: UnitMatcher | null = null;
  let links: LinkReader = createLinkReader(undefined, site);
  let loose: LooseTest | null = null;
  let active = false;
  let isReady = false;

  const states = new Map<Element, UnitState>();
  // "Show anyway" keeps that unit shown for this page: the same content anywhere, and the same node
  // while its links stay the same (a like count changing in place does not blur it again, a
  // recycled row now holding another post does; see check).
  const revealedKeys = new Set<string>();
  const revealedUnits = new WeakMap<Element, string>();
  const countedKeys = new Set<string>();
  let pending = 0;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  const cardText = (key: CardMessage) => api.message(key) || CARD_FALLBACK[key];

  /** Stop what plays in a shadow root's hidden parts (twice on one root is once). */
  const watchPlays = (root: ShadowRoot) => root.addEventListener('play', stopIfOutOfSight, true);

  /** Stop what plays in a part hidden, and with `pierce` in its open shadow roots, which are watched from now on. */
  const stopMedia = (part: Element, pierce: boolean) => {
    for (const media of mediaIn(part, pierce ? watchPlays : null)) media.pause();
  };

  function observe(root: Document | ShadowRoot) {
    // (Also while the page parses, when the engine reads units without observing them.)
    if (root !== doc) watchPlays(root as ShadowRoot);
    // While the page parses, the document is watched region by region (readRegions); a shadow root
    // met then is watched whole, as the regions are.
    if (!(observing || (parsing && root !== doc)) || observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, OBSERVED);
  }

  /** Observe the document (open shadow roots join as the scans meet them), or stop observing. */
  function setObserving(on: boolean) {
    if (on) {
      if (observing) return;
      observing = true;
      observe(doc);
      return;
    }
    // Also ends the watch on units checked while the page parsed.
    observing = false;
    observer.disconnect();
    observedRoots = new WeakSet();
  }


  /** `verdicts` (generic units only) remembers blocks judged over several calls. */
  function unitOf(node: Node, verdicts?: Map<Element, boolean>): Element | null {
    return site ? closestAcrossShadow(node, site.units) : (options.generic?.unitOf(node, verdicts) ?? null);
  }

  // While the first HTML streams in (phase 1): the elements the parser has been inside at a pass (its
  // path: their children arrive over several passes), those of them the observer tells of (what is
  // put into them; not inside a unit the parser is in, nor read as a region since), the outermost
  // units among them (each read whole once the parser leaves it), the finished subtrees read so far,
  // what was put into the path since the last pass, and where the latest of that went.
  let parsing = false;
  const path = new Set<Element>();
  const told = new Set<Element>();
  const unfinished = new Set<Element>();
  let regionsRead = new WeakSet<Element>();
  const approved = new WeakSet<Element>();
  let arrived: Node[] = [];
  let lastInto: Element | null = null;
  let frontier = new Set<Node>();
  let framePending = false;

  /**
   * The last node of the document while it is being parsed (the parser's insertion point), or null
   * when it is done; `frontier` holds it and its ancestors.
   *
   * The parser appends where it is, so its insertion point is the last node below where the latest
   * addition to the path went, and the last node of the document when nothing has been added yet. (The
   * document's last node alone would follow anything a page script appends to <body> while the parser
   * is deeper in, and take every element the parser is in for finished until it left them all.)
   */
  function parseFrontier(): Node | null {
    frontier = new Set();
    if (!loading()) return null;
    let node: Node = lastInto?.isConnected ? lastInto : doc.documentElement;
    for (let above = node.parentNode; above && above !== doc; above = above.parentNode) frontier.add(above);
    frontier.add(node);
    for (;;) {
      let last = node.lastChild;
      // (Never into a blur card of ours, put last in a block the parser is in: the parser never writes
      // there, and what it wrote last is before it.)
      if (last?.nodeName === CARD_NODE_NAME) last = last.previousSibling;
      if (!last) return node;
      frontier.add((node = last));
    }
  }

  /**
   * A unit the parser is in: it waits, and is read whole once the parser has left it, even if a pass
   * read it as finished before (a page script's addition after it looked like the parser moving on).
   */
  const hold = (unit: Element) => {
    unfinished.add(unit);
    approved.delete(unit);
  };

  /** Whether an element is in a unit the parser is in, or is one (it is read whole once left). */
  const inUnfinished = (element: Element) => [...unfinished].some((unit) => unit.contains(element));

  /** A unit or region checked and not hidden while the page parses: later passes leave it be. */
  function settle(unit: Element) {
    approved.add(unit);
  }

  /** Checked by a pass already: let be, or hidden (and watched by the observer either way). */
  function checkedWhileParsing(unit: Element): boolean {
    return approved.has(unit) || states.has(unit);
  }

  function isUnit(element: Element): boolean {
    return unitTagsOf(site!.units)?.includes(element.localName) ?? element.matches(site!.units);
  }

  /** Units in `root` (a document, shadow root or element): the site's inside it, or found generically from its text. */
  function unitsIn(root: Node, into: Set<Element>) {
    if (site) queryUnits(root as ParentNode, site.units, into);
    else options.generic?.collect(root, into);
  }

  /** The site's units in a subtree added since the last look (by the parser, or a page script). */
  function collectNew(node: Node, into: Set<Element>) {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    // (Generic units are found from text: an element with none inside may be one.)
    if (site && isUnit(element)) into.add(element);
    if (!site || element.firstElementChild) unitsIn(element, into);
  }

  /**
   * One pass while the page parses (once a frame). What the parser added since the last pass follows
   * the last pass's frontier (it appends). Each finished subtree of that (a region) is read at once;
   * the elements the parser is still inside wait for a later pass, and a unit among them is checked
   * once the parser has left it.
   */
  function parsePass() {
    // Until the first read the passes only keep their place, from document_start: the first of each
    // frame's callbacks, ahead of any the page asks for (which would otherwise see a block before the
    // pass that holds or hides it, in the same frame).
    if (!isReady && !parsing) {
      if (loading()) requestFrame();
      return;
    }
    // What the observer holds first: it says where the parser is. (Handling it also tries the
    // detectors: a page found to be a site we know ends the passes, tryDetect.)
    takeRecords();
    if (!parsing || !readPass()) return;
    requestFrame();
    // What the page's own frame callbacks put on the path in this frame, after ours, is read before
    // the frame is painted, not a frame later.
    const pageWrote = () => {
      takeRecords();
      if (parsing && arrived.length > 0) readPass();
    };
    if (options.beforePaint) options.beforePaint(pageWrote);
    else afterLayout(doc, pageWrote);
  }

  /** Read what the parser has finished; false when it is done (then phase 2 has begun). */
  function readPass(): boolean {
    const left = frontier;
    const edge = parseFrontier();
    if (!edge) {
      finishParsing();
      return false;
    }
    readParsed(left);
    holdParserBlock();
    return true;
  }

  /** Handle what the observer holds now (the browser does it before the next frame; tests, and a pass, at once). */
  function takeRecords() {
    handle(observer.takeRecords());
  }

  /**
   * While the page parses: note what was put into an element of the path the observer tells of (the
   * next pass reads it), and where; the other records (what changed in a region already read) are
   * returned, to be checked as usual.
   */
  function intoPath(records: MutationRecord[]): MutationRecord[] {
    const rest: MutationRecord[] = [];
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      if (record.type !== 'childList' || !told.has(record.target as Element)) {
        rest.push(record);
        continue;
      }
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        // (Not a blur card of ours: the parser never writes there.)
        if (nodes[i]!.nodeName === CARD_NODE_NAME) continue;
        arrived.push(nodes[i]!);
        lastInto = record.target as Element;
      }
    }
    return rest;
  }

  /**
   * Read what the parser finished since the last pass (`frontier` is where it is now; empty: done):
   * the whole document at the first pass, then what was put into the path since. What it finished
   * inside a unit it is still in is left for later: that unit is held until it is read whole, once
   * the parser leaves it (a page streamed over a network meets a pass in the middle of many units,
   * and would otherwise have their parts read twice).
   */
  function readParsed(left: Iterable<Node> = []) {
    const regions: Element[] = [];
    // An element the parser has left with no element in it (an app's empty root, met by a pass while
    // the parser was in it) is read as a region: watched and let be from then on, so what a page
    // script renders into it is checked as it comes rather than held until the parser is done. (A
    // text node has no firstElementChild; each element of the last path is on `path`.)
    for (const node of left) {
      const element = node as Element;
      if (!frontier.has(node) && element.firstElementChild === null && path.delete(element)) {
        told.delete(element);
        regions.push(element);
      }
    }
    // On a site known only generically, what the parser put straight into an element it is still in
    // (words, or the element's own attributes, new on the path) is in no region: the blocks around it
    // are checked as they are so far. (The one the parser is in waits, holdParserBlock.)
    const touched = new Set<Element | null>();
    // (Their blocks share ancestors: each is judged once a pass.)
    const verdicts = new Map<Element, boolean>();
    // `held`: inside a unit the parser is in. (Only the outermost such unit is remembered: the units
    // inside it are read with it.)
    const take = (node: Node, held: boolean) => {
      if (node.nodeType !== 1) {
        if (!site && node.nodeType === 3 && /\S/.test((node as Text).data)) touched.add(unitOf(node, verdicts));
        return;
      }
      const element = node as Element;
      if (frontier.has(element)) {
        // (Met again, moved by a page script: its children are known already.)
        if (path.has(element)) return;
        if (!site) touched.add(unitOf(element, verdicts));
        path.add(element);
        // (Inside a unit the parser is in, nothing needs telling: the unit is read whole when it leaves.)
        if (!held) {
          told.add(element);
          observer.observe(element, ON_PATH);
        }
        const unit = site !== null && isUnit(element);
        if (unit && !held) hold(element);
        for (let child = element.firstChild; child; child = child.nextSibling) take(child, held || unit);
      } else if (!regionsRead.has(element)) {
        if (held) regionsRead.add(element);
        else regions.push(element);
      }
    };
    if (path.size === 0) take(doc.documentElement, false);
    // A unit the parser was in before it was one (its selector asks what it holds) is one from now on:
    // it waits, and is read whole once the parser has left it.
    if (site) {
      for (const node of frontier) {
        const element = node as Element;
        if (path.has(element) && !unfinished.has(element) && isUnit(element) && !inUnfinished(element)) hold(element);
      }
    }
    // (What was put into a unit the parser is in is read with it. Nothing inside one is observed.)
    for (const node of arrived.splice(0)) if (node.isConnected) take(node, unfinished.has(node.parentNode as Element));
    // The units the parser has left are read as regions, each whole with the units inside it.
    for (const unit of unfinished) {
      if (frontier.has(unit)) continue;
      unfinished.delete(unit);
      // (Watched whole from now on: a change in it is checked at once.)
      told.delete(unit);
      if (!checkedWhileParsing(unit)) regions.push(unit);
    }
    readRegions(regions, touched);
  }

  /**
   * Check finished regions of the page. On most pages, most of the time, nothing in one can be about
   * anyone: its text, the attributes people read and its links, read together (a name may be half in
   * each), say so in a few native calls, and it is approved whole, without finding its units. Only a
   * region that may be about them has its units found and checked one by one. The observer watches
   * each region from then on: the parser adds nothing inside a finished one, so that costs nothing
   * unless a page script changes it, and then the change is checked at once.
   *
   * The regions of a pass (a few dozen) are read first and given to the loose test all together: one
   * call a pass instead of one a region, and on most passes that one call clears them all. Only when
   * it says "maybe" is each region tested alone (words of a name found in two regions make a "maybe"
   * together, never a miss).
   *
   * On a site known only generically, a unit is the block around what may name them, which can be an
   * element the parser is still in (on its frontier): such a block is checked as it is so far, every time
   * something new in it may name them, and never approved (`touched` adds those the parser put words
   * straight into).
   */
  function readRegions(regions: readonly Element[], touched: ReadonlySet<Element | null> = new Set()) {
    // What each region says (null: it may be about them whatever it says; undefined: not read).
    const texts = regions.map((region) => {
      regionsRead.add(region);
      // The head holds no unit and nothing people read on the page.
      if (region.localName === 'head' || UNREAD_ELEMENTS.has(region.localName)) return undefined;
      observer.observe(region, OBSERVED);
      return saidIn(region);
    });
    // (Those not read, or not to be tested, join as nothing.)
    const allClear = !loose!(texts.join('\n'));
    regions.forEach((region, i) => {
      const text = texts[i];
      if (text === undefined) return;
      const clear = text !== null && (allClear || !loose!(text));
      const units = new Set<Element>();
      if (!clear || authorsCount()) collectNew(region, units);
      // (Generic units in the region's open shadow roots, which its text leaves out: saidIn.)
      if (!site && text === null) shadowUnitsIn(region, units);
      if (clear && (units.size === 0 || ![...units].some(byTheirAuthor))) {
        // Empty ones too: an app's script renders its feed into an empty root it finds there (React,
        // while the rest of the page still streams in), and the observer checks what comes in before
        // it is painted, as it does once the page is parsed; held, it would wait for the parser.
        settle(region);
        return;
      }
      for (const unit of units) {
        // On a site known only generically, a block found around a region (what may name them is in the
        // region, the block is bigger) is checked as it is, never approved: the parser may still be in
        // it even off its frontier (a page script's addition after it looks like the parser moving on),
        // and what it puts there next comes as a region of its own.
        // (One checked by an earlier pass is met again only when a page script moved it: it is checked
        // again, where it is now.)
        if (frontier.has(unit) || (!site && unit !== region && unit.contains(region))) check(unit);
        else if (check(unit, units)) settle(unit);
      }
      // A unit around the region, which was none when the parser went into it (its selector asks what
      // it holds, as Instagram's comments do), is checked as it is, with what may name them. (Not in a
      // unit the parser is in: that is read whole once it is left.)
      const around = site && !clear && region.parentNode ? unitOf(region.parentNode) : null;
      if (around && !inUnfinished(around)) check(around);
    });
    for (const unit of touched) if (unit) check(unit);
  }

  function requestFrame() {
    if (framePending) return;
    framePending = true;
    (options.frame ?? requestAnimationFrame)(() => {
      framePending = false;
      parsePass();
    });
  }

  /** The parser is done (phase 2): the last units are checked, the observer takes over. */
  function finishParsing() {
    if (!parsing) return;
    takeRecords();
    frontier.clear();
    readParsed();
    // Units in open shadow roots are out of the regions' reach (and the stylesheet's): found now. On a
    // site known only generically each region's were found with it; those of the elements the parser
    // was in are left.
    const hosts = site ? [] : [...path].filter((element) => element.shadowRoot);
    leavePhase1();
    setObserving(active);
    if (site?.shadowRoots) for (const unit of allUnits()) if (!checkedWhileParsing(unit)) check(unit);
    const units = new Set<Element>();
    for (const host of hosts) unitsInShadow(host.shadowRoot!, units);
    for (const unit of units) check(unit);
    release();
  }

  /** Phase 1 is over: what it kept is let go. */
  function leavePhase1() {
    parsing = false;
    path.clear();
    told.clear();
    unfinished.clear();
    regionsRead = new WeakSet();
    arrived = [];
    lastInto = null;
  }

  /**
   * The stylesheet for the current state; put back if the page removed it. Its upgrade watch's
   * transitions are listened for only while it has them: a page's own run often, and are none of ours.
   */
  function refreshStyle() {
    const text = styleText();
    if (style.textContent !== text) style.textContent = text;
    if (!style.isConnected) style = injectStylesheet(doc, text);
    doc[watchingUpgrades() ? 'addEventListener' : 'removeEventListener']('transitionrun', stopIfOutOfSight, true);
  }

  /** Every unit is checked from now on as it arrives: the stylesheet stops holding them. */
  function release() {
    gate = false;
    refreshStyle();
    doc.documentElement.setAttribute(READY, '');
  }

  /**
   * False when a unit cannot be about anyone (most units, most of the time), found with a few native
   * calls instead of a walk over its nodes: readsClear, unless a look at more than the unit already
   * said so (`readClear`), then its authors. Its nested units are read with it, so this says "maybe"
   * whenever the full reading could match.
   */
  function maybeAbout(unit: Element, readClear: boolean): boolean {
    if (!readClear && !readsClear(unit)) return true;
    return authorsCount() && byTheirAuthor(unit);
  }

  /**
   * Whether the site's authors add to what readsClear saw. Authors read from links alone add nothing
   * once the links are known not to be theirs (unless the config predates compiled address forms,
   * and links were not checked at all).
   */
  function authorsCount(): boolean {
    return site?.authors !== undefined && !(site.authorsFromLinks && !links.none);
  }

  /** True when one of the unit's authors, as its site reads them, is theirs. */
  function byTheirAuthor(unit: Element): boolean {
    return site?.authors?.(unit).some((id) => matcher!.matchProfile(id) >= 0) ?? false;
  }

  /** True when a link (an element with a string href) leads to one of their profiles. */
  function linksToThem(element: Element): boolean {
    const href = (element as HTMLAnchorElement).href;
    if (typeof href !== 'string' || href === '') return false;
    const id = links.profileOf(href, element);
    return id !== null && matcher!.matchProfile(id) >= 0;
  }

  /**
   * Push the attributes people read in an element and its subtree onto `said`; true as soon as one of
   * its links is theirs (then `said` is incomplete).
   */
  function readWithin(element: Element, said: string[]): boolean {
    const push = (value: string) => said.push(value);
    readAttributes(element, push);
    // Nothing to ask the browser for below an element with no element inside (a third of the regions
    // while a page parses).
    const leaf = element.firstElementChild === null;
    if (!leaf) {
      const marked = element.querySelectorAll(MARKED_SELECTOR);
      for (let i = 0; i < marked.length; i++) readAttributes(marked[i]!, push);
    }
    // Only the links that may be theirs by their written address are read in full (links.ts).
    const pick = links.pickFor(doc.baseURI);
    if (pick === null) return false;
    const mayLink = (link: Element) => pick.test(link.getAttribute('href')!) && linksToThem(link);
    if (isLink(element) && mayLink(element)) return true;
    if (leaf) return false;
    for (let q = 0; q < LINK_QUERIES.length; q++) {
      const found = element.querySelectorAll(LINK_QUERIES[q]!);
      for (let i = 0; i < found.length; i++) if (mayLink(found[i]!)) return true;
    }
    return false;
  }

  /**
   * True when nothing in a subtree can be about anyone, found with a few native calls: its text as the
   * browser joins it (scripts and styles aside), the attributes people read and its links, all in one
   * loose test. Never where a site's units may sit in shadow roots, whose text it cannot see, nor, on
   * a site known only generically, over a subtree that holds one.
   */
  function readsClear(root: Element): boolean {
    const text = saidIn(root);
    return text !== null && !loose!(text);
  }

  /** What a subtree says, for the loose test; null when it may be about them whatever it says. */
  function saidIn(root: Element): string | null {
    if (!loose || !matcher || (inShadowRoots() && (site !== null || shadowHostsIn(root).length > 0))) return null;
    const said: string[] = [];
    textOutsideScripts(root, said);
    return readWithin(root, said) ? null : said.join('\n');
  }

  /** Whether units may hide in open shadow roots here (the site says so; on other sites, always). */
  function inShadowRoots(): boolean {
    return !site || site.shadowRoots === true;
  }

  /**
   * Check one unit and hide or show it; false when it was hidden. `units`, when given, holds every
   * unit inside this one (a full scan found them, in this same pass), which spares a query for its
   * nested units and, on a site known only generically, a second look for the block around it.
   */
  function check(unit: Element, units?: ReadonlySet<Element>, clear = false): boolean {
    // (On a site known only generically, a block inside a hidden one is hidden with it: one post, one
    // card and one count, not two.)
    if (!active || !matcher || !unit.isConnected || !maybeAbout(unit, clear) || (!site && unit.parentElement?.closest(OUT_OF_SIGHT))) {
      show(unit);
      return true;
    }
    // On a site known only generically, a block taken for an item while it was small (the parser, or
    // a page script, still filling it) may have grown into a list of them: it is one no longer, and
    // shows. If it was hidden, the items in it are checked instead. (Not one the scan that gave
    // `units` has just found: it is a unit as it is now.)
    if (!site && !units && unitOf(unit) !== unit) {
      const inside = new Set<Element>();
      if (states.has(unit)) collectNew(unit, inside);
      show(unit);
      for (const item of inside) check(item);
      return true;
    }
    // Units nested in this one (a reply, a quote) are judged on their own. One native query finds
    // them, rather than matching the selector list against every element of the unit.
    let nestedSet: ReadonlySet<Element> | null = null;
    if (site && units) nestedSet = units;
    else if (site && unit.firstElementChild) {
      const nested = new Set<Element>();
      queryUnits(unit, site.units, nested);
      if (nested.size > 0) nestedSet = nested;
    }
    const reading = readUnit(unit, nestedSet ? (element) => nestedSet.has(element) : undefined);
    for (const root of reading.shadowRoots) observe(root);
    let matched = matcher.matchText(reading.text) >= 0 || reading.links.some(linksToThem) || byTheirAuthor(unit);
    // What the user is typing is theirs: never hide a unit inside an editor.
    if (matched && closestAcrossShadow(unit, EDITABLE_REGION)) matched = false;
    if (!matched) {
      show(unit);
      return true;
    }
    const key = contentKey(reading.text);
    const linkKey = reading.links.length > 0 ? contentKey(reading.links.map((link) => (link as HTMLAnchorElement).href).join(' ')) : '';
    // Shown anyway by the user, on this page: the same content, or this unit with the same links (its
    // text may change in place: a like count, a clock; with none, the same element), or on a site known
    // only generically a block around it (what was shown with it stays shown while it changes), while
    // that is still one item (not one grown into a list of them).
    let shown = revealedKeys.has(key) || revealedUnits.get(unit) === linkKey;
    for (let above = unit.parentElement; !site && above; above = above.parentElement) shown ||= revealedUnits.has(above) && unitOf(above) === above;
    if (shown) {
      show(unit);
      return true;
    }
    hide(unit, key, linkKey);
    return false;
  }

  function hide(unit: Element, key: string, linkKey: string) {
    const targets = site?.hideTargets?.(unit) ?? [site?.hideTarget?.(unit) ?? unit];
    const target = targets[0] ?? unit;
    // (A card inside an element that shows no children, an image on another site, would never be
    // seen: that one is hidden.)
    const mode = config?.mode === 'blur' && !SHOWS_NO_CHILDREN.has(target.localName) ? 'blur' : 'hide';
    const others = targets.slice(1);
    const previous = states.get(unit);
    // Counted already: the same post changed in place (a like count), its links the same (not a
    // recycled row now holding another post about them); or, on a site known only generically, a
    // block hidden first inside this one, now hidden with it (one post, one card, one count).
    let counted = previous?.linkKey === linkKey;
    const sameTargets = previous && previous.target === target && previous.others.length === others.length &&
      previous.others.every((element, i) => element === others[i]);
    if (previous && (!sameTargets || previous.mode !== mode)) show(unit);
    const state = states.get(unit) ?? { target, others, mode, key, linkKey };
    state.key = key;
    state.linkKey = linkKey;
    states.set(unit, state);
    if (!site) {
      for (const inner of target.querySelectorAll(OUT_OF_SIGHT)) {
        show(inner);
        counted = true;
      }
    }
    if (target.getAttribute(MARK) !== mode) target.setAttribute(MARK, mode);
    // With blur, one card stands for the whole unit: its other parts are hidden, not given cards.
    for (const other of others) if (other.getAttribute(MARK) !== 'hide') other.setAttribute(MARK, 'hide');
    // What already plays in it stops too: a post can turn out to be theirs while its video plays (a
    // row recycled, or its text changed in place), and `display: none` does not stop a video.
    for (const part of [target, ...others]) stopMedia(part, inShadowRoots());
    if (mode === 'blur' && (!state.card || state.card.parentNode !== target)) {
      state.card?.remove();
      state.card = createCard(doc, cardText, () => reveal(unit));
      target.append(state.card);
    }
    // Firefox knows no CSS "interactivity" (style.ts): there the blurred parts are made inert here, so
    // that they take no keyboard focus and a screen reader passes them by.
    if (import.meta.env.FIREFOX && mode === 'blur') setInert(target.children, true);
    if (!counted && !countedKeys.has(key)) {
      pending++;
      scheduleReport();
    }
    countedKeys.add(key);
  }

  function show(unit: Element) {
    const state = states.get(unit);
    if (!state) return;
    states.delete(unit);
    // What another hidden unit is hidden with stays hidden (two posts about them in one kept cell).
    const shared = (element: Element) => [...states.values()].some((other) => other.target === element || other.others.includes(element));
    for (const element of [state.target, ...state.others]) if (!shared(element)) element.removeAttribute(MARK);
    // (Firefox: the parts of a blurred unit that hide made inert.)
    if (import.meta.env.FIREFOX && state.card && !shared(state.target)) setInert(state.target.children, false);
    state.card?.remove();
  }

  function reveal(unit: Element) {
    const state = states.get(unit);
    if (!state) return;
    revealedKeys.add(state.key);
    revealedUnits.set(unit, state.linkKey);
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

  /** Every unit in the document and the open shadow roots we know. */
  function allUnits(): Set<Element> {
    const found = new Set<Element>();
    observe(doc);
    unitsIn(doc, found);
    if (inShadowRoots()) shadowUnitsIn(doc, found);
    return found;
  }

  /** The units in the open shadow roots inside `root` (itself included) at any depth, each root watched from now on. */
  function shadowUnitsIn(root: Element | Document | ShadowRoot, into: Set<Element>) {
    for (const host of shadowHostsIn(root)) unitsInShadow(host.shadowRoot!, into);
  }

  /** The units in a shadow root and in the open ones inside it (shadowUnitsIn), not outside it. */
  function unitsInShadow(shadow: ShadowRoot, into: Set<Element>) {
    observe(shadow);
    unitsIn(shadow, into);
    shadowUnitsIn(shadow, into);
  }

  function rescan() {
    const units = active ? allUnits() : new Set<Element>();
    for (const unit of [...states.keys()]) if (!units.has(unit)) show(unit);
    // On most pages nothing anywhere is about anyone: one look at the whole page speaks for every unit.
    const clear = units.size > 1 && readsClear(doc.documentElement);
    for (const unit of units) check(unit, units, clear);
    holdParserBlock();
  }

  function tryDetect() {
    if (!detecting || !doc.body) return;
    const found = options.detectors?.find((adapter) => adapter.detect?.(doc));
    if (!loading() || found) detecting = false;
    if (!found) return;
    for (const unit of [...states.keys()]) show(unit);
    site = found;
    siteId = found.id;
    // The site's redirect links are read from now on.
    links = createLinkReader(config, site);
    refreshActive();
    refreshStyle();
    // Found while the first HTML streams in: the passes end, and the observer checks the site's units
    // from here on, as it would had the site been known from the start of a parsed page.
    const wasParsing = parsing;
    leavePhase1();
    setObserving(active);
    rescan();
    if (wasParsing) release();
  }

  function refreshActive() {
    const enabled = site ? config?.sites[site.id] !== false : config?.allSites === true;
    const snoozed = config?.snoozedUntil != null && config.snoozedUntil > options.now();
    active = Boolean(config && matcher && !matcher.isEmpty && enabled && !snoozed);
  }

  function handle(all: MutationRecord[]) {
    // Some sites rebuild <head>; the stylesheet must outlive that.
    if (!style.isConnected) refreshStyle();
    if (detecting) tryDetect();
    if (!active) return;
    const records = parsing ? intoPath(all) : all;
    const dirty = new Set<Element>();
    // On a site known only generically, a block hidden around a change is looked at again: what the
    // parser or a page script put into it may have made it a list of items (check). (Only hide marks
    // a block, and it is in `states` while marked: with nothing hidden, no record needs the walk.)
    if (!site && states.size > 0) {
      for (const record of all) {
        const around = (record.target as Element).closest?.(OUT_OF_SIGHT);
        if (around) dirty.add(around);
      }
    }
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
    // (While the page parses, what was taken out of an element the parser is in is in no record of
    // `records`: those are looked at too.)
    let removed = false;
    for (let r = 0; records !== all && r < all.length && !removed; r++) removed = all[r]!.removedNodes.length > 0;
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      if (record.type !== 'childList') continue;
      removed ||= record.removedNodes.length > 0;
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
      if ((record.target as Element).hasAttribute?.(MARK)) {
        if (isOwnCard(record)) continue;
        // Firefox: a part the page adds beside the blurred ones is made inert as they were (hide).
        if (import.meta.env.FIREFOX && (record.target as Element).getAttribute(MARK) === 'blur') setInert(record.addedNodes, true);
      }
      addUnitOf(record.target);
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        // The parser inserts elements before their children: most added elements are still empty.
        // (Generic units are found from text, so there any child counts.)
        const hasChildren = site ? element.firstElementChild !== null : element.firstChild !== null;
        if (inShadowRoots() && (hasChildren || element.shadowRoot)) {
          for (const shadowHost of shadowHostsIn(element)) {
            observe(shadowHost.shadowRoot!);
            unitsIn(shadowHost.shadowRoot!, dirty);
          }
        }
        // An empty element's text and attributes are read with its parent's unit, added above; on a
        // site known only generically, where the parent has none (it holds other items), on its own.
        if (site || hasChildren || !unitOfTarget.get(record.target)) collectNew(element, dirty);
      }
    }
    // A hidden unit the page took out is let go, and its target shown unless another hidden unit
    // shares it (show): a page that swaps what a kept cell holds would leave the cell hidden, and an
    // endless feed would keep every unit it ever hid. New content is checked next, before it is
    // painted. (One put back is checked when it returns.)
    if (removed) for (const unit of [...states.keys()]) if (!unit.isConnected) show(unit);
    // While the page parses, a unit checked here and shown is let be by later passes: it is in a part
    // the parser is done with, watched (moved in by a page script from where it streamed in, say).
    // Never one the parser was in at a pass: it is read whole when it leaves it.
    for (const unit of dirty) if (check(unit) && parsing && !path.has(unit)) settle(unit);
    // (While the page parses, each pass does: the frontier is the pass's own.)
    if (!parsing) holdParserBlock();
  }

  /**
   * While the first HTML streams in, a unit the parser is still in would show its first lines, and
   * their later line may name them. So the unit the parser is in waits (WAIT): the outermost, with the
   * units inside it, read whole once it has left it (readParsed). On a site known only generically
   * each pass checks the blocks the parser has filled so far, and the block it is in waits, checked
   * whole once it has left it (not when the page turned out to be a site we know, Mastodon: that
   * site's units are checked instead).
   */
  let waiting: Element | null = null;
  function holdParserBlock() {
    const next = !active || !loading() ? null
      : site ? [...unfinished].find((unit) => frontier.has(unit)) ?? null : unitOf(parseFrontier()!);
    if (next === waiting) return;
    if (waiting && !site) {
      check(waiting);
      // Left for a block it does not hold, the parser may be in it still (a page script's addition
      // looks like the parser moving on): what is written there from now on, words of a line it had
      // begun included, is checked as it comes. (One it holds is the parser's for sure: it waits
      // again once the parser is back in it.)
      if (parsing && !frontier.has(waiting)) observer.observe(waiting, OBSERVED);
    }
    waiting?.removeAttribute(WAIT);
    next?.setAttribute(WAIT, '');
    waiting = next;
  }

  /** A config (the first read or a change): filter with it from now on, or stop. */
  function apply(compiled: CompiledConfig | undefined) {
    config = compiled;
    matcher = compiled ? options.createMatcher(compiled.matcher) : null;
    links = createLinkReader(compiled, site);
    loose = compiled ? createLooseTest(compiled.matcher.patterns.map((pattern) => pattern.text)) : null;
    refreshActive();
    // The first read, while the first HTML still streams in: phase 1. The units are let go at once
    // (the first pass reads them, in this same task), and only the one the parser is in waits.
    parsing = !isReady && active && loading();
    if (parsing) gate = false;
    refreshStyle();
    if (parsing) {
      parsePass();
      return;
    }
    // A change while parsing ends phase 1 early: correctness first, it is rare.
    leavePhase1();
    setObserving(active);
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
      isReady = true;
      // Even when the read failed, the page must not stay blank. (While it parses, the units were let
      // go at the first read; READY waits for the parser.)
      if (!parsing) release();
    });
  if (loading()) requestFrame();
  doc.addEventListener('readystatechange', () => {
    if (!loading()) finishParsing();
    holdParserBlock();
  });
  api.onCompiledChanged((compiled) => {
    const next = () => {
      apply(compiled);
      release();
    };
    if (isReady) next();
    else void ready.then(next);
  });

  return {
    ready,
    apply,
    flushReports,
    takeRecords,
    stop() {
      parsing = false;
      setObserving(false);
      flushReports();
      for (const unit of [...states.keys()]) show(unit);
      style.remove();
    },
    get observing() {
      return observing;
    },
    get siteId() {
      return siteId;
    },
    get site() {
      return site;
    },
    get compiled() {
      return isReady ? (config ?? null) : undefined;
    },
  };
}

/**
 * Push a subtree's text as people read it: its textContent, less that of scripts and styles (a page's
 * inline scripts can hold megabytes of data). Only where one is inside is the subtree taken apart.
 */
function textOutsideScripts(element: Element, said: string[]) {
  if (UNREAD_ELEMENTS.has(element.localName)) return;
  // Asked tag by tag: the browser finds one tag by a quick walk, a list costs it a full match.
  if (element.firstElementChild === null || (!element.querySelector('script') && !element.querySelector('style'))) {
    said.push(element.textContent ?? '');
    return;
  }
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) said.push((child as Text).data);
    else if (child.nodeType === 1) textOutsideScripts(child as Element, said);
  }
}

let unitTags: { units: string; tags: string[] | null } | undefined;

/**
 * A site's unit list as tag names when it is only plain tags (YouTube's 33), else null. (A list, not
 * a set: it is walked by index, which a cold script does faster than it iterates a set.)
 */
function unitTagsOf(units: string): string[] | null {
  if (unitTags?.units !== units) {
    const parts = unitSelectors(units);
    const plain = parts.every((part) => /^[a-z][a-z0-9-]*$/i.test(part));
    unitTags = { units, tags: plain ? parts.map((part) => part.toLowerCase()) : null };
  }
  return unitTags.tags;
}

/**
 * Add the site's units under `root` to `into`. A list of plain tag names is asked for tag by tag: the
 * browser finds one tag by a quick walk, while a long list costs it a full selector match per element
 * and selector (a 13k-element page: 0.2 ms a tag against 16 ms the list). (A walk in script would be
 * worse still: the content script's world needs a wrapper object for every element it is handed.)
 */
function queryUnits(root: ParentNode, units: string, into: Set<Element>) {
  const selectors = unitTagsOf(units) ?? [units];
  for (let s = 0; s < selectors.length; s++) {
    const found = root.querySelectorAll(selectors[s]!);
    for (let i = 0; i < found.length; i++) into.add(found[i]!);
  }
}

const CARD_NODE_NAME = CARD_TAG.toUpperCase();
/** Elements whose children are never shown (the blur card goes inside its target). */
const SHOWS_NO_CHILDREN = new Set(['img', 'video', 'iframe', 'canvas', 'svg']);
/** What is out of sight: hidden or blurred (hide marks it). */
const OUT_OF_SIGHT = `[${MARK}]`;

/** Run a callback once, after this frame's layout and before its paint: a new ResizeObserver's first report of <html>. */
function afterLayout(doc: Document, callback: () => void) {
  const sizes = new ResizeObserver(() => {
    sizes.disconnect();
    callback();
  });
  sizes.observe(doc.documentElement);
}

/** The engine adding or removing its own card: nothing to check. */
function isOwnCard(record: MutationRecord): boolean {
  const added = record.addedNodes;
  const removed = record.removedNodes;
  if (added.length + removed.length !== 1) return false;
  return (added[0] ?? removed[0])!.nodeName === CARD_NODE_NAME;
}

/**
 * The videos and sounds in an element and, given `eachRoot`, in the open shadow roots inside it at any
 * depth (a new Reddit post's player keeps its video in one), calling `eachRoot` with each such root.
 */
function mediaIn(root: Element | ShadowRoot, eachRoot: ((root: ShadowRoot) => void) | null, found: HTMLMediaElement[] = []): HTMLMediaElement[] {
  found.push(...root.querySelectorAll<HTMLMediaElement>('video,audio'));
  if (eachRoot) {
    for (const host of shadowHostsIn(root)) {
      eachRoot(host.shadowRoot!);
      mediaIn(host.shadowRoot!, eachRoot, found);
    }
  }
  return found;
}

/** Firefox: make the parts among `nodes` (its card aside) of a blurred element inert, or not (style.ts). */
function setInert(nodes: Iterable<Node>, inert: boolean) {
  for (const node of nodes) if (node.nodeType === 1 && node.nodeName !== CARD_NODE_NAME) (node as HTMLElement).inert = inert;
}

/** Elements with an open shadow root in a subtree (custom elements such as shreddit-post), not in theirs. */
function shadowHostsIn(root: Element | ShadowRoot | Document): Element[] {
  const hosts: Element[] = [];
  if ((root as Element).shadowRoot) hosts.push(root as Element);
  // Only elements that can hold a shadow root are worth a look; a walk over the subtree.
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).shadowRoot) hosts.push(node as Element);
  }
  return hosts;
}
