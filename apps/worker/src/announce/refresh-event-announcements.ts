import type { ClusterStore } from '@glokal/domain';
import type { DeliveryProducer } from '@glokal/queue';
import type { Announcer } from '@glokal/sync';

/** At most one edit of an announcement per this long (Slack and Discord both limit edits). */
export const ANNOUNCEMENT_EDIT_EVERY_MS = 10_000;

/**
 * Queues an edit of every announcement of the event already posted (its answer counts, or
 * the event itself, changed): one delayed job per message and 10-second window, the job id
 * naming the window, so a burst of answers within it is one edit. The edit runs at the window's
 * end and renders what the store holds then, so the last state is always the one shown; a
 * change after that is in the next window and gets the next edit. Returns how many were queued.
 */
export async function refreshEventAnnouncements(
  deps: {
    announcer: Pick<Announcer, 'targets'>;
    store: Pick<ClusterStore, 'deliveries'>;
    deliveries: Pick<DeliveryProducer, 'enqueueDelivery'>;
    now: Date;
    everyMs?: number;
  },
  eventId: string,
): Promise<number> {
  const everyMs = deps.everyMs ?? ANNOUNCEMENT_EDIT_EVERY_MS;
  const now = deps.now.getTime();
  const window = Math.floor(now / everyMs);
  const delayMs = Math.max(1, (window + 1) * everyMs - now);
  const subject = { type: 'event-announcement', eventId } as const;
  let queued = 0;
  for (const target of await deps.announcer.targets(subject)) {
    const posted = await deps.store.deliveries.byKey(target.key);
    if (posted?.state !== 'sent' || !posted.messageId) continue;
    await deps.deliveries.enqueueDelivery(
      {
        ...target,
        key: `${target.key}:edit:${window}`,
        message: subject,
        edit: { messageId: posted.messageId },
      },
      { delayMs },
    );
    queued += 1;
  }
  return queued;
}
