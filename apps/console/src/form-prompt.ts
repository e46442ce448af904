import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Translator } from '@glokal/domain';
import {
  localisedErrors,
  localisedForm,
  submitForm,
  type ChatDeps,
  type FieldValue,
  type FormContext,
  type FormOpening,
  type LocalisedField,
  type Reply,
} from '@glokal/chat';

/** What a line typed into a form comes to: text to print, and the reply once it is over. */
export interface PromptStep {
  text: string;
  /** Set when the form is over: submitted (its confirmation or refusal) or cancelled. */
  over?: { reply?: Reply };
}

export const CANCEL = '.cancel';
const CLEAR = '-';
const INDENT = '   ';

/** A value as the person would type it back, for "[current]". */
function shownValue(field: LocalisedField, value: FieldValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string')
    return field.choices?.find((choice) => choice.value === value)?.label ?? value;
  return value.map((item) => (typeof item === 'string' ? item : item.name)).join(', ');
}

/**
 * A form asked at the console, field by field: every section, each field's label (with its
 * hint, its choices and the current value in brackets). An empty line keeps the value (or
 * skips an optional field), `-` clears it, `.cancel` stops without writing; a file field takes
 * the path of a file on this machine (asked again when it cannot be read). Then the same
 * `submitForm` as Slack and Discord; on errors, each is printed and only those fields are
 * asked again.
 */
export function createFormPrompt(
  opening: FormOpening,
  context: Omit<FormContext, 'now'>,
  t: Translator,
  deps: ChatDeps,
) {
  const form = localisedForm(opening, t);
  const fields = form.sections.flat();
  const values: Record<string, FieldValue | undefined> = { ...opening.values };
  let asking: LocalisedField[] = [...fields];
  let at = 0;

  function question(field: LocalisedField): string {
    const lines: string[] = [];
    if (field.hint) lines.push(`${INDENT}${field.hint}`);
    if (field.choices)
      lines.push(
        `${INDENT}${t.t('console:choices', { choices: field.choices.map((choice) => choice.label).join(', ') })}`,
      );
    const optional = field.required ? '' : ` ${t.t('console:optional')}`;
    const current = shownValue(field, values[field.name]);
    lines.push(`${field.label}${optional}${current ? ` [${current}]` : ''}:`);
    return lines.join('\n');
  }

  /** The value typed for a field; undefined for a file that cannot be read. */
  async function valueOf(field: LocalisedField, typed: string): Promise<FieldValue | undefined> {
    if (typed === CLEAR) return field.kind === 'file' ? [] : '';
    if (field.kind === 'many-of' || field.kind === 'people' || field.kind === 'channel')
      return typed
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
    if (field.kind === 'file') {
      // A path to a file on this machine.
      const text = await readFile(typed, 'utf8').catch(() => undefined);
      return text === undefined ? undefined : [{ name: basename(typed), text }];
    }
    return typed;
  }

  async function submit(): Promise<PromptStep> {
    const outcome = await submitForm(
      { form: opening.form.id, ...(opening.subject ? { subject: opening.subject } : {}) },
      values,
      { ...context, now: deps.clock.now() },
      deps,
    );
    if (outcome.type !== 'invalid') return { text: '', over: { reply: outcome.reply } };
    const errors = localisedErrors(opening, outcome.errors, t);
    const lines = [
      `! ${t.t('forms:error.title')}`,
      t.t('forms:error.summary'),
      ...errors.map((error) =>
        t.t('forms:error.field', { label: error.label, problem: error.text }),
      ),
    ];
    asking = fields.filter((field) => errors.some((error) => error.field === field.name));
    at = 0;
    const first = asking[0];
    if (!first) return { text: lines.join('\n'), over: {} };
    return { text: [...lines, '', t.t('console:ask_again'), question(first)].join('\n') };
  }

  return {
    /** The form's title, how to answer, and the first question. */
    start(): string {
      const first = fields[0];
      return [
        `== ${form.title} ==`,
        t.t('console:form_intro', { title: form.title }),
        '',
        ...(first ? [question(first)] : []),
      ].join('\n');
    },

    /** One line typed as the answer to the current question. */
    async answer(line: string): Promise<PromptStep> {
      const typed = line.trim();
      if (typed === CANCEL) return { text: t.t('console:cancelled'), over: {} };
      const field = asking[at];
      if (!field) return submit();
      if (typed !== '') {
        const value = await valueOf(field, typed);
        if (value === undefined)
          return { text: `${t.t('console:file_unreadable', { path: typed })}\n${question(field)}` };
        values[field.name] = value;
      }
      at += 1;
      const next = asking[at];
      return next ? { text: question(next) } : submit();
    },
  };
}

export type FormPrompt = ReturnType<typeof createFormPrompt>;
