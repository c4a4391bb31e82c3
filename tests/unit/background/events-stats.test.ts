// Issue 6: what the popup is told, from storage, with a fixed clock and zone: counts, streak, contact
// (refused in the future or before the start, otherwise restarting and keeping the best), milestones
// celebrated once, the install day as the start date, the masked name.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { getStats, logContact, markCelebrated, ensureStartDate, personLabel } from '../../../src/background/stats';
import { recordEvents } from '../../../src/background/events';
import { loadSettings, saveSettings } from '../../../src/state/settings';
import { defaultSettings, settingsSchema } from '../../../src/settings/schema';

const ZONE = 'America/New_York';
const NOW = Date.parse('2026-11-22T17:00:00Z'); // noon in New York

async function setUp(startedAt: string | null, change: (s: ReturnType<typeof defaultSettings>) => void = () => undefined) {
  const settings = settingsSchema.parse({
    people: [{ label: 'Jordan', names: ['Jordan Avery'] }],
    streak: { startedAt },
  });
  change(settings);
  await saveSettings(settings);
}

const contact = (at: string, requestId = 'r1') => ({ at, initiatedBy: 'them' as const, note: 'They called.', requestId });

describe('progress for the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives today’s and all-time counts and the streak in the user’s zone', async () => {
    await setUp('2026-10-30');
    await recordEvents([
      { kind: 'blocked', site: 'x', at: NOW - 3_600_000 },
      { kind: 'blocked', site: 'instagram', at: NOW - 2 * 86_400_000 },
      { kind: 'hidden', site: 'x', count: 5, at: NOW - 60_000 },
    ], undefined, ZONE);
    const stats = await getStats(NOW, ZONE);
    expect(stats).toMatchObject({
      streakDays: 23, bestStreak: 23, nextMilestone: 30, previousMilestone: 14,
      blockedToday: 1, blockedTotal: 2, hiddenToday: 5, hiddenTotal: 5, person: 'J•••', snoozedUntil: null,
    });
    expect(stats.daily).toHaveLength(30);
    expect(stats.daily.at(-1)).toEqual({ day: '2026-11-22', blocked: 1, hidden: 5 });
  });

  it('refuses contact in the future or before the start date, and changes nothing', async () => {
    await setUp('2026-10-30');
    await expect(logContact(contact('2026-11-22T15:00:00-05:00'), NOW, ZONE)).resolves.toEqual({ ok: false, reason: 'future' });
    await expect(logContact(contact('2026-10-29T23:00:00-04:00'), NOW, ZONE)).resolves.toEqual({ ok: false, reason: 'before-start' });
    expect((await getStats(NOW, ZONE)).streakDays).toBe(23);
    expect(await fakeBrowser.storage.local.get('journal')).toEqual({});
  });

  it('restarts the streak from logged contact, keeps the best, and keeps a journal entry', async () => {
    await setUp('2026-10-30');
    const result = await logContact(contact('2026-11-22T08:30:00-05:00'), NOW, ZONE);
    expect(result).toEqual({ ok: true, streakDays: 0, bestStreak: 23 });
    const journal = (await fakeBrowser.storage.local.get('journal')).journal as { kind: string; initiatedBy: string; text: string }[];
    expect(journal).toEqual([expect.objectContaining({ kind: 'contact', initiatedBy: 'them', text: 'They called.' })]);
    // Ten days on: 10 days of peace, and the best is still 23.
    const later = await getStats(NOW + 10 * 86_400_000, ZONE);
    expect(later).toMatchObject({ streakDays: 10, bestStreak: 23 });
  });

  it('counts the same contact once when the popup sends it again', async () => {
    await setUp('2026-10-30');
    await logContact(contact('2026-11-20T08:30:00-05:00', 'same'), NOW, ZONE);
    await logContact(contact('2026-11-20T08:30:00-05:00', 'same'), NOW, ZONE);
    const events = (await fakeBrowser.storage.local.get('events')).events as { restarts: unknown[] };
    expect(events.restarts).toHaveLength(1);
  });

  it('makes a peek a restart only in strict mode, from the moment strict mode is on', async () => {
    await setUp('2026-10-30');
    await recordEvents([{ kind: 'peek', site: 'x', at: NOW - 5 * 86_400_000 }], undefined, ZONE);
    expect((await getStats(NOW, ZONE)).streakDays).toBe(23);
    await saveSettings({ ...(await loadSettings()), guard: { ...(await loadSettings()).guard, strict: true } });
    expect((await getStats(NOW, ZONE)).streakDays).toBe(23);
    await recordEvents([{ kind: 'peek', site: 'x', at: NOW - 3_600_000 }], undefined, ZONE);
    expect(await getStats(NOW, ZONE)).toMatchObject({ streakDays: 0, bestStreak: 23 });
  });

  it('celebrates the highest milestone reached once', async () => {
    await setUp('2026-11-12');
    const first = await getStats(NOW, ZONE);
    expect(first.celebrate).toBe(7);
    await markCelebrated(7, NOW, ZONE);
    expect((await getStats(NOW, ZONE)).celebrate).toBeNull();
    expect((await getStats(NOW + 4 * 86_400_000, ZONE)).celebrate).toBe(14);
  });

  it('takes the install day as the start date, keeping every other setting', async () => {
    await setUp(null, (s) => (s.reasons = ['I deserve peace.']));
    await ensureStartDate(NOW, ZONE);
    const settings = await loadSettings();
    expect(settings.streak.startedAt).toBe('2026-11-22');
    expect(settings.reasons).toEqual(['I deserve peace.']);
    expect(settings.people[0]?.names).toEqual(['Jordan Avery']);
  });

  it('never moves a start date the user set', async () => {
    await setUp('2026-01-05');
    await ensureStartDate(NOW, ZONE);
    expect((await loadSettings()).streak.startedAt).toBe('2026-01-05');
  });

  it('counts from the install day even before the settings hold it', async () => {
    await ensureStartDate(NOW - 3 * 86_400_000, ZONE);
    // Someone (an import) then stores settings without a start date: the install day still counts.
    await setUp(null);
    expect((await getStats(NOW, ZONE)).streakDays).toBe(3);
  });

  it('masks the name unless masking is off', () => {
    const settings = settingsSchema.parse({ people: [{ label: 'jordan', names: ['Jordan Avery'] }] });
    expect(personLabel(settings)).toBe('J•••');
    expect(personLabel({ ...settings, privacy: { maskNames: false } })).toBe('jordan');
    expect(personLabel(defaultSettings())).toBeNull();
  });
});
