import { eventReminderOutrun } from '@glokal/domain';
import { queues, type EventReminderJob, type EventReminderQueueJob } from '@glokal/queue';
import { remindedPeople, reminderReader } from '../reminders/event-attendees';
import { claimAndQueue, directMessageTo } from '../reminders/direct-message';
import { sendStartingSoonNote } from '../reminders/send-starting-soon-note';
import type { WorkerContext } from './worker-job';
import { defineWorkerJob } from './worker-job';

type Outcome =
  | { sent: true }
  | {
      sent: false;
      why: 'event-gone' | 'event-moved' | 'not-going' | 'outrun' | 'already-sent' | 'no-identity';
    };

/**
 * Sends one due event reminder to one person, after checking it still stands: the event
 * exists and is not cancelled, it starts when the reminder was planned for (a moved event has
 * reminders of its own), the person is still going (or maybe), and it has not started nor is a closer
 * reminder due too (after downtime only the closest goes out). The delivery key is the
 * reminder's key, so a retried job sends once.
 */
async function sendEventReminder(context: WorkerContext, data: EventReminderJob): Promise<Outcome> {
  const event = await context.store.events.byId(data.eventId);
  if (!event || event.status === 'cancelled') return { sent: false, why: 'event-gone' };
  if (
    event.timing.allDay ||
    new Date(event.timing.start).getTime() !== new Date(data.start).getTime()
  )
    return { sent: false, why: 'event-moved' };
  const person = (await remindedPeople(context.store, event.id)).find(
    (candidate) => candidate.id === data.person.personId,
  );
  if (!person) return { sent: false, why: 'not-going' };
  if (eventReminderOutrun(data, context.clock.now())) return { sent: false, why: 'outrun' };
  // The person's zone and language as they are now.
  const reader = reminderReader(person, {
    timeZone: context.clusterTimeZone,
    locale: context.clusterLocale,
  });
  const delivery = directMessageTo(person, {
    key: data.key,
    locale: reader.locale,
    message: {
      type: 'event-reminder',
      eventId: event.id,
      start: data.start,
      offsetHours: data.offsetHours,
      viewerZone: reader.timeZone,
    },
  });
  if (!delivery) return { sent: false, why: 'no-identity' };
  if (!(await claimAndQueue(context, delivery))) return { sent: false, why: 'already-sent' };
  return { sent: true };
}

/**
 * Due reminders of events, to a person going or to the channels a meeting was announced in
 * (see `replanEventReminders` for how they are scheduled).
 */
export const eventReminderJob = defineWorkerJob({
  queue: queues.eventReminders,
  process: (context) => (data: EventReminderQueueJob) =>
    'audience' in data ? sendStartingSoonNote(context, data) : sendEventReminder(context, data),
});
