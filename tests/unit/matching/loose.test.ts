// The loose test the engine asks before reading a unit node by node (src/matching/loose.ts): it must
// say "maybe" for every text the matcher matches, even with the breaks between blocks gone, as a
// page's textContent has them; and "no" for text with nothing of them in it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLooseTest } from '../../../src/matching/loose';
import { createMatcher } from '../../../src/matching/matcher';
import { normalizeText } from '../../../src/matching/normalize';
import type { PatternKind } from '../../../src/matching/spec';

describe('createLooseTest', () => {
  const test = createLooseTest(['Jordan Avery', 'Jordie', '@jordan_avery', 'José Ñúñez', '李小龙']);

  it('finds every pattern, however the page splits, cases or spaces it', () => {
    for (const text of [
      'Coffee with Jordan Avery today',
      'JordanAvery', // two blocks joined by textContent
      'Jordan\nAvery',
      'Lunch with Jordie!',
      'Jordiebakes', // a longer word: the matcher would not match, the loose test says maybe
      'cc @Jordan_Avery',
      'jose nunez',
      'JOSÉ ÑÚÑEZ',
      'Jo\u200Bsé Ñúñez',
      '今天见到李小龙了',
    ]) {
      expect(test(text), text).toBe(true);
    }
  });

  it('finds a pattern where the join of two blocks composes with it (a lone final jamo, a voicing mark)', () => {
    const test = createLooseTest(['가', 'か', 'Jordan']);
    for (const text of ['가\u11A8', 'x 가\u11A8 y', 'か\u3099']) expect(test(text), text).toBe(true);
    expect(createLooseTest(['각'])('가\u11A8')).toBe(true);
    expect(createLooseTest(['각'])('가')).toBe(false);
  });

  it('rules out text with none of them', () => {
    for (const text of ['Jordan Peele', 'Avery’s bakery', 'A calm day at the lake', '', '😀😀', 'jordan_aver', 'Jordan Ñúñez']) {
      expect(test(text), text).toBe(false);
    }
    expect(createLooseTest([])('Jordan Avery')).toBe(false);
  });

  it('finds a pattern whose words are far apart or out of order (text and attributes are read apart)', () => {
    // "<span>Jordan</span> <img alt="Avery"> and friends": the text, then the alt.
    for (const text of ['Jordan and friends\nAvery', 'Avery, Jordan', 'Ñúñez and José']) expect(test(text), text).toBe(true);
  });

  it('folds both sides alike', () => {
    expect(createLooseTest(['  Jördan — AVERY’s @jordan.avery '])("jordan avery's, Jordan.Avery")).toBe(true);
    expect(createLooseTest(['Ｊｏｒｄａｎ'])('JÖRDAN')).toBe(true);
  });

  it('finds any text in itself, however the page cases it or drops its breaks', () => {
    const tricky = fc.array(fc.constantFrom('A', 'é', 'e\u0301', ' ', '\n', 'ß', 'ẞ', 'Σ', 'ς', 'İ', 'ｊ', '´', '’', '\u200B', '中', '😀', '_', '.', 'ﬁ', '①', 'Å', 'a\u030A', '.\u0301', '<\u0338', '=\u0338', '\u00A0', '-', '@', 'ᾀ', '\u0345'), { maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(tricky.map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 30 })), (text) => {
        const test = createLooseTest([text]);
        for (const read of [text, text.toUpperCase(), text.toLowerCase(), text.replace(/\n/g, '')]) {
          expect(test(read), JSON.stringify({ text, read })).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

const SMALL = ['a', 'b', 'A', 'ᾀ', 'ι', 'ab', 'ba', '中', '国', ' ', '  ', '\n', '.', "'", '’', '-', '@', '_', '😀', 'é', 'É', 'ά', 'が', '가', '\u11A8', '\u3099', ',', '\u200B'];
const smallText = (maxLength: number) => fc.array(fc.constantFrom(...SMALL), { maxLength });
const smallPattern = fc.record({
  text: smallText(6).map((parts) => parts.join('')),
  kind: fc.constantFrom<PatternKind>('name', 'handle', 'keyword'),
  person: fc.constant(0),
});

describe('the loose test never rules out what the matcher finds', () => {
  it('holds on random texts, with the block breaks ("\\n") dropped as textContent drops them, in any order', () => {
    fc.assert(
      fc.property(fc.array(smallPattern, { minLength: 1, maxLength: 6 }), smallText(40), (patterns, parts) => {
        const text = parts.join('');
        if (createMatcher({ patterns, profiles: {} }).matchText(text) < 0) return;
        const loose = createLooseTest(patterns.map((pattern) => pattern.text));
        expect(loose(text), JSON.stringify({ patterns, text })).toBe(true);
        expect(loose(text.replace(/\n/g, '')), JSON.stringify({ patterns, text })).toBe(true);
        // The engine reads a unit's text and its attributes apart: blocks may come in another order.
        expect(loose(text.split('\n').reverse().join('')), JSON.stringify({ patterns, text })).toBe(true);
      }),
      { numRuns: 5000 },
    );
  }, 60_000);

  it('takes linear time on adversarial text (1 MB well under 30× as long as 100 KB; quadratic would be 100×)', () => {
    const test = createLooseTest(['a'.repeat(50) + 'b', 'aaaa aaab', 'ab'.repeat(20)]);
    const best = (size: number) => {
      const text = 'a'.repeat(size);
      let fastest = Infinity;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        test(text);
        fastest = Math.min(fastest, performance.now() - start);
      }
      return fastest;
    };
    best(100_000);
    expect(best(1_000_000)).toBeLessThan(Math.max(best(100_000), 1) * 30);
  });
});

describe('the one-pass test reads as normalizeText folds', () => {
  it('says yes whenever the folded text holds each word of a folded pattern, and exactly then on ASCII text', () => {
    // And letters that decompose: accents that fold away, kana and Hangul that recompose.
    const parts = fc.array(fc.constantFrom(...SMALL, 'É', 'ß', 'ss', 'Σ', 'ς', 'σ', 'ｊ', 'j', 'e\u0301', 'Å', '<\u0338', 'ﬁ', 'fi',
      'ά', 'α', 'й', 'и', 'が', 'か', '한', '\u1112\u1161\u11AB', 'क़', 'ǖ', '\u2329'), { maxLength: 24 });
    fc.assert(
      fc.property(fc.array(parts.map((p) => p.join('')), { minLength: 1, maxLength: 5 }), parts, (patterns, text) => {
        const joined = text.join('');
        const read = normalizeText(joined).replace(/[^\p{L}\p{N}\p{M}_]+/gu, ' ');
        const words = patterns.map((pattern) => normalizeText(pattern).split(/[^\p{L}\p{N}\p{M}_]+/u).filter(Boolean));
        const expected = words.some((each) => each.every((word) => read.includes(word)));
        // Characters no pattern has are passed over, word characters or not: a superset, never less.
        // eslint-disable-next-line no-control-regex
        if (expected || /^[\x00-\x7F]*$/.test(joined)) {
          expect(createLooseTest(patterns)(joined), JSON.stringify({ patterns, joined })).toBe(expected);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('punctuation, symbols and emoji between words', () => {
  it('are passed over without changing what is found', () => {
    const test = createLooseTest(['Jordan Avery', 'José']);
    for (const text of ['Jordan\u00A0Avery', 'Jordan — Avery', 'Jordan·Avery', 'Jordan 😀👍🏽 Avery', 'Jordan\u200BAvery', '«José»', 'Jordan ➜ Avery', 'Jordan ♥ Avery', 'Jordan\uFE0F Avery']) {
      expect(test(text), text).toBe(true);
    }
    for (const text of ['Jordan ª', 'Jor² Avery', '😀 Jordan 😀', '— Avery —']) expect(test(text), text).toBe(false);
    // "ª" is a letter ("a"), not a symbol to pass over.
    expect(test('Jordan ªvery')).toBe(true);
  });

  it('a run of them folds to nothing a pattern could have (checked against the full folding)', () => {
    const ranges: [number, number][] = [[0x2000, 0x206f], [0x2190, 0x23ff], [0x2500, 0x2775], [0xfe00, 0xfe0f], [0x1f300, 0x1faff], [0xe0000, 0xe007f]];
    const latin1 = [0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xab, 0xac, 0xad, 0xae, 0xaf, 0xb0, 0xb1, 0xb4, 0xb6, 0xb7, 0xb8, 0xbb, 0xbf, 0xd7, 0xf7];
    const points = [...latin1, ...ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))];
    for (const point of points) {
      const char = String.fromCodePoint(point);
      expect(normalizeText(`a${char}b`).replace(/[^\p{L}\p{N}\p{M}_]+/gu, ''), point.toString(16)).toBe('ab');
    }
  });
});
