import type { ChatPlatform, Clock, ClusterStore, Person } from '@glokal/domain';
import { VersionedCache } from './versioned-cache';

/**
 * A platform's members as the store knows them, remembered so a busy channel does not read the same
 * row on every command: under the store's change version the request read first, so any write
 * to people (this app's, the worker's, an import's) makes the next request read the row again.
 * `ttlMs` bounds how long a row is kept at all; 0 reads the store every time.
 */
export interface StoredPeople {
  /** The stored person, as of change `version` or later (undefined: read the store). */
  get(userId: string, version: bigint | undefined): Promise<Person | undefined>;
  /** The stored person, created the first time (with `displayName`). */
  ensure(userId: string, displayName: string): Promise<Person>;
}

export function storedPeople(
  platform: ChatPlatform,
  store: Pick<ClusterStore, 'people'>,
  clock: Clock,
  ttlMs: number,
): StoredPeople {
  const cache = new VersionedCache<Person | undefined>(clock, 10_000);
  const identity = (userId: string) => ({ platform, userId });
  const read = (userId: string) => store.people.byChatIdentity(identity(userId));
  return {
    get: (userId, version) =>
      ttlMs > 0 && version !== undefined
        ? cache.get(userId, version, async () => ({ value: await read(userId), ttlMs }))
        : read(userId),
    ensure: (userId, displayName) => store.people.ensure(identity(userId), displayName),
  };
}
