import { describe, expect, it } from 'vitest';
import { REPLAY_MEMORY_MS, seenInThisProcess } from './seen-requests';

describe("this process's memory of signed requests", () => {
  it('refuses a signature and timestamp seen before, and takes a new one', async () => {
    let now = 1_000_000;
    const seen = seenInThisProcess(() => now);
    expect(await seen.firstTime('v0=aa', '1000')).toBe(true);
    expect(await seen.firstTime('v0=aa', '1000')).toBe(false);
    expect(await seen.firstTime('v0=aa', '1001')).toBe(true);
    now += REPLAY_MEMORY_MS - 1;
    expect(await seen.firstTime('v0=aa', '1000')).toBe(false);
  });

  it('forgets a request after its time, and only the requests whose time is up', async () => {
    let now = 1_000_000;
    const seen = seenInThisProcess(() => now);
    await seen.firstTime('v0=early', '1');
    now += 60_000;
    await seen.firstTime('v0=later', '2');
    now += REPLAY_MEMORY_MS - 60_000;
    // The first is forgotten (a Slack request that old is refused by its timestamp anyway).
    expect(await seen.firstTime('v0=early', '1')).toBe(true);
    expect(await seen.firstTime('v0=later', '2')).toBe(false);
    now += 60_000;
    expect(await seen.firstTime('v0=later', '2')).toBe(true);
  });
});
