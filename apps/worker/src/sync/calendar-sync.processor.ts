import type { Logger } from '@glokal/config';
import type { Clock, ClusterStore } from '@glokal/domain';
import { UnrecoverableError, type CalendarSyncJob } from '@glokal/queue';
import { syncCalendar, type Announcer, type SyncReport } from '@glokal/sync';
import type { ConfiguredCalendar } from '../google/google-sources';
import type { WorkerMetrics } from '../metrics/worker-metrics';
import { failHopeless } from './hopeless-failure';

export interface SyncProcessorDeps {
  store: ClusterStore;
  announcer: Announcer;
  clock: Clock;
  clusterTimeZone: string;
  logger: Logger;
  metrics: WorkerMetrics;
}

/** Runs one calendar sync job (one at a time per calendar: the queue's exclusive key). */
export function calendarSyncProcessor(
  calendar: ConfiguredCalendar | undefined,
  deps: SyncProcessorDeps,
): (data: CalendarSyncJob) => Promise<SyncReport> {
  return async (data) => {
    if (!calendar || calendar.calendarId !== data.calendarId) {
      throw new UnrecoverableError(
        `calendar ${data.calendarId} is not configured in this worker (GOOGLE_CALENDAR_ID)`,
      );
    }
    const logger = deps.logger.child({ sync: 'calendar' });
    try {
      const report = await syncCalendar(data.calendarId, {
        source: calendar.source,
        store: deps.store,
        announcer: deps.announcer,
        clock: deps.clock,
        clusterTimeZone: deps.clusterTimeZone,
        log: logger,
      });
      deps.metrics.recordSync(report);
      return report;
    } catch (error) {
      return failHopeless(error, logger, `calendar:${data.calendarId}`);
    }
  };
}
