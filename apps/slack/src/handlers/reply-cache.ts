import type { Clock } from '@glokal/domain';
import type { SlackAnswer } from './run-chat';
import { TtlCache } from '../viewer/ttl-cache';

/**
 * Rendered replies to commands that read the cluster and show nothing personal (their
 * definitions say `cacheable`), kept for a few seconds per command, options, page, language and
 * zone: a channel asking the same thing at once costs one query. The catalogue only changes
 * by sync (minutes apart), so a reply at most `ttlMs` old is as good as a fresh one.
 */
export class ReplyCache {
  private readonly cache: TtlCache<SlackAnswer>;

  constructor(
    clock: Clock,
    private readonly ttlMs: number,
  ) {
    this.cache = new TtlCache(clock, 1000);
  }

  get(key: readonly unknown[], render: () => Promise<SlackAnswer>): Promise<SlackAnswer> {
    if (this.ttlMs <= 0) return render();
    return this.cache.get(JSON.stringify(key), async () => ({
      value: await render(),
      ttlMs: this.ttlMs,
    }));
  }
}
