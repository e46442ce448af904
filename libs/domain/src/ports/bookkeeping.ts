import type { ChatPlatform } from '../platform';

/**
 * One row per outbound chat message, keyed by a unique idempotency key (e.g.
 * `announce:event:<id>:slack:<channel>`), so that "once" holds across retries and restarts.
 * `pending` (claimed) → `sending` (written before each call to the platform, so a retry knows
 * an earlier try may have reached it) → `sent` | `failed`.
 */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed';

export interface Delivery {
  key: string;
  platform: ChatPlatform;
  channelId: string;
  state: DeliveryState;
  /** Calls to the platform begun (each `markSending`). */
  attempts: number;
  /**
   * When the first call to the platform began: from then on the message may exist on the
   * platform even if the store never heard back, so a retry looks for it from this time.
   */
  sendingSince?: Date;
  /** The platform's id of the posted message (Slack `ts`, Discord message id). */
  messageId?: string;
  lastError?: string;
  /** Failed because the recipient or channel cannot receive it (gone, archived, DMs closed): never retried. */
  undeliverable?: true;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveryRepository {
  /** Records a new delivery; false when the key is already known (nothing changes then). */
  claim(delivery: { key: string; platform: ChatPlatform; channelId: string }): Promise<boolean>;
  byKey(key: string): Promise<Delivery | undefined>;
  /**
   * Marks the delivery `sending` before a call to the platform: counts the attempt, keeps the
   * first such time (`sendingSince`) and returns the row as it now is.
   */
  markSending(key: string): Promise<Delivery>;
  markSent(key: string, messageId: string | undefined): Promise<void>;
  /** Records a try that failed but may be retried; the state stays as it is (`sending`). */
  recordError(key: string, error: string): Promise<void>;
  /** Gives up: `undeliverable` when the recipient or channel cannot receive the message. */
  markFailed(key: string, error: string, options?: { undeliverable?: boolean }): Promise<void>;
  /** Failed deliveries, newest first, for the dashboard and operators. */
  failed(limit: number): Promise<Delivery[]>;
  /** Deliveries given up as undeliverable whose key starts with `keyPrefix` (a call's reminders), newest first. */
  undeliverable(keyPrefix: string, limit: number): Promise<Delivery[]>;
}

/** A sync source's cursor: Calendar `syncToken`, Drive `startPageToken`. */
export interface SyncState {
  source: string;
  cursor?: string;
  lastSuccessAt?: Date;
  lastError?: string;
  updatedAt: Date;
}

export interface SyncStateRepository {
  get(source: string): Promise<SyncState | undefined>;
  saveCursor(source: string, cursor: string | undefined, at: Date): Promise<void>;
  recordError(source: string, error: string, at: Date): Promise<void>;
}

/** Who changed what, for coordinators' actions, subscriptions, settings and imports. */
export interface AuditEntry {
  /** Who: a person's display name and platform id (`Ola Nowak (slack:U123)`), `import`, `sync`. */
  actor: string;
  /** Where the change came from: `slack`, `discord`, `console`, `import`, `sync`. */
  platform?: string;
  /** What was done, dotted: `grant.add`, `grant.extend`, `subscription.add`, `import.grants`. */
  action: string;
  /** What it was done to: a grant call's id, `slack:C123`, a file name. */
  subject: string;
  detail?: Record<string, unknown>;
  /** The subject before and after the change (absent for a creation or a removal). */
  before?: unknown;
  after?: unknown;
  at: Date;
}

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** Newest first; `offset` pages further back. */
  recent(limit: number, offset?: number): Promise<AuditEntry[]>;
}
