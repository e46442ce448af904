import { deadlineInstant, planReminders, type GrantCall, type LocalDeadline } from '@glokal/domain';
import { queues, type DeliveryJob, type GrantReminderJob } from '@glokal/queue';
import { currentTarget } from '../reminders/reminder-targets';
import { claimAndQueue, directMessageTo } from '../reminders/direct-message';
import type { WorkerContext } from './worker-job';
import { defineWorkerJob } from './worker-job';

/** A reminder this much after its time went out while the worker was down: it says it is late. */
export const LATE_AFTER_MS = 10 * 60_000;

type Outcome =
  | { sent: true; late: boolean }
  | {
      sent: false;
      why:
        | 'call-gone'
        | 'deadline-changed'
        | 'target-gone'
        | 'deadline-passed'
        | 'superseded'
        | 'offsets-changed'
        | 'already-sent'
        | 'no-identity';
    };

const same = (a: LocalDeadline, b: LocalDeadline) =>
  a.local === b.local && a.timeZone === b.timeZone;

function deadlineOf(call: GrantCall, which: GrantReminderJob['which']): LocalDeadline | undefined {
  return which === 'internal' ? call.internalDeadline : call.deadline;
}

/**
 * Sends one due reminder, after checking it still stands: the call is open, the deadline is
 * the one it was planned for (an extension makes it stale), the channel still subscribes or
 * the person still follows, and the reminder is still in the call's plan (offsets may change). After downtime only the most recent missed reminder of a target
 * goes out, marked late; an older one is dropped (the next one is due too), and so is any
 * reminder of a deadline that has passed. The delivery key is the reminder's key, so a
 * retried job posts once.
 */
async function sendReminder(context: WorkerContext, data: GrantReminderJob): Promise<Outcome> {
  const now = context.clock.now();
  const call = await context.store.grants.byId(data.grantId);
  if (!call || call.status === 'closed' || call.status === 'cancelled')
    return { sent: false, why: 'call-gone' };
  const deadline = deadlineOf(call, data.which);
  if (!deadline || !same(deadline, data.deadline)) return { sent: false, why: 'deadline-changed' };
  if (deadlineInstant(deadline).getTime() <= now.getTime())
    return { sent: false, why: 'deadline-passed' };
  const cluster = { timeZone: context.clusterTimeZone, locale: context.clusterLocale };
  const target = await currentTarget(context.store, call.id, data.target, cluster);
  if (!target) return { sent: false, why: 'target-gone' };
  // The call's or the channel's offsets may have changed since it was planned.
  const stillPlanned = planReminders(call, [target], {
    now: new Date(new Date(data.at).getTime() - 1),
  }).some(
    (reminder) =>
      reminder.which === data.which &&
      reminder.offset.unit === data.offset.unit &&
      reminder.offset.amount === data.offset.amount,
  );
  if (!stillPlanned) return { sent: false, why: 'offsets-changed' };
  const next = planReminders(call, [target], { now: new Date(data.at) }).find(
    (reminder) => reminder.which === data.which && reminder.key !== data.key,
  );
  if (next && next.at.getTime() <= now.getTime()) {
    context.logger.info(
      { key: data.key, next: next.key },
      'missed reminder dropped: a later one is due',
    );
    return { sent: false, why: 'superseded' };
  }
  const late = now.getTime() - new Date(data.at).getTime() > LATE_AFTER_MS;
  const delivery = await deliveryOf(context, data, target, late);
  if (!delivery) return { sent: false, why: 'no-identity' };
  if (!(await claimAndQueue(context, delivery))) return { sent: false, why: 'already-sent' };
  if (late) context.logger.warn({ key: data.key }, 'reminder sent late, after downtime');
  return { sent: true, late };
}

async function deliveryOf(
  context: WorkerContext,
  data: GrantReminderJob,
  target: GrantReminderJob['target'],
  late: boolean,
): Promise<DeliveryJob | undefined> {
  const message = {
    type: 'grant-reminder' as const,
    grantId: data.grantId,
    which: data.which,
    deadline: data.deadline,
    late,
  };
  if (target.kind === 'channel') {
    return {
      key: data.key,
      platform: target.platform,
      workspaceId: target.workspaceId,
      channelId: target.channelId,
      locale: target.locale,
      message,
    };
  }
  const person = (await context.store.follows.followers(data.grantId)).find(
    (follower) => follower.id === target.personId,
  );
  return person
    ? directMessageTo(person, {
        key: data.key,
        locale: target.locale,
        message: { ...message, viewerZone: target.timeZone },
      })
    : undefined;
}

/** Due reminders of grant deadlines (see `replanReminders` for how they are scheduled). */
export const grantReminderJob = defineWorkerJob({
  queue: queues.grantReminders,
  process: (context) => (data) => sendReminder(context, data),
});
