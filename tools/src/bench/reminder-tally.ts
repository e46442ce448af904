/** One message a fake received: the delivery key it carries (undefined: none we know) and when, in real ms. */
export interface ArrivedMessage {
  key: string | undefined;
  channelId: string;
  at: number;
}

export interface Tally {
  /** Keys expected that reached the fake at least once. */
  delivered: number;
  /** Expected keys that never arrived. */
  lost: string[];
  /** Messages beyond the first of each expected key, and messages carrying no expected key. */
  duplicates: number;
  /** The last message's arrival (real ms); undefined when none arrived. */
  lastAt: number | undefined;
  /** Per channel that got anything, its first message's arrival (real ms). */
  firstPerChannel: Map<string, number>;
}

/** Counts messages at a fake against the delivery keys that should each arrive exactly once. */
export function tallyMessages(
  expected: readonly string[],
  messages: readonly ArrivedMessage[],
): Tally {
  const wanted = new Set(expected);
  const seen = new Set<string>();
  let duplicates = 0;
  let lastAt: number | undefined;
  const firstPerChannel = new Map<string, number>();
  for (const message of messages) {
    if (message.key !== undefined && wanted.has(message.key) && !seen.has(message.key))
      seen.add(message.key);
    else duplicates += 1;
    lastAt = Math.max(lastAt ?? message.at, message.at);
    const first = firstPerChannel.get(message.channelId);
    if (first === undefined || message.at < first) firstPerChannel.set(message.channelId, message.at);
  }
  return {
    delivered: seen.size,
    lost: expected.filter((key) => !seen.has(key)),
    duplicates,
    lastAt,
    firstPerChannel,
  };
}
