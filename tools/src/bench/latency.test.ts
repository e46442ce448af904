import { describe, expect, it } from 'vitest';
import { measure, percentile } from './latency';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('refuses to summarise nothing', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});

describe('measure', () => {
  it('makes one sample per call, in order', async () => {
    const seen: number[] = [];
    const samples = await measure(5, async (index) => {
      seen.push(index);
    });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(samples).toHaveLength(5);
    expect(samples.every((sample) => sample >= 0)).toBe(true);
  });
});
