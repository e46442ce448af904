import type { ChatPlatform } from '../platform';

/**
 * One row per outbound chat message, keyed by a unique idempotency key (e.g.
 * `announce:event:<id>:slack:<channel>`), so that "once" holds across retries and restarts.
 */
export type DeliveryState = 'pending' | 'sent' | 'failed';

export interface Delivery {
  key: string;
  platform: ChatPlatform;
  channelId: string;
  state: DeliveryState;
  attempts: number;
  /** The platform's id of the posted message (Slack `ts`, Discord message id). */
  messageId?: string;
  lastError?: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveryRepository {
  /** Records a new delivery; false when the key is already known (nothing changes then). */
  claim(delivery: { key: string; platform: ChatPlatform; channelId: string }): Promise<boolean>;
  byKey(key: string): Promise<Delivery | undefined>;
  markSent(key: string, messageId: string | undefined): Promise<void>;
  markFailed(key: string, error: string): Promise<void>;
  /** Failed deliveries, newest first, for the dashboard and operators. */
  failed(limit: number): Promise<Delivery[]>;
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

/** Who changed what, for coordinators' actions and imports. */
export interface AuditEntry {
  actor: string;
  action: string;
  subject: string;
  detail?: Record<string, unknown>;
  at: Date;
}

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  recent(limit: number): Promise<AuditEntry[]>;
}
