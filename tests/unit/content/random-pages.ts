// What the random-page tests share (engine-random*.test.ts): a seeded generator, the words and alts
// their pages are made of, and a parser's steps over a page.

/** A small seeded generator (mulberry32): a failing seed can be run again. */
export function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    below: (n: number) => Math.floor(next() * n),
    pick<T>(list: readonly T[]): T {
      return list[Math.floor(next() * list.length)]!;
    },
  };
}
export type Random = ReturnType<typeof generator>;

// Their names and handle, and the near misses around them (DESIGN.md's hard negatives).
export const TEXTS = ['A calm day', 'Lunch with Jordie', 'Jordanna baked bread', '@jordan_avery2 says hi', 'Averyville fair', 'JORDAN AVERY was there', 'thanks @jordan_avery', 'Tea', 'Jórdan Ávery!', 'Jordies'];
export const ALTS = [null, 'sunset', 'Jordan Avery', 'Jordanna', 'Jordie at the beach'];


/**
 * What a parser does with a page, one step at a time: each node appended to its parent, in document
 * order, its attributes already set; a text node sometimes arrives in two parts (the second appended
 * to the node when the next part of the page comes).
 */
export function parserSteps(html: string, random: Random): (() => void)[] {
  const template = document.createElement('template');
  // Test markup made here (trusted).
  template.innerHTML = html;
  const live = new Map<Node, Node>([[template.content, document.body]]);
  const steps: (() => void)[] = [];
  const visit = (node: Node) => {
    const parent = node.parentNode!;
    if (node.nodeType === 3 && (node as Text).data.length > 1 && random.chance(0.5)) {
      const text = (node as Text).data;
      const cut = 1 + random.below(text.length - 1);
      steps.push(() => {
        const part = document.createTextNode(text.slice(0, cut));
        live.set(node, part);
        live.get(parent)!.appendChild(part);
      });
      steps.push(() => (live.get(node) as Text).appendData(text.slice(cut)));
    } else {
      steps.push(() => {
        const copy = node.cloneNode(false);
        live.set(node, copy);
        live.get(parent)!.appendChild(copy);
      });
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  for (let child = template.content.firstChild; child; child = child.nextSibling) visit(child);
  return steps;
}

/** What one random run needs from its test. */
export interface RandomRun {
  random: Random;
  /** What happened so far, printed with a failure. */
  log: string[];
  /** The page's markup, streamed as a parser would. */
  html: string;
  /** The engine's API: answering it is the settings read, at any point of the stream. */
  answer(): Promise<void>;
  /** How often a frame comes between two steps of the parser. */
  frameChance: number;
  /** One change a page script makes; returns what it did. */
  change(): string;
  /** How many changes after the page is parsed, each handled before the next frame. */
  after: number;
  /** No frame shows them. */
  expectNoneShown(log: string[]): void;
  /** Nothing held, nothing shows them, and whatever is hidden names them. */
  expectExact(log: string[]): void;
  /** Handle what the observer holds now. */
  takeRecords(): void;
}

/**
 * Stream a page in random parts, with changes between frames and in the page's own frame callbacks;
 * the settings read at a random point (before the stream, in it, or after it). Checks each frame,
 * the parsed page, and the page after each later change. (Inside `parsing`: its frames and finish.)
 */
export async function streamAndChange(run: RandomRun, frames: { nextFrame(page?: () => void): void; finish(): void }): Promise<void> {
  const { random, log } = run;
  const { nextFrame } = frames;
  const steps = parserSteps(run.html, random);
  const readAt = random.below(steps.length + 2);
  let read = false;
  const readNow = async () => {
    log.push('settings read');
    await run.answer();
    read = true;
  };
  for (let i = 0; i < steps.length; i++) {
    if (i === readAt) await readNow();
    steps[i]!();
    if (!random.chance(run.frameChance)) continue;
    if (random.chance(0.4)) log.push(`step ${i}: ${run.change()}`);
    // Sometimes the page's own frame callback changes it too, after ours, before the paint.
    const inFrame = random.chance(0.2) ? () => log.push(`step ${i}, the page's frame: ${run.change()}`) : undefined;
    nextFrame(inFrame);
    log.push(`step ${i}: a frame`);
    run.expectNoneShown(log);
  }
  if (!read) await readNow();
  nextFrame();
  run.expectNoneShown(log);
  frames.finish();
  log.push('parsed');
  run.expectExact(log);
  // The page lives on: each change is handled before the next frame.
  for (let i = 0; i < run.after; i++) {
    log.push(`after: ${run.change()}`);
    run.takeRecords();
    run.expectExact(log);
  }
}
