// What every load of the pre-paint probe (prepaint-probe.ts) must show, in Chromium
// (filter-prepaint.e2e.ts) and in Firefox (firefox-smoke.e2e.ts). Apart from the probe itself, which
// the benchmark loads too, outside the test runner.
import { expect } from 'vitest';
import type { ProbeResult } from './prepaint-probe';

/** A load of the probe showed nothing of theirs: every batch ran, every negative was seen, no target was. */
export function expectNoTargetShown(result: ProbeResult): void {
  expect(result.batches).toBe(30);
  expect(result.frames).toBeGreaterThan(10);
  expect(result.targets).toBeGreaterThan(150);
  expect(result.negativesSeen, 'the probe saw every negative on screen').toBeGreaterThanOrEqual(result.negatives);
  expect({ initial: result.exposedInitial, inserted: result.exposedInserted }).toEqual({ initial: 0, inserted: 0 });
}
