import { calendar_v3 } from 'googleapis/build/src/apis/calendar';
import { drive_v3 } from 'googleapis/build/src/apis/drive';
import type { GoogleAuthClient } from './auth/create-google-auth';

export interface GoogleClientOptions {
  auth: GoogleAuthClient;
  /** `GOOGLE_API_ROOT_URL`: another root for every API (tests, proxies). */
  rootUrl?: string;
}

/** googleapis' own retries are off: `withBackoff` retries, including the 403 rate limits. */
function globalOptions({ auth, rootUrl }: GoogleClientOptions) {
  return {
    auth,
    retry: false,
    ...(rootUrl ? { rootUrl: rootUrl.endsWith('/') ? rootUrl : `${rootUrl}/` } : {}),
  };
}

export function calendarClient(options: GoogleClientOptions): calendar_v3.Calendar {
  return new calendar_v3.Calendar(globalOptions(options));
}

export function driveClient(options: GoogleClientOptions): drive_v3.Drive {
  return new drive_v3.Drive(globalOptions(options));
}
