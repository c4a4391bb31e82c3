// The one stylesheet the content script adds to a page (STYLE.md convention 9: hide with one
// prefixed attribute and one stylesheet). It goes in at document_start, before <head> exists.

/** The one attribute that marks a unit's hide target: "hide" or "blur". */
export const MARK = 'data-oos';
/** Set on <html> once the compiled config has been read and the document scanned. */
export const READY = 'data-oos-ready';
/** Set on <html> by the navigation guard while it sends the tab to the prompt. */
export const GUARD = 'data-oos-guard';
/** The element that carries the blur card (its content lives in a closed shadow root). */
export const CARD_TAG = 'oos-card';

/**
 * `units` is the site's unit selector list, or null on a site we only know generically: there the
 * whole body waits for the first read (a few milliseconds), since any block may be about them.
 */
export function stylesheetText(units: string | null): string {
  const waiting = units === null ? 'body' : `:is(${units})`;
  return [
    // Until the compiled config is read, a unit that might be about them is an empty slot.
    `html:not([${READY}]) ${waiting}{visibility:hidden!important}`,
    `[${MARK}="hide"]{display:none!important}`,
    // A unit the parser is still inside, not yet known to be safe: an empty slot for a few ms.
    `[${MARK}="wait"]{visibility:hidden!important}`,
    // Blur: the card covers the unit (the unit becomes its containing block without changing its
    // position, which virtual lists set themselves); the unit's own content is blurred under it.
    `[${MARK}="blur"]{contain:layout!important;min-height:7em!important;overflow:hidden!important}`,
    `[${MARK}="blur"]>:not(${CARD_TAG}){filter:blur(16px)!important;pointer-events:none!important;user-select:none!important}`,
    `${CARD_TAG}{all:initial!important;display:block!important;position:absolute!important;inset:0!important;z-index:2147483000!important}`,
    `html[${GUARD}] body{visibility:hidden!important}`,
  ].join('\n');
}

/** Add the stylesheet as the first thing in the document (there may be no <head> yet). */
export function injectStylesheet(doc: Document, units: string | null): HTMLStyleElement {
  const style = doc.createElement('style');
  style.setAttribute('data-oos-style', '');
  style.textContent = stylesheetText(units);
  (doc.head ?? doc.documentElement).prepend(style);
  return style;
}
