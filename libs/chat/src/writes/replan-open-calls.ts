import type { ClusterStore, OutboxMessage } from '@glokal/domain';

/** More open calls than a cluster has at once; each gets one message. */
const MAX_OPEN_CALLS = 1000;

/**
 * The outbox messages that re-plan the reminders of every open call after who is reminded, or
 * when, changed for a channel (it subscribed to `grants`, or chose its own offsets): one
 * `grant-call-changed` per call, keyed by the channel, what changed and the instant, so a
 * retried write records them once.
 */
export async function replanOpenCalls(
  store: Pick<ClusterStore, 'grants'>,
  why: { channel: string; change: string; at: Date },
): Promise<Array<{ key: string; message: OutboxMessage }>> {
  const open = await store.grants.open(
    { deadlineFrom: why.at },
    { limit: MAX_OPEN_CALLS, offset: 0 },
  );
  return open.items.map((call) => ({
    key: `grant:${call.id}:reminders:${why.channel}:${why.change}:${why.at.toISOString()}`,
    message: { type: 'grant-call-changed', grantId: call.id, change: 'reminders' },
  }));
}
