import type { types } from '@slack/bolt';
import type { FieldValue, LocalisedField, LocalisedForm } from '@glokal/chat';
import type { Translator } from '@glokal/domain';
import { encodeFormMetadata } from '../forms/form-metadata';
import { button, divider, type KnownBlock } from './blocks';
import { plainText } from './slack-text';

export type ModalView = types.ModalView;
type InputElement = types.InputBlock['element'];
type PlainTextElement = types.PlainTextElement;

/** Glokal's modals: `callback_id` is this and the form's id. */
export const FORM_CALLBACK_PREFIX = 'glokal-form:';
/** A form's other buttons (`FormTool`, e.g. Suggest times): this and the tool's id. */
export const FORM_TOOL_ACTION_PREFIX = 'glokal-form-tool:';
/** Every input's element has this action id; its block id names the field. */
export const VALUE_ACTION_ID = 'value';

/** Block Kit limits of modals and their inputs (docs.slack.dev, "Modals" and "Block elements"). */
export const modalLimits = {
  title: 24,
  button: 24,
  label: 2000,
  hint: 2000,
  placeholder: 150,
  textInput: 3000,
  options: 100,
  optionText: 75,
  optionValue: 150,
  files: 10,
} as const;

/** A date-time field is a date picker and a time picker, each an input block of its own. */
export type FieldPart = 'date' | 'time';

/** The block id of a field's input (or of one part of a date-time field). */
export function fieldBlockId(name: string, part?: FieldPart): string {
  return part ? `f:${name}:${part}` : `f:${name}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/;

function plain(text: string, max: number): PlainTextElement {
  return { type: 'plain_text', text: plainText(text, max), emoji: true };
}

function textOf(value: FieldValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function listOf(value: FieldValue | undefined): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  return (value ?? []).filter((item): item is string => typeof item === 'string');
}

/** A stored date-time (`2027-03-15 12:00`) as the date and time its pickers start from. */
export function splitDateTime(
  value: string | undefined,
): { date?: string; time?: string } | undefined {
  const match = value === undefined ? null : DATE_TIME.exec(value.trim());
  return match ? { date: match[1] ?? '', time: match[2] ?? '' } : undefined;
}

function placeholderOf(field: LocalisedField, text = field.placeholder) {
  return text ? { placeholder: plain(text, modalLimits.placeholder) } : {};
}

function options(field: LocalisedField) {
  return (field.choices ?? []).slice(0, modalLimits.options).map((choice) => ({
    text: plain(choice.label, modalLimits.optionText),
    value: choice.value.slice(0, modalLimits.optionValue),
  }));
}

/** The element for one field kind, starting from the field's value (a date-time has two). */
function elements(
  field: LocalisedField,
): { part?: FieldPart; element: InputElement }[] | undefined {
  const initial = field.initial;
  const base = { action_id: VALUE_ACTION_ID };
  switch (field.kind) {
    case 'short-text':
    case 'long-text':
    case 'duration': {
      const text = textOf(initial);
      const max = Math.min(field.maxLength ?? modalLimits.textInput, modalLimits.textInput);
      // Slack holds at most 3,000 characters in an input: a longer stored text is left out of
      // the modal (an edit then keeps it as stored) rather than cut and saved cut.
      if (text !== undefined && text.length > max) return undefined;
      return [
        {
          element: {
            type: 'plain_text_input',
            ...base,
            ...(field.kind === 'long-text' ? { multiline: true } : {}),
            ...(field.kind === 'duration' ? {} : { max_length: max }),
            ...(text ? { initial_value: text } : {}),
            ...placeholderOf(field),
          },
        },
      ];
    }
    case 'number': {
      const text = textOf(initial)?.trim();
      return [
        {
          element: {
            type: 'number_input',
            ...base,
            is_decimal_allowed: true,
            ...(text && Number.isFinite(Number(text)) ? { initial_value: text } : {}),
            ...placeholderOf(field),
          },
        },
      ];
    }
    case 'date': {
      const date = textOf(initial)?.trim();
      return [
        {
          element: {
            type: 'datepicker',
            ...base,
            ...(date && DATE.test(date) ? { initial_date: date } : {}),
            ...placeholderOf(field),
          },
        },
      ];
    }
    case 'time': {
      const time = textOf(initial)?.trim();
      return [
        {
          element: {
            type: 'timepicker',
            ...base,
            ...(time && TIME.test(time) ? { initial_time: time } : {}),
            ...placeholderOf(field),
          },
        },
      ];
    }
    case 'date-time': {
      const start = splitDateTime(textOf(initial));
      const hinted = splitDateTime(field.placeholder);
      return [
        {
          part: 'date',
          element: {
            type: 'datepicker',
            ...base,
            ...(start?.date ? { initial_date: start.date } : {}),
            ...placeholderOf(field, hinted?.date ?? field.placeholder),
          },
        },
        {
          part: 'time',
          element: {
            type: 'timepicker',
            ...base,
            ...(start?.time ? { initial_time: start.time } : {}),
            ...(hinted?.time ? placeholderOf(field, hinted.time) : {}),
          },
        },
      ];
    }
    case 'one-of': {
      const choices = options(field);
      const chosen = choices.find((choice) => choice.value === textOf(initial));
      return [
        {
          element: {
            type: 'static_select',
            ...base,
            options: choices,
            ...(chosen ? { initial_option: chosen } : {}),
            ...placeholderOf(field),
          },
        },
      ];
    }
    case 'many-of': {
      const choices = options(field);
      const values = listOf(initial);
      const chosen = choices.filter((choice) => values.includes(choice.value));
      return [
        {
          element: {
            type: 'multi_static_select',
            ...base,
            options: choices,
            ...(chosen.length > 0 ? { initial_options: chosen } : {}),
            ...placeholderOf(field),
          },
        },
      ];
    }
    case 'people': {
      const users = listOf(initial).filter((id) => /^[UW][A-Z0-9]+$/.test(id));
      return [
        {
          element: {
            type: 'multi_users_select',
            ...base,
            ...(users.length > 0 ? { initial_users: users } : {}),
            ...placeholderOf(field),
          },
        },
      ];
    }
    case 'channel': {
      const [channel] = listOf(initial).filter((id) => /^[CGD][A-Z0-9]+$/.test(id));
      return [
        {
          element: {
            type: 'conversations_select',
            ...base,
            ...(channel ? { initial_conversation: channel } : {}),
            ...placeholderOf(field),
          },
        },
      ];
    }
    case 'file':
      // Slack cannot show files already stored: the input starts empty every time.
      return [{ element: { type: 'file_input', ...base, max_files: modalLimits.files } }];
  }
}

/** A field's input blocks: one, or a date and a time block for a date-time field. */
function fieldBlocks(field: LocalisedField, t: Translator): KnownBlock[] {
  const parts = elements(field);
  if (!parts) return [];
  return parts.map(({ part, element }, index) => {
    const last = index === parts.length - 1;
    return {
      type: 'input',
      block_id: fieldBlockId(field.name, part),
      label: plain(part === 'time' ? t.t('slack:form.time') : field.label, modalLimits.label),
      // The hint goes under the last block of a pair, so it reads as the whole field's.
      ...(field.hint && last ? { hint: plain(field.hint, modalLimits.hint) } : {}),
      ...(field.required ? {} : { optional: true }),
      element,
    };
  });
}

/**
 * A form as a Slack modal: every section's fields, one after another with a divider between
 * sections, each as an input block with the element its kind asks for. `callback_id` marks it
 * as Glokal's form; `private_metadata` carries the form, its subject and the channel.
 */
export function renderForm(
  form: LocalisedForm,
  t: Translator,
  options: { channelId?: string } = {},
): ModalView {
  const blocks = form.sections
    .map((fields) => fields.flatMap((field) => fieldBlocks(field, t)))
    .filter((section) => section.length > 0)
    .flatMap((section, index) => (index === 0 ? section : [divider, ...section]));
  // The form's other buttons go last, under the fields they read (Slack sends the modal's
  // state with the press).
  if (form.tools && form.tools.length > 0)
    blocks.push({
      type: 'actions',
      block_id: 'form-tools',
      elements: form.tools.map((tool) =>
        button({
          label: tool.label,
          actionId: `${FORM_TOOL_ACTION_PREFIX}${tool.id}`,
          value: tool.id,
        }),
      ),
    });
  return {
    type: 'modal',
    callback_id: `${FORM_CALLBACK_PREFIX}${form.id}`,
    private_metadata: encodeFormMetadata({
      form: form.id,
      ...(form.subject ? { subject: form.subject } : {}),
      ...(options.channelId ? { channelId: options.channelId } : {}),
    }),
    title: plain(form.title, modalLimits.title),
    submit: plain(form.submit, modalLimits.button),
    close: plain(t.t('slack:form.close'), modalLimits.button),
    blocks,
  };
}
