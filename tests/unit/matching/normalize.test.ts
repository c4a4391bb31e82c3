// Issue 3, part 1: one normalisation for patterns and page text (../shared/DESIGN.md, "Matching rules").
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/matching/normalize';

describe('normalizeText', () => {
  it.each([
    ['José', 'jose', 'accents stripped'],
    ['JOSE', 'jose', 'case folded'],
    ['Jo\u200Bsé', 'jose', 'zero-width space dropped'],
    ['Jose\u0301', 'jose', 'decomposed accent stripped'],
    ['Ｊｏｒｄａｎ', 'jordan', 'fullwidth letters (NFKC)'],
    ['𝐉𝐨𝐫𝐝𝐚𝐧', 'jordan', 'mathematical letters (NFKC)'],
    ['ﬁnally', 'finally', 'ligature (NFKC)'],
    ['Straße', 'strasse', 'ß folds to ss'],
    ['STRAẞE', 'strasse', 'capital ẞ folds to ss'],
    ['ΟΔΥΣΣΕΥΣ', 'οδυσσευσ', 'final sigma folds to sigma'],
    ['İstanbul', 'istanbul', 'dotted capital I'],
    ['a\u00ADb\u2060c\uFEFFd\u200Ce\u200Df', 'abcdef', 'soft hyphen, word joiner, BOM, ZWNJ, ZWJ dropped'],
    ['\u200FJordan\u202C', 'jordan', 'bidi controls dropped'],
    ['O’Brien O‘Brien O`Brien O´Brien Oʼbrien', "o'brien o'brien o'brien o'brien o'brien", 'quotes unified'],
    ['a‐b a‑b a‒b a–b a—b a―b a−b', 'a-b a-b a-b a-b a-b a-b a-b', 'dashes unified'],
    ['  Jordan \n\t Avery\u00A0\u3000x  ', 'jordan avery x', 'whitespace collapsed and trimmed'],
    ['مُحَمَّد', 'محمد', 'Arabic vowel marks dropped'],
    ['محمـــد', 'محمد', 'Arabic tatweel dropped'],
    ['דָּנָה', 'דנה', 'Hebrew points dropped'],
    ['ジョーダン', 'ジョーダン', 'kana voicing marks kept (they make another word)'],
    ['ｼﾞｮｰﾀﾞﾝ', 'ジョーダン', 'halfwidth kana composed'],
    ['नमस्ते', 'नमस्ते', 'Devanagari vowel signs kept (they are letters of the word)'],
    ['สมชาย', 'สมชาย', 'Thai kept'],
    ['\u1112\u1161\u11AB', '한', 'Hangul jamo composed'],
    ['Jordan ❤️', 'jordan ❤', 'emoji variation selector dropped'],
  ])('%j → %j (%s)', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('gives every Unicode normalisation form of a name the same result', () => {
    const forms = ['NFC', 'NFD', 'NFKC', 'NFKD'].map((form) => normalizeText('Zoë Ström-José'.normalize(form)));
    expect(new Set(forms)).toEqual(new Set(['zoe strom-jose']));
  });
});
