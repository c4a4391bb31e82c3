// One typed protocol for every message between content scripts, extension pages and the background
// (../shared/STYLE.md, convention 7). Names start with a verb. Types only here, so content scripts stay
// free of zod: the background validates each payload with the schema in src/background/protocol.ts.
import { browser } from 'wxt/browser';
import type { SiteId } from './sites/types';

/** Where a count or event happened: a supported site, or any other site the user enabled. */
export type EventSite = SiteId | 'other';

export interface Protocol {
  /** Liveness check used by pages and tests. */
  ping: { request: Record<string, never>; response: { ok: true; version: string } };
  /**
   * A content script hid new units since its last report (each unit counted once per page). `id`, unique
   * per report (a random page id + a sequence number), lets a report re-sent because its answer never
   * came (the worker was stopped) count once (issue 6).
   */
  recordHidden: { request: { site: EventSite; count: number; id?: string }; response: null };
  /** The user chose "Show anyway" on a blurred unit: a peek. */
  recordReveal: { request: { site: EventSite; id?: string }; response: null };
  /** A journal or incident-log entry, kept whole (urge, journal, contact, boundary violation). */
  addJournalEntry: { request: JournalEntryInput; response: { id: string } };
  /** Everything the popup and the prompt show about progress (issue 6). */
  getStats: { request: Record<string, never>; response: StatsView };
  /** "I had contact" from the popup: restarts the streak (refused in the future or before the start). */
  logContact: { request: LogContactRequest; response: ContactResult };
  /** The popup celebrated this milestone (and so every one below it) for the current streak. */
  markCelebrated: { request: { milestone: number }; response: null };
  /** Pause filtering for a while; it turns itself back on. */
  startSnooze: { request: { minutes: 15 | 60 }; response: { until: number } };
  /** "Turn it back on now". */
  cancelSnooze: { request: Record<string, never>; response: null };
  /** Wipe every trace: all storage areas, dynamic/session rules, registrations (issue 7, options "Delete everything"). */
  deleteEverything: { request: { confirm: 'DELETE' }; response: null };
  /** In-app navigation to `url` (issue 5): the background sends the tab to the prompt when it is a guarded profile. */
  checkNavigation: { request: { url: string }; response: { action: GuardAction } };
  /** The prompt page asks what it stands in front of; `target` is its own fragment, validated by the background. */
  getPromptContext: { request: { target: string }; response: PromptContext };
  /** "Continue anyway": let this tab through once to the address the guard recorded for it (a peek). */
  allowOnce: { request: Record<string, never>; response: { url: string } };
}

/** What the page should do after a navigation check: nothing, wait for the prompt, or show the page. */
export type GuardAction = 'none' | 'prompt' | 'allow';

/** What the prompt page shows (issue 5). */
export interface PromptContext {
  /** The profile behind the prompt, or null when there is nothing valid to continue to. */
  target: { siteName: string; label: string | null } | null;
  reasons: string[];
  pauseSeconds: number;
  /** Where "take me somewhere calm" goes; empty means a new tab. */
  calmUrl: string;
}

/** Progress as the popup and prompt show it; computed by the background from storage with `now`. */
export interface StatsView {
  streakDays: number;
  bestStreak: number;
  /** First day of the current streak (YYYY-MM-DD), or null before a start date is set. */
  streakStartedAt: string | null;
  /** The next milestone in days (1, 3, 7, 14, 30, 60, 90, 180, 365 or the user's goal), or null past them all. */
  nextMilestone: number | null;
  /** The milestone last passed (0 before the first): where the progress ring starts. */
  previousMilestone: number;
  goalDays: number | null;
  /** The no-contact start date from the settings (contact before it is refused). */
  startedAt: string | null;
  /** A milestone reached in this streak and not yet celebrated, or null. */
  celebrate: number | null;
  /** The person as the popup may name them: "J•••" unless masking is off; null before one is set up. */
  person: string | null;
  blockedToday: number;
  blockedTotal: number;
  hiddenToday: number;
  hiddenTotal: number;
  peeksTotal: number;
  /** The last 30 local days, oldest first. */
  daily: { day: string; blocked: number; hidden: number }[];
  snoozedUntil: number | null;
}

export type ContactRefusal = 'future' | 'before-start' | 'invalid';

export interface LogContactRequest {
  /** When it happened (ISO 8601 with offset). */
  at: string;
  initiatedBy: Initiator;
  note: string;
  /** Made once per submission, so a resend after a stopped worker is counted once. */
  requestId: string;
}

export type ContactResult =
  | { ok: true; streakDays: number; bestStreak: number }
  | { ok: false; reason: ContactRefusal };

export type JournalKind = 'urge' | 'journal' | 'contact' | 'violation';
export type Initiator = 'me' | 'them' | 'someone-else' | 'unknown';

export interface JournalEntryInput {
  kind: JournalKind;
  /** When it happened (ISO 8601 with offset, as the user entered it). */
  at: string;
  initiatedBy?: Initiator;
  /** What happened / what they felt, in their own words. */
  text: string;
  circumstances?: string;
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['request'];
export type ResponseOf<K extends MessageName> = Protocol[K]['response'];

/** What goes over the wire. `oos` marks our own messages among any others. */
export interface Envelope<K extends MessageName = MessageName> {
  oos: 1;
  name: K;
  data: RequestOf<K>;
}

export type Reply<K extends MessageName = MessageName> =
  | { ok: true; result: ResponseOf<K> }
  | { ok: false; error: string };

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Send a message to the background and wait for its answer; rejects with the background's reason. */
export async function sendMessage<K extends MessageName>(name: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { oos: 1, name, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new MessageError(`no answer to ${name}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.result;
}
