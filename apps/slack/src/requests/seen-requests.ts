import type { FirstSightings } from '@glokal/queue/lock';
import type { Logger } from '@glokal/config';

/** How long a signed request is remembered: Slack's five minutes, plus a minute of clock skew. */
export const REPLAY_MEMORY_MS = 6 * 60_000;

export interface SeenRequests {
  /** True the first time this signature and timestamp arrive; false for a replay. */
  firstTime(signature: string, timestamp: string): Promise<boolean>;
}

/**
 * This process's own memory of requests, for an app that runs without Redis. A Map keeps its
 * keys in the order they came, each remembered for the same time, so the ones to forget are
 * always at the front: forgetting stops at the first still remembered (a request costs the
 * same with 10 or 100,000 remembered).
 */
export function seenInThisProcess(now: () => number = Date.now): SeenRequests {
  const seen = new Map<string, number>();
  return {
    async firstTime(signature, timestamp) {
      const at = now();
      for (const [key, until] of seen) {
        if (until > at) break;
        seen.delete(key);
      }
      const key = `${timestamp}:${signature}`;
      if (seen.has(key)) return false;
      seen.set(key, at + REPLAY_MEMORY_MS);
      return true;
    },
  };
}

/**
 * Requests remembered in Redis, so every Slack instance behind a load balancer refuses a
 * replay the first one took. While Redis cannot answer, this process's memory stands in.
 */
export function seenAcrossInstances(
  sightings: FirstSightings,
  logger: Pick<Logger, 'warn'>,
  now: () => number = Date.now,
): SeenRequests {
  const fallback = seenInThisProcess(now);
  return {
    async firstTime(signature, timestamp) {
      try {
        return await sightings.firstTime(
          `slack-request:${timestamp}:${signature}`,
          REPLAY_MEMORY_MS,
        );
      } catch {
        logger.warn(
          'Redis did not answer: replayed Slack requests are remembered in this process only',
        );
        return fallback.firstTime(signature, timestamp);
      }
    },
  };
}
