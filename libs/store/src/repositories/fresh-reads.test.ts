import { describe, expect, it } from 'vitest';
import { sharedFreshReads } from './fresh-reads';

/** A read whose answers the test gives, one pending read at a time, counting the reads started. */
function controlledRead() {
  const pending: Array<{ resolve(value: number): void; reject(error: Error): void }> = [];
  let started = 0;
  return {
    read: () =>
      new Promise<number>((resolve, reject) => {
        started += 1;
        pending.push({ resolve, reject });
      }),
    started: () => started,
    answer: (value: number) => pending.shift()?.resolve(value),
    fail: (error: Error) => pending.shift()?.reject(error),
    /** Lets the promise callbacks run until the next read has started. */
    settle: () => new Promise((resolve) => setImmediate(resolve)),
  };
}

describe('reads shared among callers without serving one from before they asked', () => {
  it('gives a lone caller a read of its own every time', async () => {
    const source = controlledRead();
    const version = sharedFreshReads(source.read);
    for (const value of [1, 2, 3]) {
      const asked = version();
      source.answer(value);
      expect(await asked).toBe(value);
    }
    expect(source.started()).toBe(3);
  });

  it('gives callers who ask during a read the next read, shared, not the one in flight', async () => {
    const source = controlledRead();
    const version = sharedFreshReads(source.read);
    const first = version();
    const meanwhile = [version(), version(), version(), version()];
    expect(source.started()).toBe(1);
    // The store changes between the first read and the next: the late callers see the change.
    source.answer(7);
    expect(await first).toBe(7);
    await source.settle();
    expect(source.started()).toBe(2);
    source.answer(8);
    expect(await Promise.all(meanwhile)).toEqual([8, 8, 8, 8]);
  });

  it("passes a failed read's error to its callers only, and the next caller reads afresh", async () => {
    const source = controlledRead();
    const version = sharedFreshReads(source.read);
    const first = version();
    const meanwhile = version();
    source.fail(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await source.settle();
    source.answer(9);
    expect(await meanwhile).toBe(9);
    const later = version();
    source.answer(10);
    expect(await later).toBe(10);
    expect(source.started()).toBe(3);
  });
});
