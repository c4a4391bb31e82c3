// A cheap test that a text cannot be about anyone (issue 4: reading every unit node by node is most
// of the engine's cost on a large page). It answers "maybe" for every text the matcher (matcher.ts)
// could match, and also for some it would not: a page's text as the browser joins it (textContent)
// has no break where one block ends and the next begins, so "Jordan" + "Avery" in two blocks and a
// name running into the next block's first word must still read "maybe". So both sides are folded
// (normalize.ts) and stripped of every character that is not part of a word, and a pattern is looked
// for anywhere, as a substring. One Aho–Corasick pass over the text: linear, whatever the number of
// patterns. Pure: no browser API.
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

/** Per ASCII code: -1 when looseForm drops it, else the character it reads as (upper case lowered). */
const ASCII_READS = new Int16Array(128).map((_, code) => {
  const char = String.fromCharCode(code);
  return char.replace(ASCII_NOT_WORD, '') === '' ? -1 : char.toLowerCase().charCodeAt(0);
});

/** A non-ASCII run as looseForm reads it (the same folding, run by run), remembered: pages repeat them. */
function createRunReader(): (run: string) => string {
  const seen = new Map<string, string>();
  return (run) => {
    let read = seen.get(run);
    if (read === undefined) {
      read = foldNonAscii(run).toLowerCase().replace(NOT_WORD, '');
      if (seen.size >= 4096) seen.clear();
      seen.set(run, read);
    }
    return read;
  };
}

/**
 * True when a text may contain one of `patterns` (never false when the matcher would find one).
 *
 * One pass over the text as it is, with no copy of it: ASCII is read through a table (most of a page),
 * runs of other characters are folded as the matcher folds them. The keys' Aho–Corasick automaton is
 * a full transition table over the few characters they use (any other character leads back to the
 * start), so each character costs one array read.
 */
export function createLooseTest(patterns: readonly string[]): LooseTest {
  const keys = [...new Set(patterns.map(looseForm))];
  if (keys.length === 0) return () => false;
  // A pattern with no word characters at all (the settings refuse them) rules nothing out.
  if (keys.includes('')) return () => true;

  // The keys' alphabet: column 0 stands for every character none of them uses.
  const columns = new Map<number, number>();
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) if (!columns.has(key.charCodeAt(i))) columns.set(key.charCodeAt(i), columns.size + 1);
  }
  const width = columns.size + 1;
  const asciiColumn = new Int32Array(128).map((_, code) => (ASCII_READS[code]! < 0 ? -1 : columns.get(ASCII_READS[code]!) ?? 0));

  // The trie, then failure links breadth first, folded into one table: next = delta[state * width + column].
  const trie: number[][] = [new Array<number>(width).fill(-1)];
  const accepts: number[] = [0];
  for (const key of keys) {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const column = columns.get(key.charCodeAt(i))!;
      if (trie[state]![column]! < 0) {
        trie[state]![column] = trie.length;
        trie.push(new Array<number>(width).fill(-1));
        accepts.push(0);
      }
      state = trie[state]![column]!;
    }
    accepts[state] = 1;
  }
  const delta = new Int32Array(trie.length * width);
  const fail = new Int32Array(trie.length);
  const queue: number[] = [];
  for (let column = 0; column < width; column++) {
    const next = trie[0]![column]!;
    delta[column] = next < 0 ? 0 : next;
    if (next > 0) queue.push(next);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    if (accepts[fail[state]!]) accepts[state] = 1;
    for (let column = 0; column < width; column++) {
      const next = trie[state]![column]!;
      if (next < 0) {
        delta[state * width + column] = delta[fail[state]! * width + column]!;
      } else {
        fail[next] = delta[fail[state]! * width + column]!;
        delta[state * width + column] = next;
        queue.push(next);
      }
    }
  }
  const accepting = Uint8Array.from(accepts);
  const readRun = createRunReader();

  return (text) => {
    let state = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        const column = asciiColumn[code]!;
        if (column < 0) continue;
        state = delta[state * width + column]!;
        if (accepting[state]) return true;
        continue;
      }
      let end = i + 1;
      while (end < length && text.charCodeAt(end) >= 128) end++;
      const read = readRun(text.slice(i, end));
      for (let j = 0; j < read.length; j++) {
        state = delta[state * width + (columns.get(read.charCodeAt(j)) ?? 0)]!;
        if (accepting[state]) return true;
      }
      i = end - 1;
    }
    return false;
  };
}
