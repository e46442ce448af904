import type { GrantCall } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { ActionContext } from '../run-action';
import type { Reply } from '../reply';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { grantDetail } from '../replies/grant-detail';
import { coordinatorRefusal } from '../forms/refusals';
import { callChanged } from '../forms/grant/grant-changes';
import { writeFromChat } from './write';

/** "Close call" (coordinators): the call stops taking applications; reminders stop. */
export async function closeGrant(
  grantId: string,
  context: ActionContext,
  deps: ChatDeps,
): Promise<Reply> {
  const t = translatorFor(context);
  const refused = coordinatorRefusal('coordinator', context.requester, t, t.t('forms:grant.close'));
  if (refused) return refused;
  const at = deps.clock.now();
  const outcome = await writeFromChat<{ call: GrantCall; closed: boolean } | undefined>(
    context.requester,
    deps,
    async (store) => {
      const before = await store.grants.byId(grantId);
      if (!before) return { result: undefined };
      if (before.status === 'closed' || before.status === 'cancelled')
        return { result: { call: before, closed: false } };
      const after: GrantCall = { ...before, status: 'closed' };
      await store.grants.upsert([after]);
      return {
        result: { call: after, closed: true },
        record: {
          audit: { action: 'grant.close', subject: grantId, before, after },
          tell: [callChanged(before, after, at)],
        },
      };
    },
  );
  if (!outcome)
    return notice(t, t.t('grants:not_found', { query: grantId }), {
      hint: t.t('grants:not_found_hint'),
      refusal: 'not-found',
    });
  const note = t.t(outcome.closed ? 'forms:grant.closed' : 'forms:grant.already_closed', {
    title: outcome.call.title,
  });
  return grantDetail(outcome.call, context.requester, deps, t, note);
}
