import { z } from 'zod';
import type { FreeBusyOf, FreeBusySource } from '@glokal/domain';
import { calendarClient, type GoogleClientOptions } from '../google-clients';
import { classifyGoogleError, GoogleApiError } from '../errors/google-failure';

/** Google answers at most this many calendars per `freebusy.query`. */
const calendarsPerQuery = 50;

const Instant = z.iso.datetime({ offset: true });
const FreeBusyAnswer = z.object({
  calendars: z.record(
    z.string(),
    z.object({
      busy: z.array(z.object({ start: Instant, end: Instant })).default([]),
      errors: z.array(z.object({ reason: z.string().optional() })).optional(),
    }),
  ),
});

/**
 * `FreeBusySource` over Google Calendar's `freebusy.query`, fifty ids a request. Like the
 * writer, a request is never retried here: a failure is thrown as a classified
 * `GoogleApiError`, and the job's queue retries what is worth retrying.
 */
export function createGoogleFreeBusy(options: GoogleClientOptions): FreeBusySource {
  const calendar = calendarClient(options);
  return {
    async query(ids, from, to) {
      const answer = new Map<string, FreeBusyOf>();
      const unique = [...new Set(ids)];
      for (let at = 0; at < unique.length; at += calendarsPerQuery) {
        const chunk = unique.slice(at, at + calendarsPerQuery);
        let data: unknown;
        try {
          const response = await calendar.freebusy.query({
            requestBody: {
              timeMin: from.toISOString(),
              timeMax: to.toISOString(),
              items: chunk.map((id) => ({ id })),
            },
          });
          data = response.data;
        } catch (error) {
          throw new GoogleApiError(classifyGoogleError(error), { cause: error });
        }
        const parsed = FreeBusyAnswer.safeParse(data);
        if (!parsed.success) {
          throw new GoogleApiError({
            code: 'unknown',
            retryable: true,
            message: 'freebusy.query answered something that is not a free/busy answer',
          });
        }
        for (const id of chunk) {
          const found = parsed.data.calendars[id];
          const problem = found?.errors?.[0];
          answer.set(
            id,
            !found
              ? { unknown: 'missing' }
              : problem
                ? { unknown: problem.reason ?? 'unknown' }
                : {
                    busy: found.busy.map((block) => ({
                      start: new Date(block.start),
                      end: new Date(block.end),
                    })),
                  },
          );
        }
      }
      return answer;
    },
  };
}
