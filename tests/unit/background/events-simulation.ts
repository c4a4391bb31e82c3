// A stopped MV3 worker, simulated (issue 6): many senders report events while the worker is stopped
// again and again. Each worker "generation" is a fresh copy of src/background/events.ts (its queue is
// the memory a stopped worker loses) and a view of storage.local that stops answering the moment the
// worker stops: a storage call made before the stop completes (the browser process finishes it), one
// made after never settles, and a reply not yet delivered is lost, so the sender sends the report again.
// Shared by the unit test (which asserts every event is counted once) and the benchmark (which prints
// events/s).
import type { EventInput, StorageAreaLike } from '../../../src/background/events';

type EventsModule = typeof import('../../../src/background/events');

export interface SimulationOptions {
  /** Fresh module state for generation `n`. */
  loadStore: (generation: number) => Promise<EventsModule>;
  /** storage.local (the fake browser's: it survives the "worker"). */
  storage: StorageAreaLike;
  senders: number;
  eventsPerSender: number;
  stops: number;
  timeZone: string;
  now: number;
}

export interface SimulationResult {
  sent: number;
  acknowledged: number;
  resent: number;
  /** Stops that fell after a write but before its answer: the resend had to be recognised. */
  stopsAfterWrite: number;
  stopsBeforeWrite: number;
  elapsedMs: number;
}

const never = new Promise<never>(() => undefined);

class WorkerStopped extends Error {}

export async function runSimulation(options: SimulationOptions): Promise<SimulationResult> {
  const total = options.senders * options.eventsPerSender;
  // Stop at evenly spread writes, alternating the two dangerous moments: between the read and the
  // write (nothing written, the report must be sent again) and just after the write (written, but the
  // answer lost: the resend must not count twice).
  // Each stop is due once that many events have been acknowledged, at the next such moment.
  const plan = Array.from({ length: options.stops }, (_, i) => ({
    due: Math.floor(((i + 1) * total) / (options.stops + 1)),
    moment: i % 2 === 0 ? ('before-write' as const) : ('after-write' as const),
  }));
  const stopDue = (moment: 'before-write' | 'after-write') =>
    plan[0] !== undefined && plan[0].moment === moment && result.acknowledged >= plan[0].due ? plan.shift() : undefined;
  let generation = 0;
  const result: SimulationResult = { sent: total, acknowledged: 0, resent: 0, stopsAfterWrite: 0, stopsBeforeWrite: 0, elapsedMs: 0 };

  interface Worker {
    alive: boolean;
    store: EventsModule;
    area: StorageAreaLike;
    stopped: Promise<never>;
    stop(): void;
  }

  async function startWorker(): Promise<Worker> {
    const store = await options.loadStore(++generation);
    let rejectStopped!: (error: Error) => void;
    const stopped = new Promise<never>((_, reject) => (rejectStopped = reject));
    stopped.catch(() => undefined);
    const worker: Worker = {
      alive: true,
      store,
      stopped,
      stop() {
        worker.alive = false;
        rejectStopped(new WorkerStopped());
      },
      area: {
        async get(keys) {
          if (!worker.alive) return never;
          const value = await options.storage.get(keys);
          if (stopDue('before-write')) {
            result.stopsBeforeWrite++;
            worker.stop();
            return never;
          }
          return value;
        },
        async set(items) {
          if (!worker.alive) return never;
          await options.storage.set(items);
          if (stopDue('after-write')) {
            result.stopsAfterWrite++;
            worker.stop();
          }
        },
      },
    };
    return worker;
  }

  let current = await startWorker();
  let restarting: Promise<Worker> | null = null;
  async function liveWorker(): Promise<Worker> {
    if (current.alive) return current;
    // The next message wakes a new worker, with none of the old one's memory.
    restarting ??= startWorker().then((worker) => {
      current = worker;
      restarting = null;
      return worker;
    });
    return restarting;
  }

  /** runtime.sendMessage: resolves when the answer arrives, rejects when the worker stopped first. */
  async function send(events: EventInput[]): Promise<void> {
    const worker = await liveWorker();
    const handled = worker.store.recordEvents(events, worker.area, options.timeZone).then(async () => {
      // The answer goes out a task later; a worker stopped in between never sends it.
      await new Promise((done) => setTimeout(done, 0));
      if (!worker.alive) throw new WorkerStopped();
    });
    await Promise.race([handled, worker.stopped]);
  }

  async function sender(index: number): Promise<void> {
    for (let n = 0; n < options.eventsPerSender; n++) {
      // Like a content script: hidden posts and blocked visits, each report with its own id.
      const event: EventInput = {
        kind: n % 3 === 0 ? 'blocked' : 'hidden',
        site: 'x',
        at: options.now + n,
        id: `sender${index}:${n}`,
      };
      for (;;) {
        try {
          await send([event]);
          result.acknowledged++;
          break;
        } catch (error) {
          if (!(error instanceof WorkerStopped)) throw error;
          result.resent++;
        }
      }
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: options.senders }, (_, i) => sender(i)));
  result.elapsedMs = performance.now() - started;
  return result;
}
