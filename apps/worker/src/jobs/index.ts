import { announceJob } from './announce.job';
import { calendarSyncJob } from './calendar-sync.job';
import { calendarWriteJob } from './calendar-write.job';
import { driveSyncJob } from './drive-sync.job';
import { eventChangedJob } from './event-changed.job';
import { eventReminderJob } from './event-reminder.job';
import { grantCallChangedJob } from './grant-call-changed.job';
import { outboxRelayJob } from './outbox-relay.job';
import { grantReminderJob } from './grant-reminder.job';
import { weeklyDigestJob } from './weekly-digest.job';
import { reminderCheckJob } from './reminder-check.job';
import { freeSlotsJob } from './free-slots.job';
import type { WorkerJob } from './worker-job';

/** Every job the worker runs: to add one, write `jobs/<name>.job.ts` and list it here. */
export const workerJobs: readonly WorkerJob[] = [
  calendarSyncJob,
  driveSyncJob,
  outboxRelayJob,
  announceJob,
  grantCallChangedJob,
  grantReminderJob,
  weeklyDigestJob,
  reminderCheckJob,
  calendarWriteJob,
  eventChangedJob,
  eventReminderJob,
  freeSlotsJob,
];

export { calendarSyncJob, calendarSyncJobId } from './calendar-sync.job';
export { driveSyncJob, driveSyncJobId } from './drive-sync.job';
export type { WorkerContext, WorkerJob } from './worker-job';
