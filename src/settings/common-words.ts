// A live check for names that would hide far more than one person (issue 7): "Jordan" on its own
// also hides Michael Jordan and news from Jordan. Pure; the UI words the warning kindly.

/** Everyday words that are also given names: on their own they hide ordinary sentences. */
const EVERYDAY_WORDS = new Set([
  'angel', 'april', 'art', 'autumn', 'bill', 'blue', 'bo', 'brook', 'buck', 'bud', 'candy', 'carol',
  'chance', 'chase', 'cherry', 'clay', 'cliff', 'crystal', 'dawn', 'dean', 'destiny', 'dale', 'faith',
  'frank', 'gale', 'gene', 'ginger', 'glen', 'grace', 'guy', 'harmony', 'hazel', 'heath', 'honey',
  'hope', 'hunter', 'iris', 'ivy', 'jack', 'jade', 'jay', 'jewel', 'joy', 'june', 'justice', 'king',
  'lane', 'lily', 'love', 'mark', 'mason', 'max', 'may', 'melody', 'miles', 'misty', 'nick', 'norm',
  'olive', 'pat', 'patience', 'pearl', 'penny', 'pepper', 'rich', 'river', 'rob', 'robin', 'rock',
  'rocky', 'rose', 'ruby', 'rusty', 'sage', 'sandy', 'scout', 'sky', 'skye', 'sonny', 'spencer',
  'star', 'sterling', 'stone', 'storm', 'summer', 'sunny', 'taylor', 'terry', 'tucker', 'victor',
  'violet', 'wade', 'ward', 'will', 'willow', 'winter', 'wolf', 'wren', 'young', 'york',
]);

/** Popular first names, and the famous people or places each one would also hide. */
const POPULAR_NAMES: Record<string, string> = {
  jordan: 'Michael Jordan and news from Jordan',
  paris: 'Paris Hilton and news from Paris',
  chelsea: 'Chelsea football club',
  georgia: 'news from Georgia',
  madison: 'Madison Square Garden',
  austin: 'news from Austin',
  dallas: 'news from Dallas',
  brooklyn: 'news from Brooklyn',
  phoenix: 'news from Phoenix',
  taylor: 'Taylor Swift',
  kim: 'Kim Kardashian',
  kanye: 'Kanye West',
  elon: 'Elon Musk',
  beyonce: 'Beyoncé',
  drake: 'Drake',
  harry: 'Harry Styles and Prince Harry',
  william: 'Prince William',
  charles: 'King Charles',
  serena: 'Serena Williams',
  ariana: 'Ariana Grande',
  selena: 'Selena Gomez',
  justin: 'Justin Bieber',
  michael: 'Michael Jackson',
  emma: 'Emma Watson and Emma Stone',
  chris: 'Chris Evans, Chris Pratt and Chris Hemsworth',
};

/** Common first names beyond the famous ones: alone, each catches thousands of strangers. */
const COMMON_FIRST_NAMES = new Set([
  'aaron', 'adam', 'alex', 'alexander', 'alice', 'amanda', 'amy', 'andrew', 'anna', 'anthony', 'ashley',
  'ben', 'benjamin', 'brian', 'charlie', 'chloe', 'christopher', 'daniel', 'david', 'elizabeth', 'emily',
  'eric', 'ethan', 'james', 'jamie', 'jason', 'jennifer', 'jessica', 'john', 'jonathan', 'joseph', 'josh',
  'joshua', 'julia', 'kate', 'katie', 'kevin', 'laura', 'lauren', 'liam', 'lucas', 'lucy', 'maria',
  'matt', 'matthew', 'megan', 'mia', 'mike', 'noah', 'olivia', 'paul', 'rachel', 'ryan', 'sam', 'sarah',
  'sophia', 'sophie', 'steve', 'thomas', 'tom', 'tyler',
]);

export type CommonWordReason = 'everyday-word' | 'famous' | 'common-name' | 'short';

export interface CommonWordWarning {
  reason: CommonWordReason;
  /** Who or what else it would hide, for "famous". */
  alsoHides?: string;
  /** A fuller form already in this person's names ("Jordan Avery"), when there is one. */
  suggestion?: string;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();
}

/** Words of a name: runs of letters and digits. */
function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Why `name` on its own would also catch other people or ordinary words, or null when it is specific
 * enough. `otherNames` are the person's other names, searched for a fuller form to suggest.
 */
export function commonWordWarning(name: string, otherNames: readonly string[] = []): CommonWordWarning | null {
  const words = wordsOf(name);
  if (words.length !== 1) return null;
  const word = words[0]!;
  // Scripts written without spaces (CJK, Thai) carry a whole name in one "word"; length says nothing there.
  const spaceless = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u.test(word);
  let warning: CommonWordWarning | null = null;
  if (POPULAR_NAMES[word]) warning = { reason: 'famous', alsoHides: POPULAR_NAMES[word] };
  else if (EVERYDAY_WORDS.has(word)) warning = { reason: 'everyday-word' };
  else if (COMMON_FIRST_NAMES.has(word)) warning = { reason: 'common-name' };
  else if (!spaceless && word.length <= 3) warning = { reason: 'short' };
  if (!warning) return null;
  const fuller = otherNames.find((other) => {
    const otherWords = wordsOf(other);
    return otherWords.length > 1 && otherWords.includes(word);
  });
  return fuller ? { ...warning, suggestion: fuller.trim() } : warning;
}
