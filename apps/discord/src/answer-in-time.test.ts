import { describe, expect, it } from 'vitest';
import { answerInTime } from './answer-in-time';

describe('answerInTime', () => {
  it('answers directly when the work is done in time', async () => {
    let deferred = false;
    const outcome = await answerInTime(Promise.resolve('done'), 1_000, async () => {
      deferred = true;
    });
    expect(outcome).toEqual({ value: 'done', deferred: false });
    expect(deferred).toBe(false);
  });

  it('defers first when the work is slower than allowed, then gives its value', async () => {
    let finish: (value: string) => void = () => undefined;
    const work = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const outcome = await answerInTime(work, 5, async () => {
      finish('late but here');
    });
    expect(outcome).toEqual({ value: 'late but here', deferred: true });
  });

  it('passes on a failure of the work after deferring', async () => {
    let fail: (error: Error) => void = () => undefined;
    const work = new Promise<string>((_resolve, reject) => {
      fail = reject;
    });
    await expect(answerInTime(work, 5, async () => fail(new Error('store down')))).rejects.toThrow(
      'store down',
    );
  });
});
