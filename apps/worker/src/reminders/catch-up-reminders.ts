import { missedReminders, type ClusterStore, type Locale } from '@glokal/domain';
import { scheduleReminders, type Queue } from '@glokal/queue';
import type { Logger } from '@glokal/config';
import { reminderTargets } from './reminder-targets';
import { toReminderJob } from './replan-reminders';

/** Open calls read at a time. */
const PAGE = 200;

export interface CaughtUp {
  calls: number;
  late: number;
  dropped: number;
}

/**
 * After downtime (or a Redis that lost its queue): every open call is re-planned (through the
 * outbox, so its re-plans never overlap; what is already on the queue stays), and for each target and deadline the most recent
 * reminder missed since `since` — the last time the worker was known to look — is queued now;
 * it goes out once, marked late (its job id and delivery key are the reminder's, so one that
 * did go out is not sent again). Older missed ones are dropped and logged; reminders of
 * deadlines that have passed are not planned at all. Without `since` (the first start ever)
 * nothing is owed.
 */
export async function catchUpReminders(deps: {
  store: Pick<ClusterStore, 'grants' | 'subscriptions' | 'follows' | 'outbox'>;
  queue: Queue;
  /** Moves the re-plans recorded here to their queue. */
  relayNow(): Promise<void>;
  now: Date;
  since: Date | undefined;
  cluster: { timeZone: string; locale: Locale };
  logger: Logger;
}): Promise<CaughtUp> {
  const totals: CaughtUp = { calls: 0, late: 0, dropped: 0 };
  for (let offset = 0; ; offset += PAGE) {
    const page = await deps.store.grants.open({ deadlineFrom: deps.now }, { limit: PAGE, offset });
    for (const call of page.items) {
      totals.calls += 1;
      // Re-planned by the call's own job (one at a time per call), like any other change.
      await deps.store.outbox.add(`grant:${call.id}:reminders:catch-up:${deps.now.toISOString()}`, {
        type: 'grant-call-changed',
        grantId: call.id,
        change: 'reminders',
      });
      if (!deps.since) continue;
      const targets = await reminderTargets(deps.store, call.id, deps.cluster);
      const missed = missedReminders(call, targets, { since: deps.since, now: deps.now });
      await scheduleReminders(deps.queue, missed.late.map(toReminderJob), deps.now);
      totals.late += missed.late.length;
      totals.dropped += missed.dropped.length;
      if (missed.dropped.length > 0)
        deps.logger.info(
          { grantId: call.id, dropped: missed.dropped.map((reminder) => reminder.key) },
          'missed reminders dropped: a later one of the same target goes out instead',
        );
    }
    if (offset + PAGE >= page.total) break;
  }
  await deps.relayNow();
  return totals;
}
