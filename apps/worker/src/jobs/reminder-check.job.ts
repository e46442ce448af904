import { queues, markRemindersWatched, remindersWatched } from '@glokal/queue';
import { catchUpReminders } from '../reminders/catch-up-reminders';
import { catchUpEventReminders } from '../reminders/catch-up-event-reminders';
import { defineWorkerJob } from './worker-job';

export const REMINDER_CHECK_SCHEDULER = 'reminder-check';
/** How often the check runs; a longer silence than three of these is downtime. */
export const REMINDER_CHECK_EVERY_MS = 60_000;
const DOWNTIME_AFTER_MS = 3 * REMINDER_CHECK_EVERY_MS;
/** Where the last check's time is kept (the store outlives Redis). */
export const REMINDER_CHECK_SOURCE = 'reminders';

/**
 * Looks after the reminders' promise: the first check of a worker process, the first after a
 * silence longer than three checks, and the first after Redis lost the reminder queue catch
 * up (see `catchUpReminders` and `catchUpEventReminders`); the others only note the time. One check at a time across
 * worker processes.
 */
export const reminderCheckJob = defineWorkerJob({
  queue: queues.reminderChecks,
  schedules: () => [
    {
      id: REMINDER_CHECK_SCHEDULER,
      everyMs: REMINDER_CHECK_EVERY_MS,
      data: { reason: 'schedule' as const },
    },
  ],
  exclusiveKey: () => 'reminder-check',
  process: (context) => {
    let firstInThisProcess = true;
    return async () => {
      const now = context.clock.now();
      const last = (await context.store.syncState.get(REMINDER_CHECK_SOURCE))?.lastSuccessAt;
      const watched = await remindersWatched(context.reminderQueue);
      const silence = last ? now.getTime() - last.getTime() > DOWNTIME_AFTER_MS : true;
      const why = firstInThisProcess
        ? 'start'
        : !watched
          ? 'redis-lost'
          : silence
            ? 'downtime'
            : undefined;
      const caughtUp = why
        ? await catchUpReminders({
            store: context.store,
            queue: context.reminderQueue,
            relayNow: context.relayNow,
            now,
            since: last,
            cluster: { timeZone: context.clusterTimeZone, locale: context.clusterLocale },
            logger: context.logger,
          })
        : undefined;
      // Events' reminders are re-planned too (those still to come; a job that survived stays).
      const events = why
        ? await catchUpEventReminders({
            store: context.store,
            relayNow: context.relayNow,
            now,
          })
        : undefined;
      await context.store.syncState.saveCursor(REMINDER_CHECK_SOURCE, undefined, now);
      await markRemindersWatched(context.reminderQueue, now);
      firstInThisProcess = false;
      if (caughtUp && (caughtUp.late > 0 || caughtUp.dropped > 0))
        context.logger.warn({ why, ...caughtUp }, 'reminders caught up after downtime');
      return { why: why ?? 'on-time', ...caughtUp, ...(events !== undefined ? { events } : {}) };
    };
  },
});
