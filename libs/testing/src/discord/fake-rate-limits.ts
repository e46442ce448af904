import { createHash } from 'node:crypto';

/**
 * Discord's rate limits as the fake can enforce them (off unless a test or a benchmark asks):
 * a global limit of requests per second for the bot, and a per-channel bucket for creating
 * messages.
 */
export interface FakeRateLimitSettings {
  /** Requests per second for the whole bot (Discord: 50); past it, 429 with `global: true`. */
  globalPerSecond?: number;
  /** `POST /channels/{id}/messages`: at most `limit` per `windowMs` in each channel. */
  channelMessages?: { limit: number; windowMs: number };
}

/** The limits Discord applies to a bot: 50 requests a second, 5 messages per 5 s in a channel. */
export const discordRateLimits: Required<FakeRateLimitSettings> = {
  globalPerSecond: 50,
  channelMessages: { limit: 5, windowMs: 5_000 },
};

/** What the limiter says about one request: go on (with the bucket's headers) or 429. */
export type RateLimitVerdict =
  | { limited: false; headers: Record<string, string> }
  | { limited: true; status: 429; body: unknown; headers: Record<string, string> };

interface Window {
  startedAt: number;
  used: number;
}

const channelMessagesRoute = /^\/channels\/(\d+)\/messages$/;
const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * Counts requests in fixed windows like Discord's buckets: the window opens with its first
 * request and resets `windowMs` later. Every response of a bucketed route carries the
 * `X-RateLimit-*` headers Discord sends, so a client can see the bucket empty before it is.
 */
export class FakeRateLimiter {
  #settings: FakeRateLimitSettings = {};
  #global: Window | undefined;
  readonly #buckets = new Map<string, Window>();
  /** 429s answered, by scope. */
  readonly answered = { global: 0, route: 0 };

  set(settings: FakeRateLimitSettings | undefined): void {
    this.#settings = settings ?? {};
    this.#global = undefined;
    this.#buckets.clear();
  }

  check(method: string, route: string, now = Date.now()): RateLimitVerdict {
    const perSecond = this.#settings.globalPerSecond;
    if (perSecond !== undefined) {
      const window = this.#open(this.#global, 1_000, now);
      this.#global = window;
      if (window.used >= perSecond) {
        this.answered.global += 1;
        const retryAfterMs = window.startedAt + 1_000 - now;
        return {
          limited: true,
          status: 429,
          body: {
            message: 'You are being rate limited.',
            retry_after: retryAfterMs / 1000,
            global: true,
          },
          headers: {
            'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))),
            'x-ratelimit-global': 'true',
            'x-ratelimit-scope': 'global',
          },
        };
      }
      window.used += 1;
    }
    const channelId = method === 'POST' ? channelMessagesRoute.exec(route)?.[1] : undefined;
    const bucket = this.#settings.channelMessages;
    if (channelId === undefined || !bucket) return { limited: false, headers: {} };
    const window = this.#open(this.#buckets.get(channelId), bucket.windowMs, now);
    this.#buckets.set(channelId, window);
    const resetAfterMs = window.startedAt + bucket.windowMs - now;
    const limited = window.used >= bucket.limit;
    if (!limited) window.used += 1;
    const headers = {
      'x-ratelimit-limit': String(bucket.limit),
      'x-ratelimit-remaining': String(bucket.limit - window.used),
      'x-ratelimit-reset': seconds(now + resetAfterMs),
      'x-ratelimit-reset-after': seconds(resetAfterMs),
      // Discord names a bucket by an opaque hash of the route, the same for every channel.
      'x-ratelimit-bucket': createHash('sha1')
        .update('POST /channels/:id/messages')
        .digest('hex')
        .slice(0, 32),
    };
    if (!limited) return { limited: false, headers };
    this.answered.route += 1;
    return {
      limited: true,
      status: 429,
      body: {
        message: 'You are being rate limited.',
        retry_after: resetAfterMs / 1000,
        global: false,
      },
      headers: {
        ...headers,
        'retry-after': String(Math.max(1, Math.ceil(resetAfterMs / 1000))),
        'x-ratelimit-scope': 'user',
      },
    };
  }

  #open(window: Window | undefined, windowMs: number, now: number): Window {
    return window && now < window.startedAt + windowMs ? window : { startedAt: now, used: 0 };
  }
}
