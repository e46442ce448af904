import type { Queue } from 'bullmq';
import { GrantReminderJob } from '../definitions/reminder-jobs';
import { queues } from '../definitions/queues';

/** The BullMQ job id of a reminder: its key with `%` and `:` escaped (ids may not hold `:`). */
export function reminderJobId(key: string): string {
  return `reminder-${key.replace(/[%:]/g, (char) => (char === '%' ? '%25' : '%3A'))}`;
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
  if (reminders.length === 0) return;
  await queue.addBulk(
    reminders.map((reminder) => {
      const data = GrantReminderJob.parse(reminder);
      return {
        name: queues.grantReminders.name,
        data,
        opts: {
          jobId: reminderJobId(data.key),
          delay: Math.max(0, new Date(data.at).getTime() - now.getTime()),
        },
      };
    }),
  );
}

/**
 * Removes the waiting jobs of reminders no longer planned (an extension, a closed call). A
 * job that is running or already done is left alone; a job that escapes removal finds itself
 * stale when it runs and sends nothing.
 */
export async function unscheduleReminders(queue: Queue, keys: readonly string[]): Promise<number> {
  let removed = 0;
  for (const key of keys) {
    const job = await queue.getJob(reminderJobId(key));
    if (!job || !(await job.isDelayed())) continue;
    removed += await queue.remove(reminderJobId(key));
  }
  return removed;
}
