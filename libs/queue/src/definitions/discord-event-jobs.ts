import type { Queue } from 'bullmq';
import { z } from 'zod';
import { QueueNames } from './queue-names';

/**
 * Mirror one event to the Events tab of each cluster server (the `discord-events` queue, which
 * the Discord app consumes). By reference: the app reads the event from the store when it
 * runs, so whatever was queued, the copy shows the event as it stands then.
 */
export const DiscordEventJob = z.object({ eventId: z.string().min(1).max(1024) });
export type DiscordEventJob = z.infer<typeof DiscordEventJob>;

/** How long changes to one event are gathered into one mirror job. */
export const DISCORD_EVENT_WINDOW_MS = 5_000;

/**
 * The job id of an event's mirror in a window of time (`:` and `%` escaped, as BullMQ wants).
 * Ids repeat within the window, so a burst of changes is one job; the job runs at the window's
 * end, after every change that named it, so the last state always gets a run of its own.
 */
export function discordEventJobId(eventId: string, window: number): string {
  const escaped = eventId.replace(/[%:]/g, (char) => (char === '%' ? '%25' : '%3A'));
  return `discord-event-${escaped}-${window}`;
}

/** Queues the mirror of an event to Discord's Events tabs; returns the job id. */
export async function queueDiscordEventMirror(
  queue: Pick<Queue, 'add'>,
  eventId: string,
  now: Date,
  windowMs = DISCORD_EVENT_WINDOW_MS,
): Promise<string> {
  const at = now.getTime();
  const window = Math.floor(at / windowMs);
  const jobId = discordEventJobId(eventId, window);
  await queue.add(QueueNames.discordEvents, DiscordEventJob.parse({ eventId }), {
    jobId,
    delay: Math.max(1, (window + 1) * windowMs - at),
  });
  return jobId;
}
