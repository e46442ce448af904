import type { GlokalConfig } from '@glokal/config';

/** How Glokal signs in to Google. */
export type GoogleCredentials =
  /** A service-account key file; `impersonate` uses domain-wide delegation (needed for Meet links). */
  | { kind: 'service-account'; keyFile: string; impersonate?: string }
  /** A ready OAuth access token (short-lived: trials and tests). */
  | { kind: 'access-token'; accessToken: string };

/** The credentials the configuration names, or undefined when Google is not set up. */
export function googleCredentialsFrom(
  google: GlokalConfig['google'],
): GoogleCredentials | undefined {
  if (google.credentialsFile) {
    return {
      kind: 'service-account',
      keyFile: google.credentialsFile,
      ...(google.impersonate ? { impersonate: google.impersonate } : {}),
    };
  }
  if (google.accessToken) return { kind: 'access-token', accessToken: google.accessToken };
  return undefined;
}

/** Calendar read/write (events appear from `/glokal schedule`) and Drive read-only. */
export const googleScopes = [
  'https://www.googleapis.com/auth/calendar',
  'https://www.googleapis.com/auth/drive.readonly',
] as const;
