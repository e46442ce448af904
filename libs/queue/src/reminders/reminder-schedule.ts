import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { GrantReminderJob } from '../definitions/reminder-jobs';
import { queues } from '../definitions/queues';

/** The BullMQ job id of a reminder: its key with `%` and `:` escaped (ids may not hold `:`). */
export function reminderJobId(key: string): string {
  return `reminder-${key.replace(/[%:]/g, (char) => (char === '%' ? '%25' : '%3A'))}`;
}

/**
 * The Redis set of a call's reminder job ids, beside the queue's own keys: what replanning
 * compares the new plan with, so that a reminder of any earlier plan (an old deadline, offsets
 * changed since) leaves the queue, whatever made it.
 */
function scheduledOf(queue: Queue, group: string): string {
  return `${queue.opts.prefix ?? 'bull'}:${queue.name}:scheduled-of:${group}`;
}

/** The queue's own connection: BullMQ opens it with ioredis (its typing lists fewer commands). */
const redisOf = async (queue: Queue) => (await queue.client) as unknown as Redis;

/** A delayed job of a reminder queue, filed in the index of its group (a call, an event). */
export interface IndexedReminder<Data> {
  group: string;
  jobId: string;
  data: Data;
  at: string;
}

/**
 * Adds one delayed job per reminder, due at its instant, each filed in its group's index; a
 * reminder whose job already exists (waiting, or done and kept) is not added again, so
 * planning twice schedules once.
 */
export async function scheduleIndexed<Data>(
  queue: Queue,
  name: string,
  reminders: readonly IndexedReminder<Data>[],
  now: Date,
): Promise<void> {
  if (reminders.length === 0) return;
  const client = await redisOf(queue);
  const byGroup = new Map<string, string[]>();
  for (const reminder of reminders)
    byGroup.set(reminder.group, [...(byGroup.get(reminder.group) ?? []), reminder.jobId]);
  // Indexed first: a crash after this leaves an id for a job that does not exist (harmless).
  for (const [group, ids] of byGroup) await client.sadd(scheduledOf(queue, group), ...ids);
  await queue.addBulk(
    reminders.map((reminder) => ({
      name,
      data: reminder.data,
      opts: {
        jobId: reminder.jobId,
        delay: Math.max(0, new Date(reminder.at).getTime() - now.getTime()),
      },
    })),
  );
}

/**
 * Adds one delayed job per reminder, due at its instant; a reminder whose job already exists
 * (waiting, or done and kept) is not added again, so planning twice schedules once.
 */
export async function scheduleReminders(
  queue: Queue,
  reminders: readonly GrantReminderJob[],
  now: Date,
): Promise<void> {
  await scheduleIndexed(
    queue,
    queues.grantReminders.name,
    reminders.map((reminder) => {
      const data = GrantReminderJob.parse(reminder);
      return { group: data.grantId, jobId: reminderJobId(data.key), data, at: data.at };
    }),
    now,
  );
}

/**
 * Takes off the queue every reminder of a call that is not in `keep` (its plan now): those of
 * an earlier deadline, of offsets since changed, of a target gone, or all of them for a closed
 * or deleted call. A job that is running, or due and waiting for a worker (a burst), is left:
 * it re-checks the call when it runs and sends nothing stale, whereas taken off it would never
 * go out (a plan holds only reminders still to come); so is one due within the minute. Finished jobs are dropped from the index.
 * Returns how many delayed jobs were removed.
 */
export async function unscheduleRemindersBut(
  queue: Queue,
  grantId: string,
  keep: readonly string[],
): Promise<number> {
  return unscheduleIndexedBut(queue, grantId, keep.map(reminderJobId));
}

/** How close to its time a delayed reminder is left on the queue by a re-plan. */
const DUE_SOON_MS = 60_000;

/** `unscheduleRemindersBut` for any group's index, given the job ids to keep. */
export async function unscheduleIndexedBut(
  queue: Queue,
  group: string,
  keepJobIds: readonly string[],
): Promise<number> {
  const client = await redisOf(queue);
  const index = scheduledOf(queue, group);
  const kept = new Set(keepJobIds);
  const ids = (await client.smembers(index)).filter((id) => !kept.has(id));
  let removed = 0;
  const forgotten: string[] = [];
  for (const id of ids) {
    const job = await queue.getJob(id);
    if (!job) {
      forgotten.push(id);
      continue;
    }
    if ((await job.isActive()) || (await job.isWaiting())) continue;
    const delayed = await job.isDelayed();
    // A delayed job due within the minute could turn waiting between this look and the removal
    // below: it is left too, and sends nothing stale when it runs.
    if (delayed && job.timestamp + job.delay < Date.now() + DUE_SOON_MS) continue;
    if ((await queue.remove(id)) === 1) {
      forgotten.push(id);
      if (delayed) removed += 1;
    }
  }
  if (forgotten.length > 0) await client.srem(index, ...forgotten);
  return removed;
}
