/** The only way the domain learns the time: passed in, so tests and benchmarks control it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at one instant (tests, demo data, the console's `--now`). */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an instant: ${String(at)}`);
  return { now: () => new Date(instant) };
}
