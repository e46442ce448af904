import type { Person } from '@glokal/domain';
import type { DeliveryJob } from '@glokal/queue';
import type { WorkerContext } from '../jobs/worker-job';

/**
 * A message to a person by DM, on the platform Glokal knows them from (Slack first); undefined
 * for someone with no chat identity.
 */
export function directMessageTo(
  person: Person,
  delivery: Pick<DeliveryJob, 'key' | 'locale' | 'message'>,
): DeliveryJob | undefined {
  const identity = person.slackUserId
    ? { platform: 'slack' as const, userId: person.slackUserId }
    : person.discordUserId
      ? { platform: 'discord' as const, userId: person.discordUserId }
      : undefined;
  if (!identity) return undefined;
  return {
    ...delivery,
    platform: identity.platform,
    workspaceId: 'direct',
    channelId: identity.userId,
    directMessage: true,
  };
}

/**
 * Claims a delivery's key and queues it for its chat app: false when the key was claimed
 * before and is past `pending` (sent, being sent, or given up), so a retried job sends once.
 */
export async function claimAndQueue(
  context: Pick<WorkerContext, 'store' | 'deliveries'>,
  delivery: DeliveryJob,
): Promise<boolean> {
  const claimed = await context.store.deliveries.claim({
    key: delivery.key,
    platform: delivery.platform,
    channelId: delivery.channelId,
  });
  if (!claimed && (await context.store.deliveries.byKey(delivery.key))?.state !== 'pending')
    return false;
  await context.deliveries.enqueueDelivery(delivery);
  return true;
}
