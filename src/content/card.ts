// The calm card over a blurred unit (issue 4: "Hidden to protect your peace", a deliberate
// "Show anyway" that asks once more). It lives in a closed shadow root so the page can neither read
// nor restyle it; it is built with createElement and textContent only, never innerHTML.
import { CARD_TAG } from './style';

export type CardText = (key: CardMessage) => string;

export type CardMessage = 'card_label' | 'card_message' | 'card_show' | 'card_confirm_question' | 'card_confirm' | 'card_keep';

/** English, for when the browser cannot give us the translated text (unit tests). */
export const CARD_FALLBACK: Record<CardMessage, string> = {
  card_label: 'Hidden by Out of Sight',
  card_message: 'Hidden to protect your peace',
  card_show: 'Show anyway',
  card_confirm_question: 'Are you sure? Keeping it hidden is okay too.',
  card_confirm: 'Yes, show it',
  card_keep: 'Keep it hidden',
};

// Compact (the content script's size counts): one rule a line, joined without newlines when built;
// no last semicolons; colours in hex, with alpha. (Chromium and Firefox both know backdrop-filter
// unprefixed.) The host is reset and made a size container by the page's stylesheet (style.ts): in a
// small unit (a story bubble, a sidebar entry) only the buttons show, smaller, so they are never cut
// off.
const CARD_CSS =
  '.card{box-sizing:border-box;width:100%;height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:.5em;padding:.75em;overflow:hidden;background:#f6f4f0b8;color:#3d3a36;text-align:center;backdrop-filter:blur(18px);font:14px/1.4 system-ui,sans-serif}' +
  'p{margin:0;font-weight:600}' +
  '.row{display:flex;gap:.5em;flex-wrap:wrap;justify-content:center}' +
  'button{font:inherit;font-size:13px;padding:.35em .9em;border-radius:999px;cursor:pointer;border:1px solid #8a847c;background:#fffdf9;color:#3d3a36}' +
  'button:focus-visible{outline:3px solid #5b7f95;outline-offset:2px}' +
  '@container(width<160px){.card{padding:.3em;gap:.3em;font-size:11px}p{display:none}.row{gap:.3em}button{font-size:inherit;padding:.2em .5em}}' +
  '@media(prefers-color-scheme:dark){.card{background:#201f1ec7;color:#ece8e1}button{background:#2b2a28;color:#ece8e1;border-color:#a39d94}}';

/** Build a card (its host element); `onReveal` runs after the second, confirming click. */
export function createCard(doc: Document, text: CardText, onReveal: () => void): HTMLElement {
  const host = doc.createElement(CARD_TAG);
  const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: string) => {
    const element = doc.createElement(tag);
    if (className) element.className = className;
    if (content !== undefined) element.textContent = content;
    return element;
  };

  const style = make('style', undefined, CARD_CSS);
  const card = make('div', 'card');
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', text('card_label'));
  const message = make('p', undefined, text('card_message'));
  const row = make('div', 'row');
  const show = make('button', 'show', text('card_show'));
  show.type = 'button';
  const keep = make('button', 'keep', text('card_keep'));
  keep.type = 'button';
  keep.hidden = true;
  row.append(show, keep);
  card.append(message, row);
  root.append(style, card);

  // The first click asks "Are you sure?" in the message's place (a small card has room for one
  // line of words), and offers to keep it hidden; only the second reveals.
  let asking = false;
  const ask = (on: boolean) => {
    asking = on;
    keep.hidden = !on;
    message.textContent = text(on ? 'card_confirm_question' : 'card_message');
    show.textContent = text(on ? 'card_confirm' : 'card_show');
    show.focus();
  };
  // A click on the card must not reach the site (a post would open under the card), nor follow a
  // link the unit sits in (a story bubble is one), nor open it in a new tab with the middle button.
  for (const type of ['click', 'auxclick']) {
    card.addEventListener(type, (event) => {
      event.stopPropagation();
      event.preventDefault();
    });
  }
  show.addEventListener('click', () => (asking ? onReveal() : ask(true)));
  keep.addEventListener('click', () => ask(false));
  return host;
}
