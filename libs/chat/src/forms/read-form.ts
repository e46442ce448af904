import type { MessageKey, MessageValues } from '@glokal/domain';
import type { FieldError, FormContext, FormDefinition, FormValues } from './form';
import { formFields, type FieldKind, type FieldValue } from './form';

const listKinds: readonly FieldKind[] = ['many-of', 'people', 'file'];

function emptyValue(kind: FieldKind): FieldValue {
  return listKinds.includes(kind) ? [] : '';
}

export type ReadForm<Input> = { ok: true; input: Input } | { ok: false; errors: FieldError[] };

/**
 * Submitted values through the form's schema: the typed input, or one error per field (the
 * first), in field order. Values for fields the form does not have are ignored.
 */
export function readForm<Input>(
  form: FormDefinition<Input>,
  values: FormValues,
  context: FormContext,
): ReadForm<Input> {
  // Every field present: a platform leaves out what was not filled in, the schema reads it as empty.
  const complete = Object.fromEntries(
    formFields(form).map((field) => [field.name, values[field.name] ?? emptyValue(field.kind)]),
  );
  const parsed = form.schema(context, complete).safeParse(complete);
  if (parsed.success) return { ok: true, input: parsed.data };
  const byField = new Map<string, FieldError>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (byField.has(field)) continue;
    const params = 'params' in issue ? (issue.params as MessageValues | undefined) : undefined;
    byField.set(field, {
      field,
      message: issue.message as MessageKey,
      ...(params ? { values: params } : {}),
    });
  }
  const order = formFields(form).map((field) => field.name);
  return {
    ok: false,
    errors: [...byField.values()].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)),
  };
}
