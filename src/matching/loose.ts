// A cheap test that a text cannot be about anyone (issue 4: reading every unit node by node is most
// of the engine's cost on a large page). It answers "maybe" for every text the matcher (matcher.ts)
// could match, and also for some it would not: a page's text as the browser joins it (textContent)
// has no break where one block ends and the next begins, so "Jordan" + "Avery" in two blocks and a
// name running into the next block's first word must still read "maybe". So both sides are folded
// (normalize.ts) and stripped of every character that is not part of a word, and a pattern is looked
// for anywhere, as a substring. One Aho–Corasick pass over the stripped text: linear, whatever the
// number of patterns. Pure: no browser API.
import { foldNonAscii } from './normalize';

/** Everything that is not a letter, digit, mark or "_": the matcher's word breaks, and "@ . '". */
const NOT_WORD = /[^\p{L}\p{N}\p{M}_]+/gu;
/** The same for ASCII alone: a plain class, much cheaper to run over a page's worth of text. */
// eslint-disable-next-line no-control-regex
const ASCII_NOT_WORD = /[\x00-\x2F\x3A-\x40\x5B-\x5E\x60\x7B-\x7F]+/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII_RUN = /[^\x00-\x7F]+/g;
// eslint-disable-next-line no-control-regex
const HAS_NON_ASCII = /[^\x00-\x7F]/;

/**
 * A text folded as the matcher folds it, with every character between words dropped. ASCII
 * whitespace and punctuation go first (most of a page's text is indentation); then, as in the
 * matcher, only runs of non-ASCII characters need the full folding (normalize.ts says why that is
 * exact), and only text that still has some needs the Unicode-aware strip.
 */
export function looseForm(text: string): string {
  const ascii = text.replace(ASCII_NOT_WORD, '');
  if (!HAS_NON_ASCII.test(ascii)) return ascii.toLowerCase();
  return ascii.replace(NON_ASCII_RUN, foldNonAscii).toLowerCase().replace(NOT_WORD, '');
}

export type LooseTest = (text: string) => boolean;

/** True when a text may contain one of `patterns` (never false when the matcher would find one). */
export function createLooseTest(patterns: readonly string[]): LooseTest {
  const keys = [...new Set(patterns.map(looseForm))];
  if (keys.length === 0) return () => false;
  // A pattern with no word characters at all (the settings refuse them) rules nothing out.
  if (keys.includes('')) return () => true;

  // The trie of the keys over UTF-16 code units, then failure links, breadth first.
  const edges: Map<number, number>[] = [new Map()];
  const accepts: boolean[] = [false];
  for (const key of keys) {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let next = edges[state]!.get(code);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        accepts.push(false);
        edges[state]!.set(code, next);
      }
      state = next;
    }
    accepts[state] = true;
  }
  const fail = new Array<number>(edges.length).fill(0);
  const queue = [...edges[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    for (const [code, next] of edges[state]!) {
      let fallback = fail[state]!;
      while (fallback !== 0 && !edges[fallback]!.has(code)) fallback = fail[fallback]!;
      fail[next] = edges[fallback]!.get(code) ?? 0;
      if (accepts[fail[next]!]) accepts[next] = true;
      queue.push(next);
    }
  }

  return (text) => {
    const stripped = looseForm(text);
    let state = 0;
    for (let i = 0; i < stripped.length; i++) {
      const code = stripped.charCodeAt(i);
      let next = edges[state]!.get(code);
      while (next === undefined && state !== 0) {
        state = fail[state]!;
        next = edges[state]!.get(code);
      }
      state = next ?? 0;
      if (accepts[state]) return true;
    }
    return false;
  };
}
