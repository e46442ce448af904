import {
  eventInterval,
  eventNoticeKey,
  stillAsChanged,
  type EventChange,
  type EventTiming,
} from '@glokal/domain';
import type { EventChangedJob } from '@glokal/queue';
import type { WorkerContext } from '../jobs/worker-job';
import { claimAndQueue, directMessageTo } from './direct-message';
import { remindedPeople, reminderReader } from './event-attendees';

type Context = Pick<
  WorkerContext,
  'store' | 'deliveries' | 'clusterTimeZone' | 'clusterLocale' | 'logger'
>;

/**
 * Tells everyone who answered the event Going or Maybe, by DM in their language and zone, that
 * it moved or was cancelled, when the message says so (an answer or another edit says nothing).
 * Once per person and change: the delivery key names the event, the change, the state it
 * left and the person, claimed in the store before it is queued, so a retried job, or the same
 * Google change read by two syncs, sends nothing new. Nothing when the event changed again
 * since (the later change is told by its own message), or is over.
 */
export async function tellEventChange(
  context: Context,
  data: EventChangedJob,
  now: Date,
): Promise<{ told: number }> {
  const change = data.change;
  if (!change) return { told: 0 };
  const event = await context.store.events.byId(data.eventId);
  if (!event || !stillAsChanged(event, change) || over(change, event.timing, context, now))
    return { told: 0 };
  const cluster = { timeZone: context.clusterTimeZone, locale: context.clusterLocale };
  let told = 0;
  for (const person of await remindedPeople(context.store, event.id)) {
    const reader = reminderReader(person, cluster);
    const delivery = directMessageTo(person, {
      key: eventNoticeKey(event.id, change, person.id),
      locale: reader.locale,
      message: {
        type: 'event-change-notice',
        eventId: event.id,
        change,
        viewerZone: reader.timeZone,
      },
    });
    if (delivery && (await claimAndQueue(context, delivery))) told += 1;
  }
  if (told > 0)
    context.logger.info({ eventId: event.id, change: change.what, told }, 'event change told');
  return { told };
}

/** A cancelled event that has ended, or a move between two times both past: nobody needs it. */
function over(change: EventChange, timing: EventTiming, context: Context, now: Date): boolean {
  const ended = (at: EventTiming) => eventInterval(at, context.clusterTimeZone).end <= now;
  return change.what === 'cancelled' ? ended(timing) : ended(change.from) && ended(change.to);
}
