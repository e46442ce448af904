import type { AuditEntry, ClusterStore, OutboxMessage } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { Requester } from '../request';

/** What one write from chat leaves behind besides the change: its audit entry and messages. */
export interface WriteRecord {
  audit: Omit<AuditEntry, 'actor' | 'platform' | 'at'>;
  /** Outbox messages by key (a key already recorded is not recorded again). */
  tell?: ReadonlyArray<{ key: string; message: OutboxMessage }>;
}

/** How a person appears in the audit log: name and platform identity. */
export function actorOf(requester: Requester): string {
  return `${requester.displayName} (${requester.platform}:${requester.userId})`;
}

/**
 * Makes a change from chat, once and completely: the change, its audit entry and its outbox
 * messages in one store transaction (a change that returns no record wrote nothing); then the worker is woken to relay the messages (if it
 * cannot be reached, its own relay moves them later: nothing is lost).
 */
export async function writeFromChat<T>(
  requester: Requester,
  deps: Pick<ChatDeps, 'store' | 'clock' | 'jobs'>,
  change: (store: ClusterStore) => Promise<{ result: T; record?: WriteRecord }>,
): Promise<T> {
  const at = deps.clock.now();
  const { result, told } = await deps.store.transaction(async (store) => {
    const { result: done, record } = await change(store);
    // No record: the change found nothing to do (a problem to report, or nothing changed).
    if (!record) return { result: done, told: false };
    await store.audit.record({
      ...record.audit,
      actor: actorOf(requester),
      platform: requester.platform,
      at,
    });
    for (const { key, message } of record.tell ?? []) await store.outbox.add(key, message);
    return { result: done, told: (record.tell ?? []).length > 0 };
  });
  if (told) await deps.jobs.relayNow();
  return result;
}
