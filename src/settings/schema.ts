// The one schema for Out of Sight's settings (../shared/DESIGN.md, "Stored data and the settings file").
// Types come from z.infer; nothing else declares the shape. Pure: no browser API here.
import { z } from 'zod';
import { SITE_IDS, recogniseProfileLink } from '../sites/index';

export const SETTINGS_FORMAT = 'out-of-sight-settings';
export const SETTINGS_VERSION = 1;

/** Longest name, handle or phrase we accept: long enough for any real name, short enough to stay cheap. */
export const MAX_PATTERN_LENGTH = 100;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

function countLettersAndDigits(value: string): number {
  return value.match(LETTER_OR_DIGIT)?.length ?? 0;
}

/** A name, nickname or phrase: at least two letters, so it cannot hide half the web. */
const phrase = (what: string) =>
  z
    .string({ error: `each ${what} must be text` })
    .trim()
    .min(1, { error: `a ${what} cannot be empty` })
    .max(MAX_PATTERN_LENGTH, {
      error: `a ${what} can be at most ${MAX_PATTERN_LENGTH} characters long`,
    })
    .refine((value) => countLettersAndDigits(value) >= 2, {
      error: `a ${what} needs at least two letters or digits, or it would hide far too much`,
    });

/** A handle as people write it, with or without the leading @. */
const handle = z
  .string({ error: 'each handle must be text' })
  .trim()
  .transform((value) => value.replace(/^@+/, ''))
  .pipe(
    z
      .string()
      .min(2, { error: 'a handle needs at least two characters' })
      .max(100, { error: 'a handle can be at most 100 characters long' })
      .regex(/^[\p{L}\p{N}_.\-]+(@[a-z0-9.\-]+)?$/u, {
        error: 'a handle can only hold letters, digits, dots, dashes and underscores',
      }),
  );

/** A profile link from a supported site; anything else is refused with the reason. */
const profileLink = z
  .string({ error: 'each profile link must be text' })
  .trim()
  .max(2048, { error: 'a profile link can be at most 2048 characters long' })
  .superRefine((value, ctx) => {
    const result = recogniseProfileLink(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.reason });
  });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dates are written as YYYY-MM-DD' })
  .refine((value) => {
    // Date.parse rolls 2026-02-30 over to March; a real date survives the round trip unchanged.
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  }, {
    error: 'that date does not exist',
  });

function newId(): string {
  return globalThis.crypto.randomUUID();
}

export const personSchema = z.object({
  id: z.string().min(1).max(64).default(newId),
  label: z
    .string()
    .trim()
    .max(40, { error: 'a label can be at most 40 characters long' })
    .default(''),
  names: z.array(phrase('name')).max(50).default([]),
  handles: z.array(handle).max(50).default([]),
  profiles: z.array(profileLink).max(50).default([]),
  keywords: z.array(phrase('phrase')).max(50).default([]),
  enabled: z.boolean().default(true),
});

export const siteSwitchesSchema = z
  .partialRecord(z.enum(SITE_IDS), z.boolean())
  .default({});

export const filterSchema = z.object({
  mode: z.enum(['hide', 'blur']).default('hide'),
  /** Per-site switches; a site that is not listed is on. */
  sites: siteSwitchesSchema,
  /** Also filter on every other site (needs the optional host permission). */
  allSites: z.boolean().default(false),
});

export const guardSchema = z.object({
  /** The breathing pause before "continue anyway" is offered. */
  pauseSeconds: z.int().min(3).max(300).default(15),
  /** Strict mode: a peek restarts the streak. */
  strict: z.boolean().default(false),
  /** Where "take me somewhere calm" goes; empty means a new tab. */
  calmUrl: z
    .string()
    .trim()
    .max(2048)
    .refine((value) => value === '' || /^https?:\/\//i.test(value), {
      error: 'the calm page must be a web address starting with https://',
    })
    .default(''),
});

export const streakSchema = z.object({
  /** First day of no contact, in the user's own calendar. */
  startedAt: isoDate.nullable().default(null),
  goalDays: z.int().min(1).max(3650).nullable().default(null),
});

export const privacySchema = z.object({
  /** Show names as "J•••" until revealed. */
  maskNames: z.boolean().default(true),
});

export const displaySchema = z.object({
  /** Today's blocked visits on the toolbar icon. */
  badge: z.boolean().default(true),
});

export const syncSchema = z.object({
  /** Settings (never the journal or counts) through the browser's own sync. */
  enabled: z.boolean().default(false),
});

export const settingsSchema = z.object({
  format: z.literal(SETTINGS_FORMAT).default(SETTINGS_FORMAT),
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  people: z.array(personSchema).max(200, { error: 'at most 200 people' }).default([]),
  filter: filterSchema.default(() => filterSchema.parse({})),
  guard: guardSchema.default(() => guardSchema.parse({})),
  streak: streakSchema.default(() => streakSchema.parse({})),
  reasons: z
    .array(z.string().trim().min(1).max(1000, { error: 'a reason can be at most 1000 characters' }))
    .max(30)
    .default([]),
  privacy: privacySchema.default(() => privacySchema.parse({})),
  display: displaySchema.default(() => displaySchema.parse({})),
  sync: syncSchema.default(() => syncSchema.parse({})),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Person = z.infer<typeof personSchema>;
export type FilterMode = Settings['filter']['mode'];

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
