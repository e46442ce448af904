import {
  ComponentType,
  TextInputStyle,
  type APIComponentInLabel,
  type APILabelComponent,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import {
  localisedForm,
  type FieldValue,
  type FormOpening,
  type LocalisedField,
} from '@glokal/chat';
import type { Translator } from '@glokal/domain';
import { modalLimits as limits } from './discord-limits';
import { modalId } from './form-ids';
import { cut } from './inert-text';

/** A hint short enough for a label's description: all of it, else its first sentence, else none. */
function descriptionOf(hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  if (hint.length <= limits.description) return hint;
  const first = /^.+?[.!?](?=\s|$)/.exec(hint)?.[0];
  return first && first.length <= limits.description ? first : undefined;
}

function textOf(value: FieldValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value.map((item) => (typeof item === 'string' ? item : item.text)).join('\n');
}

function valuesOf(value: FieldValue | undefined): string[] {
  if (value === undefined || value === '') return [];
  if (typeof value === 'string') return [value];
  return value.map((item) => (typeof item === 'string' ? item : item.name));
}

function selectOf(field: LocalisedField, multiple: boolean): APIComponentInLabel {
  // A one-of field starts with one value at most, so at most one option is the default.
  const chosen = new Set(valuesOf(field.initial).slice(0, multiple ? undefined : 1));
  const options = (field.choices ?? []).slice(0, limits.options).map((choice) => ({
    label: cut(choice.label, limits.optionText),
    value: choice.value.slice(0, limits.optionText),
    ...(chosen.has(choice.value) ? { default: true } : {}),
  }));
  const max = multiple ? Math.max(1, options.length) : 1;
  return {
    type: ComponentType.StringSelect,
    custom_id: field.name,
    options,
    ...(field.placeholder ? { placeholder: cut(field.placeholder, limits.selectPlaceholder) } : {}),
    required: field.required,
    min_values: field.required ? 1 : 0,
    max_values: max,
  };
}

function entitySelectOf(field: LocalisedField): APIComponentInLabel {
  const placeholder = field.placeholder
    ? { placeholder: cut(field.placeholder, limits.selectPlaceholder) }
    : {};
  const common = { custom_id: field.name, required: field.required, ...placeholder };
  return field.kind === 'people'
    ? {
        type: ComponentType.UserSelect,
        ...common,
        min_values: field.required ? 1 : 0,
        max_values: limits.options,
      }
    : {
        type: ComponentType.ChannelSelect,
        ...common,
        min_values: field.required ? 1 : 0,
        max_values: 1,
      };
}

function textInputOf(field: LocalisedField): APIComponentInLabel {
  const max = Math.min(field.maxLength ?? limits.text, limits.text);
  const value = textOf(field.initial).slice(0, max);
  const long = field.kind === 'long-text' || field.kind === 'file';
  return {
    type: ComponentType.TextInput,
    custom_id: field.name,
    style: long ? TextInputStyle.Paragraph : TextInputStyle.Short,
    required: field.required,
    max_length: max,
    ...(value !== '' ? { value } : {}),
    ...(field.placeholder ? { placeholder: cut(field.placeholder, limits.placeholder) } : {}),
  };
}

/**
 * One field as a modal row: a label (cut to 45 characters, the hint as its description when it
 * fits) around a string select for choices, a user or channel select, or a text input (short
 * or paragraph, pre-filled, at most 4,000 characters). Dates and times are typed: the form's
 * readers accept `2027-03-15 14:30`, `15.03.2027 14:30`, `jutro 10:00`, `tomorrow 10am`.
 */
function rowOf(field: LocalisedField): APILabelComponent {
  const description = descriptionOf(field.hint);
  const component =
    field.kind === 'one-of' || field.kind === 'many-of'
      ? selectOf(field, field.kind === 'many-of')
      : field.kind === 'people' || field.kind === 'channel'
        ? entitySelectOf(field)
        : textInputOf(field);
  return {
    type: ComponentType.Label,
    label: cut(field.label, limits.label),
    ...(description ? { description } : {}),
    component,
  };
}

/**
 * The section `opening.section` of a form as a Discord modal, in the person's language: its
 * `custom_id` says which form, section and subject (`m|grant-edit|1|ka220-vet-2026`), its
 * title is cut to 45 characters, and it has one row per field (a section has at most five).
 */
export function formModal(
  opening: FormOpening,
  t: Translator,
): APIModalInteractionResponseCallbackData {
  const form = localisedForm(opening, t);
  const fields = form.sections[form.section] ?? [];
  return {
    custom_id: modalId({
      form: form.id,
      section: form.section,
      ...(form.subject ? { subject: form.subject } : {}),
    }),
    title: cut(form.title, limits.title),
    components: fields.slice(0, limits.components).map(rowOf),
  };
}
