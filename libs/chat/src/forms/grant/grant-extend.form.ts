import { z } from 'zod';
import { deadlineInstant, readDateTime, type GrantCall } from '@glokal/domain';
import type { FormDefinition, FormOutcome } from '../form';
import { fieldsFor } from '../fields';
import { translatorFor } from '../../people';
import { notice } from '../../replies/notice';
import { deadlineText } from '../../format/deadline';
import { writeFromChat } from '../../writes/write';
import { typedLocal } from './grant-fields';
import { callChanged } from './grant-changes';
import { grantDone } from './grant-reply';

const newDeadline = {
  name: 'newDeadline',
  kind: 'date-time',
  required: true,
  label: 'forms:grant.new_deadline.label',
  hint: 'forms:grant.new_deadline.hint',
  placeholder: 'forms:grant.new_deadline.placeholder',
} as const;

/**
 * "Extend deadline" on a call's reply (coordinators): one field, read in the call's own zone.
 * The old deadline stays in the call's history; followers and channels hear of it once.
 */
export const grantExtendForm: FormDefinition<{ newDeadline: string }> = {
  id: 'grant-extend',
  audience: 'coordinator',
  title: 'forms:grant.extend_title',
  submit: 'forms:grant.extend_submit',
  sections: [[newDeadline]],
  schema: (context) => z.object({ newDeadline: fieldsFor(context).text(60) }),
  async initial(subject, deps) {
    const call = await deps.store.grants.byId(subject);
    return call ? { newDeadline: typedLocal(call.deadline.local) } : undefined;
  },
  async apply(input, subject, context, deps): Promise<FormOutcome> {
    const t = translatorFor(context);
    const at = deps.clock.now();
    type Result =
      | { type: 'gone' }
      | { type: 'invalid'; outcome: FormOutcome }
      | { type: 'extended'; before: GrantCall; after: GrantCall };
    const result = await writeFromChat<Result>(context.requester, deps, async (store) => {
      const before = subject ? await store.grants.byId(subject) : undefined;
      if (!before) return { result: { type: 'gone' } };
      const read = readDateTime(input.newDeadline, { zone: before.deadline.timeZone, now: at });
      const invalid = (message: Parameters<typeof t.t>[0], values: Record<string, string>) => ({
        result: {
          type: 'invalid' as const,
          outcome: {
            type: 'invalid' as const,
            errors: [{ field: newDeadline.name, message, values }],
          },
        },
      });
      if (!read.ok)
        return invalid(`forms:error.date_time.${read.code}`, { text: input.newDeadline });
      if (read.instant <= deadlineInstant(before.deadline))
        return invalid('forms:error.not_later', { current: deadlineText(before, t, at).viewer });
      const after: GrantCall = {
        ...before,
        deadline: { local: read.local, timeZone: before.deadline.timeZone },
        previousDeadlines: [...(before.previousDeadlines ?? []), before.deadline],
        ...(before.status === 'closed' ? { status: 'open' as const } : {}),
      };
      await store.grants.upsert([after]);
      return {
        result: { type: 'extended', before, after },
        record: {
          audit: { action: 'grant.extend', subject: before.id, before, after },
          tell: [callChanged(before, after, at)],
        },
      };
    });
    if (result.type === 'gone')
      return {
        type: 'refused',
        reply: notice(t, t.t('forms:refused.gone', { subject: subject ?? '' }), {
          refusal: 'not-found',
        }),
      };
    if (result.type === 'invalid') return result.outcome;
    const note = t.t('forms:grant.extended', {
      title: result.after.title,
      from: deadlineText(result.before, t, at).viewer,
      to: deadlineText(result.after, t, at).viewer,
    });
    return grantDone(result.after, note, context, deps);
  },
};
