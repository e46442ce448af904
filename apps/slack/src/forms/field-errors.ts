import { formFields, localisedErrors, type FieldError, type FormDefinition } from '@glokal/chat';
import type { Translator } from '@glokal/domain';
import { fieldBlockId } from '../render/render-form';
import { cleanText } from '../render/slack-text';
import type { InputProblem } from './read-submission';

/** Slack shows an error under its input; longer texts are cut. */
const MAX_ERROR = 2000;

/**
 * Field errors as `response_action: "errors"` wants them: block id -> text, in the person's
 * language. A date-time field's error sits under its time picker, the last of its pair; an
 * error for a field the modal does not show goes under the first input, named by its label.
 */
export function errorsByBlock(
  form: FormDefinition,
  errors: readonly FieldError[],
  problems: readonly InputProblem[],
  shownBlocks: readonly string[],
  t: Translator,
): Record<string, string> {
  const kinds = new Map(formFields(form).map((field) => [field.name, field.kind]));
  const byBlock = new Map<string, string[]>();
  const add = (blockId: string, text: string) =>
    byBlock.set(blockId, [...(byBlock.get(blockId) ?? []), text]);
  for (const problem of problems) add(problem.blockId, t.t(problem.message, problem.values));
  for (const error of localisedErrors({ form }, errors, t)) {
    const blockId = fieldBlockId(
      error.field,
      kinds.get(error.field) === 'date-time' ? 'time' : undefined,
    );
    const first = shownBlocks[0];
    if (shownBlocks.includes(blockId)) add(blockId, error.text);
    else if (first)
      add(first, t.t('forms:error.field', { label: error.label, problem: error.text }));
  }
  return Object.fromEntries(
    [...byBlock].map(([blockId, texts]) => [
      blockId,
      cleanText(texts.join('\n')).slice(0, MAX_ERROR),
    ]),
  );
}
