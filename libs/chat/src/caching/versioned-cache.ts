import type { Clock } from '@glokal/domain';
import { TtlCache } from './ttl-cache';

/**
 * Values made from the store, kept only under the store's change version they were read at
 * (read before the rows), and for at most the time `load` gives. A newer version empties the
 * cache: whatever a write changed is never served again, whichever process wrote it. A
 * request holding an older version (read before someone else's newer one) loads without
 * keeping what it loaded. Loads of one key at one version share one read.
 */
export class VersionedCache<V> {
  private readonly cache: TtlCache<V>;
  private latest: bigint | undefined;

  constructor(clock: Clock, maxEntries: number) {
    this.cache = new TtlCache(clock, maxEntries);
  }

  async get(
    key: string,
    version: bigint,
    load: () => Promise<{ value: V; ttlMs: number }>,
  ): Promise<V> {
    if (this.latest === undefined || version > this.latest) {
      this.cache.clear();
      this.latest = version;
    }
    if (version < this.latest) return (await load()).value;
    return this.cache.get(`${version}:${key}`, load);
  }
}
