import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import {
  DeliveryRateLimited,
  DeliveryRejected,
  DeliveryUndeliverable,
} from '@glokal/queue/delivery';

/**
 * Discord's answers to a direct message that mean the person cannot get one from the bot:
 * they closed DMs from the server's members or blocked the bot (50007), share no server
 * with it any more (50278), or the account is gone (10013 Unknown User, 50033 Invalid
 * Recipient when the DM channel is opened). Retrying cannot help.
 */
const cannotGetDirectMessages: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.CannotSendMessagesToThisUserDueToHavingNoMutualGuilds,
  RESTJSONErrorCodes.UnknownUser,
  RESTJSONErrorCodes.InvalidRecipients,
]);

/**
 * Discord's answer as the queue understands it: wait (429, Retry-After, no attempt used),
 * give up for good (a DM the person cannot get: undeliverable), give up (another 4xx), or
 * retry (5xx, network, timeout).
 */
export function toDeliveryError(
  error: unknown,
  job: { directMessage?: boolean | undefined },
): unknown {
  if (error instanceof RateLimitError)
    return new DeliveryRateLimited(Math.max(error.retryAfter, error.timeToReset, 1));
  if (
    error instanceof DiscordAPIError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 429
  ) {
    const reason = `${error.status} ${error.code}: ${error.message}`;
    if (
      job.directMessage &&
      typeof error.code === 'number' &&
      cannotGetDirectMessages.has(error.code)
    )
      return new DeliveryUndeliverable(reason);
    return new DeliveryRejected(reason);
  }
  if (error instanceof HTTPError && error.status >= 400 && error.status < 500)
    return new DeliveryRejected(`${error.status}: ${error.message}`);
  return error;
}
