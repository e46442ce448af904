import {
  planEventReminders,
  planStartingSoonNote,
  type ClusterStore,
  type Locale,
} from '@glokal/domain';
import {
  scheduleEventReminders,
  unscheduleEventRemindersBut,
  type EventReminderQueueJob,
  type Queue,
} from '@glokal/queue';
import { remindedPeople, reminderReader } from './event-attendees';

/**
 * Makes an event's scheduled reminders match the event and its answers as they are now: its
 * plan (a reminder to each person going, and the channels' starting-soon note when its
 * coordinator asked for one) is scheduled (a reminder already scheduled stays as it is), and
 * every other reminder of the event — of the start it was moved from, of someone no longer
 * going or maybe, or all of them for a cancelled or removed event — is taken off the queue. One
 * that is left (running, or due and waiting) re-checks the event when it runs and sends nothing
 * stale.
 */
export async function replanEventReminders(
  deps: {
    store: Pick<ClusterStore, 'events' | 'attendance'>;
    queue: Queue;
    now: Date;
    cluster: { timeZone: string; locale: Locale };
  },
  eventId: string,
): Promise<{ scheduled: number; removed: number }> {
  const event = await deps.store.events.byId(eventId);
  const people = event ? await remindedPeople(deps.store, eventId) : [];
  const planned = event
    ? planEventReminders(
        event,
        people.map((person) => reminderReader(person, deps.cluster)),
        { now: deps.now },
      )
    : [];
  const note = event ? planStartingSoonNote(event, deps.now) : undefined;
  const jobs: EventReminderQueueJob[] = planned.map((reminder) => ({
    key: reminder.key,
    eventId: reminder.eventId,
    start: reminder.start,
    offsetHours: reminder.offsetHours,
    person: reminder.person,
    at: reminder.at.toISOString(),
  }));
  if (note)
    jobs.push({
      key: note.key,
      eventId: note.eventId,
      start: note.start,
      offsetHours: note.offsetHours,
      audience: 'announcement-channels',
      at: note.at.toISOString(),
    });
  const removed = await unscheduleEventRemindersBut(
    deps.queue,
    eventId,
    jobs.map((job) => job.key),
  );
  await scheduleEventReminders(deps.queue, jobs, deps.now);
  return { scheduled: jobs.length, removed };
}
