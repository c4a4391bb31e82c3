// A cheap test that a text cannot be about anyone (issue 4: reading every unit node by node is most
// of the engine's cost on a large page). It answers "maybe" for every text the matcher (matcher.ts)
// could match, and also for some it would not: a page's text as the browser joins it (textContent)
// has no break where one block ends and the next begins, so "Jordan" + "Avery" in two blocks must
// still read "maybe"; and a unit's attributes are read apart from its text, so "Jordan <img
// alt="Avery"> and friends" must too. So each word of a pattern (folded as normalize.ts folds) is
// looked for on its own, anywhere in the folded text, as a substring. Pure: no browser API.
import { foldNonAscii } from './normalize';

/** Everything that is not a letter, digit, mark or "_": the matcher's word breaks, and "@ . '". */
const NOT_WORD = /[^\p{L}\p{N}\p{M}_]+/u;
/** The same for ASCII alone: a plain class, with no Unicode tables to compile. */
// eslint-disable-next-line no-control-regex
const ASCII_NOT_WORD = /[\x00-\x2F\x3A-\x40\x5B-\x5E\x60\x7B-\x7F]+/;
// eslint-disable-next-line no-control-regex
const NON_ASCII_RUN = /[^\x00-\x7F]+/g;
// eslint-disable-next-line no-control-regex
const HAS_NON_ASCII = /[^\x00-\x7F]/;

export type LooseTest = (text: string) => boolean;

/** Latin-1 punctuation and symbols whose folding holds no letter or digit (not ª º ² ³ ¹ ¼ ½ ¾ µ). */
const INERT_LATIN1 = new Set([0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xab, 0xac, 0xad, 0xae, 0xaf,
  0xb0, 0xb1, 0xb4, 0xb6, 0xb7, 0xb8, 0xbb, 0xbf, 0xd7, 0xf7]);

/**
 * True when a run holds only characters that fold to nothing a pattern can have (no letter, digit or
 * mark): spaces, dashes, quotes and other punctuation, arrows, shapes, emoji. Most of a page's
 * non-ASCII text is these, and they need no folding at all.
 */
function isInert(run: string): boolean {
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x2190 && code <= 0x23ff) || (code >= 0x2500 && code <= 0x2775)
      || (code >= 0xfe00 && code <= 0xfe0f) || INERT_LATIN1.has(code)) continue;
    const point = run.codePointAt(i)!;
    // Emoji and their modifiers; tag characters (flags).
    if ((point >= 0x1f300 && point <= 0x1faff) || (point >= 0xe0000 && point <= 0xe007f)) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * True when a text may contain one of `patterns` (never false when the matcher would find one).
 *
 * The work is done by the browser's native string functions, not a loop in script: a content script
 * starts cold on every page, and there a loop over each character runs unoptimised (a page's 100k
 * characters took 10 to 25 ms). The text is lower-cased natively; only runs of non-ASCII characters
 * are read in script, folded as the matcher folds them (remembered: pages repeat them). Then each
 * word of each folded pattern is looked for as a substring: linear in the text for a given set of
 * patterns.
 *
 * A pattern counts as "maybe" when each of its words is somewhere in the text, in any order. Where the
 * matcher finds a pattern, each of its words lies whole in one block of what it reads (a text node or
 * one attribute value), so this holds however the caller joins text and attributes; the words side
 * by side would not ("Jordan" in the text, "Avery" in an image's alt).
 */
export function createLooseTest(patterns: readonly string[]): LooseTest {
  // Both sides decomposed (NFD): text joined from two blocks may compose across the join (a syllable
  // and a lone final jamo, kana and a voicing mark), and a pattern must still be found in it.
  const wordsOf = (folded: string) => folded.split(HAS_NON_ASCII.test(folded) ? NOT_WORD : ASCII_NOT_WORD);
  const keys = patterns.map((pattern) => wordsOf(foldNonAscii(pattern)).filter(Boolean).map((word) => word.normalize('NFD')));
  if (keys.length === 0) return () => false;
  // A pattern with no word characters at all (the settings refuse them) rules nothing out.
  if (keys.some((words) => words.length === 0)) return () => true;
  const alphabet = new Set(keys.flat().join(''));
  const seen = new Map<string, string>();
  // A run folded, keeping ASCII (the matcher reads it as this test does) and the characters of the
  // patterns' words. (Passing over every other character may join two words the matcher keeps
  // apart, and say "maybe" where it finds nothing, never the other way round; and it spares a
  // Unicode-aware expression, the most costly kind to compile.)
  const readRun = (run: string) => {
    let read = seen.get(run);
    if (read === undefined) {
      read = '';
      if (!isInert(run)) {
        for (const char of foldNonAscii(run).toLowerCase().normalize('NFD')) {
          if (char < '\x80' || alphabet.has(char)) read += char;
        }
      }
      if (seen.size >= 4096) seen.clear();
      seen.set(run, read);
    }
    return read;
  };
  return (text) => {
    // ASCII needs only lower-casing: a pattern's words hold no ASCII between-word character.
    let read = text;
    if (HAS_NON_ASCII.test(read)) read = read.replace(NON_ASCII_RUN, readRun);
    read = read.toLowerCase();
    return keys.some((words) => words.every((word) => read.includes(word)));
  };
}
