// Issue 6: the event store under concurrency. 20 senders × 500 events while the worker is stopped 10
// times, at the two dangerous moments (between read and write; after the write, before the answer):
// every event is counted exactly once.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { runSimulation } from './events-simulation';
import { countTotal } from '../../../src/stats/aggregate';
import type { StorageAreaLike } from '../../../src/background/events';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const ZONE = 'Europe/Berlin';

/**
 * The fake storage answers within the same task; the real one answers a task later (a round trip to
 * the browser process), which is when reports from many tabs queue up and are written together.
 */
function asBrowserProcess(area: StorageAreaLike): StorageAreaLike {
  const later = () => new Promise((done) => setTimeout(done, 0));
  return {
    get: async (keys) => (await later(), area.get(keys)),
    set: async (items) => (await later(), area.set(items)),
  };
}

async function freshStore() {
  vi.resetModules();
  return import('../../../src/background/events');
}

describe('the event store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts every event from 20 senders exactly once while the worker is stopped 10 times', async () => {
    const result = await runSimulation({
      loadStore: freshStore,
      storage: asBrowserProcess(fakeBrowser.storage.local),
      senders: 20,
      eventsPerSender: 500,
      stops: 10,
      timeZone: ZONE,
      now: NOW,
    });
    const { readEventLog } = await freshStore();
    const log = await readEventLog();
    const counted = countTotal(log, 'blocked') + countTotal(log, 'hidden');
    console.log(
      `event store: ${result.sent} events sent, ${counted} counted, ${result.resent} resent after ${result.stopsBeforeWrite + result.stopsAfterWrite} stops ` +
        `(${result.stopsBeforeWrite} between read and write, ${result.stopsAfterWrite} after the write), ` +
        `${Math.round(result.sent / (result.elapsedMs / 1000))} events/s`,
    );
    expect(result.stopsBeforeWrite + result.stopsAfterWrite).toBe(10);
    expect(result.acknowledged).toBe(10_000);
    expect(counted).toBe(10_000);
    expect(countTotal(log, 'blocked')).toBe(20 * Math.ceil(500 / 3));
  }, 120_000);

  it('without report ids, a resend after a lost answer would count twice (why the ids exist)', async () => {
    const { recordEvents, readEventLog } = await freshStore();
    const report = { kind: 'hidden' as const, site: 'x' as const, count: 5, at: NOW };
    await recordEvents([report], undefined, ZONE);
    await recordEvents([report], undefined, ZONE);
    expect(countTotal(await readEventLog(), 'hidden')).toBe(10);
    await recordEvents([{ ...report, id: 'a' }], undefined, ZONE);
    await recordEvents([{ ...report, id: 'a' }], undefined, ZONE);
    expect(countTotal(await readEventLog(), 'hidden')).toBe(15);
  });

  it('keeps concurrent writes from one worker: none overwrites another', async () => {
    const { recordEvents, readEventLog } = await freshStore();
    await Promise.all(Array.from({ length: 100 }, (_, i) => recordEvents([{ kind: 'blocked', site: 'x', at: NOW + i }], undefined, ZONE)));
    expect(countTotal(await readEventLog(), 'blocked')).toBe(100);
  });
});
