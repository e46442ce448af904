import type { GrantCall } from '@glokal/domain';
import type { ChatDeps } from '../../command';
import type { FormContext, FormOutcome } from '../form';
import { grantDetail } from '../../replies/grant-detail';
import { translatorFor } from '../../people';

/** A grant form's confirmation: the call as it is now, with what was done on top. */
export async function grantDone(
  call: GrantCall,
  note: string,
  context: FormContext,
  deps: ChatDeps,
): Promise<FormOutcome> {
  const t = translatorFor(context);
  return {
    type: 'done',
    reply: await grantDetail(call, context.requester, deps, t, note),
    subject: call.id,
    editWith: 'grant-edit',
  };
}
