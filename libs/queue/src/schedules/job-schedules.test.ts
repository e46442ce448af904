import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { queues } from '../definitions/queues';
import { removePrefixedKeys } from '../redis/remove-prefixed-keys';
import { openProducer } from '../runtime/open-producer';
import { applySchedules, missingSchedules, restoreSchedules } from './job-schedules';
import { calendarSchedulerId, driveSchedulerId } from './sync-schedules';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-${randomUUID()}`,
};
afterAll(() => removePrefixedKeys(redis));

const calendarId = 'klaster@group.calendar.google.com';

describe('job schedules', () => {
  it('creates, updates and removes schedulers on the queues they manage to match the declaration', async () => {
    const calendar = openProducer(queues.calendarSync, redis);
    const drive = openProducer(queues.driveSync, redis);
    const calendarSchedule = (everyMs: number) => ({
      queue: calendar.queue,
      id: calendarSchedulerId(calendarId),
      everyMs,
      name: 'sync',
      data: { calendarId, reason: 'schedule' },
    });
    try {
      await applySchedules(
        [
          calendarSchedule(300_000),
          {
            queue: drive.queue,
            id: driveSchedulerId({ kind: 'shared-drive', driveId: '0AKlaster' }),
            everyMs: 600_000,
            name: 'sync',
            data: { scope: { kind: 'shared-drive', driveId: '0AKlaster' }, reason: 'schedule' },
          },
        ],
        [calendar.queue, drive.queue],
      );
      // The drive is no longer configured: its queue is still managed, so its scheduler goes.
      await applySchedules([calendarSchedule(60_000)], [calendar.queue, drive.queue]);

      const calendarSchedulers = await calendar.queue.getJobSchedulers();
      expect(calendarSchedulers.map((scheduler) => [scheduler.key, scheduler.every])).toEqual([
        [calendarSchedulerId(calendarId), 60_000],
      ]);
      expect(calendarSchedulers[0]?.template?.data).toEqual({ calendarId, reason: 'schedule' });
      expect(await drive.queue.getJobSchedulers()).toEqual([]);
      expect(await calendar.queue.getJobCounts('delayed', 'waiting')).toSatisfy(
        (counts: Record<string, number>) =>
          (counts['delayed'] ?? 0) + (counts['waiting'] ?? 0) >= 1,
      );

      expect(await missingSchedules([calendarSchedule(60_000)])).toEqual([]);
      await calendar.queue.removeJobScheduler(calendarSchedulerId(calendarId));
      expect(await missingSchedules([calendarSchedule(60_000)])).toEqual([
        calendarSchedulerId(calendarId),
      ]);
      expect(await restoreSchedules([calendarSchedule(60_000)])).toEqual([
        calendarSchedulerId(calendarId),
      ]);
      expect(await restoreSchedules([calendarSchedule(60_000)])).toEqual([]);
      expect((await calendar.queue.getJobSchedulers()).map((s) => s.every)).toEqual([60_000]);
    } finally {
      await Promise.all([calendar.close(), drive.close()]);
    }
  });
});
