import type { Clock } from '@glokal/domain';
import { VersionedCache } from './versioned-cache';

const MINUTE_MS = 60_000;

/**
 * Rendered replies (as the platform shows them, `A`) to commands that read the cluster and show nothing personal (their
 * definitions say `cacheable`), per command, options, page, language and zone: a channel
 * asking the same thing at once costs one query and one rendering. A reply is kept under the
 * store's change version it was rendered at, so the next write anywhere (chat, sync, an
 * import, another process) makes the next ask render again. It is also dropped at the next
 * minute boundary after its rendering began (and after `maxAgeMs` at most): replies read the
 * clock ("3 days left", "today", events that have ended), and what they show of it changes at
 * whole minutes, so within one minute a kept reply is what a new rendering would show.
 */
export class ReplyCache<A> {
  private readonly cache: VersionedCache<A>;

  constructor(
    private readonly clock: Clock,
    private readonly maxAgeMs: number,
  ) {
    this.cache = new VersionedCache(clock, 1000);
  }

  /** The reply for `key` at the store's change `version`; rendered when none is kept. */
  get(key: readonly unknown[], version: bigint, render: () => Promise<A>): Promise<A> {
    if (this.maxAgeMs <= 0) return render();
    return this.cache.get(JSON.stringify(key), version, async () => {
      const started = this.clock.now().getTime();
      const value = await render();
      const until = Math.min(
        (Math.floor(started / MINUTE_MS) + 1) * MINUTE_MS,
        started + this.maxAgeMs,
      );
      return { value, ttlMs: until - this.clock.now().getTime() };
    });
  }
}
