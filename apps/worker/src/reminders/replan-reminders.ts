import {
  planReminders,
  type ClusterStore,
  type Locale,
  type PlannedReminder,
} from '@glokal/domain';
import {
  scheduleReminders,
  unscheduleRemindersBut,
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
 * reminder already scheduled stays as it is), and every other reminder of the call — of the
 * deadline before an extension, of offsets since changed, of a channel or follower gone, or
 * all of them for a closed or deleted call — is taken off the queue. A reminder that is left
 * (it was running, or due and waiting) checks the call when it runs and sends nothing stale.
 */
export async function replanReminders(
  deps: {
    store: Pick<ClusterStore, 'grants' | 'subscriptions' | 'follows'>;
    queue: Queue;
    now: Date;
    cluster: { timeZone: string; locale: Locale };
  },
  grantId: string,
): Promise<{ scheduled: number; removed: number }> {
  const call = await deps.store.grants.byId(grantId);
  const targets = await reminderTargets(deps.store, grantId, deps.cluster);
  const planned = call ? planReminders(call, targets, { now: deps.now }) : [];
  const keep = new Set(planned.map((reminder) => reminder.key));
  const removed = await unscheduleRemindersBut(deps.queue, grantId, [...keep]);
  await scheduleReminders(deps.queue, planned.map(toReminderJob), deps.now);
  return { scheduled: planned.length, removed };
}
