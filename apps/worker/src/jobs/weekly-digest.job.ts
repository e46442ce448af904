import type { ChatPlatform } from '@glokal/domain';
import { isoWeekOf } from '@glokal/domain/period';
import { isEmptyDigest, weeklyDigestContents } from '@glokal/chat/announcements';
import { queues, type WeeklyDigestJob } from '@glokal/queue';
import { defineWorkerJob, type JobSchedule, type WorkerContext } from './worker-job';

/** The digest's scheduler: Mondays at 08:00 on the cluster's wall clock. */
export const WEEKLY_DIGEST_SCHEDULER = 'weekly-digest';

/**
 * Monday 08:00 in `zone`, as a cron pattern read in that zone: BullMQ computes each next run
 * on the zone's wall clock, so it stays 08:00 when the clocks change (07:00 UTC in winter in
 * Warsaw, 06:00 UTC in summer).
 */
export function weeklyDigestSchedule(zone: string): JobSchedule<WeeklyDigestJob> {
  return { id: WEEKLY_DIGEST_SCHEDULER, pattern: '0 8 * * 1', tz: zone, data: {} };
}

/** One digest per channel and ISO week, whatever retries or second runs happen. */
export function digestDeliveryKey(week: string, platform: ChatPlatform, channelId: string): string {
  return `digest:${week}:${platform}:${channelId}`;
}

async function sendDigest(context: WorkerContext, data: WeeklyDigestJob) {
  const now = context.clock.now();
  const week = data.week ?? isoWeekOf(now, context.clusterTimeZone);
  const contents = await weeklyDigestContents(week, {
    store: context.store,
    clusterTimeZone: context.clusterTimeZone,
    now,
  });
  if (isEmptyDigest(contents)) {
    context.logger.info({ week }, 'weekly digest has nothing in it; not sent');
    return { week, queued: 0, empty: true };
  }
  let queued = 0;
  for (const subscription of await context.store.subscriptions.forTopic('digest')) {
    const { platform, workspaceId, channelId, locale } = subscription;
    const key = digestDeliveryKey(week, platform, channelId);
    const claimed = await context.store.deliveries.claim({ key, platform, channelId });
    if (!claimed && (await context.store.deliveries.byKey(key))?.state !== 'pending') continue;
    await context.deliveries.enqueueDelivery({
      key,
      platform,
      workspaceId,
      channelId,
      locale,
      message: { type: 'weekly-digest', week },
    });
    queued += 1;
  }
  return { week, queued, empty: false };
}

/**
 * The weekly digest: each channel subscribed to `digest` gets, in its language, the week's
 * events, the grant deadlines of the next 30 days and the documents of the past week. The
 * chat app reads the digest again when it sends (so it is never stale); an empty one is not
 * sent. The scheduler is kept with the sync schedulers (tests run the job by hand).
 */
export const weeklyDigestJob = defineWorkerJob({
  queue: queues.weeklyDigest,
  schedules: (context) =>
    context.syncSchedules ? [weeklyDigestSchedule(context.clusterTimeZone)] : 'unmanaged',
  exclusiveKey: () => 'weekly-digest',
  process: (context) => (data) => sendDigest(context, data),
});
