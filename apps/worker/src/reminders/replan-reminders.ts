import {
  planReminders,
  type ClusterStore,
  type GrantCall,
  type LocalDeadline,
  type Locale,
  type PlannedReminder,
} from '@glokal/domain';
import {
  scheduleReminders,
  unscheduleReminders,
  type GrantReminderJob,
  type Queue,
} from '@glokal/queue';
import { reminderTargets } from './reminder-targets';

export function toReminderJob(reminder: PlannedReminder): GrantReminderJob {
  const { target } = reminder;
  return {
    key: reminder.key,
    grantId: reminder.grantId,
    which: reminder.which,
    deadline: reminder.deadline,
    offset: reminder.offset,
    target:
      target.kind === 'channel'
        ? {
            kind: 'channel',
            platform: target.platform,
            workspaceId: target.workspaceId,
            channelId: target.channelId,
            locale: target.locale,
          }
        : target,
    at: reminder.at.toISOString(),
  };
}

/**
 * Makes a call's scheduled reminders match the call as it is now: its plan is scheduled (a
 * reminder already scheduled stays as it is), and the reminders planned for the deadline it
 * had before (`previous`, an extension) — or all of them, for a closed or deleted call — are
 * taken off the queue. A reminder that escapes removal checks the call when it runs and sends
 * nothing, so old reminders never fire after an extension.
 */
export async function replanReminders(
  deps: {
    store: Pick<ClusterStore, 'grants' | 'subscriptions' | 'follows'>;
    queue: Queue;
    now: Date;
    cluster: { timeZone: string; locale: Locale };
  },
  grantId: string,
  previous: LocalDeadline | undefined,
): Promise<{ scheduled: number; removed: number }> {
  const call = await deps.store.grants.byId(grantId);
  const targets = await reminderTargets(deps.store, grantId, deps.cluster);
  const planned = call ? planReminders(call, targets, { now: deps.now }) : [];
  const keep = new Set(planned.map((reminder) => reminder.key));
  const before: GrantCall[] = call
    ? [call, ...(previous ? [{ ...call, status: 'open' as const, deadline: previous }] : [])]
    : [];
  const stale = before
    .flatMap((version) => planReminders({ ...version, status: 'open' }, targets, { now: deps.now }))
    .map((reminder) => reminder.key)
    .filter((key) => !keep.has(key));
  const removed = await unscheduleReminders(deps.queue, [...new Set(stale)]);
  await scheduleReminders(deps.queue, planned.map(toReminderJob), deps.now);
  return { scheduled: planned.length, removed };
}
