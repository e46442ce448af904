import type { GlokalConfig, Logger } from '@glokal/config';
import type {
  CalendarSource,
  CalendarWriter,
  DriveRoot,
  DriveSource,
  FreeBusySource,
} from '@glokal/domain';
import {
  createGoogleAuth,
  createGoogleCalendarSource,
  createGoogleCalendarWriter,
  createGoogleDriveSource,
  createGoogleFreeBusy,
  googleCredentialsFrom,
  type RetryPolicy,
} from '@glokal/google';

/** The configured calendar (`GOOGLE_CALENDAR_ID`) and the source that reads it. */
export interface ConfiguredCalendar {
  calendarId: string;
  source: CalendarSource;
}

/** The configured calendar and the writer of meetings scheduled from chat to it. */
export interface ConfiguredCalendarWriter {
  calendarId: string;
  writer: CalendarWriter;
}

/** The configured calendar and who is busy when, there and for invitees (free/busy). */
export interface ConfiguredFreeBusy {
  calendarId: string;
  source: FreeBusySource;
}

/** The configured drive root and the source that reads it. */
export interface ConfiguredDrive {
  root: DriveRoot;
  source: DriveSource;
}

export interface GoogleSources {
  calendar?: ConfiguredCalendar;
  calendarWriter?: ConfiguredCalendarWriter;
  freeBusy?: ConfiguredFreeBusy;
  drive?: ConfiguredDrive;
}

export interface GoogleSourceTuning {
  calendarPageSize?: number;
  drivePageSize?: number;
  retry?: Partial<RetryPolicy>;
  /** How long one Google call may wait for its answer (tests); the client's default when unset. */
  timeoutMs?: number;
}

/** The drive root the configuration names (`GOOGLE_DRIVE_ID` or `GOOGLE_DRIVE_FOLDER_ID`). */
export function driveRootFrom(google: GlokalConfig['google']): DriveRoot | undefined {
  if (google.driveId) return { kind: 'shared-drive', driveId: google.driveId };
  if (google.driveFolderId) return { kind: 'folder', folderId: google.driveFolderId };
  return undefined;
}

/**
 * The Google sources the configuration asks for. A calendar or drive named without
 * credentials is left out with a log line that says which variable to set.
 */
export async function googleSourcesFrom(
  config: Pick<GlokalConfig, 'google' | 'cluster'>,
  logger: Logger,
  tuning: GoogleSourceTuning = {},
): Promise<GoogleSources> {
  const { google } = config;
  const root = driveRootFrom(google);
  if (!google.calendarId && !root) return {};
  const credentials = googleCredentialsFrom(google);
  if (!credentials) {
    logger.error(
      'GOOGLE_CALENDAR_ID or a drive is set, but no Google credentials: set GOOGLE_APPLICATION_CREDENTIALS (a service-account key file) or GOOGLE_ACCESS_TOKEN. Google sync is off.',
    );
    return {};
  }
  const auth = await createGoogleAuth(credentials);
  const client = {
    auth,
    ...(google.apiRootUrl ? { rootUrl: google.apiRootUrl } : {}),
    ...(tuning.timeoutMs ? { timeoutMs: tuning.timeoutMs } : {}),
  };
  const common = { ...client, ...(tuning.retry ? { retry: tuning.retry } : {}) };
  return {
    ...(google.calendarId
      ? {
          calendar: {
            calendarId: google.calendarId,
            source: createGoogleCalendarSource({
              ...common,
              clusterTimeZone: config.cluster.timeZone,
              ...(tuning.calendarPageSize ? { pageSize: tuning.calendarPageSize } : {}),
            }),
          },
        }
      : {}),
    // Its failures are retried by the calendar-write queue, not in the call.
    ...(google.calendarId
      ? {
          calendarWriter: {
            calendarId: google.calendarId,
            writer: createGoogleCalendarWriter({ ...client, sendUpdates: google.sendUpdates }),
          },
          // Its failures are retried by the free-slots queue.
          freeBusy: { calendarId: google.calendarId, source: createGoogleFreeBusy(client) },
        }
      : {}),
    ...(root
      ? {
          drive: {
            root,
            source: createGoogleDriveSource({
              ...common,
              scope: root,
              ...(tuning.drivePageSize ? { pageSize: tuning.drivePageSize } : {}),
            }),
          },
        }
      : {}),
  };
}
