import { foldForSearch } from '@glokal/domain';
import type { FormDefinition } from '../form';
import { translatorFor } from '../../people';
import { writeFromChat } from '../../writes/write';
import {
  callFrom,
  findLead,
  grantSchema,
  grantSections,
  pastDeadline,
  type GrantInput,
} from './grant-fields';
import { grantDone } from './grant-reply';

/** An id people can type: the call code, else programme and title, folded (`ka220-vet`). */
function idFor(input: GrantInput): string {
  const base = foldForSearch(input.callCode ?? `${input.programme} ${input.title}`)
    .replace(/ /g, '-')
    .slice(0, 56)
    .replace(/-+$/, '');
  return base === '' ? 'call' : base;
}

/** `/glokal grant add` (coordinators): a new call, announced to channels subscribed to grants. */
export const grantAddForm: FormDefinition<GrantInput> = {
  id: 'grant-add',
  audience: 'coordinator',
  title: 'forms:grant.add_title',
  submit: 'forms:grant.add_submit',
  sections: grantSections,
  schema: grantSchema,
  async apply(input, _subject, context, deps) {
    const past = pastDeadline(input, context.now);
    const lead = input.lead ? await findLead(input.lead, deps.store.organisations) : undefined;
    const errors = [
      ...(past ? [past] : []),
      ...(input.lead && !lead
        ? [
            {
              field: 'lead',
              message: 'forms:error.lead_not_found' as const,
              values: { text: input.lead },
            },
          ]
        : []),
    ];
    if (errors.length > 0) return { type: 'invalid', errors };
    const call = await writeFromChat(context.requester, deps, async (store) => {
      const base = idFor(input);
      let id = base;
      for (let n = 2; await store.grants.byId(id); n += 1) id = `${base}-${n}`;
      const added = callFrom(input, id, lead?.id);
      await store.grants.upsert([added]);
      return {
        result: added,
        record: {
          audit: { action: 'grant.add', subject: id, after: added },
          tell: [
            {
              key: `grant:${id}:added`,
              message: { type: 'grant-call-changed', grantId: id, change: 'added' },
            },
          ],
        },
      };
    });
    const t = translatorFor(context);
    return grantDone(call, t.t('forms:grant.added', { title: call.title }), context, deps);
  },
};
