// Issue 6: how many events a second the event store sustains while 20 senders report 500 events each
// and the worker is stopped 10 times (the simulation in tests/unit/background/events-simulation.ts).
// Prints figures; never fails on time. Run by scripts/bench.sh through vite-node.
//   instant storage: the fake browser answers at once, so this measures the store's own work;
//   1 ms storage: each storage call takes a millisecond, as an IPC round trip to the browser
//   process does, which is where reports from many tabs get written together (group commit).
import { fakeBrowser } from '@webext-core/fake-browser';
import type { StorageAreaLike } from '../../src/background/events';

// src/background/* reads `chrome` when first imported (wxt/browser): the fake one, before any import.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;

const { runSimulation } = await import('../unit/background/events-simulation');
const { countTotal, readLog } = await import('../../src/stats/aggregate');

const EVENTS_MODULE = new URL('../../src/background/events.ts', import.meta.url).pathname;
const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-22T10:00:00Z');

function withLatency(area: StorageAreaLike, ms: number): StorageAreaLike {
  const wait = () => new Promise((done) => setTimeout(done, ms));
  return {
    async get(keys) {
      await wait();
      return area.get(keys);
    },
    async set(items) {
      await wait();
      return area.set(items);
    },
  };
}

for (const [label, latency] of [['instant storage', 0], ['1 ms storage', 1]] as const) {
  fakeBrowser.reset();
  let writes = 0;
  const base = fakeBrowser.storage.local as unknown as StorageAreaLike;
  const counting: StorageAreaLike = {
    get: (keys) => base.get(keys),
    set: (items) => {
      writes++;
      return base.set(items);
    },
  };
  const result = await runSimulation({
    // A query string gives a fresh module instance: the memory a stopped worker loses.
    loadStore: (generation) => import(/* @vite-ignore */ `${EVENTS_MODULE}?generation=${latency}-${generation}`),
    storage: latency ? withLatency(counting, latency) : counting,
    senders: 20,
    eventsPerSender: 500,
    stops: 10,
    timeZone: ZONE,
    now: NOW,
  });
  const log = readLog((await base.get('events')).events);
  const counted = countTotal(log, 'blocked') + countTotal(log, 'hidden');
  console.log(
    `${label.padEnd(16)} ${result.sent} sent, ${counted} counted, ${result.resent} resent after ${result.stopsBeforeWrite + result.stopsAfterWrite} stops; ` +
      `${writes} storage writes (${(result.sent / writes).toFixed(1)} events a write); ` +
      `${Math.round(result.sent / (result.elapsedMs / 1000))} events/s`,
  );
}
