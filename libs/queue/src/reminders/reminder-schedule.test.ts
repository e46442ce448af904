import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { removePrefixedKeys } from '../redis/remove-prefixed-keys';
import { scheduleIndexed, unscheduleIndexedBut } from './reminder-schedule';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-${randomUUID()}`,
};
const queue = new Queue('reminder-schedule-test', {
  connection: { url: redis.url },
  prefix: redis.prefix,
});
afterAll(async () => {
  await queue.close();
  await removePrefixedKeys(redis);
});

const MINUTE = 60_000;
const inMinutes = (now: Date, minutes: number) =>
  new Date(now.getTime() + minutes * MINUTE).toISOString();

describe('taking reminders off the queue when the plan changes', () => {
  it('removes the delayed ones the plan lacks, and leaves the kept, the due and those due within the minute', async () => {
    const now = new Date();
    const reminder = (jobId: string, minutes: number) => ({
      group: 'call-1',
      jobId,
      data: { jobId },
      at: inMinutes(now, minutes),
    });
    await scheduleIndexed(
      queue,
      'reminder',
      [reminder('kept', 60), reminder('dropped', 60), reminder('soon', 0.5), reminder('due', -1)],
      now,
    );
    expect(await (await queue.getJob('due'))?.isWaiting()).toBe(true);

    expect(await unscheduleIndexedBut(queue, 'call-1', ['kept'])).toBe(1);

    expect(await queue.getJob('dropped')).toBeUndefined();
    expect(await (await queue.getJob('kept'))?.isDelayed()).toBe(true);
    // Due within the minute, it could turn waiting between the look and the removal: left.
    expect(await (await queue.getJob('soon'))?.isDelayed()).toBe(true);
    expect(await (await queue.getJob('due'))?.isWaiting()).toBe(true);
  });
});
