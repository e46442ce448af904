import type { ClusterEvent, ClusterStore } from '@glokal/domain';
import { GoogleApiError } from '@glokal/google';
import type { CalendarWriteJob } from '@glokal/queue';

/** The failure as the event keeps it: Google's code and words (never a token), or the error's. */
export function writeErrorOf(
  job: CalendarWriteJob,
  error: unknown,
  at: Date,
): NonNullable<ClusterEvent['calendarWriteError']> {
  const failure = error instanceof GoogleApiError ? error.failure : undefined;
  const message = failure
    ? `${failure.status ? `HTTP ${failure.status}${failure.reason ? ` ${failure.reason}` : ''}: ` : ''}${failure.message}`
    : error instanceof Error
      ? error.message
      : String(error);
  return {
    action: job.action,
    code: failure?.code ?? 'unknown',
    message: message.slice(0, 500),
    at: at.toISOString(),
  };
}

/**
 * A write that failed for good, where coordinators see it: on the event (`calendarWriteError`,
 * for its reply) unless a newer change of it has its own write coming, and in the audit log
 * (`/glokal history`), in one transaction.
 */
export async function recordWriteFailure(
  store: ClusterStore,
  job: CalendarWriteJob,
  error: unknown,
  at: Date,
): Promise<void> {
  const writeError = writeErrorOf(job, error, at);
  await store.transaction(async (inside) => {
    const event = await inside.events.byId(job.eventId);
    if (event && (event.revision === undefined || event.revision <= job.revision))
      await inside.events.upsert([{ ...event, calendarWriteError: writeError }]);
    await inside.audit.record({
      actor: 'calendar',
      platform: 'google',
      action: 'event.calendar-write-failed',
      subject: job.eventId,
      detail: { ...writeError, revision: job.revision },
      at,
    });
  });
}
