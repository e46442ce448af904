import { GoogleApiError } from '@glokal/google';
import { queues, UnrecoverableError } from '@glokal/queue';
import { recordWriteFailure } from '../meetings/record-write-failure';
import { writeMeeting } from '../meetings/write-meeting';
import { waitForRetryAfter } from './wait-for-retry-after';
import { defineWorkerJob } from './worker-job';

/**
 * Writes a meeting scheduled, moved or cancelled from chat to the shared Google Calendar (a
 * `calendar-write` outbox message), one write per event at a time across worker processes.
 *
 * Google's rate limits and server errors are retried by the queue with backoff; when Google
 * says when to come back (`Retry-After`), the job waits in the queue until then, no attempt
 * used. A failure retrying cannot help (a calendar not shared, a refused request), and the
 * last attempt's failure, are recorded on the event and in the audit log, and logged.
 */
export const calendarWriteJob = defineWorkerJob({
  queue: queues.calendarWrites,
  exclusiveKey: (data) => data.eventId,
  process: (context) => async (data, job, _worker, token) => {
    const logger = context.logger.child({ job: 'calendar-write', eventId: data.eventId });
    const target = context.calendarWriter;
    try {
      if (!target) {
        throw new UnrecoverableError(
          'no calendar to write to: set GOOGLE_CALENDAR_ID and Google credentials',
        );
      }
      const outcome = await writeMeeting(
        { store: context.store, writer: target.writer, calendarId: target.calendarId },
        data,
      );
      logger.info({ ...outcome, asked: data.action, revision: data.revision }, 'calendar write');
      return outcome;
    } catch (error) {
      await waitForRetryAfter(error, job, token, { clock: context.clock, logger });
      const failure = error instanceof GoogleApiError ? error.failure : undefined;
      const hopeless =
        error instanceof UnrecoverableError || (failure !== undefined && !failure.retryable);
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!hopeless && !lastAttempt) throw error;
      await recordWriteFailure(context.store, data, error, context.clock.now());
      logger.error(
        { err: error, code: failure?.code, status: failure?.status, reason: failure?.reason },
        'the meeting could not be written to Google Calendar',
      );
      if (hopeless && !(error instanceof UnrecoverableError))
        throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
      throw error;
    }
  },
});
