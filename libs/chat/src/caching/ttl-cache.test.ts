import { describe, expect, it } from 'vitest';
import type { Clock } from '@glokal/domain';
import { TtlCache } from './ttl-cache';

function movableClock(start: number): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

describe('TtlCache', () => {
  it('loads a key once while fresh, again once it expires', async () => {
    const clock = movableClock(0);
    const cache = new TtlCache<number>(clock, 10);
    let loads = 0;
    const load = async () => ({ value: ++loads, ttlMs: 1000 });
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([1, 1]);
    clock.advance(999);
    expect(await cache.get('a', load)).toBe(1);
    clock.advance(1);
    expect(await cache.get('a', load)).toBe(2);
  });

  it('forgets the oldest entries when full', async () => {
    const cache = new TtlCache<string>(movableClock(0), 2);
    let loads = 0;
    const load = (value: string) => async () => {
      loads += 1;
      return { value, ttlMs: 60_000 };
    };
    await cache.get('a', load('a'));
    await cache.get('b', load('b'));
    await cache.get('c', load('c'));
    await cache.get('a', load('a'));
    expect(loads).toBe(4);
  });
});
