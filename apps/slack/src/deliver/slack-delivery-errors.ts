import { WebAPIPlatformError, WebAPIRateLimitedError } from '@slack/web-api';
import { DeliveryRateLimited, DeliveryRejected } from '@glokal/queue/delivery';

/**
 * Slack errors that retrying cannot fix: the channel or the bot's access is gone, or the
 * message itself is refused. Everything else (5xx, network, `internal_error`) is retried.
 */
const permanent = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
  'not_allowed_token_type',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'ekm_access_denied',
  'team_access_not_granted',
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'too_many_attachments',
  'invalid_arguments',
  // A direct message to someone who cannot get one.
  'user_not_found',
  'user_not_visible',
  'user_disabled',
  'cannot_dm_bot',
]);

/** The queue's view of a Slack failure: wait out a 429, give up on a permanent refusal, else retry. */
export function toDeliveryError(error: unknown): unknown {
  if (error instanceof WebAPIRateLimitedError)
    return new DeliveryRateLimited(error.retryAfter * 1000);
  if (error instanceof WebAPIPlatformError && permanent.has(error.data.error))
    return new DeliveryRejected(error.data.error);
  return error;
}
