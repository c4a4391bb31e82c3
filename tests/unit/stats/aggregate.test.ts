// Issue 6: counts kept per local day, kind and site; days beyond 400 folded into months, never lost.
import { describe, expect, it } from 'vitest';
import {
  DAYS_KEPT,
  RECENT_LIMIT,
  applyEvents,
  countOnDay,
  countTotal,
  dailySeries,
  emptyLog,
  readLog,
} from '../../../src/stats/aggregate';
import { addDays } from '../../../src/stats/calendar';

const BERLIN = { timeZone: 'Europe/Berlin', strict: false };
const at = (iso: string) => Date.parse(iso);

describe('daily aggregates', () => {
  it('adds counts per local day, kind and site', () => {
    const log = applyEvents(emptyLog(), [
      { kind: 'hidden', site: 'x', count: 5, at: at('2026-11-22T10:00:00Z') },
      { kind: 'hidden', site: 'instagram', count: 2, at: at('2026-11-22T11:00:00Z') },
      { kind: 'blocked', site: 'x', at: at('2026-11-22T12:00:00Z') },
      // 23:30 UTC is already the next day in Berlin.
      { kind: 'blocked', site: 'x', at: at('2026-11-22T23:30:00Z') },
    ], BERLIN);
    expect(log.days['2026-11-22']).toEqual({ 'hidden:x': 5, 'hidden:instagram': 2, 'blocked:x': 1 });
    expect(countOnDay(log, '2026-11-23', 'blocked')).toBe(1);
    expect(countTotal(log, 'hidden')).toBe(7);
    expect(countTotal(log, 'blocked')).toBe(2);
  });

  it('does not change the log it was given (a write is all of a batch or none)', () => {
    const before = applyEvents(emptyLog(), [{ kind: 'blocked', site: 'x', at: at('2026-11-22T10:00:00Z') }], BERLIN);
    const copy = structuredClone(before);
    applyEvents(before, [{ kind: 'blocked', site: 'x', at: at('2026-11-22T11:00:00Z') }], BERLIN);
    expect(before).toEqual(copy);
  });

  it('counts a report with an id once, however often it arrives', () => {
    const report = { kind: 'hidden' as const, site: 'x' as const, count: 4, at: at('2026-11-22T10:00:00Z'), id: 'tab7:3' };
    let log = applyEvents(emptyLog(), [report], BERLIN);
    log = applyEvents(log, [report, report], BERLIN);
    expect(countTotal(log, 'hidden')).toBe(4);
  });

  it('keeps a capped list of recent events, newest last', () => {
    const events = Array.from({ length: RECENT_LIMIT + 50 }, (_, i) => ({ kind: 'blocked' as const, site: 'x' as const, at: at('2026-11-22T10:00:00Z') + i }));
    const log = applyEvents(emptyLog(), events, BERLIN);
    expect(log.recent).toHaveLength(RECENT_LIMIT);
    expect(log.recent.at(-1)?.at).toBe(events.at(-1)!.at);
    expect(countTotal(log, 'blocked')).toBe(RECENT_LIMIT + 50);
  });

  it('records contact as a restart, and a peek only in strict mode', () => {
    const peek = { kind: 'peek' as const, site: 'x' as const, at: at('2026-11-20T10:00:00Z') };
    const contact = { kind: 'contact' as const, at: at('2026-11-21T10:00:00Z') };
    expect(applyEvents(emptyLog(), [peek, contact], BERLIN).restarts).toEqual([{ at: contact.at, kind: 'contact' }]);
    expect(applyEvents(emptyLog(), [peek, contact], { ...BERLIN, strict: true }).restarts).toEqual([
      { at: peek.at, kind: 'peek' },
      { at: contact.at, kind: 'contact' },
    ]);
  });

  it('gives 30 days for the chart, oldest first, with empty days as zero', () => {
    const log = applyEvents(emptyLog(), [
      { kind: 'blocked', site: 'x', at: at('2026-11-01T10:00:00Z') },
      { kind: 'hidden', site: 'x', count: 3, at: at('2026-11-22T10:00:00Z') },
    ], BERLIN);
    const series = dailySeries(log, '2026-11-22');
    expect(series).toHaveLength(30);
    expect(series[0]).toEqual({ day: '2026-10-24', blocked: 0, hidden: 0 });
    expect(series.find((d) => d.day === '2026-11-01')).toEqual({ day: '2026-11-01', blocked: 1, hidden: 0 });
    expect(series.at(-1)).toEqual({ day: '2026-11-22', blocked: 0, hidden: 3 });
  });
});

describe('folding old days into months', () => {
  it('keeps at most 400 days and moves older ones into monthly totals without losing a count', () => {
    const first = '2025-01-01';
    let log = emptyLog();
    // One blocked visit and two hidden posts every day for 500 days, a day at a time.
    for (let i = 0; i < 500; i++) {
      const day = addDays(first, i);
      log = applyEvents(log, [
        { kind: 'blocked', site: 'x', at: at(`${day}T12:00:00Z`) },
        { kind: 'hidden', site: 'x', count: 2, at: at(`${day}T12:00:00Z`) },
      ], BERLIN);
    }
    const today = addDays(first, 499);
    expect(Object.keys(log.days)).toHaveLength(DAYS_KEPT);
    expect(Object.keys(log.days).sort()[0]).toBe(addDays(today, -(DAYS_KEPT - 1)));
    expect(Object.keys(log.months).sort()[0]).toBe('2025-01');
    expect(log.months['2025-01']).toEqual({ 'blocked:x': 31, 'hidden:x': 62 });
    expect(countTotal(log, 'blocked')).toBe(500);
    expect(countTotal(log, 'hidden')).toBe(1000);
  });

  it('reads a damaged or older stored value as empty parts, keeping what is sound', () => {
    expect(readLog(undefined)).toEqual(emptyLog());
    expect(readLog({ days: { '2026-11-22': { 'blocked:x': 2 } }, recent: 'nonsense' })).toEqual({ ...emptyLog(), days: { '2026-11-22': { 'blocked:x': 2 } } });
  });
});
