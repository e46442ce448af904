import { classifyGoogleError, GoogleApiError } from './google-failure';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 32_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/**
 * Runs a Google call, retrying what Google says to retry (429, 403 rate/user-rate/quota
 * limits, 5xx, dropped connections) with exponential backoff and jitter, or after the
 * `Retry-After` Google sent. Anything else, and the last failure, is thrown as a
 * `GoogleApiError`. The client's own retries are off (they skip the 403 limits).
 */
export async function withBackoff<T>(
  call: () => Promise<T>,
  policy: RetryPolicy = defaultRetryPolicy,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const failure = classifyGoogleError(error);
      if (!failure.retryable || attempt >= policy.attempts)
        throw new GoogleApiError(failure, { cause: error });
      const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const delay = failure.retryAfterMs ?? exponential * (0.5 + policy.random() / 2);
      await policy.sleep(Math.min(delay, policy.maxDelayMs));
    }
  }
}
