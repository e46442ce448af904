import type { z } from 'zod';
import type { Locale, MessageKey, MessageValues } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { Conversation, Requester } from '../request';
import type { Reply } from '../reply';

/**
 * What a field asks for. Renderers pick the platform's element for each (Slack: datepicker,
 * timepicker, selects, users/conversations selects, file input; Discord: text inputs and
 * selects in a modal; console: a prompt line) and hand back the value in the shape below.
 */
export type FieldKind =
  | 'short-text'
  | 'long-text'
  | 'date'
  | 'time'
  | 'date-time'
  | 'duration'
  | 'number'
  | 'one-of'
  | 'many-of'
  | 'people'
  | 'channel'
  | 'file';

/** A choice of a `one-of` or `many-of` field. */
export interface FieldChoice {
  value: string;
  label: MessageKey;
}

export interface FormField {
  /** Key in the submitted values and in the form's schema. */
  name: string;
  kind: FieldKind;
  required: boolean;
  label: MessageKey;
  hint?: MessageKey;
  placeholder?: MessageKey;
  choices?: readonly FieldChoice[];
  /** Longest text accepted (text kinds); renderers pass it on as the input's maximum. */
  maxLength?: number;
}

/**
 * A submitted value, as every renderer hands it over:
 * - text, number, duration: the text typed;
 * - date `YYYY-MM-DD`, time `HH:mm`, date-time `YYYY-MM-DD HH:mm` from pickers, or whatever
 *   the person typed (`jutro 10:00`, `tomorrow 10am`), read in their zone;
 * - one-of: the choice's value (or the word typed, matched to a choice);
 * - many-of, people (platform user ids), channel (one id): lists of strings;
 * - file: the files' names and text.
 */
export type FieldValue = string | readonly string[] | readonly FormFile[];
export interface FormFile {
  name: string;
  text: string;
}
export type FormValues = Readonly<Record<string, FieldValue | undefined>>;

/** A field's problem, to be shown under it in the person's language. */
export interface FieldError {
  field: string;
  message: MessageKey;
  values?: MessageValues;
}

/** Who submits, where, and the zone their dates and times are read in. */
export interface FormContext {
  requester: Requester;
  conversation: Conversation;
  locale: Locale;
  timeZone: string;
  now: Date;
}

/** What a submitted form comes to. */
export type FormOutcome =
  /**
   * Done: the confirmation, shown privately to the person. `subject` is what the form made or
   * changed, so a platform that showed one section can offer the others (as an edit of it).
   */
  | { type: 'done'; reply: Reply; subject?: string; editWith?: string }
  /** Something to correct: every field's problem at once; nothing was written. */
  | { type: 'invalid'; errors: FieldError[] }
  /** Refused as a whole (not allowed, the subject is gone): shown as a notice. */
  | { type: 'refused'; reply: Reply };

/**
 * A button a form offers besides submitting, acting on the values as they stand (Slack shows
 * it in the modal; `runFormTool` does it): "Suggest times" asks free times for the meeting's
 * length and invitees.
 */
export interface FormTool {
  id: 'suggest-times';
  label: MessageKey;
}

/**
 * A form: its fields in sections of at most five (Discord shows one section per modal; Slack
 * and the console show them all), the schema that turns submitted values into a typed input,
 * and what submitting does. `subject` is what the form is about (the grant call being edited).
 */
export interface FormDefinition<Input = unknown> {
  /** Stable id, carried in Slack's `callback_id` and Discord's `custom_id`. */
  id: string;
  audience: 'everyone' | 'coordinator';
  title: MessageKey;
  submit: MessageKey;
  sections: readonly (readonly FormField[])[];
  /** Buttons besides submitting, on platforms whose forms can hold them. */
  tools?: readonly FormTool[];
  /**
   * One schema for every platform; its issues' messages are message keys. It sees the raw
   * values too, for fields read in terms of another (a deadline in the zone the form names).
   */
  schema(context: FormContext, values: FormValues): z.ZodType<Input>;
  /**
   * The values an edit starts from (and that a submission of one section keeps for the
   * others); undefined when the subject no longer exists.
   */
  initial?(subject: string, deps: ChatDeps): Promise<FormValues | undefined>;
  /** Writes what the input says; may still find field errors that need the store. */
  apply(
    input: Input,
    subject: string | undefined,
    context: FormContext,
    deps: ChatDeps,
  ): Promise<FormOutcome>;
}

/**
 * A command's or button's answer that is a form to fill in: the form, what it is about, the
 * values to start from (for an edit, or after errors), and which section to show (Discord).
 */
export interface FormOpening {
  form: FormDefinition;
  subject?: string;
  values: FormValues;
  section: number;
}

/** A command's or button's answer: a reply to show, or a form to open. */
export type Answer = Reply | FormOpening;

export function isFormOpening(answer: Answer): answer is FormOpening {
  return 'form' in answer;
}

/** Every field of a form, in order. */
export function formFields(form: Pick<FormDefinition, 'sections'>): FormField[] {
  return form.sections.flat();
}
