import { z } from 'zod';
import type { InputState } from '@glokal/testing/slack';

const PlainText = z.object({ type: z.literal('plain_text'), text: z.string() });
const Option = z.object({ text: PlainText, value: z.string() });
const Element = z.looseObject({
  type: z.string(),
  action_id: z.string(),
  initial_value: z.string().optional(),
  initial_date: z.string().optional(),
  initial_time: z.string().optional(),
  initial_option: Option.optional(),
  initial_options: z.array(Option).optional(),
  initial_users: z.array(z.string()).optional(),
  initial_conversation: z.string().optional(),
  options: z.array(Option).optional(),
});
const InputBlock = z.object({
  type: z.literal('input'),
  block_id: z.string(),
  label: PlainText,
  hint: PlainText.optional(),
  optional: z.boolean().optional(),
  element: Element,
});
export type InputBlock = z.infer<typeof InputBlock>;

/** A modal as the app opened it, read back from `views.open`. */
export const OpenedModal = z.object({
  type: z.literal('modal'),
  callback_id: z.string(),
  private_metadata: z.string(),
  title: PlainText,
  submit: PlainText.optional(),
  close: PlainText.optional(),
  blocks: z.array(z.record(z.string(), z.unknown())),
});
export type OpenedModal = z.infer<typeof OpenedModal>;

/** The modal's input blocks, by block id. */
export function inputsOf(modal: OpenedModal): Map<string, InputBlock> {
  return new Map(
    modal.blocks.flatMap((block) => {
      const input = InputBlock.safeParse(block);
      return input.success ? [[input.data.block_id, input.data] as const] : [];
    }),
  );
}

/** What a person puts in one input: text, a date, a time, a choice's value, ids, or files. */
export type Answer = string | string[] | null | Record<string, unknown>[];

function stateOf(input: InputBlock, answer: Answer | undefined): InputState {
  const { element } = input;
  const given = answer === undefined ? undefined : answer;
  const texts = (value: Answer | undefined): string[] | string | null | undefined =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : value;
  const one = (value: Answer | undefined) => {
    const text = texts(value);
    return Array.isArray(text) ? text[0] : text;
  };
  const list = (value: Answer | undefined): string[] => {
    const text = texts(value);
    return text === null || text === undefined ? [] : Array.isArray(text) ? text : [text];
  };
  switch (element.type) {
    case 'file_input':
      return {
        type: element.type,
        files: Array.isArray(given)
          ? given.filter((item): item is Record<string, unknown> => typeof item === 'object')
          : [],
      };
    case 'datepicker':
      return {
        type: element.type,
        selected_date: given === undefined ? (element.initial_date ?? null) : (one(given) ?? null),
      };
    case 'timepicker':
      return {
        type: element.type,
        selected_time: given === undefined ? (element.initial_time ?? null) : (one(given) ?? null),
      };
    case 'static_select': {
      const chosen =
        given === undefined
          ? element.initial_option
          : element.options?.find((option) => option.value === one(given));
      return { type: element.type, selected_option: chosen ?? null };
    }
    case 'multi_static_select': {
      const values = given === undefined ? undefined : list(given);
      const chosen = values
        ? (element.options ?? []).filter((option) => values.includes(option.value))
        : (element.initial_options ?? []);
      return { type: element.type, selected_options: chosen };
    }
    case 'multi_users_select':
      return {
        type: element.type,
        selected_users: given === undefined ? (element.initial_users ?? []) : list(given),
      };
    case 'conversations_select':
      return {
        type: element.type,
        selected_conversation:
          given === undefined ? (element.initial_conversation ?? null) : (one(given) ?? null),
      };
    default:
      return {
        type: element.type,
        value: given === undefined ? (element.initial_value ?? null) : (one(given) ?? null),
      };
  }
}

/**
 * `view.state` as Slack sends it on submission: every input block, each holding what the
 * person chose (`answers`, by block id) or what the input started with; empty inputs `null`.
 */
export function submittedState(
  modal: OpenedModal,
  answers: Record<string, Answer>,
): Record<string, Record<string, InputState>> {
  const unknown = Object.keys(answers).filter((blockId) => !inputsOf(modal).has(blockId));
  if (unknown.length > 0) throw new Error(`no such inputs in the modal: ${unknown.join(', ')}`);
  return Object.fromEntries(
    [...inputsOf(modal)].map(([blockId, input]) => [
      blockId,
      { [input.element.action_id]: stateOf(input, answers[blockId]) },
    ]),
  );
}
