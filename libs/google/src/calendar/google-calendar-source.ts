import type { CalendarSource } from '@glokal/domain';
import { calendarClient, type GoogleClientOptions } from '../google-clients';
import { GoogleApiError } from '../errors/google-failure';
import { defaultRetryPolicy, withBackoff, type RetryPolicy } from '../errors/with-backoff';
import { GoogleEventsPage } from './google-event.schema';
import { toCalendarChange } from './to-calendar-change';

export interface GoogleCalendarSourceOptions extends GoogleClientOptions {
  clusterTimeZone: string;
  /** `maxResults` per page (Google allows up to 2500). */
  pageSize?: number;
  retry?: Partial<RetryPolicy>;
}

/**
 * Google Calendar as a paged source of events, following Google's incremental sync guide:
 * a full listing expands recurring events (`singleEvents=true`) within `timeMin`/`timeMax`;
 * an incremental one sends only `syncToken` (never with `timeMin`, `timeMax`, `q` or
 * `orderBy`, which Google refuses) and the same `singleEvents`. `410 Gone` answers
 * `cursor-expired`; rate limits and server errors are retried with backoff.
 */
export function createGoogleCalendarSource(options: GoogleCalendarSourceOptions): CalendarSource {
  const calendar = calendarClient(options);
  const retry = { ...defaultRetryPolicy, ...options.retry };
  const pageSize = options.pageSize ?? 250;
  return {
    async listEvents(request) {
      const params = {
        calendarId: request.calendarId,
        maxResults: pageSize,
        singleEvents: true,
        ...(request.pageToken ? { pageToken: request.pageToken } : {}),
        ...(request.mode === 'full'
          ? {
              timeMin: request.window.from.toISOString(),
              timeMax: request.window.to.toISOString(),
              showDeleted: false,
            }
          : { syncToken: request.syncToken }),
      };
      let data: unknown;
      try {
        data = (await withBackoff(() => calendar.events.list(params), retry)).data;
      } catch (error) {
        if (error instanceof GoogleApiError && error.failure.code === 'cursor-expired')
          return { status: 'cursor-expired' };
        throw error;
      }
      const page = GoogleEventsPage.safeParse(data);
      if (!page.success) {
        throw new GoogleApiError({
          code: 'unknown',
          retryable: true,
          message: 'events.list answered something that is not a page of events',
        });
      }
      const context = {
        clusterTimeZone: options.clusterTimeZone,
        ...(page.data.timeZone ? { calendarTimeZone: page.data.timeZone } : {}),
      };
      return {
        status: 'page',
        changes: page.data.items.map((item) => toCalendarChange(item, context)),
        ...(page.data.nextPageToken ? { nextPageToken: page.data.nextPageToken } : {}),
        ...(page.data.nextSyncToken ? { nextSyncToken: page.data.nextSyncToken } : {}),
      };
    },
  };
}
