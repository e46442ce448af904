import { createHash } from 'node:crypto';

/** Discord takes a nonce of at most 25 characters. */
export const NONCE_LENGTH = 25;

/**
 * The nonce every try of a delivery sends with its message: the first 25 characters of the
 * key's SHA-256 in base64url (150 bits), the same for the same key in every process, so a
 * retry that Discord recognises within its nonce window gets the first try's message back.
 */
export function deliveryNonce(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, NONCE_LENGTH);
}
