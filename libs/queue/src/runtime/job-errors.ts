/**
 * Thrown by a processor for a job that can never succeed (bad configuration, a calendar not
 * shared): BullMQ fails it at once instead of retrying.
 */
export { UnrecoverableError } from 'bullmq';
/** The queue handle type producers expose (for dashboards and counts). */
export type { Queue } from 'bullmq';
