// The one compiled matcher for all people (../shared/DESIGN.md, "Matching rules"; issue 3, part 2).
// Pure: no browser API. The only regular expressions that see page text are single-character
// classes in normalize.ts, run on non-ASCII characters; nothing can backtrack.
//
// How it works. Text is read once, left to right, as a stream of symbols:
//  - letters, digits, marks and "_" (folded as normalize.ts says) are symbols of their own;
//  - "@" is a symbol; "." and "'" are symbols only between two word characters, so "jordan.avery"
//    stays one handle and "O'Brien" one name, while "Jordan. Avery" is two words;
//  - every other run of characters (spaces, line breaks, punctuation, emoji) is one separator symbol,
//    so a multi-word name matches across any of them.
// All patterns are compiled into one Aho–Corasick automaton over these symbols: one step a symbol,
// whatever the number of patterns. ASCII steps through a dense table; other characters through a map.
// Word starts are part of the automaton (see "The automaton" below); a pattern it finds then has its
// end checked against the next symbol, a constant amount of work. The rules:
//  - names and phrases are whole words: no word character next to them ("Jordan" is not in
//    "Jordanian", nor "Avery" in "Averyson");
//  - handles (@jordan_avery) must not go on as a longer handle (@jordan_avery_fan, @jordan_avery.fan,
//    @jordan_avery-fan, @jordan_avery@other.server) nor follow a word (an e-mail address);
//  - letters of scripts written without spaces (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar) match as
//    substrings, and count as a word break next to a name in another script ("见到Jordan了").
//
// Folding. ASCII only needs lower-casing, done by table. Every other character is folded on its own
// (normalize.ts's foldNonAscii, remembered per character), except that a character is folded together
// with the combining characters that follow it (marks, Hangul vowel and final jamo), because only
// those can compose with it. That gives the same result as folding the whole text at once, which the
// property tests check against normalizeText.
import type { MatcherSpec, PatternKind } from './spec';
import type { ProfileId } from '../sites/types';
import { foldNonAscii } from './normalize';

export interface Matcher {
  /** Index of a person whose name, handle or phrase occurs in `text`, or -1. */
  matchText(text: string): number;
  /** Person index for a canonical profile id ("x:jordan_avery"), or -1. */
  matchProfile(id: ProfileId): number;
  /** True when the spec has no patterns and no profiles (nothing to do). */
  readonly isEmpty: boolean;
}

// Kinds of emitted symbols, as the edge checks see them.
const K_SEP = 0; // a separator run, or the start or end of the text
const K_WORD = 1; // a letter, digit, mark or "_" of a script written with spaces
const K_SPACELESS = 2; // a letter of a script written without spaces
const K_AT = 3;
const K_DOT = 4; // "." between two word characters
const K_APOS = 5; // "'" between two word characters
const K_HYPHEN = 6; // a separator that is one "-" between two word characters (a handle goes on)

// Classes of characters, before the "between two word characters" decisions. The first three equal
// the kinds they emit.
const C_SEP = 0;
const C_WORD = 1;
const C_SPACELESS = 2;
const C_AT = 3;
const C_DOT = 4;
const C_APOS = 5;
const C_DASH = 6;

// What is waiting between word symbols: nothing, or a "." or "'" that may stay, or a separator run.
const P_NONE = 0;
const P_DOT = 1;
const P_APOS = 2;
const P_SEP = 3;
const P_HYPHEN = 4; // a separator run that so far is one "-" after a word character

const SEP = 32; // the separator symbol's code
const AT = 64;
const DOT = 46;
const APOS = 39;

/** Class and folded code of each ASCII character. */
const ASCII_CLASS = new Uint8Array(128);
const ASCII_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CODE[c] = ch.toLowerCase().charCodeAt(0);
  ASCII_CLASS[c] = /[a-zA-Z0-9_]/.test(ch)
    ? C_WORD
    : ch === '@'
      ? C_AT
      : ch === '.'
        ? C_DOT
        : ch === "'" || ch === '`'
          ? C_APOS
          : ch === '-'
            ? C_DASH
            : C_SEP;
}
ASCII_CODE[96] = APOS; // "`" reads as "'"

// ---- Per-character knowledge of non-ASCII code points, learnt on first sight ----------------------

const LETTER_MARK_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;
// Script_Extensions, so the prolonged sound mark "ー" and the iteration marks count as Japanese.
const SPACELESS_SCRIPT =
  /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;
const MARK_FIRST = /^\p{M}/u;

// How a character folds.
const F_UNKNOWN = 0;
const F_SAME = 1; // folds to itself
const F_CHANGED = 2; // folds to FOLDED.get(cp) (maybe "", maybe several characters)
const F_JOINING = 3; // may compose with the character before it: folded with it

/** For BMP code points: 0 unknown, else (fold << 2 | class) + 1. */
const BMP_INFO = new Uint8Array(0x10000);
const ASTRAL_INFO = new Map<number, number>();
/** Astral code points remembered, at most (a page cannot grow the cache without bound). */
const ASTRAL_MAX = 8192;
const FOLDED = new Map<number, string>();

function isJoining(cp: number, ch: string): boolean {
  // Hangul vowel and final jamo compose with the jamo before them; everything else that composes
  // backwards is a mark or decomposes to one.
  if ((cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff)) return true;
  return MARK_FIRST.test(ch.normalize('NFD')) || MARK_FIRST.test(ch.normalize('NFKD'));
}

function classOfFolded(ch: string): number {
  if (!LETTER_MARK_OR_DIGIT.test(ch)) return C_SEP;
  return SPACELESS_SCRIPT.test(ch) ? C_SPACELESS : C_WORD;
}

function learn(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let fold: number;
  if (isJoining(cp, ch)) fold = F_JOINING;
  else {
    const folded = foldNonAscii(ch);
    if (folded === ch) fold = F_SAME;
    else {
      fold = F_CHANGED;
      if (cp < 0x10000 || ASTRAL_INFO.size < ASTRAL_MAX) FOLDED.set(cp, folded);
    }
  }
  // The class is what the character reads as once folded: exact for F_SAME, and for joining marks,
  // which folding keeps as they are when it keeps them.
  const info = ((fold << 2) | (fold === F_CHANGED ? C_SEP : classOfFolded(ch))) + 1;
  if (cp < 0x10000) BMP_INFO[cp] = info;
  else if (ASTRAL_INFO.size < ASTRAL_MAX) ASTRAL_INFO.set(cp, info);
  return info;
}

function infoOf(cp: number): number {
  if (cp < 0x10000) {
    const info = BMP_INFO[cp]!;
    return info !== 0 ? info : learn(cp);
  }
  return ASTRAL_INFO.get(cp) ?? learn(cp);
}

/** Class of a code point that is already folded (from a folded string). */
function classOfCodePoint(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  const info = infoOf(cp);
  // Folded text is stable under folding; a joining mark that survived folding is part of its word.
  if (((info - 1) >> 2) !== F_CHANGED) return (info - 1) & 3;
  return classOfFolded(String.fromCodePoint(cp));
}

// Clusters (a character and the combining characters after it) recur: fold each once.
const CLUSTER_CACHE = new Map<string, string>();
const CLUSTER_CACHE_MAX = 4096;

function foldCluster(cluster: string): string {
  let folded = CLUSTER_CACHE.get(cluster);
  if (folded === undefined) {
    folded = foldNonAscii(cluster);
    if (cluster.length <= 32) {
      if (CLUSTER_CACHE.size >= CLUSTER_CACHE_MAX) CLUSTER_CACHE.clear();
      CLUSTER_CACHE.set(cluster, folded);
    }
  }
  return folded;
}

/** Index just past the combining characters starting at `from`. */
function clusterEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const cp = text.codePointAt(at)!;
    if (cp < 128 || ((infoOf(cp) - 1) >> 2) !== F_JOINING) break;
    at += cp > 0xffff ? 2 : 1;
  }
  return at;
}

// ---- The automaton --------------------------------------------------------------------------------
//
// Word starts are built into the automaton, so a pattern found is already known to start at a word
// break and only its end waits for the next symbol. The usual single root is split in two:
// AFTER_BREAK (the last symbol was not a word character: any pattern may start) and AFTER_WORD (only
// patterns in scripts without spaces may start). Failure links lead to the longest suffix that is a
// pattern prefix *and starts where a pattern may start*, which is known from the pattern's own
// symbols. Inside a word, with nothing under way, the state stays AFTER_WORD: the scan skips the rest
// of the word's ASCII letters without stepping at all.

const AFTER_BREAK = 0;
const AFTER_WORD = 1;

const FAST_BREAK = 0;
const FAST_WORD = 1;
const FAST_START_WORD = 2;
const FAST_START_AT = 3;
const NOT_SETTLED = 255;

const END_ANY = 0;
const END_NOT_BEFORE_WORD = 1;
const END_HANDLE = 2;

function endAllowed(rule: number, nextKind: number): boolean {
  if (rule === END_NOT_BEFORE_WORD) return nextKind !== K_WORD;
  // A handle must not go on as a longer handle; a possessive ("@jordan_avery's") is fine.
  return nextKind !== K_WORD && nextKind !== K_DOT && nextKind !== K_HYPHEN && nextKind !== K_AT;
}

const CODE_SPACE = 0x200000; // code points fit in 21 bits: goto keys are state * CODE_SPACE + code
/** Dense ASCII rows are kept for at most this many table cells (4 MB); deeper states use the map. */
const DENSE_CELLS_MAX = 1 << 20;
// Dense columns 0 and 1: symbols in no pattern, a non-word one (to AFTER_BREAK) and a word one.
const COLUMN_OTHER = 0;
const COLUMN_OTHER_WORD = 1;

/** Where pattern compilation collects symbols. */
interface SymbolList {
  codes: number[];
  kinds: number[];
}

/** Is a symbol code a word character of a script written with spaces (kind K_WORD)? */
function isWordCode(code: number): boolean {
  return classOfCodePoint(code) === C_WORD;
}

class Automaton {
  /** ASCII symbol code (folded) → dense column. */
  readonly column = new Uint8Array(128);
  /**
   * For the fast lane, each raw ASCII character: FAST_BREAK (leads to AFTER_BREAK), FAST_WORD (a word
   * character no pattern starts with), FAST_START_WORD / FAST_START_AT (may start a pattern).
   */
  readonly fast = new Uint8Array(128);
  /**
   * For two raw ASCII characters read from AFTER_BREAK, the root state they lead to when they
   * cannot be the start of any pattern, or NOT_SETTLED.
   */
  pairNext = new Uint8Array(0);
  stride = 2;
  /** dense[state * stride + column] = next state, for states below `denseStates` (breadth-first ids). */
  dense = new Int32Array([AFTER_BREAK, AFTER_WORD, AFTER_BREAK, AFTER_WORD]);
  denseStates = 2;
  fail = new Int32Array(2);
  /** Trie edges; the children of both roots are stored under AFTER_BREAK. */
  readonly goto = new Map<number, number>();
  /** Non-ASCII symbols that occur in some pattern: BMP by table, the rest in a set. */
  nonAsciiBmp = new Uint8Array(0);
  readonly nonAsciiAstral = new Set<number>();
  /** First pattern ending at a state, or -1; the others through patternNext. */
  stateOutput = new Int32Array(2).fill(-1);
  /** Nearest state on the failure chain with an output, or -1. */
  outputLink = new Int32Array(2).fill(-1);
  hasOutput = new Uint8Array(2);

  patternCount = 0;
  patternPerson = new Int32Array(0);
  patternEnd = new Uint8Array(0);
  patternNext = new Int32Array(0);

  // Patterns waiting for the next symbol (matching is synchronous, so one list serves every call).
  pendingPersons: number[] = [];
  pendingRules: number[] = [];
  pendingCount = 0;

  /** Full transition on any symbol, through the map and failure links where there is no dense row. */
  step(state: number, code: number): number {
    if (code < 128) {
      const column = this.column[code]!;
      for (;;) {
        if (state < this.denseStates) return this.dense[state * this.stride + column]!;
        const child = this.goto.get(state * CODE_SPACE + code);
        if (child !== undefined) return child;
        state = this.fail[state]!;
      }
    }
    const known = code < 0x10000 ? this.nonAsciiBmp[code] !== 0 : this.nonAsciiAstral.has(code);
    if (known) {
      for (;;) {
        if (state <= AFTER_WORD) {
          // Only a pattern in a script without spaces may start right after a word character.
          if (state === AFTER_BREAK || classOfCodePoint(code) === C_SPACELESS) {
            const child = this.goto.get(code);
            if (child !== undefined) return child;
          }
          break;
        }
        const child = this.goto.get(state * CODE_SPACE + code);
        if (child !== undefined) return child;
        state = this.fail[state]!;
      }
    }
    return isWordCode(code) ? AFTER_WORD : AFTER_BREAK;
  }

  /** Patterns ending at `state`: returns a person at once when its end needs no check, else queues them (-2), or -1. */
  outputs(state: number): number {
    let queued = -1;
    for (let at = state; at !== -1; at = this.outputLink[at]!) {
      for (let pattern = this.stateOutput[at]!; pattern !== -1; pattern = this.patternNext[pattern]!) {
        const rule = this.patternEnd[pattern]!;
        if (rule === END_ANY) return this.patternPerson[pattern]!;
        this.pendingPersons[this.pendingCount] = this.patternPerson[pattern]!;
        this.pendingRules[this.pendingCount] = rule;
        this.pendingCount++;
        queued = -2;
      }
    }
    return queued;
  }

  /** Patterns that ended on the previous symbol, now that the next one's kind is known. */
  resolvePending(nextKind: number): number {
    const count = this.pendingCount;
    this.pendingCount = 0;
    for (let k = 0; k < count; k++) if (endAllowed(this.pendingRules[k]!, nextKind)) return this.pendingPersons[k]!;
    return -1;
  }
}

const NO_AUTOMATON = new Automaton();

/**
 * Reads `text` as symbols (see the top of this file). With `list`, collects them (for compiling
 * patterns); otherwise runs them through `automaton` and returns the first person found, or -1.
 * Linear: every character is read a bounded number of times, at most two symbols come of one
 * character, and each symbol is one automaton step plus the end checks of the patterns ending there
 * (at most one a pattern length, as patterns ending at one place have different lengths).
 */
function scan(text: string, automaton: Automaton, list: SymbolList | null): number {
  const column = automaton.column;
  const fast = automaton.fast;
  const pairNext = automaton.pairNext;
  const dense = automaton.dense;
  const denseStates = automaton.denseStates;
  const stride = automaton.stride;
  const hasOutput = automaton.hasOutput;
  const nonAsciiBmp = automaton.nonAsciiBmp;
  const fastLane = list === null;
  automaton.pendingCount = 0;
  let pending = false; // patterns wait for the next symbol's kind

  const n = text.length;
  let src = text; // the text, or the folded form of a non-ASCII character or cluster
  let i = 0;
  let end = n;
  let resumeAt = -1; // where to continue in `text` after the folded string
  let state = AFTER_BREAK;
  let prevKind = K_SEP;
  let between = P_NONE;
  let carryCode = -1; // a word symbol held back while the separator before it is emitted
  let carryKind = 0;

  for (;;) {
    if (fastLane && state <= AFTER_WORD && !pending && resumeAt < 0 && carryCode < 0) {
      // Nothing under way: run through ASCII until a character that may start a pattern. Separators
      // and punctuation lead to AFTER_BREAK whatever symbol they would make (no pattern starts with
      // one); letters lead to AFTER_WORD, and the rest of a word stays there. A character that may
      // start a pattern is looked at with the next one: most such pairs start none ("th", "an").
      if (between !== P_NONE) state = AFTER_BREAK;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c >= 128) {
          // A character of another script that folds to itself, is in no pattern, and has nothing
          // combining after it: only its kind matters.
          if (c >= 0xd800 && c <= 0xdfff) break;
          const info = BMP_INFO[c]!;
          if (info === 0 || (info - 1) >> 2 !== F_SAME || nonAsciiBmp[c] !== 0) break;
          const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
          if (next >= 128) {
            if (next >= 0xd800 && next <= 0xdfff) break;
            const nextInfo = BMP_INFO[next]!;
            if (nextInfo === 0 || (nextInfo - 1) >> 2 === F_JOINING) break;
          }
          state = ((info - 1) & 3) === C_WORD ? AFTER_WORD : AFTER_BREAK;
          i++;
          continue;
        }
        const f = fast[c]!;
        if (f === FAST_BREAK) state = AFTER_BREAK;
        else if (f === FAST_WORD) state = AFTER_WORD;
        else if (state === AFTER_WORD) {
          if (f === FAST_START_AT) state = AFTER_BREAK;
        } else {
          const next = i + 1 < n ? text.charCodeAt(i + 1) : 128;
          if (next >= 128) break;
          const settled = pairNext[(c << 7) | next]!;
          if (settled === NOT_SETTLED) break;
          state = settled;
          i += 2;
          continue;
        }
        i++;
      }
      if (i >= n) return -1;
      prevKind = state === AFTER_WORD ? K_WORD : K_SEP;
      between = P_NONE;
    }

    let code: number;
    let kind: number;
    if (carryCode >= 0) {
      code = carryCode;
      kind = carryKind;
      carryCode = -1;
    } else {
      // ---- read one character (folded) ----
      if (i >= end) {
        if (resumeAt < 0) break;
        src = text;
        i = resumeAt;
        end = n;
        resumeAt = -1;
        continue;
      }
      code = src.charCodeAt(i);
      let cls: number;
      if (code < 128) {
        cls = ASCII_CLASS[code]!;
        i++;
      } else {
        code = src.codePointAt(i)!;
        const width = code > 0xffff ? 2 : 1;
        if (resumeAt >= 0) {
          // Inside a folded string: already folded.
          cls = classOfCodePoint(code);
          i += width;
        } else {
          const info = code < 0x10000 && BMP_INFO[code] !== 0 ? BMP_INFO[code]! : infoOf(code);
          const fold = (info - 1) >> 2;
          let next = i + width;
          const after = next < n ? text.charCodeAt(next) : 0;
          // Only a joining character after this one (or one not seen yet) needs a closer look.
          const afterInfo = after >= 0xd800 && after <= 0xdfff ? 0 : BMP_INFO[after]!;
          if (after >= 128 && fold !== F_JOINING && (afterInfo === 0 || (afterInfo - 1) >> 2 === F_JOINING)) {
            // A character followed by combining ones: fold them together.
            const stop = clusterEnd(text, next);
            if (stop > next) {
              src = foldCluster(text.slice(i, stop));
              resumeAt = stop;
              i = 0;
              end = src.length;
              continue;
            }
          }
          if (fold === F_SAME) {
            cls = (info - 1) & 3;
            i = next;
          } else {
            if (fold === F_JOINING) next = clusterEnd(text, i);
            src =
              fold === F_CHANGED
                ? (FOLDED.get(code) ?? foldNonAscii(String.fromCodePoint(code)))
                : foldCluster(text.slice(i, next));
            resumeAt = next;
            i = 0;
            end = src.length;
            continue;
          }
        }
      }

      // ---- decide which symbol, if any, this character gives ----
      if (cls === C_WORD || cls === C_SPACELESS || cls === C_AT) {
        if (cls === C_WORD && code < 128) code = ASCII_CODE[code]!;
        kind = cls; // C_WORD, C_SPACELESS and C_AT equal their kinds
        if (between !== P_NONE) {
          // First the separator or punctuation before it.
          carryCode = code;
          carryKind = kind;
          if ((between === P_DOT || between === P_APOS) && cls !== C_AT) {
            code = between === P_DOT ? DOT : APOS;
            kind = between === P_DOT ? K_DOT : K_APOS;
          } else {
            code = SEP;
            kind = between === P_HYPHEN ? K_HYPHEN : K_SEP;
          }
          between = P_NONE;
        }
      } else {
        const afterWord = prevKind === K_WORD || prevKind === K_SPACELESS;
        if (between !== P_NONE) between = P_SEP;
        else if (cls === C_DOT) between = afterWord ? P_DOT : P_SEP;
        else if (cls === C_APOS) between = afterWord ? P_APOS : P_SEP;
        else if (cls === C_DASH) between = afterWord ? P_HYPHEN : P_SEP;
        else between = P_SEP;
        continue;
      }
    }

    // ---- emit the symbol ----
    prevKind = kind;
    if (list !== null) {
      list.codes.push(code);
      list.kinds.push(kind);
      continue;
    }
    if (pending) {
      pending = false;
      const person = automaton.resolvePending(kind);
      if (person >= 0) return person;
    }
    if (code < 128) {
      state = state < denseStates ? dense[state * stride + column[code]!]! : automaton.step(state, code);
    } else if (code < 0x10000 && nonAsciiBmp[code] === 0) {
      state = kind === K_WORD ? AFTER_WORD : AFTER_BREAK; // in no pattern
    } else {
      state = automaton.step(state, code);
    }
    if (hasOutput[state] !== 0) {
      const found = automaton.outputs(state);
      if (found >= 0) return found;
      if (found === -2) pending = true;
    }
  }

  // The end of the text is a word break.
  if (pending) return automaton.resolvePending(K_SEP);
  return -1;
}

/** The symbols of a pattern, separators at either end trimmed. */
function patternSymbols(text: string): SymbolList {
  const list: SymbolList = { codes: [], kinds: [] };
  scan(text, NO_AUTOMATON, list);
  let start = 0;
  let stop = list.codes.length;
  while (start < stop && list.codes[start] === SEP) start++;
  while (stop > start && list.codes[stop - 1] === SEP) stop--;
  return { codes: list.codes.slice(start, stop), kinds: list.kinds.slice(start, stop) };
}

function endRule(kind: number, patternKind: PatternKind): number {
  if (kind !== K_WORD) return END_ANY;
  return patternKind === 'handle' ? END_HANDLE : END_NOT_BEFORE_WORD;
}

/** A pattern's symbols, or null when nothing matchable is left of it (a handle needs "@" and more). */
function usableSymbols(pattern: MatcherSpec['patterns'][number]): SymbolList | null {
  const text = pattern.kind === 'handle' ? `@${pattern.text.replace(/^@+/, '')}` : pattern.text;
  const symbols = patternSymbols(text);
  return symbols.codes.length === 0 || (pattern.kind === 'handle' && symbols.codes.length < 2) ? null : symbols;
}

function compile(spec: MatcherSpec, denseCells: number): Automaton {
  const automaton = new Automaton();
  automaton.nonAsciiBmp = new Uint8Array(0x10000);
  automaton.pairNext = new Uint8Array(128 * 128).fill(NOT_SETTLED);

  // 1. Each pattern as symbols; those with nothing left are dropped (the schema refuses them anyway).
  const patterns: { codes: number[]; person: number; end: number }[] = [];
  const seen = new Set<string>();
  for (const pattern of spec.patterns) {
    const symbols = usableSymbols(pattern);
    if (!symbols) continue;
    const { codes, kinds } = symbols;
    const end = endRule(kinds[kinds.length - 1]!, pattern.kind);
    // The same symbols with the same rule for a later person can never be reported: skip them.
    const key = `${end}${String.fromCodePoint(...codes)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    patterns.push({ codes, person: pattern.person, end });
  }
  const count = patterns.length;
  automaton.patternCount = count;

  // 2. The trie under AFTER_BREAK, with temporary ids (1 is AFTER_WORD, which has no children of its
  //    own: it shares AFTER_BREAK's children in scripts without spaces).
  const firstChild: number[] = [-1, -1];
  const nextSibling: number[] = [-1, -1];
  const edgeCode: number[] = [0, 0];
  const ends: number[] = [-1, -1]; // last pattern ending at the node (patterns chain backwards below)
  const previousAtNode = new Int32Array(count).fill(-1);
  let columns = 2;
  patterns.forEach((pattern, index) => {
    let node = AFTER_BREAK;
    for (const code of pattern.codes) {
      // Children are few except at the root (a few dozen first letters): a list is cheap enough, and
      // cheaper to build than a map.
      let child = firstChild[node]!;
      while (child !== -1 && edgeCode[child] !== code) child = nextSibling[child]!;
      if (child === -1) {
        child = firstChild.length;
        firstChild.push(-1);
        nextSibling.push(firstChild[node]!);
        edgeCode.push(code);
        ends.push(-1);
        firstChild[node] = child;
        if (code < 128) {
          if (automaton.column[code] === 0) automaton.column[code] = columns++;
        } else if (code < 0x10000) automaton.nonAsciiBmp[code] = 1;
        else automaton.nonAsciiAstral.add(code);
      }
      node = child;
    }
    previousAtNode[index] = ends[node]!;
    ends[node] = index;
  });
  for (let code = 0; code < 128; code++) {
    if (automaton.column[code] === 0 && ASCII_CLASS[code] === C_WORD) automaton.column[code] = COLUMN_OTHER_WORD;
  }

  // 3. Breadth-first ids, so the dense table covers the shallow states, where scanning spends its time.
  //    The map holds the edges the dense table does not: non-ASCII ones, and those of deep states.
  const states = firstChild.length;
  automaton.stride = columns;
  automaton.denseStates = Math.min(states, Math.max(2, Math.floor(denseCells / columns)));
  const order = new Int32Array(states);
  const idOf = new Int32Array(states);
  order[1] = AFTER_WORD;
  idOf[1] = AFTER_WORD;
  let tail = 2;
  for (let head = 0; head < tail; head++) {
    for (let child = firstChild[order[head]!]!; child !== -1; child = nextSibling[child]!) {
      idOf[child] = tail;
      order[tail] = child;
      const code = edgeCode[child]!;
      if (code >= 128 || head >= automaton.denseStates) automaton.goto.set(head * CODE_SPACE + code, tail);
      tail++;
    }
  }

  automaton.patternPerson = Int32Array.from(patterns, (p) => p.person);
  automaton.patternEnd = Uint8Array.from(patterns, (p) => p.end);
  automaton.patternNext = new Int32Array(count).fill(-1);
  automaton.stateOutput = new Int32Array(states).fill(-1);
  for (let node = 0; node < states; node++) {
    // Outputs of a state in pattern order, so the lowest person index is reported first.
    for (let pattern = ends[node]!; pattern !== -1; pattern = previousAtNode[pattern]!) {
      automaton.patternNext[pattern] = automaton.stateOutput[idOf[node]!]!;
      automaton.stateOutput[idOf[node]!] = pattern;
    }
  }

  // 4. Failure links, output links and dense rows, in breadth-first order: a state's failure target
  //    is shallower, so its row is complete first. A state whose symbols end in a word character
  //    fails, at worst, to AFTER_WORD; any other to AFTER_BREAK.
  automaton.dense = new Int32Array(automaton.denseStates * columns);
  automaton.fail = new Int32Array(states);
  automaton.outputLink = new Int32Array(states).fill(-1);
  automaton.hasOutput = new Uint8Array(states);
  const { dense, fail, outputLink, stateOutput, hasOutput, column } = automaton;
  // The roots' rows: symbols in no pattern, and every symbol that starts no pattern, go by kind.
  for (const root of [AFTER_BREAK, AFTER_WORD]) {
    for (let code = 0; code < 128; code++) {
      dense[root * columns + column[code]!] = ASCII_CLASS[code] === C_WORD ? AFTER_WORD : AFTER_BREAK;
    }
    dense[root * columns + COLUMN_OTHER] = AFTER_BREAK;
    dense[root * columns + COLUMN_OTHER_WORD] = AFTER_WORD;
  }
  for (let id = 0; id < states; id++) {
    const node = order[id]!;
    const failId = fail[id]!;
    if (id > AFTER_WORD) {
      outputLink[id] = stateOutput[failId] !== -1 ? failId : outputLink[failId]!;
      if (id < automaton.denseStates) dense.copyWithin(id * columns, failId * columns, failId * columns + columns);
    }
    hasOutput[id] = stateOutput[id] !== -1 || outputLink[id] !== -1 ? 1 : 0;
    for (let child = firstChild[node]!; child !== -1; child = nextSibling[child]!) {
      const childId = idOf[child]!;
      const code = edgeCode[child]!;
      fail[childId] = id === AFTER_BREAK ? (isWordCode(code) ? AFTER_WORD : AFTER_BREAK) : automaton.step(failId, code);
      if (code < 128 && id < automaton.denseStates) dense[id * columns + column[code]!] = childId;
    }
  }
  fillFastLane(automaton);
  return automaton;
}

/** The symbols each raw ASCII character may become, depending on what follows it. */
const ASCII_SYMBOLS: readonly (readonly number[])[] = Array.from({ length: 128 }, (_, c) => {
  switch (ASCII_CLASS[c]) {
    case C_WORD:
      return [ASCII_CODE[c]!];
    case C_AT:
      return [AT];
    case C_DOT:
      return [DOT, SEP];
    case C_APOS:
      return [APOS, SEP];
    default:
      return [SEP];
  }
});

function fillFastLane(automaton: Automaton): void {
  const { fast, pairNext, hasOutput } = automaton;
  for (let c = 0; c < 128; c++) {
    const cls = ASCII_CLASS[c];
    if (cls !== C_WORD && cls !== C_AT) {
      fast[c] = FAST_BREAK;
      continue;
    }
    const first = automaton.step(AFTER_BREAK, ASCII_SYMBOLS[c]![0]!);
    if (first <= AFTER_WORD) {
      fast[c] = cls === C_WORD ? FAST_WORD : FAST_BREAK;
      continue;
    }
    fast[c] = cls === C_WORD ? FAST_START_WORD : FAST_START_AT;
    if (hasOutput[first] !== 0) continue; // a one-symbol pattern: leave it to the full scan
    const lower = ASCII_CODE[c]!;
    if (lower < c) {
      // An upper-case letter starts what its lower-case letter starts.
      pairNext.copyWithin(c << 7, lower << 7, (lower + 1) << 7);
      continue;
    }
    for (let next = 0; next < 128; next++) {
      let settled = -1;
      // (Indexed: this runs on a content script's first match, cold.)
      const codes = ASCII_SYMBOLS[next]!;
      for (let k = 0; k < codes.length; k++) {
        const state = automaton.step(first, codes[k]!);
        if (state > AFTER_WORD || (settled !== -1 && settled !== state)) {
          settled = NOT_SETTLED;
          break;
        }
        settled = state;
      }
      pairNext[(c << 7) | next] = settled;
    }
  }
}

export interface MatcherOptions {
  /** Cells of the dense ASCII table, at most (tests lower it to cover the map-only states). */
  denseCells?: number;
}

export function createMatcher(spec: MatcherSpec, options: MatcherOptions = {}): Matcher {
  const denseCells = options.denseCells ?? DENSE_CELLS_MAX;
  const profiles = new Map<string, number>(Object.entries(spec.profiles));
  // Built on the first text it is asked about: a page whose units a content script can rule out with
  // its cheaper test (loose.ts) never needs it.
  let automaton: Automaton | undefined;
  return {
    isEmpty: profiles.size === 0 && !spec.patterns.some((pattern) => usableSymbols(pattern)),
    matchText(text) {
      if (text.length === 0) return -1;
      automaton ??= compile(spec, denseCells);
      return automaton.patternCount === 0 ? -1 : scan(text, automaton, null);
    },
    matchProfile: (id) => profiles.get(id) ?? -1,
  };
}

/** The symbol stream of a text (for tests): codes and kinds, as the automaton sees them. */
export function symbolsOf(text: string): SymbolList {
  const list: SymbolList = { codes: [], kinds: [] };
  scan(text, NO_AUTOMATON, list);
  return list;
}
