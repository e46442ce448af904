import { driveSchedulerId, queues, UnrecoverableError } from '@glokal/queue';
import { driveRootId, driveSourceKey, syncDrive } from '@glokal/sync';
import { failHopeless } from '../sync/hopeless-failure';
import { defineWorkerJob } from './worker-job';

/** The id a requested drive sync is deduplicated by: one waiting per drive root. */
export function driveSyncJobId(sourceKey: string): string {
  return sourceKey.replace(/:/g, '-');
}

/**
 * Syncs the documents index from the configured drive root, one sync per root at a time across
 * worker processes, on the `SYNC_DRIVE_EVERY` schedule; new documents' announcements go to the
 * outbox with the batch that found them, and are relayed as soon as the sync ends.
 */
export const driveSyncJob = defineWorkerJob({
  queue: queues.driveSync,
  schedules: (context) => {
    if (!context.syncSchedules) return 'unmanaged';
    const drive = context.sources.drive;
    return drive
      ? [
          {
            id: driveSchedulerId(drive.root),
            everyMs: context.cadence.driveEveryMs,
            data: { scope: drive.root, reason: 'schedule' as const },
          },
        ]
      : [];
  },
  exclusiveKey: (data) => driveSourceKey(data.scope),
  process: (context) => async (data) => {
    const drive = context.sources.drive;
    if (!drive || driveSourceKey(drive.root) !== driveSourceKey(data.scope)) {
      throw new UnrecoverableError(
        `drive ${driveRootId(data.scope)} is not configured in this worker (GOOGLE_DRIVE_ID / GOOGLE_DRIVE_FOLDER_ID)`,
      );
    }
    const logger = context.logger.child({ sync: 'drive' });
    try {
      const report = await syncDrive(drive.root, {
        source: drive.source,
        store: context.store,
        clock: context.clock,
        log: logger,
      });
      context.metrics.recordSync(report);
      if (report.announced > 0) await context.relayNow();
      return report;
    } catch (error) {
      return failHopeless(error, logger, driveSourceKey(drive.root));
    }
  },
});
