import { queues, type DeliveryJob, type FreeSlotsJob } from '@glokal/queue';
import { suggestFreeSlots, type FreeSlotsSuggestion } from '../meetings/suggest-free-slots';
import { claimAndQueue } from '../reminders/direct-message';
import type { WorkerContext } from './worker-job';
import { waitForRetryAfter } from './wait-for-retry-after';
import { defineWorkerJob } from './worker-job';

/** The suggestion as the DM carries it: instants and titles, no rendering. */
function toMessage(data: FreeSlotsJob, suggestion: FreeSlotsSuggestion): DeliveryJob['message'] {
  const { result } = suggestion;
  return {
    type: 'free-slots',
    lengthMinutes: data.lengthMinutes,
    viewerZone: data.coordinator.timeZone,
    slots: result.ok
      ? result.slots.map((slot) => ({
          start: slot.start.toISOString(),
          end: slot.end.toISOString(),
          clashes: slot.clashes.map((clash) => clash.title.slice(0, 500)).slice(0, 20),
        }))
      : [],
    ...(result.ok ? {} : { problem: result.code }),
    ...(!result.ok && result.code === 'longer-than-working-day'
      ? { workingDayMinutes: result.workingDayMinutes }
      : {}),
    notChecked: suggestion.notChecked.length,
    calendarChecked: suggestion.calendarChecked,
  };
}

/**
 * Free times a coordinator asked for: Google free/busy for the cluster calendar and the
 * invitees with known e-mails, the first five free slots in working hours, sent to the
 * coordinator by DM. A free/busy failure is thrown and retried by the queue (rate limits and
 * 5xx, with backoff, or after Google's `Retry-After` when it sent one, no attempt used); the
 * delivery key is the request's, so a retried job answers once.
 */
async function answerFreeSlots(context: WorkerContext, data: FreeSlotsJob) {
  const suggestion = await suggestFreeSlots(data, {
    store: context.store,
    freeBusy: context.sources.freeBusy,
    workingHours: context.workingHours,
  });
  const delivery: DeliveryJob = {
    key: data.key,
    platform: data.platform,
    workspaceId: 'direct',
    channelId: data.coordinator.userId,
    directMessage: true,
    locale: data.coordinator.locale,
    message: toMessage(data, suggestion),
  };
  const sent = await claimAndQueue(context, delivery);
  return {
    sent,
    slots: delivery.message.type === 'free-slots' ? delivery.message.slots.length : 0,
  };
}

export const freeSlotsJob = defineWorkerJob({
  queue: queues.freeSlots,
  process: (context) => async (data, job, _worker, token) => {
    try {
      return await answerFreeSlots(context, data);
    } catch (error) {
      const logger = context.logger.child({ job: 'free-slots', key: data.key });
      await waitForRetryAfter(error, job, token, { clock: context.clock, logger });
      throw error;
    }
  },
});
