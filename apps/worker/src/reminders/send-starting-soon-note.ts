import type { StartingSoonNoteJob } from '@glokal/queue';
import type { WorkerContext } from '../jobs/worker-job';
import { claimAndQueue } from './direct-message';

type Outcome =
  | { sent: true; channels: number }
  | { sent: false; why: 'event-gone' | 'event-moved' | 'not-asked' | 'started' };

/**
 * Tells each channel a meeting is announced in that it starts soon, after checking the note
 * still stands: the event exists and is not cancelled, it starts when the note was planned
 * for, its coordinator still wants the note, and it has not started (after downtime, a note
 * past the start says nothing). Each channel's delivery key names the start, so a retried job
 * posts once per channel, and a moved meeting gets a note of its own. The time is shown in
 * the cluster's zone, named, as in the announcement.
 */
export async function sendStartingSoonNote(
  context: Pick<WorkerContext, 'store' | 'deliveries' | 'announcer' | 'clock' | 'clusterTimeZone'>,
  data: StartingSoonNoteJob,
): Promise<Outcome> {
  const event = await context.store.events.byId(data.eventId);
  if (!event || event.status === 'cancelled') return { sent: false, why: 'event-gone' };
  const start = new Date(data.start).getTime();
  if (event.timing.allDay || new Date(event.timing.start).getTime() !== start)
    return { sent: false, why: 'event-moved' };
  if (!event.meeting?.startingSoonNote) return { sent: false, why: 'not-asked' };
  if (context.clock.now().getTime() >= start) return { sent: false, why: 'started' };
  let channels = 0;
  for (const target of await context.announcer.targets({
    type: 'event-announcement',
    eventId: event.id,
  })) {
    const queued = await claimAndQueue(context, {
      ...target,
      key: `${target.key}:starting-soon:${data.start}`,
      message: {
        type: 'event-reminder',
        eventId: event.id,
        start: data.start,
        offsetHours: data.offsetHours,
        viewerZone: context.clusterTimeZone,
        toChannel: true,
      },
    });
    if (queued) channels += 1;
  }
  return { sent: true, channels };
}
