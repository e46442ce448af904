import type { z } from 'zod';
import type { Logger } from '@glokal/config';
import type { Clock } from '@glokal/domain';
import { GoogleApiError } from '@glokal/google';
import { DelayedError, type QueueProcessor } from '@glokal/queue';

type QueueJob = Parameters<QueueProcessor<z.ZodType>>[1];

/** How many times a job may start per attempt it has, waits for `Retry-After` included. */
const maxStarts = 4;

/**
 * When Google said when to come back (`Retry-After` on a rate limit or 5xx), puts the job back
 * in the queue until then, no attempt used, and throws BullMQ's `DelayedError`; otherwise
 * returns and the caller handles the failure. A Google that keeps asking to wait is in the
 * end retried (and failed) like any failure.
 */
export async function waitForRetryAfter(
  error: unknown,
  job: QueueJob,
  token: string | undefined,
  deps: { clock: Clock; logger: Logger },
): Promise<void> {
  const failure = error instanceof GoogleApiError ? error.failure : undefined;
  if (!failure?.retryable || failure.retryAfterMs === undefined) return;
  if (job.attemptsStarted > maxStarts * (job.opts.attempts ?? 1)) return;
  deps.logger.warn(
    { code: failure.code, retryAfterMs: failure.retryAfterMs },
    'Google asked to wait; the job waits for Retry-After',
  );
  await job.moveToDelayed(deps.clock.now().getTime() + failure.retryAfterMs, token);
  throw new DelayedError();
}
