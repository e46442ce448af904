/**
 * How far the store has changed: a version that goes up, committed with the write, in every
 * transaction that writes what chat replies are made from (events, grant calls, documents,
 * organisations, subscriptions, people, attendance, follows), whoever writes it: chat, sync,
 * an import, another process. Reads leave it as it is. A cache that keys what it keeps on the
 * version read *before* reading the rows is never stale: the next write gives a new version.
 */
export interface StoreChanges {
  /** The current version, in one cheap query. */
  version(): Promise<bigint>;
}
