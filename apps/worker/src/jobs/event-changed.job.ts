import { queues, type EventChangedJob } from '@glokal/queue';
import { replanEventReminders } from '../reminders/replan-event-reminders';
import { defineWorkerJob } from './worker-job';

/**
 * Re-plans an event's reminders whatever changed it: moved or cancelled (from chat or in
 * Google), or someone answered "I'm going" or stopped going.
 */
export const eventChangedJob = defineWorkerJob({
  queue: queues.eventChanges,
  // Two re-plans of one event must not interleave (one's removals would undo the other's plan).
  exclusiveKey: (data) => `event-reminders:${data.eventId}`,
  process: (context) => (data: EventChangedJob) =>
    replanEventReminders(
      {
        store: context.store,
        queue: context.eventReminderQueue,
        now: context.clock.now(),
        cluster: { timeZone: context.clusterTimeZone, locale: context.clusterLocale },
      },
      data.eventId,
    ),
});
