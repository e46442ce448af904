import type { GrantCall } from '@glokal/domain';
import { queues, type GrantCallChangedJob } from '@glokal/queue';
import { defineWorkerJob } from './worker-job';
import { replanReminders } from '../reminders/replan-reminders';
import { claimAndQueue, directMessageTo } from '../reminders/direct-message';

type SetDeadline = GrantCall['deadline'];

const same = (a: SetDeadline, b: SetDeadline) => a.local === b.local && a.timeZone === b.timeZone;

/**
 * The deadlines an extension moved between: from the one the message names to the deadline
 * that followed it in the call's history (its later extensions, then the current deadline), so
 * a second extension made before this job ran does not change what this one says.
 */
export function extensionOf(
  call: GrantCall,
  previous: SetDeadline | undefined,
): { from: SetDeadline; to: SetDeadline } | undefined {
  const history = [...(call.previousDeadlines ?? []), call.deadline];
  const from = previous ?? call.previousDeadlines?.at(-1);
  if (!from) return undefined;
  const index = history.findLastIndex((deadline) => same(deadline, from));
  const to = index >= 0 ? history[index + 1] : call.deadline;
  return to && !same(from, to) ? { from, to } : undefined;
}

/**
 * Reacts to a grant call's change, whatever path made it (form, button, import): an added or
 * extended call is announced to the channels subscribed to `grants`, and an extension is told
 * to each follower by DM.
 */
export const grantCallChangedJob = defineWorkerJob({
  queue: queues.grantCallChanges,
  // Two re-plans of one call must not interleave (one's removals would undo the other's plan).
  exclusiveKey: (data) => `grant-reminders:${data.grantId}`,
  process: (context) => async (data: GrantCallChangedJob) => {
    // Every change, by any path, re-plans the call's reminders; an extension replaces them.
    const reminders = await replanReminders(
      {
        store: context.store,
        queue: context.reminderQueue,
        now: context.clock.now(),
        cluster: { timeZone: context.clusterTimeZone, locale: context.clusterLocale },
      },
      data.grantId,
    );
    // Only new and extended calls are announced; edits, closing and new followers are not news.
    if (data.change !== 'added' && data.change !== 'extended') return { queued: 0, reminders };
    const call = await context.store.grants.byId(data.grantId);
    if (!call) return { queued: 0 };
    if (data.change === 'added') {
      return {
        queued: await context.announcer.announce({
          type: 'grant-announcement',
          grantId: call.id,
          change: 'added',
        }),
      };
    }
    const extension = extensionOf(call, data.previousDeadline);
    const subject = {
      type: 'grant-announcement' as const,
      grantId: call.id,
      change: 'extended' as const,
      ...(extension ? { extension } : {}),
    };
    const queued = await context.announcer.announce(subject);
    // Followers hear of it too, once each, by DM in their language and zone.
    const to = extension?.to ?? call.deadline;
    let told = 0;
    for (const person of await context.store.follows.followers(call.id)) {
      const delivery = directMessageTo(person, {
        key: `announce:grant:${call.id}:extended:${to.local}@${to.timeZone}:person:${person.id}`,
        locale: person.locale ?? context.clusterLocale,
        message: {
          ...subject,
          follower: { viewerZone: person.timeZone ?? context.clusterTimeZone },
        },
      });
      if (delivery && (await claimAndQueue(context, delivery))) told += 1;
    }
    return { queued: queued + told };
  },
});
