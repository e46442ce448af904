/**
 * Thrown by a platform's `deliver` when the platform answered 429 (or its SDK knows the limit
 * is spent): the consumer delays the job for `retryAfterMs` (the platform's Retry-After)
 * without counting an attempt.
 */
export class DeliveryRateLimited extends Error {
  override readonly name = 'DeliveryRateLimited';
  constructor(readonly retryAfterMs: number) {
    super(`rate limited by the chat platform for ${retryAfterMs} ms`);
  }
}

/**
 * Thrown by `deliver` when retrying cannot help (the channel is gone, the bot was removed, the
 * message is refused): the delivery is marked failed at once, with `reason` for operators.
 */
export class DeliveryRejected extends Error {
  override readonly name: string = 'DeliveryRejected';
  constructor(readonly reason: string) {
    super(`the chat platform refused the message: ${reason}`);
  }
}

/**
 * Thrown by `deliver` when the recipient or the channel cannot receive the message at all (a
 * DM to someone who is gone or does not take DMs, a channel deleted, archived or closed to the
 * bot): the delivery is marked failed and undeliverable, with `reason`, and never retried.
 */
export class DeliveryUndeliverable extends DeliveryRejected {
  override readonly name: string = 'DeliveryUndeliverable';
}
