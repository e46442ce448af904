import type { Translator } from '@glokal/domain';
import {
  formFields,
  type FieldError,
  type FieldKind,
  type FieldValue,
  type FormOpening,
} from './form';

/** A field as a renderer shows it, in one language. */
export interface LocalisedField {
  name: string;
  kind: FieldKind;
  required: boolean;
  label: string;
  hint?: string;
  placeholder?: string;
  choices?: { value: string; label: string }[];
  maxLength?: number;
  /** What the field starts with (an edit, or what was typed before an error). */
  initial?: FieldValue;
}

export interface LocalisedForm {
  id: string;
  subject?: string;
  title: string;
  submit: string;
  /** The shown section's fields (`section`), and every section (for platforms that show all). */
  section: number;
  sections: LocalisedField[][];
  /** The form's other buttons (`FormTool`), labelled. */
  tools?: { id: string; label: string }[];
}

/** A form opening in the person's language, for a renderer to turn into its platform's UI. */
export function localisedForm(opening: FormOpening, t: Translator): LocalisedForm {
  const { form } = opening;
  return {
    id: form.id,
    ...(opening.subject ? { subject: opening.subject } : {}),
    title: t.t(form.title),
    submit: t.t(form.submit),
    section: opening.section,
    ...(form.tools
      ? { tools: form.tools.map((tool) => ({ id: tool.id, label: t.t(tool.label) })) }
      : {}),
    sections: form.sections.map((fields) =>
      fields.map((field) => {
        const initial = opening.values[field.name];
        return {
          name: field.name,
          kind: field.kind,
          required: field.required,
          label: t.t(field.label),
          ...(field.hint ? { hint: t.t(field.hint) } : {}),
          ...(field.placeholder ? { placeholder: t.t(field.placeholder) } : {}),
          ...(field.choices
            ? {
                choices: field.choices.map((choice) => ({
                  value: choice.value,
                  label: t.t(choice.label),
                })),
              }
            : {}),
          ...(field.maxLength ? { maxLength: field.maxLength } : {}),
          ...(initial !== undefined && initial !== '' ? { initial } : {}),
        };
      }),
    ),
  };
}

/** Field errors in the person's language, with each field's label, in field order. */
export function localisedErrors(
  opening: Pick<FormOpening, 'form'>,
  errors: readonly FieldError[],
  t: Translator,
): { field: string; label: string; text: string }[] {
  const fields = formFields(opening.form);
  return errors.map((error) => {
    const field = fields.find((candidate) => candidate.name === error.field);
    return {
      field: error.field,
      label: field ? t.t(field.label) : error.field,
      text: t.t(error.message, error.values),
    };
  });
}
