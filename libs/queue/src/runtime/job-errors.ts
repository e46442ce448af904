/**
 * Thrown by a processor for a job that can never succeed (bad configuration, a calendar not
 * shared): BullMQ fails it at once instead of retrying.
 */
export { UnrecoverableError } from 'bullmq';
/**
 * Thrown by a processor right after `job.moveToDelayed(at, token)`: the job waits until `at`
 * (Google's or a platform's `Retry-After`) without using an attempt.
 */
export { DelayedError } from 'bullmq';
/** The queue handle type producers expose (for dashboards and counts). */
export type { Queue } from 'bullmq';
