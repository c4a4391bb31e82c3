// Issue 7: finding entries by date range, as the user wrote the dates.
import { describe, expect, it } from 'vitest';
import { journalTimestamp, searchJournal } from '../../../src/journal/search';
import type { JournalEntry } from '../../../src/journal/types';

const entries: JournalEntry[] = [
  { id: 'late-night', kind: 'violation', at: '2026-11-02T23:50:00-05:00', text: 'texted at midnight', createdAt: 3 },
  { id: 'oct', kind: 'urge', at: '2026-10-31T08:00:00+01:00', text: 'urge', createdAt: 1 },
  { id: 'nov-1', kind: 'journal', at: '2026-11-01T12:00:00+01:00', text: 'calm', createdAt: 2 },
  { id: 'nov-5', kind: 'contact', at: '2026-11-05T09:15:00Z', text: 'they called', createdAt: 4 },
];

const ids = (found: JournalEntry[]) => found.map((e) => e.id);

describe('searchJournal', () => {
  it('returns everything oldest first without a range', () => {
    expect(ids(searchJournal(entries))).toEqual(['oct', 'nov-1', 'late-night', 'nov-5']);
  });

  it('includes both ends of the range', () => {
    expect(ids(searchJournal(entries, { from: '2026-11-01', to: '2026-11-02' }))).toEqual(['nov-1', 'late-night']);
  });

  it('uses the day the user wrote, not the UTC day', () => {
    // 23:50 at UTC-5 is already 3 November in UTC; the user meant 2 November.
    expect(ids(searchJournal(entries, { from: '2026-11-02', to: '2026-11-02' }))).toEqual(['late-night']);
    expect(ids(searchJournal(entries, { from: '2026-11-03', to: '2026-11-03' }))).toEqual([]);
  });

  it('takes open ends and a backwards range as meant', () => {
    expect(ids(searchJournal(entries, { from: '2026-11-02' }))).toEqual(['late-night', 'nov-5']);
    expect(ids(searchJournal(entries, { to: '2026-10-31' }))).toEqual(['oct']);
    expect(ids(searchJournal(entries, { from: '2026-11-05', to: '2026-11-01' }))).toEqual(['nov-1', 'late-night', 'nov-5']);
  });

  it('filters by kind, e.g. only boundary violations for a lawyer', () => {
    expect(ids(searchJournal(entries, { kinds: ['violation', 'contact'] }))).toEqual(['late-night', 'nov-5']);
  });

  it('ignores a malformed bound rather than hiding everything', () => {
    expect(ids(searchJournal(entries, { from: 'yesterday' }))).toHaveLength(4);
  });
});

describe('journalTimestamp', () => {
  it('writes the offset the browser had, with the right sign', () => {
    expect(journalTimestamp('2026-11-02', '21:40', -60)).toBe('2026-11-02T21:40:00+01:00');
    expect(journalTimestamp('2026-11-02', '21:40', 300)).toBe('2026-11-02T21:40:00-05:00');
    expect(journalTimestamp('2026-11-02', '21:40', -330)).toBe('2026-11-02T21:40:00+05:30');
    expect(journalTimestamp('2026-11-02', '21:40', 0)).toBe('2026-11-02T21:40:00+00:00');
  });
});
