import type { Translator } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { Requester } from '../request';
import type { Reply } from '../reply';
import type { FormOpening, FormValues } from './form';
import { formById } from './form-catalogue';
import { coordinatorRefusal } from './refusals';
import { notice } from '../replies/notice';

/**
 * The form a button opens (Edit, Extend deadline, More fields), filled from the store; a
 * refusal when the person may not use it or its subject is gone.
 */
export async function openForm(
  request: { form: string; subject?: string | undefined; section: number; values?: FormValues },
  requester: Requester,
  t: Translator,
  deps: ChatDeps,
): Promise<FormOpening | Reply> {
  const form = formById(request.form);
  if (!form) return notice(t, t.t('forms:refused.unknown'), { refusal: 'stale-form' });
  const refused = coordinatorRefusal(form.audience, requester, t, t.t(form.title));
  if (refused) return refused;
  let values: FormValues = request.values ?? {};
  if (form.initial && request.subject) {
    const stored = await form.initial(request.subject, deps);
    if (!stored)
      return notice(t, t.t('forms:refused.gone', { subject: request.subject }), {
        refusal: 'not-found',
      });
    values = { ...stored, ...values };
  }
  const section = Math.min(Math.max(0, request.section), form.sections.length - 1);
  return {
    form,
    ...(request.subject ? { subject: request.subject } : {}),
    values,
    section,
  };
}
