import { queueDiscordEventMirror, queues } from '@glokal/queue';
import { defineWorkerJob } from './worker-job';

/**
 * Sends one announcement (an `announce` outbox message; its job id is the message's key, set
 * by the relay): claims a delivery per subscribed channel and queues it for the chat app.
 * Running it again is harmless: a delivery already sent is skipped, a pending one is queued
 * under the same job id, which BullMQ keeps once. A new event is also mirrored to the Discord
 * servers' Events tabs.
 */
export const announceJob = defineWorkerJob({
  queue: queues.announce,
  process: (context) => async (data) => {
    if (data.subject.type === 'event-announcement')
      await queueDiscordEventMirror(
        context.discordEventQueue,
        data.subject.eventId,
        context.clock.now(),
      );
    return { queued: await context.announcer.announce(data.subject) };
  },
});
