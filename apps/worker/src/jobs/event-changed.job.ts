import { queueDiscordEventMirror, queues, type EventChangedJob } from '@glokal/queue';
import { replanEventReminders } from '../reminders/replan-event-reminders';
import { refreshEventAnnouncements } from '../announce/refresh-event-announcements';
import { tellEventChange } from '../reminders/event-change-notices';
import { tellPlacesGiven } from '../reminders/tell-places-given';
import { defineWorkerJob } from './worker-job';

/**
 * Re-plans an event's reminders whatever changed it: moved or cancelled (from chat or in
 * Google), or someone answered Going, Maybe or Not going; tells the people going of a move or
 * the cancellation; and queues the (throttled) edits of its announcements already posted, so
 * they show the new answer counts; and tells whoever got a place from the waiting list.
 */
export const eventChangedJob = defineWorkerJob({
  queue: queues.eventChanges,
  // Two re-plans of one event must not interleave (one's removals would undo the other's plan).
  exclusiveKey: (data) => `event-reminders:${data.eventId}`,
  process: (context) => async (data: EventChangedJob) => {
    const now = context.clock.now();
    const planned = await replanEventReminders(
      {
        store: context.store,
        queue: context.eventReminderQueue,
        now,
        cluster: { timeZone: context.clusterTimeZone, locale: context.clusterLocale },
      },
      data.eventId,
    );
    const { told } = await tellEventChange(context, data, now);
    const placesGiven = await tellPlacesGiven(context, data.eventId, now);
    await queueDiscordEventMirror(context.discordEventQueue, data.eventId, now);
    const edits = await refreshEventAnnouncements({ ...context, now }, data.eventId);
    return { ...planned, told, placesGiven, edits };
  },
});
