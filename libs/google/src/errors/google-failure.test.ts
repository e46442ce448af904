import { describe, expect, it } from 'vitest';
import { classifyGoogleError } from './google-failure';

/** The shape gaxios gives a failed response. */
function failed(status: number, reason: string, headers: Record<string, string> = {}) {
  const error = new Error(`Request failed with status code ${status}`);
  return Object.assign(error, {
    status,
    response: {
      status,
      headers,
      data: {
        error: {
          code: status,
          message: reason,
          errors: [{ domain: 'usageLimits', reason, message: reason }],
        },
      },
    },
  });
}

describe('classifyGoogleError', () => {
  it('retries the 403 rate and quota limits, 429 and 5xx', () => {
    for (const reason of ['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']) {
      expect(classifyGoogleError(failed(403, reason))).toMatchObject({
        code: 'rate-limited',
        retryable: true,
        reason,
      });
    }
    expect(classifyGoogleError(failed(429, 'rateLimitExceeded'))).toMatchObject({
      code: 'rate-limited',
      retryable: true,
    });
    expect(classifyGoogleError(failed(503, 'backendError'))).toMatchObject({
      code: 'unavailable',
      retryable: true,
    });
  });

  it('reads 410 as an expired cursor and does not retry it', () => {
    expect(classifyGoogleError(failed(410, 'fullSyncRequired'))).toMatchObject({
      code: 'cursor-expired',
      retryable: false,
    });
  });

  it('does not retry a calendar that is not shared or credentials that are wrong', () => {
    expect(classifyGoogleError(failed(403, 'forbidden'))).toMatchObject({
      code: 'forbidden',
      retryable: false,
    });
    expect(classifyGoogleError(failed(401, 'authError'))).toMatchObject({
      code: 'unauthorised',
      retryable: false,
    });
    expect(classifyGoogleError(failed(404, 'notFound'))).toMatchObject({
      code: 'not-found',
      retryable: false,
    });
  });

  it('honours Retry-After in seconds', () => {
    expect(
      classifyGoogleError(failed(429, 'rateLimitExceeded', { 'retry-after': '3' })).retryAfterMs,
    ).toBe(3000);
    expect(
      classifyGoogleError(failed(429, 'rateLimitExceeded', { 'Retry-After': '7' })).retryAfterMs,
    ).toBe(7000);
  });

  it('retries a call the client’s timeout ended (gaxios aborts it)', () => {
    const aborted = Object.assign(new Error('The operation was aborted.'), {
      cause: Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }),
    });
    expect(classifyGoogleError(aborted)).toMatchObject({ code: 'network', retryable: true });
  });

  it('retries a dropped connection', () => {
    const dropped = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(classifyGoogleError(dropped)).toMatchObject({ code: 'network', retryable: true });
  });
});
