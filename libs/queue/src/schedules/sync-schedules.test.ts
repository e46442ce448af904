import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { queues } from '../definitions/queues';
import { removePrefixedKeys } from '../redis/remove-prefixed-keys';
import { openProducer } from '../runtime/open-producer';
import { applySyncSchedules, calendarSchedulerId } from './sync-schedules';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-${randomUUID()}`,
};
afterAll(() => removePrefixedKeys(redis));

describe('applySyncSchedules', () => {
  it('creates, updates and removes the sync schedulers to match the configuration', async () => {
    const calendar = openProducer(queues.calendarSync, redis);
    const drive = openProducer(queues.driveSync, redis);
    const both = { calendarSync: calendar.queue, driveSync: drive.queue };
    try {
      await applySyncSchedules(both, {
        calendar: { calendarId: 'klaster@group.calendar.google.com', everyMs: 300_000 },
        drive: { scope: { kind: 'shared-drive', driveId: '0AKlaster' }, everyMs: 600_000 },
      });
      await applySyncSchedules(both, {
        calendar: { calendarId: 'klaster@group.calendar.google.com', everyMs: 60_000 },
      });

      const calendarSchedulers = await calendar.queue.getJobSchedulers();
      expect(calendarSchedulers.map((scheduler) => [scheduler.key, scheduler.every])).toEqual([
        [calendarSchedulerId('klaster@group.calendar.google.com'), 60_000],
      ]);
      expect(calendarSchedulers[0]?.template?.data).toEqual({
        calendarId: 'klaster@group.calendar.google.com',
        reason: 'schedule',
      });
      expect(await drive.queue.getJobSchedulers()).toEqual([]);
      expect(await calendar.queue.getJobCounts('delayed', 'waiting')).toSatisfy(
        (counts: Record<string, number>) =>
          (counts['delayed'] ?? 0) + (counts['waiting'] ?? 0) >= 1,
      );
    } finally {
      await Promise.all([calendar.close(), drive.close()]);
    }
  });
});
