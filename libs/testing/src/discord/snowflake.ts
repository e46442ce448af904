const discordEpoch = 1_420_070_400_000n;

/** Makes Discord-style ids: milliseconds since 2015 in the high bits, a counter below. */
export function snowflakes(start = Date.now()): () => string {
  let counter = 0n;
  const base = BigInt(start) - discordEpoch;
  return () => {
    counter += 1n;
    return ((base << 22n) | (counter & 0x3f_ffffn)).toString();
  };
}

/** A random interaction token, like Discord's (long, opaque). */
export function randomToken(): string {
  return `aW50ZXJhY3Rpb24${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
