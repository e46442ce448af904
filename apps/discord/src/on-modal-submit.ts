import { ComponentType, type ModalSubmitInteraction } from 'discord.js';
import {
  formById,
  reply,
  submitForm,
  type FieldValue,
  type FormField,
  type FormValues,
} from '@glokal/chat';
import { createTranslator, type Translator } from '@glokal/domain';
import type { BotDeps } from './bot-deps';
import { memberOf } from './discord-member';
import { readModalId } from './form-ids';
import { outcomeMessage } from './form-answers';
import { renderReply } from './render-reply';
import { resolveContext } from './requester';
import { answerWithNewMessage, type Shown } from './answer-interaction';

type Submitted =
  ModalSubmitInteraction['fields']['fields'] extends ReadonlyMap<string, infer C> ? C : never;

/**
 * One submitted component as the value its field takes (see `FieldValue`). A file field is a
 * paragraph the file's text is pasted into, named after the field's label ("CSV file").
 */
function valueOf(field: FormField, component: Submitted, t: Translator): FieldValue | undefined {
  if (component.type === ComponentType.TextInput && 'value' in component) {
    const text = typeof component.value === 'string' ? component.value : '';
    if (field.kind !== 'file') return text;
    return text.trim() === '' ? [] : [{ name: t.t(field.label), text }];
  }
  if (!('values' in component) || !Array.isArray(component.values)) return undefined;
  const values = component.values.filter((value): value is string => typeof value === 'string');
  return field.kind === 'one-of' ? (values[0] ?? '') : values;
}

/**
 * The values of one section as submitted: only that section's fields are read (a forged
 * payload's other fields are ignored); a field Discord did not send stays unset, so an edit
 * keeps what is stored for it.
 */
export function sectionValues(
  fields: readonly FormField[],
  interaction: Pick<ModalSubmitInteraction, 'fields'>,
  t: Translator,
): FormValues {
  const values: Record<string, FieldValue> = {};
  for (const field of fields) {
    const component = interaction.fields.fields.get(field.name);
    const value = component ? valueOf(field, component, t) : undefined;
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}

async function submitted(interaction: ModalSubmitInteraction, deps: BotDeps): Promise<Shown> {
  const context = await resolveContext(memberOf(interaction), deps);
  const t = createTranslator(context.locale, context.timeZone);
  const place = readModalId(interaction.customId);
  const form = place ? formById(place.form) : undefined;
  const fields = place && form ? form.sections[place.section] : undefined;
  if (!place || !form || !fields) {
    const stale = reply({
      title: t.t('forms:refused.unknown'),
      tone: 'notice',
      refusal: 'stale-form',
    });
    return { type: 'message', message: renderReply(stale, { t }) };
  }
  const values = sectionValues(fields, interaction, t);
  const outcome = await submitForm(
    { form: form.id, ...(place.subject ? { subject: place.subject } : {}) },
    values,
    { ...context, now: deps.chat.clock.now() },
    deps.chat,
  );
  if (outcome.type !== 'done')
    deps.logger.info(
      { form: form.id, subject: place.subject, outcome: outcome.type, interaction: interaction.id },
      'form not applied',
    );
  return {
    type: 'message',
    message: outcomeMessage(
      outcome,
      { form, section: place.section, ...(place.subject ? { subject: place.subject } : {}) },
      values,
      { t, userId: context.requester.userId, drafts: deps.drafts },
    ),
  };
}

/**
 * A submitted modal (one section of a form): through `submitForm`, which checks who may submit
 * it, merges it over what is stored and writes; answered privately with the outcome.
 */
export function onModalSubmit(interaction: ModalSubmitInteraction, deps: BotDeps): Promise<void> {
  return answerWithNewMessage(interaction, submitted(interaction, deps), deps);
}
