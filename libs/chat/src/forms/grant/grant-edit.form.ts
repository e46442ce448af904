import type { ChatDeps } from '../../command';
import type { FormDefinition, FormOutcome, FieldError } from '../form';
import { translatorFor } from '../../people';
import { notice } from '../../replies/notice';
import { writeFromChat } from '../../writes/write';
import {
  callFrom,
  findLead,
  grantSchema,
  grantSections,
  grantValues,
  type GrantInput,
} from './grant-fields';
import { callChanged, changedFields } from './grant-changes';
import { grantDone } from './grant-reply';
import { deadlineText } from '../../format/deadline';

async function initialOf(id: string, deps: ChatDeps) {
  const call = await deps.store.grants.byId(id);
  if (!call) return undefined;
  const lead = call.leadOrganisationId
    ? await deps.store.organisations.byId(call.leadOrganisationId)
    : undefined;
  return grantValues(call, lead?.name);
}

/** "Edit" on a call's reply (coordinators): every field, starting from what is stored. */
export const grantEditForm: FormDefinition<GrantInput> = {
  id: 'grant-edit',
  audience: 'coordinator',
  title: 'forms:grant.edit_title',
  submit: 'forms:grant.edit_submit',
  sections: grantSections,
  schema: grantSchema,
  initial: initialOf,
  async apply(input, subject, context, deps): Promise<FormOutcome> {
    const t = translatorFor(context);
    const gone = (): FormOutcome => ({
      type: 'refused',
      reply: notice(t, t.t('forms:refused.gone', { subject: subject ?? '' }), {
        refusal: 'not-found',
      }),
    });
    if (!subject) return gone();
    const lead = input.lead ? await findLead(input.lead, deps.store.organisations) : undefined;
    if (input.lead && !lead)
      return {
        type: 'invalid',
        errors: [
          { field: 'lead', message: 'forms:error.lead_not_found', values: { text: input.lead } },
        ],
      };
    const at = deps.clock.now();
    const outcome = await writeFromChat(context.requester, deps, async (store) => {
      const before = await store.grants.byId(subject);
      if (!before) return { result: undefined };
      const after = callFrom(input, before.id, lead?.id, before);
      const errors: FieldError[] = [];
      const moved =
        after.deadline.local !== before.deadline.local ||
        after.deadline.timeZone !== before.deadline.timeZone;
      if (moved && input.deadline && input.deadline.instant <= at)
        errors.push({ field: 'deadline', message: 'forms:error.in_past' });
      const fields = changedFields(before, after);
      if (errors.length > 0 || fields.length === 0)
        return { result: { before, after, errors, fields } };
      await store.grants.upsert([after]);
      return {
        result: { before, after, errors, fields },
        record: {
          audit: {
            action: moved ? 'grant.extend' : 'grant.edit',
            subject,
            before,
            after,
            detail: { fields },
          },
          tell: [callChanged(before, after, at)],
        },
      };
    });
    if (!outcome) return gone();
    const { before, after, errors, fields } = outcome;
    if (errors.length > 0) return { type: 'invalid', errors };
    if (fields.length === 0)
      return grantDone(
        before,
        t.t('forms:grant.unchanged', { title: before.title }),
        context,
        deps,
      );
    const moved = before.deadline.local !== after.deadline.local;
    const note = moved
      ? t.t('forms:grant.extended', {
          title: after.title,
          from: deadlineText(before, t, at).viewer,
          to: deadlineText(after, t, at).viewer,
        })
      : t.t('forms:grant.edited', { title: after.title });
    return grantDone(after, note, context, deps);
  },
};
