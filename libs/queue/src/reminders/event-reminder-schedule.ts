import type { Queue } from 'bullmq';
import { EventReminderQueueJob } from '../definitions/event-reminder-jobs';
import { queues } from '../definitions/queues';
import { reminderJobId, scheduleIndexed, unscheduleIndexedBut } from './reminder-schedule';

/**
 * Adds one delayed job per event reminder or starting-soon note, due at its instant, filed in
 * the event's index; a reminder already scheduled (or done and kept) is not added again.
 */
export async function scheduleEventReminders(
  queue: Queue,
  reminders: readonly EventReminderQueueJob[],
  now: Date,
): Promise<void> {
  await scheduleIndexed(
    queue,
    queues.eventReminders.name,
    reminders.map((reminder) => {
      const data = EventReminderQueueJob.parse(reminder);
      return { group: data.eventId, jobId: reminderJobId(data.key), data, at: data.at };
    }),
    now,
  );
}

/**
 * Takes off the queue every reminder of an event whose key is not in `keep` (its plan now):
 * those of a start it was moved from, of someone no longer going, or all of them for a
 * cancelled or removed event. Running or due ones are left: they re-check the event first.
 */
export function unscheduleEventRemindersBut(
  queue: Queue,
  eventId: string,
  keep: readonly string[],
): Promise<number> {
  return unscheduleIndexedBut(queue, eventId, keep.map(reminderJobId));
}
