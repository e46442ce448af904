import type { Clock } from '@glokal/domain';

/**
 * A small map of values that expire (what a platform tells us about people, rows, replies). Loads of one key
 * share one request; the oldest entries go first when it is full.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  private readonly loading = new Map<string, Promise<V>>();

  constructor(
    private readonly clock: Clock,
    private readonly maxEntries: number,
  ) {}

  async get(key: string, load: () => Promise<{ value: V; ttlMs: number }>): Promise<V> {
    const now = this.clock.now().getTime();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now) return entry.value;
    const pending = this.loading.get(key);
    if (pending) return pending;
    const promise = load()
      .then(({ value, ttlMs }) => {
        this.entries.delete(key);
        this.entries.set(key, { value, expiresAt: this.clock.now().getTime() + ttlMs });
        while (this.entries.size > this.maxEntries) {
          const oldest = this.entries.keys().next();
          if (oldest.done) break;
          this.entries.delete(oldest.value);
        }
        return value;
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, promise);
    return promise;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every value (loads under way still land, under their own keys). */
  clear(): void {
    this.entries.clear();
  }
}
