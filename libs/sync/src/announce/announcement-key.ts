import type { AnnouncementSubject, ChatPlatform } from '@glokal/domain';
import type { AnnouncedMessage } from '../ports/outbox';

const maxKeyLength = 500;

/** The kind and id an announcement's keys are made of; a grant call's change is part of it. */
function kindAndId(message: AnnouncedMessage): [string, string] {
  switch (message.type) {
    case 'event-announcement':
      return ['event', message.eventId];
    case 'document-announcement':
      return ['document', message.documentId];
    case 'grant-announcement':
      // Each extension is news of its own: the new deadline tells two extensions apart.
      return [
        'grant',
        message.change === 'extended' && message.extension
          ? `${message.grantId}:extended:${message.extension.to.local}`
          : `${message.grantId}:${message.change}`,
      ];
  }
}

/** The key with its id replaced by a hash when it would break the key's limit. */
function bounded(kind: string, id: string, rest: string): string {
  const key = `announce:${kind}:${id}${rest}`;
  return key.length <= maxKeyLength ? key : `announce:${kind}:#${fnv1a64(id)}${rest}`;
}

/**
 * The idempotency key of one announcement in one channel, e.g.
 * `announce:event:<event id>:slack:<channel id>`. The same subject and channel always give the
 * same key, so the store and the queue both know it was already sent. A subject id long
 * enough to break the key's limit is replaced by its hash.
 */
export function announcementKey(
  message: AnnouncedMessage,
  platform: ChatPlatform,
  channelId: string,
): string {
  const [kind, id] = kindAndId(message);
  return bounded(kind, id, `:${platform}:${channelId}`);
}

/**
 * The outbox key of a sync's announcement, e.g. `announce:event:<event id>`: an item is
 * announced once, however often the sync that found it runs again.
 */
export function announcementOutboxKey(subject: AnnouncementSubject): string {
  const [kind, id] = kindAndId(subject);
  return bounded(kind, id, '');
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
