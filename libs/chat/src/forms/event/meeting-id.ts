import { createHash } from 'node:crypto';
import type { Requester } from '../../request';

const base32hex = '0123456789abcdefghijklmnopqrstuv';

/** Characters of a meeting's id: 160 bits of the hash, well within Calendar's 5–1024. */
export const MEETING_ID_LENGTH = 32;

/** Bytes as lower-case base32hex (RFC 4648 §7), without padding: `a`–`v` and `0`–`9` only. */
function toBase32hex(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += base32hex[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += base32hex[(value << (5 - bits)) & 31];
  return out;
}

/**
 * The id of a meeting scheduled from chat, chosen by Glokal and used both in the store and as
 * the Google Calendar event id: base32hex of SHA-256 over who asked (platform and user id) and
 * what they asked for (title and start as written, and its zone). The same form sent twice
 * makes the same id, so it is one meeting; another title or start is another meeting.
 */
export function meetingId(
  requester: Pick<Requester, 'platform' | 'userId'>,
  request: { title: string; startLocal: string; zone: string },
): string {
  const hash = createHash('sha256')
    .update(
      JSON.stringify([
        'glokal-meeting',
        requester.platform,
        requester.userId,
        request.title,
        request.startLocal,
        request.zone,
      ]),
    )
    .digest();
  return toBase32hex(hash).slice(0, MEETING_ID_LENGTH);
}
