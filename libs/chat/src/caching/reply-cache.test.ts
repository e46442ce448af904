import { describe, expect, it } from 'vitest';
import type { Clock } from '@glokal/domain';
import { ReplyCache } from './reply-cache';

function movableClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

/** A renderer that says how many times it has rendered. */
function counting() {
  let renders = 0;
  const render = (): Promise<string> => {
    renders += 1;
    return Promise.resolve(`render ${renders}`);
  };
  return { render, renders: () => renders };
}

describe('ReplyCache', () => {
  it('renders a reply once per change version, and again as soon as the version moves', async () => {
    const cache = new ReplyCache<string>(movableClock('2026-06-12T08:00:10Z'), 60_000);
    const { render, renders } = counting();
    const key = ['events', {}, 1, 'pl', 'Europe/Warsaw'];
    const [first, second] = await Promise.all([
      cache.get(key, 7n, render),
      cache.get(key, 7n, render),
    ]);
    expect([first, second]).toEqual(['render 1', 'render 1']);
    expect(await cache.get(key, 8n, render)).toBe('render 2');
    expect(await cache.get(key, 8n, render)).toBe('render 2');
    expect(renders()).toBe(2);
  });

  it('keeps replies apart by their key: language, zone, options', async () => {
    const cache = new ReplyCache<string>(movableClock('2026-06-12T08:00:10Z'), 60_000);
    const { render } = counting();
    await cache.get(['events', {}, 1, 'pl', 'Europe/Warsaw'], 1n, render);
    expect(await cache.get(['events', {}, 1, 'en', 'Europe/Warsaw'], 1n, render)).toBe('render 2');
    expect(await cache.get(['events', {}, 1, 'pl', 'Europe/London'], 1n, render)).toBe('render 3');
    expect(
      await cache.get(['events', { kind: 'workshop' }, 1, 'pl', 'Europe/Warsaw'], 1n, render),
    ).toBe('render 4');
  });

  it('drops a reply at the next minute boundary, however unchanged the store is', async () => {
    const clock = movableClock('2026-06-12T08:00:50Z');
    const cache = new ReplyCache<string>(clock, 60_000);
    const { render } = counting();
    const key = ['grants', {}, 1, 'pl', 'Europe/Warsaw'];
    await cache.get(key, 1n, render);
    clock.advance(9_999);
    expect(await cache.get(key, 1n, render)).toBe('render 1');
    clock.advance(1);
    expect(await cache.get(key, 1n, render)).toBe('render 2');
  });

  it('keeps a reply no longer than its longest age, and not at all when that is 0', async () => {
    const clock = movableClock('2026-06-12T08:00:00Z');
    const short = new ReplyCache<string>(clock, 5_000);
    const { render } = counting();
    const key = ['docs', {}, 1, 'pl', 'Europe/Warsaw'];
    await short.get(key, 1n, render);
    clock.advance(5_000);
    expect(await short.get(key, 1n, render)).toBe('render 2');

    const off = new ReplyCache<string>(clock, 0);
    await off.get(key, 1n, render);
    expect(await off.get(key, 1n, render)).toBe('render 4');
  });

  it('does not keep what a request holding an older version rendered', async () => {
    const cache = new ReplyCache<string>(movableClock('2026-06-12T08:00:10Z'), 60_000);
    const { render } = counting();
    const key = ['partners', {}, 1, 'pl', 'Europe/Warsaw'];
    await cache.get(key, 5n, render);
    expect(await cache.get(key, 4n, render)).toBe('render 2');
    expect(await cache.get(key, 5n, render)).toBe('render 1');
  });
});
