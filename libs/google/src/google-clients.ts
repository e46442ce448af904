import { calendar_v3 } from 'googleapis/build/src/apis/calendar';
import { drive_v3 } from 'googleapis/build/src/apis/drive';
import type { GoogleAuthClient } from './auth/create-google-auth';

export interface GoogleClientOptions {
  auth: GoogleAuthClient;
  /** `GOOGLE_API_ROOT_URL`: another root for every API (tests, proxies). */
  rootUrl?: string;
  /** How long one call may wait for Google's answer; `googleCallTimeoutMs` when unset. */
  timeoutMs?: number;
}

/**
 * Without a timeout a call Google never answers would hold its job (and the sync lock) for
 * ever; timed out, it is a `network` failure, retried like a dropped connection.
 */
export const googleCallTimeoutMs = 60_000;

/** googleapis' own retries are off: `withBackoff` retries, including the 403 rate limits. */
function globalOptions({ auth, rootUrl, timeoutMs }: GoogleClientOptions) {
  return {
    auth,
    retry: false,
    timeout: timeoutMs ?? googleCallTimeoutMs,
    ...(rootUrl ? { rootUrl: rootUrl.endsWith('/') ? rootUrl : `${rootUrl}/` } : {}),
  };
}

export function calendarClient(options: GoogleClientOptions): calendar_v3.Calendar {
  return new calendar_v3.Calendar(globalOptions(options));
}

export function driveClient(options: GoogleClientOptions): drive_v3.Drive {
  return new drive_v3.Drive(globalOptions(options));
}
