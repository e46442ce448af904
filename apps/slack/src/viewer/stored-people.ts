import type { Clock, ClusterStore, Person } from '@glokal/domain';
import { TtlCache } from './ttl-cache';

/**
 * Slack members as the store knows them, remembered for a few seconds so a busy channel does
 * not read the same row on every command. Whatever this app changes for a person is forgotten
 * at once (`forget`); changes made elsewhere show within `ttlMs`.
 */
export interface StoredPeople {
  get(userId: string): Promise<Person | undefined>;
  /** The stored person, created the first time (with `displayName`). */
  ensure(userId: string, displayName: string): Promise<Person>;
  forget(userId: string): void;
}

export function storedPeople(
  store: Pick<ClusterStore, 'people'>,
  clock: Clock,
  ttlMs: number,
): StoredPeople {
  const cache = new TtlCache<Person | undefined>(clock, 10_000);
  const identity = (userId: string) => ({ platform: 'slack' as const, userId });
  const read = (userId: string) => store.people.byChatIdentity(identity(userId));
  return {
    get: (userId) =>
      ttlMs > 0
        ? cache.get(userId, async () => ({ value: await read(userId), ttlMs }))
        : read(userId),
    async ensure(userId, displayName) {
      const person = await store.people.ensure(identity(userId), displayName);
      cache.delete(userId);
      return person;
    },
    forget: (userId) => cache.delete(userId),
  };
}
