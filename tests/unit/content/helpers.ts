// Shared set-up for the content engine tests: the demo person compiled exactly as the background
// compiles it, a document that starts empty (document_start), and an in-memory extension API.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import type { CompiledConfig } from '../../../src/compiled';
import type { ContentApi } from '../../../src/content/runtime';
import { startEngine, type Engine, type EngineOptions } from '../../../src/content/engine';
import { GENERIC } from '../../../src/content/units';
import { createMatcher } from '../../../src/matching/matcher';
import { compileConfig } from '../../../src/settings/compile';
import { parseSettingsFile } from '../../../src/settings/file';
import type { Settings } from '../../../src/settings/schema';

export function demoSettings(change: (settings: Settings) => void = () => undefined): Settings {
  const parsed = parseSettingsFile(readFileSync('tests/fixtures/demo/demo-settings.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  change(parsed.settings);
  return parsed.settings;
}

export function demoCompiled(change?: (settings: Settings) => void, snoozedUntil: number | null = null): CompiledConfig {
  return compileConfig(demoSettings(change), snoozedUntil);
}

export interface Sent {
  name: string;
  data: unknown;
}

export interface TestApi extends ContentApi {
  sent: Sent[];
  /** Answer the pending storage read (the engine waits for it before its first scan). */
  answer(compiled: CompiledConfig | undefined): Promise<void>;
  /** A storage change of "compiled", as another tab or the options page would cause it. */
  change(compiled: CompiledConfig | undefined): void;
}

export function testApi(): TestApi {
  const sent: Sent[] = [];
  const listeners: ((compiled: CompiledConfig | undefined) => void)[] = [];
  let answerRead: (compiled: CompiledConfig | undefined) => void = () => undefined;
  const read = new Promise<CompiledConfig | undefined>((resolve) => (answerRead = resolve));
  return {
    sent,
    readCompiled: () => read,
    onCompiledChanged: (listener) => listeners.push(listener),
    send: (name, data) => sent.push({ name, data }),
    message: () => '',
    async answer(compiled) {
      answerRead(compiled);
      await read;
      // Let the engine's then/finally run.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    change(compiled) {
      for (const listener of listeners) listener(compiled);
    },
  };
}

/** An empty document, as a content script sees it at document_start. */
export function blankDocument(): void {
  document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
  for (const name of [...document.documentElement.getAttributeNames()]) document.documentElement.removeAttribute(name);
}

export function body(html: string): void {
  // Test fixtures only (trusted markup written in this repository).
  document.body.innerHTML = html;
}

export function fixtureBody(file: string): string {
  const html = readFileSync(file, 'utf8');
  return html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));
}

export function start(api: TestApi, options: Partial<EngineOptions> = {}): Engine {
  return startEngine({
    doc: document,
    site: null,
    generic: GENERIC,
    api,
    createMatcher,
    now: () => Date.parse('2026-11-20T12:00:00Z'),
    ...options,
  });
}

export interface EngineUnderTest {
  readonly api: TestApi;
  readonly engine: Engine;
  /** Start afresh in the middle of a test (an empty document, a new API), with other options. */
  restart(options?: Partial<EngineOptions>): void;
}

/**
 * For a describe block: before each test, an engine started with `options` on an empty document and
 * an in-memory API, as at document_start; stopped after it.
 */
export function useEngine(options: Partial<EngineOptions>): EngineUnderTest {
  let api: TestApi | undefined;
  let engine: Engine | undefined;
  const current: EngineUnderTest = {
    get api() {
      return api!;
    },
    get engine() {
      return engine!;
    },
    restart(more = {}) {
      engine?.stop();
      blankDocument();
      api = testApi();
      engine = start(api, { ...options, ...more });
    },
  };
  beforeEach(() => current.restart());
  afterEach(() => {
    engine?.stop();
    engine = undefined;
  });
  return current;
}

/** A test's view of a document that is still parsing (parsing). */
export type ParsingRun = (page: {
  /** A frame: its callbacks (ours first, then `page`'s own), then layout, before it is painted. */
  nextFrame(page?: () => void): void;
  finish(): void;
}) => Promise<void> | void;

/**
 * A document that is still parsing, for an engine restarted with `options`: its frames run when the
 * test says, and the parser finishes when it says. Restores readyState afterwards.
 */
export async function parsing(t: EngineUnderTest, run: ParsingRun, options: Partial<EngineOptions>): Promise<void> {
  const frames: (() => void)[] = [];
  const laidOut: (() => void)[] = [];
  t.restart({ ...options, frame: (callback) => frames.push(callback), beforePaint: (callback) => laidOut.push(callback) });
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  try {
    await run({
      nextFrame: (page) => {
        frames.splice(0).forEach((callback) => callback());
        page?.();
        laidOut.splice(0).forEach((callback) => callback());
      },
      finish() {
        Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
        document.dispatchEvent(new Event('readystatechange'));
      },
    });
  } finally {
    delete (document as unknown as { readyState?: string }).readyState;
  }
}

/** Hidden by the engine: the element or an ancestor carries the mark, or its one child does (X's row box). */
export function isHidden(element: Element | null): boolean {
  if (!element) throw new Error('no such element');
  const only = element.children.length === 1 ? element.firstElementChild : null;
  return element.closest('[data-oos]') !== null || only?.hasAttribute('data-oos') === true;
}

/**
 * Whether the stylesheet holds this element invisible, unchecked: every unit before the settings are
 * read; while the page parses, the unit the parser is in, with what is inside it.
 */
export function held(element: Element): boolean {
  const text = document.querySelector('style[data-oos-style]')?.textContent ?? '';
  const holding = [...text.matchAll(/^(.*)\{visibility:hidden!important\}$/gm)].map((rule) => rule[1]!);
  return holding.some((selector) => element.closest(selector) !== null);
}

export function hiddenCount(api: TestApi): number {
  return api.sent
    .filter((message) => message.name === 'recordHidden')
    .reduce((sum, message) => sum + (message.data as { count: number }).count, 0);
}

// The blur card's shadow root is closed: the page must not reach it. Tests reach it through
// attachShadow, recorded here for every host.
const shadowRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  shadowRoots.set(this, root);
  return root;
};

/** The card over a blurred unit's target (its closed shadow root), or undefined when it has none. */
export function cardOf(target: Element): ShadowRoot | undefined {
  const host = target.querySelector(':scope > oos-card');
  return host ? shadowRoots.get(host) : undefined;
}
