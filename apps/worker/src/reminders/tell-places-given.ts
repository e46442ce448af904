import { eventInterval } from '@glokal/domain';
import type { WorkerContext } from '../jobs/worker-job';
import { claimAndQueue, directMessageTo } from './direct-message';
import { reminderReader } from './event-attendees';

/**
 * Tells each person given a place from the event's waiting list (in the store transaction of
 * the answer or edit that freed it) by DM, once: the delivery key names the event, the person
 * and when the place was given, and is claimed in the store's deliveries first, so however
 * often the event changes after, and whatever retries happen, one DM goes per place given.
 * Nothing for an event cancelled or over.
 */
export async function tellPlacesGiven(
  context: Pick<WorkerContext, 'store' | 'deliveries' | 'clusterTimeZone' | 'clusterLocale'>,
  eventId: string,
  now: Date,
): Promise<number> {
  const event = await context.store.events.byId(eventId);
  if (!event || event.status === 'cancelled') return 0;
  if (eventInterval(event.timing, context.clusterTimeZone).end <= now) return 0;
  let told = 0;
  for (const { person, promotedAt } of await context.store.attendance.promoted(eventId)) {
    const reader = reminderReader(person, {
      timeZone: context.clusterTimeZone,
      locale: context.clusterLocale,
    });
    const delivery = directMessageTo(person, {
      key: `waiting-list-place:${eventId}:${person.id}:${promotedAt.toISOString()}`,
      locale: reader.locale,
      message: { type: 'waiting-list-place', eventId, viewerZone: reader.timeZone },
    });
    if (delivery && (await claimAndQueue(context, delivery))) told += 1;
  }
  return told;
}
