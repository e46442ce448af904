const discordEpoch = 1_420_070_400_000n;

/**
 * Makes Discord-style ids: milliseconds since 2015 (when the id is made) in the high bits, so
 * `?after=`/`?before=` by time work as on Discord; ids only grow, even within one millisecond.
 */
export function snowflakes(now: () => number = Date.now): () => string {
  let last = 0n;
  return () => {
    const fromTime = (BigInt(now()) - discordEpoch) << 22n;
    last = fromTime > last ? fromTime : last + 1n;
    return last.toString();
  };
}

/** When a snowflake was made, in milliseconds since 1970. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + discordEpoch);
}

/** A random interaction token, like Discord's (long, opaque). */
export function randomToken(): string {
  return `aW50ZXJhY3Rpb24${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
