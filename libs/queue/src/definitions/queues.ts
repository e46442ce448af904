import type { ChatPlatform } from '@glokal/domain';
import { DeliveryJob } from '../delivery/delivery-job';
import { defineQueue, keepFinished } from './define-queue';
import { QueueNames } from './queue-names';
import { CalendarSyncJob, DriveSyncJob } from './sync-jobs';
import {
  AnnounceJob,
  CalendarWriteJob,
  EventChangedJob,
  GrantCallChangedJob,
  OutboxRelayJob,
} from './outbox-jobs';
import { EventReminderQueueJob } from './event-reminder-jobs';
import { GrantReminderJob, ReminderCheckJob } from './reminder-jobs';
import { WeeklyDigestJob } from './digest-jobs';
import { FreeSlotsJob } from './free-slots-jobs';
import { DiscordEventJob } from './discord-event-jobs';

const day = 24 * 3600;

/**
 * Every queue of Glokal with its options. Sync jobs retry a few times with a long backoff (the
 * next scheduled run follows anyway); deliveries retry longer, because a message that never
 * goes out is visible to people. The relay keeps few finished jobs (it runs every second or
 * two); announce and grant-call jobs are idempotent, so retrying them is harmless.
 */
export const queues = {
  calendarSync: defineQueue({
    name: QueueNames.calendarSync,
    payload: CalendarSyncJob,
    jobOptions: { attempts: 4, backoff: { type: 'exponential', delay: 10_000 }, ...keepFinished },
    concurrency: 2,
    lockDurationMs: 60_000,
  }),
  driveSync: defineQueue({
    name: QueueNames.driveSync,
    payload: DriveSyncJob,
    jobOptions: { attempts: 4, backoff: { type: 'exponential', delay: 10_000 }, ...keepFinished },
    concurrency: 1,
    lockDurationMs: 60_000,
  }),
  deliverSlack: defineQueue({
    name: QueueNames.deliverSlack,
    payload: DeliveryJob,
    jobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 }, ...keepFinished },
    concurrency: 4,
    lockDurationMs: 30_000,
  }),
  deliverDiscord: defineQueue({
    name: QueueNames.deliverDiscord,
    payload: DeliveryJob,
    jobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 }, ...keepFinished },
    concurrency: 4,
    lockDurationMs: 30_000,
  }),
  outboxRelay: defineQueue({
    name: QueueNames.outboxRelay,
    payload: OutboxRelayJob,
    jobOptions: {
      attempts: 1,
      removeOnComplete: { count: 10 },
      removeOnFail: { count: 100, age: day },
    },
    concurrency: 1,
    lockDurationMs: 30_000,
  }),
  announce: defineQueue({
    name: QueueNames.announce,
    payload: AnnounceJob,
    jobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 }, ...keepFinished },
    concurrency: 2,
    lockDurationMs: 30_000,
  }),
  grantCallChanges: defineQueue({
    name: QueueNames.grantCallChanges,
    payload: GrantCallChangedJob,
    jobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 }, ...keepFinished },
    concurrency: 2,
    lockDurationMs: 30_000,
  }),
  /** One delayed job per planned reminder, its id from the reminder's key. */
  grantReminders: defineQueue({
    name: QueueNames.grantReminders,
    payload: GrantReminderJob,
    jobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 }, ...keepFinished },
    concurrency: 4,
    lockDurationMs: 30_000,
  }),
  /** Re-plans of an event's reminders: idempotent, so retried like the grant calls' changes. */
  eventChanges: defineQueue({
    name: QueueNames.eventChanges,
    payload: EventChangedJob,
    jobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 }, ...keepFinished },
    concurrency: 2,
    lockDurationMs: 30_000,
  }),
  /**
   * One delayed job per planned event reminder (to a person) or starting-soon note (to the
   * announcement channels), its id from the plan's key.
   */
  eventReminders: defineQueue({
    name: QueueNames.eventReminders,
    payload: EventReminderQueueJob,
    jobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 }, ...keepFinished },
    concurrency: 4,
    lockDurationMs: 30_000,
  }),
  /** Monday's digest: one job a week from its scheduler; claims a delivery key per channel. */
  weeklyDigest: defineQueue({
    name: QueueNames.weeklyDigest,
    payload: WeeklyDigestJob,
    jobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 10_000 }, ...keepFinished },
    concurrency: 1,
    lockDurationMs: 60_000,
  }),
  /**
   * Meetings written to Google Calendar: retried long with backoff (googleapis does not retry
   * POST or PATCH itself); the event's id makes a repeated insert one event.
   */
  calendarWrites: defineQueue({
    name: QueueNames.calendarWrites,
    payload: CalendarWriteJob,
    jobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 5_000 }, ...keepFinished },
    concurrency: 2,
    lockDurationMs: 60_000,
  }),
  /**
   * Free times a coordinator asked for: Google's free/busy is asked with backoff like the
   * calendar writes, but not for long (the coordinator is waiting for the answer).
   */
  freeSlots: defineQueue({
    name: QueueNames.freeSlots,
    payload: FreeSlotsJob,
    jobOptions: { attempts: 4, backoff: { type: 'exponential', delay: 2_000 }, ...keepFinished },
    concurrency: 2,
    lockDurationMs: 30_000,
  }),
  /**
   * Events mirrored to the Discord servers' Events tabs, consumed by the Discord app: one job
   * per event and few seconds (`queueDiscordEventMirror`); retried with backoff like deliveries.
   */
  discordEvents: defineQueue({
    name: QueueNames.discordEvents,
    payload: DiscordEventJob,
    jobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 }, ...keepFinished },
    concurrency: 2,
    lockDurationMs: 30_000,
  }),
  /** The reminders' catch-up check (see `ReminderCheckJob`); few finished runs kept. */
  reminderChecks: defineQueue({
    name: QueueNames.reminderChecks,
    payload: ReminderCheckJob,
    jobOptions: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 5_000 },
      removeOnComplete: { count: 10 },
      removeOnFail: { count: 100, age: day },
    },
    concurrency: 1,
    lockDurationMs: 60_000,
  }),
} as const;

/** The delivery queue a platform's app consumes. */
export function deliveryQueue(platform: ChatPlatform) {
  return platform === 'slack' ? queues.deliverSlack : queues.deliverDiscord;
}
