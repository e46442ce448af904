import type { GrantCall, GrantCallChange, OutboxMessage } from '@glokal/domain';

/** What a change to a call means for the worker (reminders, announcements). */
export function changeOf(before: GrantCall, after: GrantCall): GrantCallChange {
  if (after.status !== before.status && (after.status === 'closed' || after.status === 'cancelled'))
    return 'closed';
  const moved =
    before.deadline.local !== after.deadline.local ||
    before.deadline.timeZone !== after.deadline.timeZone;
  return moved ? 'extended' : 'edited';
}

/** The outbox message of a change, keyed so a retried write records it once. */
export function callChanged(
  before: GrantCall,
  after: GrantCall,
  at: Date,
): { key: string; message: OutboxMessage } {
  const change = changeOf(before, after);
  const key =
    change === 'extended'
      ? `grant:${after.id}:extended:${after.deadline.local}:${after.deadline.timeZone}`
      : `grant:${after.id}:${change}:${at.toISOString()}`;
  return {
    key,
    message: {
      type: 'grant-call-changed',
      grantId: after.id,
      change,
      ...(change === 'extended' ? { previousDeadline: before.deadline } : {}),
    },
  };
}

/** The names of the fields a change touched, for the history. */
export function changedFields(before: GrantCall, after: GrantCall): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  // The history of deadlines and the store's own bookkeeping are not fields people change.
  for (const kept of ['previousDeadlines', 'updatedAt', 'revision']) keys.delete(kept);
  return [...keys].filter(
    (key) =>
      JSON.stringify(before[key as keyof GrantCall]) !==
      JSON.stringify(after[key as keyof GrantCall]),
  );
}
