// Issue 3: the matcher finds the person in any way their name, handle or phrase appears in text,
// and nobody else: other people who share a first name, the name inside longer words, extended
// handles. Each row is what a user would see: this text is hidden (person index) or shown (-1).
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/matching/matcher';
import { compileMatcherSpec, type PersonPatterns } from '../../../src/matching/spec';

const person = (names: string[], handles: string[] = [], keywords: string[] = []): PersonPatterns => ({
  names,
  handles,
  keywords,
  profiles: [],
});

const PEOPLE: PersonPatterns[] = [
  /* 0 */ person(['Jordan Avery', 'Jordie'], ['jordan_avery', 'jordan.avery'], ['Avery Photography']),
  /* 1 */ person(['José'], ['josenunez']),
  /* 2 */ person(['محمد علي']),
  /* 3 */ person(['周杰伦', 'สมชาย']),
  /* 4 */ person(['Zoë Ström', "O'Brien", 'Straße']),
  /* 5 */ person(['דנה']),
  /* 6 */ person([], ['sam@mastodon.social']),
  /* 7 */ person(['민수']),
  /* 8 */ person(['ジョーダン']),
  /* 9 */ person(['Σοφία', 'Анна']),
  /* 10 */ person(['Jordan Peele']),
  /* 11 */ person(['Avery Jones'], [], ['Café Lumière']),
];

const matcher = createMatcher(compileMatcherSpec(PEOPLE));

const JOSE_NFC = 'Jos\u00E9';
const JOSE_NFD = 'Jose\u0301';

// [text, person expected (-1: nobody), why]
const CASES: [string, number, string][] = [
  // ---- a multi-word name, written every way people write it
  ['I ran into Jordan Avery today', 0, 'plain'],
  ['jordan avery', 0, 'lower case'],
  ['JORDAN AVERY', 0, 'upper case'],
  ['jOrDaN aVeRy', 0, 'mixed case'],
  ['Jordan Avery', 0, 'the whole text'],
  ['Jordan\nAvery', 0, 'a line break between the words'],
  ['Jordan\n\n   Avery', 0, 'a paragraph break between the words'],
  ['Jordan\tAvery', 0, 'a tab'],
  ['Jordan    Avery', 0, 'many spaces'],
  ['Jordan, Avery', 0, 'a comma between'],
  ['Jordan – Avery', 0, 'an en dash between'],
  ['Jordan-Avery', 0, 'a hyphen between'],
  ['Jordan. Avery', 0, 'a full stop and a space between'],
  ['Jordan / Avery', 0, 'a slash between'],
  ['Jordan😀Avery', 0, 'an emoji between'],
  ['Jordan\u00A0Avery', 0, 'a no-break space'],
  ['Jordan\u2003Avery', 0, 'an em space'],
  ['Jordan\u3000Avery', 0, 'an ideographic space'],
  ["Jordan Avery's new job", 0, 'possessive'],
  ['Jordan Avery’s new job', 0, 'possessive with a typographic apostrophe'],
  ['Jordan Avery‘s new job', 0, 'possessive with a left quote'],
  ['Jordan Averys’ new job', -1, 'a plural is another word'],
  ['Jordan Avery!', 0, 'punctuation after'],
  ['(Jordan Avery)', 0, 'brackets around'],
  ['“Jordan Avery”', 0, 'typographic quotes around'],
  ['«Jordan Avery»', 0, 'guillemets around'],
  ['😀Jordan Avery😀', 0, 'emoji around'],
  ['👩‍👩‍👧Jordan Avery🎉', 0, 'an emoji sequence before'],
  ['Jordan Avery❤️', 0, 'an emoji with a variation selector after'],
  ['J\u200Bordan Avery', 0, 'a zero-width space inside the name'],
  ['Jor\u00ADdan Avery', 0, 'a soft hyphen inside the name'],
  ['Jordan\u2060 Avery', 0, 'a word joiner'],
  ['Jo\u200Crdan Av\u200Dery', 0, 'zero-width joiners inside the name'],
  ['\uFEFFJordan Avery', 0, 'a byte order mark'],
  ['Ｊｏｒｄａｎ Ａｖｅｒｙ', 0, 'fullwidth letters'],
  ['𝐉𝐨𝐫𝐝𝐚𝐧 𝐀𝐯𝐞𝐫𝐲', 0, 'mathematical bold letters'],
  ['𝓙𝓸𝓻𝓭𝓪𝓷 𝓐𝓿𝓮𝓻𝔂', 0, 'mathematical script letters'],
  ['ⓙⓞⓡⓓⓐⓝ ⓐⓥⓔⓡⓨ', 0, 'circled letters'],
  ['Jördan Ävery', 0, 'diacritics added'],
  ['Jorda\u0301n Ave\u0300ry', 0, 'combining accents added'],
  ['Jordan\u0332 Avery', 0, 'a combining underline'],
  ['مرحبا Jordan Avery مرحبا', 0, 'Arabic around'],
  ['שלום Jordan Avery שלום', 0, 'Hebrew around'],
  ['\u202BJordan Avery\u202C', 0, 'bidi embedding controls around'],
  ['\u200FJordan\u200E Avery\u200F', 0, 'bidi marks around'],
  ['见到Jordan Avery了', 0, 'Chinese around with no spaces'],
  ['Jordan Aveｒy', 0, 'one fullwidth letter'],
  ['x'.repeat(5000) + ' Jordan Avery', 0, 'at the end of a long text'],
  ['Jordan Avery ' + 'x'.repeat(5000), 0, 'at the start of a long text'],
  // ---- other people, other words
  ['Jordan Peele', 10, 'someone else who shares the first name (a person of their own)'],
  ['Michael Jordan', -1, 'someone else who shares the first name'],
  ['Jordan', -1, 'the first name alone'],
  ['Avery', -1, 'the last name alone'],
  ['Jordan and Avery', -1, 'the two names apart'],
  ['Avery Jordan', -1, 'the names the other way round'],
  ['Jordanian Avery', -1, 'the first name inside a longer word'],
  ['Jordan Averyson', -1, 'the last name inside a longer word'],
  ['xJordan Avery', -1, 'a letter glued before'],
  ['Jordan Avery2', -1, 'a digit glued after'],
  ['2Jordan Avery', -1, 'a digit glued before'],
  ['Jordan Avery_', -1, 'an underscore glued after'],
  ['JordanAvery', -1, 'the words run together'],
  ['Jordan_Avery', -1, 'an underscore between (one word)'],
  ['Jordan.Avery', -1, 'a dot between (one token, like a handle)'],
  ['Jordan Ave', -1, 'cut short'],
  ['Jordan Avérÿ', 0, 'accents on the last name are folded away'],
  ['Jordan Averyé', -1, 'an accented letter glued after'],
  ['Jordan Avery\u0903', -1, 'a Devanagari sign glued after is part of the word'],
  ['Jordan Avery中', 0, 'a Chinese character glued after is a word break'],
  ['ЈордаnАvery', -1, 'Cyrillic look-alike letters are other letters'],
  // ---- a one-word nickname
  ['Jordie', 0, 'the nickname'],
  ['JORDIE!', 0, 'the nickname shouted'],
  ["Jordie's", 0, 'the nickname possessive'],
  ['cc @Jordie', 0, 'the nickname as a mention'],
  ['#Jordie', 0, 'the nickname as a hashtag'],
  ['见到Jordie了', 0, 'the nickname between Chinese characters'],
  ['Jordieさん', 0, 'the nickname before a Japanese honorific'],
  ['Jo\u200Brdie', 0, 'the nickname with a zero-width space'],
  ['Jordies', -1, 'the nickname plural'],
  ['Jordie2', -1, 'the nickname with a digit'],
  ['jordiee', -1, 'the nickname with a letter more'],
  ['jordi', -1, 'the nickname with a letter less'],
  ['ajordie', -1, 'the nickname at the end of a longer word'],
  ['Jordiéa', -1, 'the nickname before an accented letter'],
  // ---- handles
  ['@jordan_avery', 0, 'the handle'],
  ['hi @jordan_avery', 0, 'the handle in a sentence'],
  ['@Jordan_Avery,', 0, 'the handle in other case, a comma after'],
  ['(@jordan_avery)', 0, 'the handle in brackets'],
  ["@jordan_avery's post", 0, 'the handle possessive'],
  ['@jordan_avery.', 0, 'the handle at the end of a sentence'],
  ['RT @jordan_avery: hello', 0, 'a retweet'],
  ['＠jordan_avery', 0, 'a fullwidth at sign'],
  ['@jordan_avery😀', 0, 'an emoji after the handle'],
  ['见到@jordan_avery了', 0, 'the handle between Chinese characters'],
  ['@jordan.avery', 0, 'the dotted handle'],
  ['@JORDAN.AVERY!', 0, 'the dotted handle shouted'],
  ['@jordan.avery’s', 0, 'the dotted handle possessive'],
  ['@jordan_avery_fan', -1, 'a longer handle (underscore)'],
  ['@jordan_avery.fan', -1, 'a longer handle (dot)'],
  ['@jordan_avery-fan', -1, 'a longer handle (hyphen)'],
  ['@jordan_avery2', -1, 'a longer handle (digit)'],
  ['@jordan_averyy', -1, 'a longer handle (letter)'],
  ['@xjordan_avery', -1, 'a handle with a letter before'],
  ['@jordan.avery.fan', -1, 'a longer dotted handle'],
  ['@jordan_avery@mastodon.social', -1, 'the same name on another server'],
  ['x@jordan_avery.com', -1, 'inside an e-mail address'],
  ['jordan_avery', -1, 'the handle without the at sign is one word, not the name'],
  ['jordan.avery', -1, 'the dotted handle without the at sign'],
  ['@jordan', -1, 'a shorter handle'],
  // ---- a phrase
  ['Avery Photography', 0, 'the phrase'],
  ["avery photography's prices", 0, 'the phrase possessive'],
  ['Avery\n Photography', 0, 'the phrase across a line break'],
  ['Avery Photographyy', -1, 'the phrase with a letter more'],
  ['Avery Photographer', -1, 'another word'],
  // ---- accents and normalisation forms
  [JOSE_NFC, 1, 'José, NFC'],
  [JOSE_NFD, 1, 'José, NFD'],
  [JOSE_NFC.normalize('NFKC'), 1, 'José, NFKC'],
  [JOSE_NFD.normalize('NFKD'), 1, 'José, NFKD'],
  ['Jose', 1, 'without the accent'],
  ['JOSÉ', 1, 'upper case with the accent'],
  ['Josè', 1, 'another accent'],
  ['Ｊｏｓé', 1, 'fullwidth with an accent'],
  ['San José', 1, 'a word of its own inside a place name'],
  ['Joséphine', -1, 'inside a longer name'],
  ['Josef', -1, 'a similar name'],
  ['@josenunez', 1, 'a handle'],
  ['@josenúñez', 1, 'a handle written with accents'],
  ['Zoe Strom', 4, 'without the accents'],
  ['ZOË STRÖM', 4, 'upper case with the accents'],
  ['Zoë Ström’s', 4, 'possessive'],
  ["O'Brien", 4, 'an apostrophe inside the name'],
  ['O’Brien', 4, 'a typographic apostrophe'],
  ['O`Brien', 4, 'a backtick'],
  ['O´Brien', 4, 'an acute accent used as an apostrophe'],
  ['Oʼbrien', 4, 'a modifier letter apostrophe'],
  ['OBrien', -1, 'no apostrophe'],
  ['O Brien', -1, 'a space instead of the apostrophe'],
  ["O'Briens", -1, 'a longer word'],
  ['STRASSE', 4, 'ß written as SS'],
  ['strasse', 4, 'ß written as ss'],
  ['Straße', 4, 'ß'],
  ['ﬆraße', 4, 'a ligature'],
  ['Strasser', -1, 'a longer word'],
  // ---- Arabic and Hebrew (right to left)
  ['قال محمد علي', 2, 'Arabic name in an Arabic sentence'],
  ['مُحَمَّد عَلِي', 2, 'with vowel marks'],
  ['محمـــد علي', 2, 'stretched with tatweel'],
  ['Hello محمد علي!', 2, 'in an English sentence'],
  ['محمد\nعلي', 2, 'across a line break'],
  ['محمدعلي', -1, 'run together'],
  ['محمد', -1, 'the first name alone'],
  ['محمد عليان', -1, 'a longer last name'],
  ['שלום דנה', 5, 'Hebrew name'],
  ['דָּנָה', 5, 'with niqqud'],
  ['דנהב', -1, 'a longer word'],
  // ---- scripts without spaces: substrings
  ['我喜欢周杰伦的歌', 3, 'inside a Chinese sentence'],
  ['周杰伦', 3, 'alone'],
  ['周 杰伦', -1, 'split by a space'],
  ['周杰', -1, 'cut short'],
  ['คุณสมชายมาแล้ว', 3, 'inside a Thai sentence'],
  ['สม ชาย', -1, 'Thai split by a space'],
  ['김민수입니다', 7, 'Korean, with a family name and a particle'],
  ['민수야', 7, 'Korean, with a particle'],
  ['ジョーダンさん', 8, 'katakana with an honorific'],
  ['ｼﾞｮｰﾀﾞﾝ', 8, 'halfwidth katakana'],
  ['ジョータン', -1, 'without the voicing mark: another word'],
  // ---- Greek and Cyrillic
  ['ΣΟΦΙΑ', 9, 'Greek upper case'],
  ['η Σοφία είπε', 9, 'Greek in a sentence'],
  ['σοφια', 9, 'Greek without the accent'],
  ['Σοφίας', -1, 'Greek genitive is another word'],
  ['Привет, Анна!', 9, 'Cyrillic'],
  ['АННА', 9, 'Cyrillic upper case'],
  ['Аннабель', -1, 'a longer Cyrillic name'],
  // ---- Mastodon handle
  ['@sam@mastodon.social', 6, 'a full Mastodon handle'],
  ['@SAM@Mastodon.Social.', 6, 'in other case at the end of a sentence'],
  ['@sam', -1, 'the local part alone (anyone on any server)'],
  ['@sam@mastodon.social.fake', -1, 'a longer domain'],
  ['@sam@mastodon.socialist', -1, 'another domain'],
  // ---- several people: the right one is reported
  ["O'Brien met Jordan Avery", 4, 'the first to appear'],
  ["Jordan Avery met O'Brien", 0, 'the first to appear'],
  ['Jordan Peele and Jordan Avery', 10, 'the first to appear'],
  ['Jordan Avery Jones', 0, 'overlapping names: the one that ends first'],
  ['Avery Jones', 11, 'the overlapping name alone'],
  ['Café Lumière', 11, 'a phrase with accents'],
  ['cafe lumiere', 11, 'the phrase without accents'],
  ['CAFÉ-LUMIÈRE', 11, 'the phrase with a hyphen'],
  // ---- nothing at all
  ['', -1, 'empty text'],
  ['   \n\t ', -1, 'only spaces'],
  ['😀🎉❤️', -1, 'only emoji'],
  ['今日はいい天気ですね', -1, 'Japanese without the name'],
  ['The quick brown fox jumps over the lazy dog.', -1, 'English without the name'],
];

describe('matchText', () => {
  it('has a table of at least 150 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(150));

  it.each(CASES)('%j → %i (%s)', (text, expected) => {
    expect(matcher.matchText(text)).toBe(expected);
  });

  it('gives the same answer when called again (no state leaks between calls)', () => {
    for (const [text, expected] of CASES) expect(matcher.matchText(text)).toBe(expected);
    expect(matcher.matchText('@jordan_avery')).toBe(0);
    expect(matcher.matchText('Jordan')).toBe(-1);
  });
});

describe('createMatcher', () => {
  it('matches profile ids exactly', () => {
    const m = createMatcher({ patterns: [], profiles: { 'x:jordan_avery': 0, 'youtube:UCabc': 1 } });
    expect(m.matchProfile('x:jordan_avery')).toBe(0);
    expect(m.matchProfile('youtube:UCabc')).toBe(1);
    expect(m.matchProfile('youtube:ucabc')).toBe(-1);
    expect(m.matchProfile('x:someone_else')).toBe(-1);
    expect(m.isEmpty).toBe(false);
    expect(m.matchText('jordan_avery')).toBe(-1);
  });

  it('is empty with no patterns and no profiles', () => {
    const m = createMatcher({ patterns: [], profiles: {} });
    expect(m.isEmpty).toBe(true);
    expect(m.matchText('anything at all')).toBe(-1);
  });

  it('is empty when every pattern folds to nothing', () => {
    const m = createMatcher({ patterns: [{ text: '!!! ???', kind: 'name', person: 0 }, { text: '\u200B', kind: 'keyword', person: 0 }], profiles: {} });
    expect(m.isEmpty).toBe(true);
    expect(m.matchText('!!! ???')).toBe(-1);
  });

  it('accepts a handle written with its @', () => {
    const m = createMatcher({ patterns: [{ text: '@jordan_avery', kind: 'handle', person: 2 }], profiles: {} });
    expect(m.matchText('hi @jordan_avery')).toBe(2);
  });

  it('reports the lower person index when two people share a pattern', () => {
    const m = createMatcher(compileMatcherSpec([person(['Alex Kim']), person(['alex kim'])]));
    expect(m.matchText('Alex Kim')).toBe(0);
  });

  it('matches a name that is a prefix of another name', () => {
    const m = createMatcher(compileMatcherSpec([person(['Alexander Kim']), person(['Alex'])]));
    expect(m.matchText('Alexander Kim')).toBe(0);
    expect(m.matchText('Alexander')).toBe(-1);
    expect(m.matchText('Alex')).toBe(1);
    expect(m.matchText('Alexander Kimball said Alex')).toBe(1);
  });

  it('still folds characters a page shows after its caches are full', () => {
    // 10,000 distinct characters beyond the BMP (CJK Extension B), more than the matcher remembers.
    const many = Array.from({ length: 10_000 }, (_, k) => String.fromCodePoint(0x20000 + k)).join(' ');
    expect(matcher.matchText(many)).toBe(-1);
    // Fraktur letters fold to "jordie" even when nothing about them is remembered.
    expect(matcher.matchText(`${many} 𝔍𝔬𝔯𝔡𝔦𝔢!`)).toBe(0);
    expect(matcher.matchText('𝔍𝔬𝔯𝔡𝔦𝔢𝔰')).toBe(-1);
  });

  it('builds quickly for 50 people', () => {
    const people = Array.from({ length: 50 }, (_, i) =>
      person([`First${i} Last${i}`, `Nick${i}`], [`handle_${i}`], [`Studio ${i} Photography`]),
    );
    const spec = compileMatcherSpec(people);
    createMatcher(spec);
    const start = performance.now();
    const m = createMatcher(spec);
    const elapsed = performance.now() - start;
    expect(m.matchText('met nick49 and @handle_7')).toBe(49);
    // Generous: a build is a few milliseconds; this only catches something quadratic.
    expect(elapsed).toBeLessThan(500);
  });
});
