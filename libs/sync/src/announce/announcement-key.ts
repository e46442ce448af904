import type { ChatPlatform } from '@glokal/domain';
import type { AnnouncedSubject } from '../ports/outbox';

const maxKeyLength = 500;

/**
 * The idempotency key of one announcement in one channel, e.g.
 * `announce:event:<event id>:slack:<channel id>`. The same subject and channel always give the
 * same key, so the store and the queue both know it was already sent. A subject id long
 * enough to break the key's limit is replaced by its hash.
 */
export function announcementKey(
  subject: AnnouncedSubject,
  platform: ChatPlatform,
  channelId: string,
): string {
  const [kind, id] =
    subject.type === 'event-announcement'
      ? ['event', subject.eventId]
      : ['document', subject.documentId];
  const key = `announce:${kind}:${id}:${platform}:${channelId}`;
  return key.length <= maxKeyLength
    ? key
    : `announce:${kind}:#${fnv1a64(id)}:${platform}:${channelId}`;
}

/** FNV-1a, 64 bits, as hex: stable and pure; enough to tell ids apart. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
