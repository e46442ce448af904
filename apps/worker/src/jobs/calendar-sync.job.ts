import { calendarSchedulerId, queues, UnrecoverableError } from '@glokal/queue';
import { syncCalendar } from '@glokal/sync';
import { failHopeless } from '../sync/hopeless-failure';
import { defineWorkerJob } from './worker-job';

/** The id a requested calendar sync is deduplicated by: one waiting per calendar. */
export function calendarSyncJobId(calendarId: string): string {
  return `calendar-${calendarId}`;
}

/**
 * Syncs the configured Google calendar into the store, one sync per calendar at a time across
 * worker processes, on the `SYNC_CALENDAR_EVERY` schedule; new events' announcements go to
 * the outbox with the page that found them, and are relayed as soon as the sync ends.
 */
export const calendarSyncJob = defineWorkerJob({
  queue: queues.calendarSync,
  schedules: (context) => {
    if (!context.syncSchedules) return 'unmanaged';
    const calendar = context.sources.calendar;
    return calendar
      ? [
          {
            id: calendarSchedulerId(calendar.calendarId),
            everyMs: context.cadence.calendarEveryMs,
            data: { calendarId: calendar.calendarId, reason: 'schedule' as const },
          },
        ]
      : [];
  },
  exclusiveKey: (data) => data.calendarId,
  process: (context) => async (data) => {
    const calendar = context.sources.calendar;
    if (!calendar || calendar.calendarId !== data.calendarId) {
      throw new UnrecoverableError(
        `calendar ${data.calendarId} is not configured in this worker (GOOGLE_CALENDAR_ID)`,
      );
    }
    const logger = context.logger.child({ sync: 'calendar' });
    try {
      const report = await syncCalendar(data.calendarId, {
        source: calendar.source,
        store: context.store,
        clock: context.clock,
        clusterTimeZone: context.clusterTimeZone,
        log: logger,
      });
      context.metrics.recordSync(report);
      if (report.announced > 0) await context.relayNow();
      return report;
    } catch (error) {
      return failHopeless(error, logger, `calendar:${data.calendarId}`);
    }
  },
});
