// The one compiled matcher for all people (../shared/DESIGN.md, "Matching rules"; issue 3, part 2).
// Pure: no browser API, no regular expressions over page text, so no input can make it backtrack.
//
// How it works. Text is read once, left to right, as a stream of symbols:
//  - letters, digits and "_" (after folding, see normalize.ts) are symbols of their own;
//  - "@" is a symbol; "." and "'" are symbols only between two word characters, so "jordan.avery"
//    stays one handle and "O'Brien" one name, while "Jordan. Avery" is two words;
//  - every other run of characters (spaces, line breaks, punctuation, emoji) is one separator symbol,
//    so a multi-word name matches across any of them.
// All patterns are compiled into one Aho–Corasick automaton over these symbols: one step a symbol,
// whatever the number of patterns. ASCII steps through a dense table; other characters through a map.
// A pattern found by the automaton is then checked at its edges (a constant amount of work):
//  - names and phrases are whole words: no word character ("Jordan" is not in "Jordanian");
//  - handles (@jordan_avery) must not go on as a longer handle (@jordan_avery_fan, @jordan_avery.fan,
//    @jordan_avery-fan, @jordan_avery@other.server);
//  - letters of scripts written without spaces (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar) match as
//    substrings, and count as a word break next to a name in another script ("见到Jordan了").
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

// Kinds of symbols, as the edge checks see them.
const K_SEP = 0; // a separator run, or the start or end of the text
const K_WORD = 1; // a letter, digit, mark or "_" of a script written with spaces
const K_SPACELESS = 2; // a letter of a script written without spaces
const K_AT = 3;
const K_DOT = 4; // "." between two word characters
const K_APOS = 5; // "'" between two word characters
const K_HYPHEN = 6; // a separator that is one "-" between two word characters (a handle goes on)

// Classes of characters, before the "between two word characters" decisions.
const C_SEP = 0;
const C_WORD = 1;
const C_SPACELESS = 2;
const C_AT = 3;
const C_DOT = 4;
const C_APOS = 5;
const C_DASH = 6;

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
ASCII_CODE['`'.charCodeAt(0)] = APOS;

const LETTER_MARK_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;
// Script_Extensions, so the prolonged sound mark "ー" and the iteration marks count as Japanese.
const SPACELESS_SCRIPT =
  /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;

function classifyCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (!LETTER_MARK_OR_DIGIT.test(ch)) return C_SEP;
  return SPACELESS_SCRIPT.test(ch) ? C_SPACELESS : C_WORD;
}

// Classes of non-ASCII code points, computed on first sight. BMP in a table (0 = not yet known).
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = BMP_CLASS[cp]!;
    if (known !== 0) return known - 1;
    const cls = classifyCodePoint(cp);
    BMP_CLASS[cp] = cls + 1;
    return cls;
  }
  let cls = ASTRAL_CLASS.get(cp);
  if (cls === undefined) {
    cls = classifyCodePoint(cp);
    if (ASTRAL_CLASS.size < 4096) ASTRAL_CLASS.set(cp, cls);
  }
  return cls;
}

// Short non-ASCII runs ("é", "’", an emoji) recur all over a page: fold each once.
const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_MAX = 4096;
const FOLD_CACHE_RUN = 24;

function foldRun(run: string): string {
  if (run.length > FOLD_CACHE_RUN) return foldNonAscii(run);
  let folded = FOLD_CACHE.get(run);
  if (folded === undefined) {
    folded = foldNonAscii(run);
    if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
    FOLD_CACHE.set(run, folded);
  }
  return folded;
}

/** Receives the symbol stream; a non-negative return value stops the scan and is its result. */
interface SymbolSink {
  symbol(code: number, kind: number): number;
}

const isWordKind = (kind: number) => kind === K_WORD || kind === K_SPACELESS;

/**
 * Turns text into symbols (see the top of this file) and feeds them to `sink`. Returns the first
 * non-negative value the sink returns, or -1. Linear: each character is read once (each non-ASCII run
 * is folded once), and at most two symbols are emitted per character.
 */
function scanSymbols(text: string, sink: SymbolSink): number {
  const n = text.length;
  let src = text; // the text, or the folded form of its current non-ASCII run
  let i = 0;
  let end = n;
  let resumeAt = -1; // where to continue in `text` after the folded run
  let prevKind = K_SEP;
  let pendingPunct = 0; // C_DOT or C_APOS waiting to see whether a word character follows
  let sepOpen = false; // a separator run has started and is not emitted yet
  let sepHyphen = false; // ... and so far it is a single "-" after a word character
  let result: number;

  for (;;) {
    if (i >= end) {
      if (resumeAt < 0) break;
      src = text;
      i = resumeAt;
      end = n;
      resumeAt = -1;
      continue;
    }
    let code = src.charCodeAt(i);
    let cls: number;
    if (code < 128) {
      cls = ASCII_CLASS[code]!;
      code = ASCII_CODE[code]!;
      i++;
    } else if (resumeAt < 0) {
      // A run of non-ASCII characters in the page text: fold it, then read the folded form.
      let j = i + 1;
      while (j < n && text.charCodeAt(j) >= 128) j++;
      src = foldRun(text.slice(i, j));
      resumeAt = j;
      i = 0;
      end = src.length;
      continue;
    } else {
      code = src.codePointAt(i)!;
      i += code > 0xffff ? 2 : 1;
      cls = classOf(code);
    }

    if (cls === C_WORD || cls === C_SPACELESS || cls === C_AT) {
      if (pendingPunct !== 0) {
        if (cls === C_AT) {
          // "." or "'" before "@" is not between two word characters.
          pendingPunct = 0;
          if ((result = sink.symbol(SEP, K_SEP)) >= 0) return result;
        } else {
          const punctKind = pendingPunct === C_DOT ? K_DOT : K_APOS;
          pendingPunct = 0;
          if ((result = sink.symbol(punctKind === K_DOT ? DOT : APOS, punctKind)) >= 0) return result;
        }
      } else if (sepOpen) {
        sepOpen = false;
        if ((result = sink.symbol(SEP, sepHyphen ? K_HYPHEN : K_SEP)) >= 0) return result;
      }
      prevKind = cls === C_WORD ? K_WORD : cls === C_SPACELESS ? K_SPACELESS : K_AT;
      if ((result = sink.symbol(code, prevKind)) >= 0) return result;
    } else if ((cls === C_DOT || cls === C_APOS) && pendingPunct === 0 && !sepOpen && isWordKind(prevKind)) {
      pendingPunct = cls;
    } else if (pendingPunct !== 0) {
      // "a.." or "a. " or "a.-": the punctuation was not between two word characters.
      pendingPunct = 0;
      sepOpen = true;
      sepHyphen = false;
    } else if (sepOpen) {
      sepHyphen = false;
    } else {
      sepOpen = true;
      sepHyphen = cls === C_DASH && isWordKind(prevKind);
    }
  }
  return -1;
}

/** A pattern compiled to symbols. */
interface PatternSymbols {
  codes: number[];
  kinds: number[];
}

class CollectSink implements SymbolSink {
  codes: number[] = [];
  kinds: number[] = [];
  symbol(code: number, kind: number): number {
    this.codes.push(code);
    this.kinds.push(kind);
    return -1;
  }
}

/** The symbols of a pattern, separators at either end trimmed. Empty when nothing is left. */
function patternSymbols(text: string): PatternSymbols {
  const sink = new CollectSink();
  scanSymbols(text, sink);
  let start = 0;
  let stop = sink.codes.length;
  while (start < stop && sink.codes[start] === SEP) start++;
  while (stop > start && sink.codes[stop - 1] === SEP) stop--;
  return { codes: sink.codes.slice(start, stop), kinds: sink.kinds.slice(start, stop) };
}

// Edge rules.
const START_ANY = 0;
const START_NOT_AFTER_WORD = 1;
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

class AutomatonMatcher implements Matcher, SymbolSink {
  readonly isEmpty: boolean;
  private readonly profiles: Map<string, number>;

  // The automaton.
  private readonly columnOf = new Uint8Array(128); // ASCII code → dense column; 0: in no pattern
  private readonly stride: number;
  private readonly dense: Int32Array; // dense[row * stride + column] = next state
  private readonly denseRow: Int32Array; // state → row, or -1
  private readonly fail: Int32Array;
  private readonly gotoMap = new Map<number, number>(); // state * CODE_SPACE + code → child
  private readonly nonAsciiCodes = new Set<number>();
  /** First pattern ending at this state, or -1; more via `patternNext`. */
  private readonly stateOutput: Int32Array;
  /** Nearest state on the failure chain with an output, or -1. */
  private readonly outputLink: Int32Array;
  private readonly hasOutput: Uint8Array;

  // The patterns.
  private readonly patternLength: Int32Array;
  private readonly patternPerson: Int32Array;
  private readonly patternStart: Uint8Array;
  private readonly patternEnd: Uint8Array;
  private readonly patternNext: Int32Array;

  // Scan state (matchText is synchronous, so one set serves every call).
  private state = 0;
  private position = -1;
  private readonly recentKinds: Uint8Array;
  private readonly recentMask: number;
  private pendingPersons: number[] = [];
  private pendingRules: number[] = [];
  private pendingCount = 0;

  constructor(spec: MatcherSpec) {
    this.profiles = new Map(Object.entries(spec.profiles));

    // 1. Compile each pattern to symbols; drop those with nothing left (the schema refuses them anyway).
    const compiled: { codes: number[]; person: number; start: number; end: number }[] = [];
    const seen = new Set<string>();
    for (const pattern of spec.patterns) {
      const text = pattern.kind === 'handle' ? `@${pattern.text.replace(/^@+/, '')}` : pattern.text;
      const { codes, kinds } = patternSymbols(text);
      if (codes.length === 0 || (pattern.kind === 'handle' && codes.length < 2)) continue;
      const start = firstRule(kinds[0]!);
      const end = lastRule(kinds[kinds.length - 1]!, pattern.kind);
      // The same symbols with the same rules for an earlier person: the earlier person wins anyway.
      const key = `${start}${end}${String.fromCodePoint(...codes)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      compiled.push({ codes, person: pattern.person, start, end });
    }
    this.isEmpty = compiled.length === 0 && this.profiles.size === 0;

    const count = compiled.length;
    this.patternLength = new Int32Array(count);
    this.patternPerson = new Int32Array(count);
    this.patternStart = new Uint8Array(count);
    this.patternEnd = new Uint8Array(count);
    this.patternNext = new Int32Array(count).fill(-1);

    // 2. The trie. Children as linked lists for the breadth-first pass; lookups through gotoMap.
    const firstChild: number[] = [-1];
    const nextSibling: number[] = [-1];
    const edgeCode: number[] = [0];
    const output: number[] = [-1];
    let maxLength = 1;
    let columns = 1;
    compiled.forEach((pattern, index) => {
      let state = 0;
      for (const code of pattern.codes) {
        const key = state * CODE_SPACE + code;
        let child = this.gotoMap.get(key);
        if (child === undefined) {
          child = firstChild.length;
          firstChild.push(-1);
          nextSibling.push(firstChild[state]!);
          edgeCode.push(code);
          output.push(-1);
          firstChild[state] = child;
          this.gotoMap.set(key, child);
          if (code < 128) {
            if (this.columnOf[code] === 0) this.columnOf[code] = columns++;
          } else {
            this.nonAsciiCodes.add(code);
          }
        }
        state = child;
      }
      this.patternLength[index] = pattern.codes.length;
      this.patternPerson[index] = pattern.person;
      this.patternStart[index] = pattern.start;
      this.patternEnd[index] = pattern.end;
      // Keep the outputs of a state in pattern order, so the lowest person index is reported first.
      if (output[state] === -1) output[state] = index;
      else {
        let last = output[state]!;
        while (this.patternNext[last] !== -1) last = this.patternNext[last]!;
        this.patternNext[last] = index;
      }
      maxLength = Math.max(maxLength, pattern.codes.length);
    });

    const states = firstChild.length;
    this.stride = columns;
    this.fail = new Int32Array(states);
    this.stateOutput = Int32Array.from(output);
    this.outputLink = new Int32Array(states).fill(-1);
    this.hasOutput = new Uint8Array(states);
    this.denseRow = new Int32Array(states).fill(-1);
    const maxRows = Math.max(1, Math.floor(DENSE_CELLS_MAX / columns));
    this.dense = new Int32Array(Math.min(states, maxRows) * columns);

    // 3. Failure links, output links and dense rows, breadth first (a state's failure target is
    //    shallower, so it is complete before the state itself).
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    queue[tail++] = 0;
    let rows = 0;
    while (head < tail) {
      const state = queue[head++]!;
      const failState = this.fail[state]!;
      if (state !== 0) {
        this.outputLink[state] = this.stateOutput[failState] !== -1 ? failState : this.outputLink[failState]!;
      }
      this.hasOutput[state] = this.stateOutput[state] !== -1 || this.outputLink[state] !== -1 ? 1 : 0;
      if (rows < maxRows) {
        const row = rows++;
        this.denseRow[state] = row;
        // Start from the failure state's row (complete for every column), then overlay own children.
        const failRow = state === 0 ? -1 : this.denseRow[failState]!;
        if (failRow >= 0) this.dense.copyWithin(row * columns, failRow * columns, failRow * columns + columns);
        else if (state !== 0) {
          for (let code = 0; code < 128; code++) {
            const column = this.columnOf[code]!;
            if (column !== 0) this.dense[row * columns + column] = this.step(failState, code);
          }
        }
      }
      for (let child = firstChild[state]!; child !== -1; child = nextSibling[child]!) {
        const code = edgeCode[child]!;
        if (state !== 0) this.fail[child] = this.step(failState, code);
        if (code < 128 && this.denseRow[state]! >= 0) this.dense[this.denseRow[state]! * columns + this.columnOf[code]!] = child;
        queue[tail++] = child;
      }
    }

    let size = 1;
    while (size < maxLength + 2) size <<= 1;
    this.recentKinds = new Uint8Array(size);
    this.recentMask = size - 1;
  }

  /** The automaton's transition from `state` on `code`. */
  private step(state: number, code: number): number {
    if (code < 128) {
      const column = this.columnOf[code]!;
      if (column === 0) return 0;
      for (;;) {
        const row = this.denseRow[state]!;
        if (row >= 0) return this.dense[row * this.stride + column]!;
        const child = this.gotoMap.get(state * CODE_SPACE + code);
        if (child !== undefined) return child;
        state = this.fail[state]!;
      }
    }
    if (!this.nonAsciiCodes.has(code)) return 0;
    for (;;) {
      const child = this.gotoMap.get(state * CODE_SPACE + code);
      if (child !== undefined) return child;
      if (state === 0) return 0;
      state = this.fail[state]!;
    }
  }

  /** SymbolSink: one symbol of the page text. Returns a person index to stop, or -1. */
  symbol(code: number, kind: number): number {
    // Patterns that ended on the previous symbol and wait for this one to confirm their end.
    if (this.pendingCount !== 0) {
      for (let k = 0; k < this.pendingCount; k++) {
        if (endAllowed(this.pendingRules[k]!, kind)) {
          this.pendingCount = 0;
          return this.pendingPersons[k]!;
        }
      }
      this.pendingCount = 0;
    }

    let state = this.state;
    if (code < 128) {
      const column = this.columnOf[code]!;
      if (column === 0) state = 0;
      else {
        const row = this.denseRow[state]!;
        state = row >= 0 ? this.dense[row * this.stride + column]! : this.step(state, code);
      }
    } else {
      state = this.step(state, code);
    }
    this.state = state;
    const position = ++this.position;
    this.recentKinds[position & this.recentMask] = kind;

    if (this.hasOutput[state] === 0) return -1;
    for (let at = state; at !== -1; at = this.outputLink[at]!) {
      for (let pattern = this.stateOutput[at]!; pattern !== -1; pattern = this.patternNext[pattern]!) {
        if (this.patternStart[pattern] === START_NOT_AFTER_WORD) {
          const before = position - this.patternLength[pattern]!;
          if (before >= 0 && this.recentKinds[before & this.recentMask] === K_WORD) continue;
        }
        const rule = this.patternEnd[pattern]!;
        if (rule === END_ANY) return this.patternPerson[pattern]!;
        this.pendingPersons[this.pendingCount] = this.patternPerson[pattern]!;
        this.pendingRules[this.pendingCount] = rule;
        this.pendingCount++;
      }
    }
    return -1;
  }

  matchText(text: string): number {
    if (this.patternLength.length === 0 || text.length === 0) return -1;
    this.state = 0;
    this.position = -1;
    this.pendingCount = 0;
    const found = scanSymbols(text, this);
    if (found >= 0) {
      this.pendingCount = 0;
      return found;
    }
    // The end of the text is a word break.
    for (let k = 0; k < this.pendingCount; k++) {
      if (endAllowed(this.pendingRules[k]!, K_SEP)) {
        this.pendingCount = 0;
        return this.pendingPersons[k]!;
      }
    }
    this.pendingCount = 0;
    return -1;
  }

  matchProfile(id: ProfileId): number {
    return this.profiles.get(id) ?? -1;
  }
}

function firstRule(kind: number): number {
  return kind === K_SPACELESS ? START_ANY : START_NOT_AFTER_WORD;
}

function lastRule(kind: number, patternKind: PatternKind): number {
  if (kind !== K_WORD) return END_ANY;
  return patternKind === 'handle' ? END_HANDLE : END_NOT_BEFORE_WORD;
}

export function createMatcher(spec: MatcherSpec): Matcher {
  return new AutomatonMatcher(spec);
}
