import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId } from 'discord.js';
import {
  formById,
  isFormOpening,
  localisedErrors,
  reply,
  type Answer,
  type FieldError,
  type FormOpening,
  type FormOutcome,
  type Reply,
} from '@glokal/chat';
import type { Translator } from '@glokal/domain';
import type { Shown } from './answer-interaction';
import { limits } from './discord-limits';
import type { FormDrafts } from './form-drafts';
import { reopenId, type FormPlace } from './form-ids';
import { formModal } from './form-modal';
import { cut } from './inert-text';
import { renderReply, type RenderedMessage } from './render-reply';

export interface FormAnswerContext {
  t: Translator;
  userId: string;
  drafts: FormDrafts;
}

function placeOf(opening: Pick<FormOpening, 'form' | 'subject' | 'section'>): FormPlace {
  return {
    form: opening.form.id,
    section: opening.section,
    ...(opening.subject ? { subject: opening.subject } : {}),
  };
}

/** A rendered message with one more row holding `button`, when a row is left. */
function withButton(
  message: RenderedMessage,
  button: APIButtonComponentWithCustomId,
): RenderedMessage {
  const components = message.components.slice(0, limits.actionRows - 1);
  return {
    ...message,
    components: [{ type: ComponentType.ActionRow, components: [button] }, ...components],
  };
}

function reopenButton(
  label: string,
  place: FormPlace,
  token: string,
): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    label: cut(label, limits.buttonLabel),
    custom_id: reopenId(place, token),
  };
}

/** A form that could not be shown in time: a message with a button that opens it as it was. */
export function lateForm(opening: FormOpening, context: FormAnswerContext): RenderedMessage {
  const { t } = context;
  const token = context.drafts.keep(context.userId, opening.values);
  const message = renderReply(
    reply({ title: t.t('discord:form_ready', { title: t.t(opening.form.title) }) }),
    { t },
  );
  return withButton(message, reopenButton(t.t('discord:open_form'), placeOf(opening), token));
}

/** A command's or button's answer as Discord shows it: a message, or the form as a modal. */
export function shownOf(
  answer: Answer,
  context: FormAnswerContext,
  options: { share: boolean },
): Shown {
  if (isFormOpening(answer))
    return {
      type: 'modal',
      modal: formModal(answer, context.t),
      late: () => lateForm(answer, context),
    };
  return { type: 'message', message: renderReply(answer, { t: context.t, share: options.share }) };
}

/** "More fields (2/3)": buttons opening the sections of `editWith` that were not shown. */
function moreFields(
  outcome: Extract<FormOutcome, { type: 'done' }>,
  shown: number,
  t: Translator,
): Reply['actions'] {
  const sections = outcome.editWith ? (formById(outcome.editWith)?.sections.length ?? 0) : 0;
  if (!outcome.subject || !outcome.editWith || sections < 2) return [];
  const { subject, editWith } = outcome;
  return Array.from({ length: sections }, (_, section) => section)
    .filter((section) => section !== shown)
    .map((section) => ({
      label: t.t('discord:more_fields', { section: section + 1, sections }),
      action: { type: 'open-form' as const, form: editWith, subject, section },
    }));
}

function invalidMessage(
  opening: Pick<FormOpening, 'form' | 'subject' | 'section'>,
  errors: readonly FieldError[],
  typed: FormOpening['values'],
  context: FormAnswerContext,
): RenderedMessage {
  const { t } = context;
  const lines = localisedErrors(opening, errors, t).map((error) =>
    t.t('forms:error.field', { label: error.label, problem: error.text }),
  );
  const message = renderReply(
    reply({
      title: t.t('forms:error.title'),
      summary: [t.t('forms:error.summary'), ...lines].join('\n'),
      tone: 'notice',
    }),
    { t },
  );
  const token = context.drafts.keep(context.userId, typed);
  return withButton(message, reopenButton(t.t('forms:error.try_again'), placeOf(opening), token));
}

/**
 * A submitted section's outcome as a private message: the confirmation with "More fields"
 * buttons for the other sections (as an edit of what was made); every field's problem with
 * "Try again", which reopens the section with what was typed; or the refusal.
 */
export function outcomeMessage(
  outcome: FormOutcome,
  opening: Pick<FormOpening, 'form' | 'subject' | 'section'>,
  typed: FormOpening['values'],
  context: FormAnswerContext,
): RenderedMessage {
  const { t } = context;
  if (outcome.type === 'refused') return renderReply(outcome.reply, { t });
  if (outcome.type === 'invalid') return invalidMessage(opening, outcome.errors, typed, context);
  const more = moreFields(outcome, opening.section, t);
  return renderReply({ ...outcome.reply, actions: [...outcome.reply.actions, ...more] }, { t });
}
