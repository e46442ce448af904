import type { Queue } from 'bullmq';
import type { CalendarSyncJob, DriveScope } from '../definitions/sync-jobs';

export interface SyncCadence {
  calendar?: { calendarId: string; everyMs: number };
  drive?: { scope: DriveScope; everyMs: number };
}

/** Scheduler ids: stable, so restarting (or a second worker) updates the same scheduler. */
export function calendarSchedulerId(calendarId: string): string {
  return `calendar-sync-${calendarId.replace(/:/g, '_')}`;
}

export function driveSchedulerId(scope: DriveScope): string {
  return `drive-sync-${(scope.kind === 'shared-drive' ? scope.driveId : scope.folderId).replace(/:/g, '_')}`;
}

/**
 * Makes the sync queues' job schedulers match the configuration: one scheduler per calendar
 * and per drive at its cadence (`SYNC_CALENDAR_EVERY`, `SYNC_DRIVE_EVERY`), created or
 * updated in place, and any other scheduler on those queues (a calendar no longer
 * configured) removed. Safe to run from every worker at start.
 */
export async function applySyncSchedules(
  queues: { calendarSync: Queue; driveSync: Queue },
  cadence: SyncCadence,
): Promise<void> {
  const calendarId = cadence.calendar
    ? calendarSchedulerId(cadence.calendar.calendarId)
    : undefined;
  const driveId = cadence.drive ? driveSchedulerId(cadence.drive.scope) : undefined;
  if (cadence.calendar && calendarId) {
    const data: CalendarSyncJob = { calendarId: cadence.calendar.calendarId, reason: 'schedule' };
    await queues.calendarSync.upsertJobScheduler(
      calendarId,
      { every: cadence.calendar.everyMs },
      { name: 'sync', data },
    );
  }
  if (cadence.drive && driveId) {
    await queues.driveSync.upsertJobScheduler(
      driveId,
      { every: cadence.drive.everyMs },
      { name: 'sync', data: { scope: cadence.drive.scope, reason: 'schedule' } },
    );
  }
  for (const [queue, keep] of [
    [queues.calendarSync, calendarId],
    [queues.driveSync, driveId],
  ] as const) {
    for (const scheduler of await queue.getJobSchedulers()) {
      if (scheduler.key !== keep) await queue.removeJobScheduler(scheduler.key);
    }
  }
}
