import type { ClusterStore } from '@glokal/domain';

/**
 * The parts of the store a calendar sync writes (a page and its announcements in one
 * transaction), and the answers it reads (an event deleted that people are going to is kept).
 */
export type CalendarSyncStore = Pick<
  ClusterStore,
  'events' | 'syncState' | 'outbox' | 'transaction' | 'attendance'
>;

/** The parts of the store a drive sync writes (a batch and its announcements in one transaction). */
export type DriveSyncStore = Pick<
  ClusterStore,
  'documents' | 'syncState' | 'outbox' | 'transaction'
>;

/** The parts of the store announcements read and write. */
export type AnnouncementStore = Pick<ClusterStore, 'subscriptions' | 'deliveries' | 'events'>;

/** Where a sync reports what it is doing; a pino logger fits. */
export interface SyncLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export const silentLog: SyncLog = { info: () => undefined, warn: () => undefined };
