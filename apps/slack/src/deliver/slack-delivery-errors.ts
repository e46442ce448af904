import { WebAPIPlatformError, WebAPIRateLimitedError } from '@slack/web-api';
import {
  DeliveryRateLimited,
  DeliveryRejected,
  DeliveryUndeliverable,
} from '@glokal/queue/delivery';

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
  'invalid_metadata_format',
  'invalid_metadata_schema',
  'metadata_too_large',
  'msg_too_long',
  'no_text',
  'too_many_attachments',
  'invalid_arguments',
]);

/**
 * What `conversations.open` and `chat.postMessage` answer when the person cannot get a direct
 * message from the app: unknown, deactivated (their DM then archived) or hidden from the bot,
 * a bot, someone outside the workspace sharing no channel with it, or the app's Messages tab off.
 */
const cannotGetDm = new Set([
  'cannot_dm_bot',
  'user_not_found',
  'user_disabled',
  'user_not_visible',
  'invalid_user_combination',
  'messages_tab_disabled',
  'is_archived',
]);

/**
 * The queue's view of a Slack failure: wait out a 429; a direct message the person cannot
 * get is undeliverable (never tried again); give up on another permanent refusal; else retry.
 */
export function toDeliveryError(
  error: unknown,
  options: { directMessage?: boolean } = {},
): unknown {
  if (error instanceof WebAPIRateLimitedError)
    return new DeliveryRateLimited(error.retryAfter * 1000);
  if (!(error instanceof WebAPIPlatformError)) return error;
  const code = error.data.error;
  if (options.directMessage && cannotGetDm.has(code)) return new DeliveryUndeliverable(code);
  if (permanent.has(code) || cannotGetDm.has(code)) return new DeliveryRejected(code);
  return error;
}
