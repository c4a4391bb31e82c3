// The one stylesheet the content script adds to a page (STYLE.md convention 9: hide with one
// prefixed attribute and one stylesheet). It goes in at document_start, before <head> exists.

/** The one attribute that marks a unit's hide target: "hide" or "blur". */
export const MARK = 'data-oos';
/** Set on <html> once the compiled config has been read and the parsed document checked (for tests and tools; no rule reads it). */
export const READY = 'data-oos-ready';
/**
 * While the first HTML streams in: the unit the parser is in (on a site known only generically, the
 * block), held until it has left it and it has been read whole.
 */
export const WAIT = 'data-oos-wait';
/** Set on <html> by the navigation guard while it sends the tab to the prompt. */
export const GUARD = 'data-oos-guard';
/** The element that carries the blur card (its content lives in a closed shadow root). */
export const CARD_TAG = 'oos-card';

/**
 * A site's unit selector list, one selector a part. No site's selector holds a comma of its own (in
 * :is() or an attribute's value): a test holds every site to it, so the list splits at each comma.
 */
export function unitSelectors(units: string): string[] {
  return units.split(',').map((part) => part.trim());
}

export interface StyleState {
  /** The site's unit selector list, or null on a site we only know generically. */
  units: string | null;
  /** Every unit is held: the settings are not read yet. */
  gate: boolean;
  blur: boolean;
  /** Players may keep their video in shadow roots here (in blur mode, the upgrade watch below). */
  upgrades?: boolean;
}

/**
 * The rules for the engine's state. The sheet changes with it (a few times a page): a rule that is
 * not needed is not there, so the page's own style work never pays for it. Every rule's last
 * compound names a tag or an attribute, so the browser only tries it on elements that have them;
 * but the upgrade watch's, in blur mode where players keep their video in shadow roots: those are
 * tried on every element, and the browser's ancestor filter turns nearly all away at once.
 *
 * Every declaration is !important, so that nothing of the page's own style undoes ours: written once,
 * at the end, rather than sixteen times (the content script's size counts).
 */
export function stylesheetText({ units, gate, blur, upgrades }: StyleState): string {
  const rules: string[] = [];
  if (gate) {
    // Until the settings are read, a unit that might be about them is an empty slot that keeps its
    // box. On a site we only know generically, any block may be about them: the body waits (a few ms).
    rules.push(`${units ?? 'body'}{visibility:hidden}`);
  }
  rules.push(`[${MARK}="hide"]{display:none}`);
  // While the first HTML streams in, the unit the parser is in waits (on a site known only
  // generically, the block). It stays once the parser is done, the one rule kept when nothing needs
  // it: dropping it then would rewrite the sheet just as the page is done (the gate went at the first
  // read), and have the browser go over the page's style again for a rule nothing matches.
  rules.push(`[${WAIT}]{visibility:hidden}`);
  if (blur) {
    // Blur: the card covers the unit (the unit becomes its containing block without changing its
    // position, which virtual lists set themselves); the unit's own content is blurred under it.
    // What is blurred is inert: its links and buttons take no keyboard focus, a screen reader passes
    // it by, find-in-page does not stop in it. (Not the unit itself: inside an inert element the card
    // would be inert too.) Firefox has no such CSS: the engine makes those parts inert there. Words
    // the page puts straight into the unit, beside its parts, are in no part: the unit is hidden and
    // its parts are shown again (visibility, unlike inertness, can be undone below). The card is reset
    // here, nothing of the page's style reaches it (being absolutely placed, it is a block), and it is
    // a size container for its small layout (card.ts).
    rules.push(
      `[${MARK}="blur"]{contain:layout;min-height:7em;overflow:hidden;visibility:hidden}`,
      `[${MARK}="blur"]>:not(${CARD_TAG}){filter:blur(16px);pointer-events:none;user-select:none;visibility:visible${import.meta.env.FIREFOX ? '' : ';interactivity:inert'}}`,
      `${CARD_TAG}{all:initial;position:absolute;inset:0;z-index:2147483000;container-type:size}`,
    );
    // A custom element the site defines only later (new Reddit's player) builds its shadow root then,
    // where a "play" stays. Under a card, being defined starts a 1 ms transition, whose event the
    // engine hears (transitionrun): it then stops what plays in there and listens in it.
    // (A property that lays nothing out, is not inherited, and changes nothing in the card, which is
    // never defined either.)
    if (upgrades) rules.push(`[${MARK}="blur"] :not(:defined){outline-offset:1px}`, `[${MARK}="blur"] :defined{transition:outline-offset 1ms}`);
  }
  rules.push(`html[${GUARD}] body{visibility:hidden}`);
  // (No selector here holds ";" or "}".)
  return rules.join('\n').replace(/;|}/g, '!important$&');
}

/** Add the stylesheet as the first thing in the document (there may be no <head> yet). */
export function injectStylesheet(doc: Document, text: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.setAttribute('data-oos-style', '');
  style.textContent = text;
  (doc.head ?? doc.documentElement).prepend(style);
  return style;
}
