import { z } from 'zod';
import { formFields, type FieldValue, type FormDefinition, type FormValues } from '@glokal/chat';
import type { MessageKey, MessageValues } from '@glokal/domain';
import { fieldBlockId } from '../render/render-form';

/**
 * One input's state in a `view_submission`, as Slack reports each element: text and number
 * inputs `value`, pickers `selected_date` / `selected_time`, selects `selected_option(s)`,
 * users and conversations selects their ids, file inputs the uploaded files. Empty inputs come
 * as `null`.
 */
const ElementState = z.object({
  type: z.string(),
  value: z.string().max(3000).nullable().optional(),
  selected_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional(),
  selected_time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable()
    .optional(),
  selected_option: z
    .object({ value: z.string().max(150) })
    .nullable()
    .optional(),
  selected_options: z
    .array(z.object({ value: z.string().max(150) }))
    .max(100)
    .optional(),
  selected_users: z.array(z.string().max(30)).max(100).optional(),
  selected_conversation: z.string().max(30).nullable().optional(),
  files: z
    .array(z.object({ id: z.string().regex(/^F[A-Z0-9]{2,30}$/) }))
    .max(10)
    .optional(),
});
type ElementState = z.infer<typeof ElementState>;

/** `view.state.values`: block id -> action id -> element state. */
export const ViewState = z.object({
  values: z.record(z.string().max(255), z.record(z.string().max(255), ElementState)),
});
export type ViewState = z.infer<typeof ViewState>;

/** A problem the modal's inputs have before the form reads them (half a date-time, a file). */
export interface InputProblem {
  blockId: string;
  message: MessageKey;
  values?: MessageValues;
}

/** Files uploaded into a field's `file_input`, still to be read (by id: `readUploads`). */
export interface Upload {
  field: string;
  blockId: string;
  fileIds: string[];
}

export interface ReadSubmission {
  values: FormValues;
  problems: InputProblem[];
  uploads: Upload[];
}

function element(state: ViewState, blockId: string): ElementState | undefined {
  const block = state.values[blockId];
  return block ? Object.values(block)[0] : undefined;
}

function valueOf(kind: string, input: ElementState): FieldValue | undefined {
  switch (kind) {
    case 'date':
      return input.selected_date ?? '';
    case 'time':
      return input.selected_time ?? '';
    case 'one-of':
      return input.selected_option?.value ?? '';
    case 'many-of':
      return (input.selected_options ?? []).map((option) => option.value);
    case 'people':
      return input.selected_users ?? [];
    case 'channel':
      return input.selected_conversation ? [input.selected_conversation] : [];
    default:
      return input.value ?? '';
  }
}

/**
 * A modal's inputs as the form's values, in the shapes every renderer hands over: a date
 * picker and time picker pair joins into `YYYY-MM-DD HH:mm`. A field whose block is not in the
 * state (left out of the modal) stays undefined, so an edit keeps what is stored; an emptied
 * input is `''` or `[]`, so clearing a field clears it. Uploaded files come back as `uploads`
 * to be downloaded before the form reads them.
 */
export function readSubmission(form: FormDefinition, state: ViewState): ReadSubmission {
  const values: Record<string, FieldValue> = {};
  const problems: InputProblem[] = [];
  const uploads: Upload[] = [];
  for (const field of formFields(form)) {
    if (field.kind === 'date-time') {
      const date = element(state, fieldBlockId(field.name, 'date'));
      const time = element(state, fieldBlockId(field.name, 'time'));
      if (!date && !time) continue;
      const day = date?.selected_date ?? '';
      const hour = time?.selected_time ?? '';
      // A time without a day cannot be read (it would fall on today): ask for the day.
      if (day === '' && hour !== '')
        problems.push({
          blockId: fieldBlockId(field.name, 'date'),
          message: 'forms:error.required',
        });
      values[field.name] = day === '' ? '' : hour === '' ? day : `${day} ${hour}`;
      continue;
    }
    const input = element(state, fieldBlockId(field.name));
    if (field.kind === 'file') {
      // Nothing uploaded is "not given": Slack cannot show stored files, so an edit keeps them.
      const fileIds = (input?.files ?? []).map((file) => file.id);
      if (fileIds.length > 0)
        uploads.push({ field: field.name, blockId: fieldBlockId(field.name), fileIds });
      continue;
    }
    const value = input ? valueOf(field.kind, input) : undefined;
    if (value !== undefined) values[field.name] = value;
  }
  return { values, problems, uploads };
}
