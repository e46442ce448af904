import { defaultRepeatStrategy, type Queue } from 'bullmq';

/**
 * When a scheduler runs: every `everyMs`, or at the times of a cron `pattern` read on the
 * wall clock of zone `tz` (so "Monday 08:00" stays 08:00 across DST changes).
 */
export type ScheduleTiming = { everyMs: number } | { pattern: string; tz: string };

/** One job scheduler a worker keeps: a job `name` with `data` on `queue`, at its timing. */
export type DeclaredSchedule = ScheduleTiming & {
  queue: Queue;
  /** The scheduler's id: stable, so every worker process updates the same one. */
  id: string;
  name: string;
  data: unknown;
};

/** BullMQ's repeat options for a timing. */
export function repeatOptions(
  timing: ScheduleTiming,
): { every: number } | { pattern: string; tz: string } {
  return 'pattern' in timing
    ? { pattern: timing.pattern, tz: timing.tz }
    : { every: timing.everyMs };
}

/**
 * The first run of a cron timing after `after`, computed as BullMQ's scheduler computes it
 * (its default repeat strategy), so a test can ask what a schedule does at a chosen instant.
 */
export function nextPatternRun(timing: { pattern: string; tz: string }, after: Date): Date {
  const next = defaultRepeatStrategy(after.getTime(), repeatOptions(timing));
  if (next === undefined)
    throw new RangeError(`no run of ${timing.pattern} after ${after.toISOString()}`);
  return new Date(next);
}

/**
 * Makes the queues' job schedulers match the declared ones: each declared scheduler created or
 * updated in place, and any other scheduler on the `managed` queues (a calendar no longer
 * configured) removed. Safe to run from every worker at start.
 */
export async function applySchedules(
  declared: readonly DeclaredSchedule[],
  managed: readonly Queue[],
): Promise<void> {
  for (const schedule of declared) await upsert(schedule);
  for (const queue of managed) {
    const keep = new Set(declared.filter((s) => s.queue === queue).map((s) => s.id));
    for (const scheduler of await queue.getJobSchedulers()) {
      if (!keep.has(scheduler.key)) await queue.removeJobScheduler(scheduler.key);
    }
  }
}

/** The ids of declared schedulers Redis does not hold (lost with a flushed or replaced Redis). */
export async function missingSchedules(declared: readonly DeclaredSchedule[]): Promise<string[]> {
  const missing: string[] = [];
  for (const schedule of declared) {
    if (!(await schedule.queue.getJobScheduler(schedule.id))) missing.push(schedule.id);
  }
  return missing;
}

/** Creates the declared schedulers that are missing, leaving the others' timing alone. */
export async function restoreSchedules(declared: readonly DeclaredSchedule[]): Promise<string[]> {
  const missing = new Set(await missingSchedules(declared));
  for (const schedule of declared) if (missing.has(schedule.id)) await upsert(schedule);
  return [...missing];
}

function upsert(schedule: DeclaredSchedule) {
  return schedule.queue.upsertJobScheduler(schedule.id, repeatOptions(schedule), {
    name: schedule.name,
    data: schedule.data,
  });
}
