import { callStatusAt, type GrantCall, type Translator } from '@glokal/domain';
import type { ReplyAction, ReplyItem } from '../reply';
import { deadlineText } from '../format/deadline';
import { button, moreButton } from './button';

/** Whether a call can still be followed: it is open or announced and its deadline is ahead. */
export function canFollow(call: GrantCall, now: Date): boolean {
  const status = callStatusAt(call, now);
  return status === 'open' || status === 'forthcoming';
}

/** Unfollow for a follower (always, so they can stop); Follow while the call can be followed. */
export function followButton(
  call: GrantCall,
  following: boolean,
  t: Translator,
  now: Date,
): ReplyAction[] {
  if (following)
    return button(t.t('grants:unfollow'), { type: 'follow', grantId: call.id, following: false });
  return !canFollow(call, now)
    ? []
    : button(
        t.t('grants:follow'),
        { type: 'follow', grantId: call.id, following: true },
        'primary',
      );
}

/**
 * One call in a list: programme, deadline (viewer's zone and the call's own), time left, its
 * status unless open (a call past its deadline reads closed), buttons.
 */
export function grantItem(
  call: GrantCall,
  t: Translator,
  now: Date,
  following: boolean | undefined,
): ReplyItem {
  const deadline = deadlineText(call, t, now);
  const status = callStatusAt(call, now);
  return {
    title: call.title,
    ...(call.url ? { url: call.url } : {}),
    fields: [
      {
        label: t.t('grants:programme'),
        value: call.callCode ? `${call.programme} · ${call.callCode}` : call.programme,
        short: true,
      },
      {
        label: t.t('grants:deadline'),
        value: `${deadline.viewer} · ${deadline.left}`,
        short: true,
      },
    ],
    context: [
      ...(deadline.ownZone ? [deadline.ownZone] : []),
      ...(status === 'open' ? [] : [t.t(`grants:status.${status}`)]),
      ...(following ? [t.t('grants:you_follow')] : []),
    ],
    actions: [
      ...moreButton(t.t('chat:more'), 'grant', call.id),
      ...(following === undefined ? [] : followButton(call, following, t, now)),
    ],
  };
}
