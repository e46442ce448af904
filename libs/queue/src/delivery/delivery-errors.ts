/**
 * Thrown by a platform's `deliver` when the platform answered 429: the consumer pauses the
 * whole delivery queue for `retryAfterMs` (the platform's Retry-After) and puts the job back
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
  override readonly name = 'DeliveryRejected';
  constructor(readonly reason: string) {
    super(`the chat platform refused the message: ${reason}`);
  }
}
