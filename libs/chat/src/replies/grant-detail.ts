import type { GrantCall, Translator } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { Requester } from '../request';
import { reply, type Reply } from '../reply';
import { deadlineText } from '../format/deadline';
import { knownPerson } from '../people';
import { followButton } from './grant-item';

/** One call in full: programme, code, deadline (both zones), time left, funding, Follow/Unfollow. */
export async function grantDetail(
  call: GrantCall,
  requester: Requester,
  deps: ChatDeps,
  t: Translator,
  note?: string,
): Promise<Reply> {
  const now = deps.clock.now();
  const person = await knownPerson(requester, deps);
  const following = person ? await deps.store.follows.isFollowing(person.id, call.id) : false;
  const deadline = deadlineText(call, t, now);
  const open = call.status === 'open' || call.status === 'forthcoming';
  return reply({
    title: call.programme,
    ...(note ? { summary: note } : {}),
    items: [
      {
        title: call.title,
        ...(call.url ? { url: call.url } : {}),
        ...(call.description ? { text: call.description } : {}),
        fields: [
          { label: t.t('grants:deadline'), value: deadline.viewer, short: true },
          { label: t.t('grants:programme'), value: call.programme, short: true },
          ...(call.callCode
            ? [{ label: t.t('grants:call_code'), value: call.callCode, short: true }]
            : []),
          ...(call.opensOn
            ? [{ label: t.t('grants:opens'), value: t.date(call.opensOn), short: true }]
            : []),
          ...(call.funding
            ? [{ label: t.t('grants:funding'), value: call.funding, short: true }]
            : []),
        ],
        context: [
          deadline.left,
          ...(deadline.ownZone ? [deadline.ownZone] : []),
          t.t(`grants:status.${call.status}`),
          ...(following ? [t.t('grants:you_follow')] : []),
        ],
        actions: [],
      },
    ],
    actions: open || following ? followButton(call, following, t) : [],
  });
}
