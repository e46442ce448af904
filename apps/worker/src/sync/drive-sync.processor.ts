import { UnrecoverableError, type DriveSyncJob } from '@glokal/queue';
import { driveRootId, driveSourceKey, syncDrive, type SyncReport } from '@glokal/sync';
import type { ConfiguredDrive } from '../google/google-sources';
import type { SyncProcessorDeps } from './calendar-sync.processor';
import { failHopeless } from './hopeless-failure';

/** Runs one drive sync job (one at a time per drive: the queue's exclusive key). */
export function driveSyncProcessor(
  drive: ConfiguredDrive | undefined,
  deps: SyncProcessorDeps,
): (data: DriveSyncJob) => Promise<SyncReport> {
  return async (data) => {
    if (!drive || driveSourceKey(drive.root) !== driveSourceKey(data.scope)) {
      throw new UnrecoverableError(
        `drive ${driveRootId(data.scope)} is not configured in this worker (GOOGLE_DRIVE_ID / GOOGLE_DRIVE_FOLDER_ID)`,
      );
    }
    const logger = deps.logger.child({ sync: 'drive' });
    try {
      const report = await syncDrive(drive.root, {
        source: drive.source,
        store: deps.store,
        announcer: deps.announcer,
        clock: deps.clock,
        log: logger,
      });
      deps.metrics.recordSync(report);
      return report;
    } catch (error) {
      return failHopeless(error, logger, driveSourceKey(drive.root));
    }
  };
}
