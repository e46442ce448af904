import type { GrantCall, Translator } from '@glokal/domain';
import type { ReplyAction, ReplyItem } from '../reply';
import { deadlineText } from '../format/deadline';
import { button, moreButton } from './button';

export function followButton(call: GrantCall, following: boolean, t: Translator): ReplyAction[] {
  return following
    ? button(t.t('grants:unfollow'), { type: 'follow', grantId: call.id, following: false })
    : button(
        t.t('grants:follow'),
        { type: 'follow', grantId: call.id, following: true },
        'primary',
      );
}

/** One call in a list: programme, deadline (viewer's zone and the call's own), time left, buttons. */
export function grantItem(
  call: GrantCall,
  t: Translator,
  now: Date,
  following: boolean | undefined,
): ReplyItem {
  const deadline = deadlineText(call, t, now);
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
      ...(call.status === 'forthcoming' ? [t.t('grants:status.forthcoming')] : []),
      ...(following ? [t.t('grants:you_follow')] : []),
    ],
    actions: [
      ...moreButton(t.t('chat:more'), 'grant', call.id),
      ...(following === undefined ? [] : followButton(call, following, t)),
    ],
  };
}
