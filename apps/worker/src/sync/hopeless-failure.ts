import type { Logger } from '@glokal/config';
import { GoogleApiError, type GoogleFailureCode } from '@glokal/google';
import { UnrecoverableError } from '@glokal/queue';

const hints: Partial<Record<GoogleFailureCode, string>> = {
  unauthorised:
    'Google refused the credentials: check the key file in GOOGLE_APPLICATION_CREDENTIALS (or renew GOOGLE_ACCESS_TOKEN, which lasts an hour).',
  forbidden:
    "Google says the account may not read this: share the calendar (or drive) with the service account's e-mail, or check domain-wide delegation for GOOGLE_IMPERSONATE.",
  'not-found':
    "Google does not know this calendar or drive for this account: check GOOGLE_CALENDAR_ID / GOOGLE_DRIVE_ID and share it with the service account's e-mail.",
  'invalid-request':
    'Google refused the request as invalid; this is a bug in Glokal, please report it with the log.',
  'quota-exhausted':
    "The project's daily Google API quota is used up; sync resumes when it resets.",
};

/**
 * A Google failure that retrying cannot fix (credentials, sharing, ids) fails the job for
 * good, with a log line that says what a person should do; anything else is rethrown for
 * the queue to retry with backoff.
 */
export function failHopeless(error: unknown, logger: Logger, source: string): never {
  if (error instanceof GoogleApiError && !error.failure.retryable) {
    const hint = hints[error.failure.code];
    logger.error(
      {
        source,
        code: error.failure.code,
        status: error.failure.status,
        reason: error.failure.reason,
      },
      hint ?? error.message,
    );
    if (hint) throw new UnrecoverableError(`${error.message} — ${hint}`);
  }
  throw error;
}
