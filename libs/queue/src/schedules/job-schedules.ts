import type { Queue } from 'bullmq';

/** One job scheduler a worker keeps: every `everyMs`, a job `name` with `data` on `queue`. */
export interface DeclaredSchedule {
  queue: Queue;
  /** The scheduler's id: stable, so every worker process updates the same one. */
  id: string;
  everyMs: number;
  name: string;
  data: unknown;
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
  return schedule.queue.upsertJobScheduler(
    schedule.id,
    { every: schedule.everyMs },
    { name: schedule.name, data: schedule.data },
  );
}
