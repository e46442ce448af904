import type { DriveScope } from '../definitions/sync-jobs';

/** Scheduler ids: stable, so restarting (or a second worker) updates the same scheduler. */
export function calendarSchedulerId(calendarId: string): string {
  return `calendar-sync-${calendarId.replace(/:/g, '_')}`;
}

export function driveSchedulerId(scope: DriveScope): string {
  return `drive-sync-${(scope.kind === 'shared-drive' ? scope.driveId : scope.folderId).replace(/:/g, '_')}`;
}
