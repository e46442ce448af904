import type { ChatDeps } from '../command';
import type { FormContext, FormOutcome, FormValues } from './form';
import { formById } from './form-catalogue';
import { readForm } from './read-form';
import { coordinatorRefusal } from './refusals';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';

/** Which form was submitted and what about, as the platform carried it back. */
export interface FormReference {
  form: string;
  subject?: string;
}

/**
 * A submitted form, from any platform: checked against who may submit it (a forged payload
 * from a plain member changes nothing), read by its schema over the stored values it edits
 * (a platform that shows one section at a time sends only that section), then applied.
 */
export async function submitForm(
  reference: FormReference,
  submitted: FormValues,
  context: FormContext,
  deps: ChatDeps,
): Promise<FormOutcome> {
  const t = translatorFor(context);
  const form = formById(reference.form);
  if (!form)
    return {
      type: 'refused',
      reply: notice(t, t.t('forms:refused.unknown'), { refusal: 'stale-form' }),
    };
  const refused = coordinatorRefusal(form.audience, context.requester, t, t.t(form.title));
  if (refused) return { type: 'refused', reply: refused };
  let values = submitted;
  if (form.initial && reference.subject) {
    const stored = await form.initial(reference.subject, deps);
    if (!stored)
      return {
        type: 'refused',
        reply: notice(t, t.t('forms:refused.gone', { subject: reference.subject }), {
          refusal: 'not-found',
        }),
      };
    values = { ...stored, ...definedOnly(submitted) };
  }
  const read = readForm(form, values, context);
  if (!read.ok) return { type: 'invalid', errors: read.errors };
  return form.apply(read.input, reference.subject, context, deps);
}

function definedOnly(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
