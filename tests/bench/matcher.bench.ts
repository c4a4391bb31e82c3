// Matcher throughput (issue 3): 1 MB of feed-like text with 1, 10 and 50 people's names, against the
// naive way (one case-insensitive regex per name, run one after another). Prints figures; never fails
// on time. Run: npx vite-node tests/bench/matcher.bench.ts
import { createMatcher } from '../../src/matching/matcher';
import { compileMatcherSpec, type PersonPatterns } from '../../src/matching/spec';

/** Deterministic PRNG (mulberry32), so every run measures the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a and to of in is it you that was for on are with as I his they be at one have this from or ' +
  'had by hot word but what some we can out other were all there when up use your how said an each she ' +
  'which do their time if will way about many then them write would like so these her long make thing ' +
  'see him two has look more day could go come did number sound no most people my over know water than ' +
  'call first who may down side been now find coffee weekend sunset photo garden concert recipe morning ' +
  'birthday beach hiking finally honestly amazing tonight anyone recommend Jordanian Averyson jordanson'
).split(' ');
const FIRST = ['Jordan', 'Alex', 'Sam', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn', 'José', 'Zoë', 'Renée', 'Chloé'];
const LAST = ['Smith', 'Peele', 'García', 'Nguyen', 'Müller', 'Okafor', 'Kowalski', 'Brown', 'Lee', 'Patel', 'Rossi'];
const EMOJI = ['😀', '❤️', '🎉', '👍🏽', '🔥', '😂', '🌅', '☕', '👩‍👩‍👧'];
const FOREIGN = ['今日はいい天気ですね', '周末去海边了', 'مرحبا بالجميع', 'שבת שלום לכולם', 'Привет всем', 'สวัสดีครับ', '안녕하세요 여러분'];

function post(rand: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const parts: string[] = [];
  const length = 20 + Math.floor(rand() * 25);
  for (let w = 0; w < length; w++) {
    const r = rand();
    if (r < 0.04) parts.push(`${pick(FIRST)} ${pick(LAST)}`);
    else if (r < 0.06) parts.push(`@${pick(FIRST).toLowerCase()}_${pick(LAST).toLowerCase()}`);
    else if (r < 0.08) parts.push(pick(EMOJI));
    else if (r < 0.09) parts.push(pick(FOREIGN));
    else if (r < 0.12) parts.push(`${pick(WORDS)}${pick(['.', ',', '!', '?', '’s', ':'])}`);
    else parts.push(pick(WORDS));
  }
  return parts.join(' ');
}

/** People whose names do not occur in the feed, so every matcher reads every byte. */
function people(count: number): PersonPatterns[] {
  const rand = random(7);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'qui', 'zel', 'bra', 'dun', 'fey', 'gor'];
  const word = () => {
    let w = '';
    for (let s = 0; s < 3; s++) w += syllables[Math.floor(rand() * syllables.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return Array.from({ length: count }, () => {
    const first = word();
    const last = word();
    return {
      names: [`${first} ${last}`, first + 'y'],
      handles: [`${first}_${last}`.toLowerCase()],
      keywords: [`${last} Studio`],
      profiles: [],
    };
  });
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The naive way: one regex per pattern, run one after another on the raw text. */
function naiveMatcher(list: PersonPatterns[]): (text: string) => number {
  const regexes: [RegExp, number][] = [];
  list.forEach((person, index) => {
    for (const text of [...person.names, ...person.keywords, ...person.handles.map((h) => `@${h}`)]) {
      regexes.push([new RegExp('\\b' + escapeRegex(text) + '\\b', 'iu'), index]);
    }
  });
  return (text) => {
    for (const [regex, index] of regexes) if (regex.test(text)) return index;
    return -1;
  };
}

/** This process's CPU time in ms: other work on a shared 2-core machine does not count against us. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Best of a few runs: MB/s (million characters a second) over `chars` of input, by CPU time. */
function throughput(chars: number, run: () => void): number {
  for (let round = 0; round < 3; round++) run(); // warm up the JIT
  let best = Infinity;
  for (let round = 0; round < 7; round++) {
    const start = cpuMs();
    run();
    best = Math.min(best, cpuMs() - start);
  }
  return chars / 1e6 / (Math.max(best, 0.001) / 1000);
}

const rand = random(42);
const posts: string[] = [];
let total = 0;
while (total < 1_000_000) {
  const text = post(rand);
  posts.push(text);
  total += text.length;
}
const feed = posts.join('\n');
const shortPosts = posts.slice(0, 5000).map((text) => text.slice(0, 200));
const shortBytes = shortPosts.reduce((sum, text) => sum + text.length, 0);

console.log(`feed: ${(feed.length / 1e6).toFixed(2)} M chars, ${posts.length} posts; short units: ${shortPosts.length} of ≤200 chars`);
console.log('(MB/s = million characters a second of CPU time, best of 7)');
console.log('people | whole text: matcher MB/s  naive MB/s  ratio | short units: matcher MB/s  naive MB/s  ratio | build ms');
let sink = 0;
for (const count of [1, 10, 50]) {
  const list = people(count);
  // The automaton is built on the first text a matcher is asked about: ask it one.
  const buildStart = cpuMs();
  const matcher = createMatcher(compileMatcherSpec(list));
  matcher.matchText('x');
  const buildMs = cpuMs() - buildStart;
  let builds = 0;
  const buildLoopStart = cpuMs();
  while (cpuMs() - buildLoopStart < 200) {
    createMatcher(compileMatcherSpec(list)).matchText('x');
    builds++;
  }
  const buildAverage = (cpuMs() - buildLoopStart) / builds;
  const naive = naiveMatcher(list);
  if (matcher.matchText(feed) !== -1 || naive(feed) !== -1) throw new Error('the bench feed must not hold the names');

  const wholeFast = throughput(feed.length, () => (sink += matcher.matchText(feed)));
  const wholeNaive = throughput(feed.length, () => (sink += naive(feed)));
  const shortFast = throughput(shortBytes, () => {
    for (const text of shortPosts) sink += matcher.matchText(text);
  });
  const shortNaive = throughput(shortBytes, () => {
    for (const text of shortPosts) sink += naive(text);
  });
  console.log(
    `${String(count).padStart(6)} | ${wholeFast.toFixed(1).padStart(24)} ${wholeNaive.toFixed(1).padStart(11)} ${(wholeFast / wholeNaive).toFixed(1).padStart(6)}× |` +
      ` ${shortFast.toFixed(1).padStart(25)} ${shortNaive.toFixed(1).padStart(11)} ${(shortFast / shortNaive).toFixed(1).padStart(6)}× |` +
      ` ${buildAverage.toFixed(2)} (first ${buildMs.toFixed(2)})`,
  );
}
// Pages mostly in scripts other than Latin take the slower, folding path more often.
const foreignRand = random(9);
const foreignPosts: string[] = [];
let foreignTotal = 0;
while (foreignTotal < 1_000_000) {
  const words = Array.from({ length: 12 }, () => {
    const r = foreignRand();
    return r < 0.8 ? FOREIGN[Math.floor(foreignRand() * FOREIGN.length)]! : r < 0.9 ? EMOJI[Math.floor(foreignRand() * EMOJI.length)]! : WORDS[Math.floor(foreignRand() * WORDS.length)]!;
  });
  const text = words.join(foreignRand() < 0.5 ? '' : ' ');
  foreignPosts.push(text);
  foreignTotal += text.length;
}
const foreignFeed = foreignPosts.join('\n');
const foreignMatcher = createMatcher(compileMatcherSpec([...people(49), { names: ['周杰伦'], handles: [], keywords: ['ジョーダン'], profiles: [] }]));
const foreignNaive = naiveMatcher([...people(49), { names: ['周杰伦'], handles: [], keywords: ['ジョーダン'], profiles: [] }]);
if (foreignMatcher.matchText(foreignFeed) !== -1) throw new Error('the foreign feed must not hold the names');
const foreignFast = throughput(foreignFeed.length, () => (sink += foreignMatcher.matchText(foreignFeed)));
const foreignSlow = throughput(foreignFeed.length, () => (sink += foreignNaive(foreignFeed)));
console.log(
  `\nmostly CJK/Arabic/Hebrew/Thai/Cyrillic feed (${(foreignFeed.length / 1e6).toFixed(2)} M chars), 50 people incl. CJK names:` +
    ` matcher ${foreignFast.toFixed(1)} MB/s, naive ${foreignSlow.toFixed(1)} MB/s, ${(foreignFast / foreignSlow).toFixed(1)}×`,
);
if (sink === 42) console.log(''); // keeps the work observable
