// Text normalisation for matching (../shared/DESIGN.md, "Matching rules"; issue 3, part 1).
// One folding for both sides, patterns and page text, so "JOSÉ", "Jo\u200Bsé" and "ｊｏｓｅ" all read
// "jose". Pure: no browser API.
//
// The matcher (matcher.ts) never normalises a whole page: ASCII needs only lower-casing, so it folds
// just the runs of non-ASCII characters with `foldNonAscii`. That is exact because every step below
// works character by character once ASCII is involved: NFKC can only compose an ASCII base with a
// following combining mark, and the marks it could compose are the ones we strip again.

/**
 * Quotes and apostrophes people type for "'" (’ ‘ ‛ ` ´ ʼ ′). Replaced *before* NFKC because NFKC
 * turns ´ into a space and a combining accent, which would split "O´Brien" in two.
 */
const QUOTES = /[\u2018\u2019\u201B`\u00B4\u02BC\u2032]/g;

/** Dashes and minus signs (‐ ‑ ‒ – — ― − ⁃) read as "-". */
const DASHES = /[\u2010-\u2015\u2212\u2043]/g;

/**
 * What folding drops. Format characters (\p{Cf}: zero-width space/joiners U+200B–U+200D, word joiner
 * U+2060, BOM U+FEFF, soft hyphen U+00AD, bidi controls): invisible, and a classic way to break a
 * name ("Jo\u200Brdan"). Combining marks of no script of their own (\p{sc=Inherited}: the accents of
 * Latin, Greek and Cyrillic, variation selectors) and Hebrew and Arabic vowel points, which are
 * optional in writing; the Arabic tatweel only stretches a word. Marks that are letters of their script
 * (Devanagari and Thai vowel signs, the kana voicing marks) stay: dropping them would make different
 * words equal, and they have no "plain" spelling anyone would type instead.
 */
const DROPPED =
  /\p{Cf}|\u0640|(?=\p{M})(?:(?=\p{sc=Inherited})(?!\p{scx=Hiragana})|(?=\p{sc=Hebrew})|(?=\p{sc=Arabic})|(?=\p{sc=Syriac}))./gu;

const FINAL_SIGMA = /\u03C2/g;

/**
 * A run of more than 30 combining marks, the most the Stream-Safe Text Format allows (UAX #15): the
 * normaliser puts a run of marks in order in time that grows with the square of its length (100,000
 * accents of two kinds, alternating: seconds), and no writing piles up more.
 */
const MARK_PILE = /(\p{M}{30})\p{M}+/gu;
/** Where a pile may be: over 30 non-ASCII characters in a row (a plain class, quick to look for). */
// eslint-disable-next-line no-control-regex
const LONG_NON_ASCII = /[^\x00-\x7F]{31,}/g;

/** A text with every run of combining marks cut to 30 (before it is normalised; see MARK_PILE). */
export function capMarks(text: string): string {
  LONG_NON_ASCII.lastIndex = 0;
  if (!LONG_NON_ASCII.test(text)) return text;
  return text.replace(LONG_NON_ASCII, (run) => run.replace(MARK_PILE, '$1'));
}

/**
 * Case-folds, strips diacritics and invisible characters and unifies quotes and dashes, keeping every
 * other character (spaces and punctuation included) where it is. The matcher uses this on runs of
 * non-ASCII text; the result may contain ASCII.
 */
export function foldNonAscii(text: string): string {
  let folded = capMarks(text).replace(QUOTES, "'").normalize('NFKC').replace(DASHES, '-');
  // Full case folding, as far as JavaScript offers it: upper-casing expands "ß" to "SS" (and "ŉ" to
  // "ʼN"); lower-casing then gives the folded form. Lower-casing first too, because the capital "ẞ"
  // upper-cases to itself and lower-cases to "ß". Lower-casing is context-sensitive for one letter
  // only, the final sigma, which folding maps to the ordinary sigma.
  folded = folded.toLowerCase().toUpperCase().toLowerCase().replace(FINAL_SIGMA, '\u03C3');
  folded = folded.normalize('NFD').replace(DROPPED, '').replace(QUOTES, "'");
  // Recompose what is left (kana with voicing marks, Hangul syllables) so both sides read the same.
  return folded.normalize('NFC');
}

/**
 * The normalised form of a text: NFKC, case-folded, diacritics and zero-width characters dropped,
 * quotes, apostrophes and dashes unified, whitespace collapsed to single spaces and trimmed.
 * Idempotent. Patterns and page text compare equal exactly when their normalised forms do (up to
 * punctuation between words, which the matcher treats as a word break).
 */
export function normalizeText(text: string): string {
  // ASCII needs only lower-casing; everything else goes through the full folding.
  // eslint-disable-next-line no-control-regex
  const folded = /^[\x00-\x7F]*$/.test(text) ? text.toLowerCase() : foldNonAscii(text);
  return folded.replace(/\s+/gu, ' ').trim();
}
