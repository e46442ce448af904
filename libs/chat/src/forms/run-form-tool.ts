import type { ChatDeps } from '../command';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { requestFreeSlots } from '../writes/request-free-slots';
import type { FormContext, FormOutcome, FormValues } from './form';
import { formById } from './form-catalogue';
import { coordinatorRefusal } from './refusals';

/** Which form's button was pressed, as the platform carried it back. */
export interface FormToolReference {
  form: string;
  tool: string;
}

/**
 * A form's other button pressed (`FormTool`), over the values the form holds at that moment
 * (not yet submitted, so not yet read by its schema): checked against who may use the form,
 * whatever the payload says, then done. The form stays open; the outcome is said beside it.
 */
export async function runFormTool(
  reference: FormToolReference,
  values: FormValues,
  context: FormContext,
  deps: ChatDeps,
): Promise<FormOutcome> {
  const t = translatorFor(context);
  const form = formById(reference.form);
  const tool = form?.tools?.find((candidate) => candidate.id === reference.tool);
  if (!form || !tool)
    return {
      type: 'refused',
      reply: notice(t, t.t('forms:refused.unknown'), { refusal: 'stale-form' }),
    };
  const refused = coordinatorRefusal(form.audience, context.requester, t, t.t(tool.label));
  if (refused) return { type: 'refused', reply: refused };
  switch (tool.id) {
    case 'suggest-times':
      return requestFreeSlots(
        { duration: values['duration'], invitees: values['invitees'] },
        context,
        deps,
      );
  }
}
