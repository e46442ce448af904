import { z } from 'zod';
import { modalLimits as limits } from './discord-limits';

const TextInput = z.looseObject({
  type: z.literal(4),
  custom_id: z.string(),
  style: z.union([z.literal(1), z.literal(2)]),
  label: z.string().optional(),
  min_length: z.number().int().optional(),
  max_length: z.number().int().optional(),
  required: z.boolean().optional(),
  value: z.string().optional(),
  placeholder: z.string().optional(),
});

const SelectOption = z.looseObject({
  label: z.string(),
  value: z.string(),
  description: z.string().optional(),
  default: z.boolean().optional(),
});

const StringSelect = z.looseObject({
  type: z.literal(3),
  custom_id: z.string(),
  options: z.array(SelectOption),
  placeholder: z.string().optional(),
  min_values: z.number().int().optional(),
  max_values: z.number().int().optional(),
  required: z.boolean().optional(),
  disabled: z.boolean().optional(),
});

/** User (5), role (6), mentionable (7) and channel (8) selects: Discord fills their options. */
const EntitySelect = z.looseObject({
  type: z.union([z.literal(5), z.literal(6), z.literal(7), z.literal(8)]),
  custom_id: z.string(),
  placeholder: z.string().optional(),
  min_values: z.number().int().optional(),
  max_values: z.number().int().optional(),
  required: z.boolean().optional(),
  disabled: z.boolean().optional(),
});

const InLabel = z.discriminatedUnion('type', [TextInput, StringSelect, EntitySelect]);

const Label = z.looseObject({
  type: z.literal(18),
  label: z.string(),
  description: z.string().optional(),
  component: InLabel,
});

const TextDisplay = z.looseObject({ type: z.literal(10), content: z.string() });

/** The deprecated way: an action row holding one text input with its own label. */
const LegacyRow = z.looseObject({ type: z.literal(1), components: z.array(TextInput) });

const ModalComponent = z.discriminatedUnion('type', [Label, TextDisplay, LegacyRow]);

/** The `data` of an interaction callback of type 9 (MODAL), as far as the fake checks it. */
export const ModalPayload = z.looseObject({
  custom_id: z.string(),
  title: z.string(),
  components: z.array(ModalComponent),
});
export type ModalPayload = z.infer<typeof ModalPayload>;
export type ModalField = z.infer<typeof InLabel>;

function tooLong(problems: string[], path: string, text: string | undefined, max: number): void {
  if (text !== undefined && text.length > max)
    problems.push(`${path}: ${text.length} characters, at most ${max}`);
}

function customIdProblems(problems: string[], path: string, id: string, seen: Set<string>): void {
  if (id.length === 0) problems.push(`${path}.custom_id: required`);
  tooLong(problems, `${path}.custom_id`, id, limits.customId);
  if (seen.has(id)) problems.push(`${path}.custom_id: duplicate ${id}`);
  seen.add(id);
}

function textInputProblems(
  problems: string[],
  at: string,
  input: z.infer<typeof TextInput>,
  inLabel: boolean,
): void {
  if (inLabel && input.label !== undefined)
    problems.push(`${at}.label: a text input in a label has no label of its own`);
  if (!inLabel) {
    if (!input.label) problems.push(`${at}.label: required`);
    tooLong(problems, `${at}.label`, input.label, limits.label);
  }
  const max = input.max_length ?? limits.textValue;
  if (input.max_length !== undefined && (max < 1 || max > limits.textValue))
    problems.push(`${at}.max_length: ${max}, 1 to ${limits.textValue}`);
  const min = input.min_length ?? 0;
  if (min < 0 || min > limits.textValue || min > max)
    problems.push(`${at}.min_length: ${min}, 0 to ${Math.min(max, limits.textValue)}`);
  tooLong(problems, `${at}.placeholder`, input.placeholder, limits.placeholder);
  tooLong(problems, `${at}.value`, input.value, Math.min(max, limits.textValue));
}

function selectProblems(
  problems: string[],
  at: string,
  select: z.infer<typeof StringSelect> | z.infer<typeof EntitySelect>,
): void {
  if (select.disabled !== undefined)
    problems.push(`${at}.disabled: modals cannot have disabled components`);
  tooLong(problems, `${at}.placeholder`, select.placeholder, limits.selectPlaceholder);
  const min = select.min_values ?? 1;
  const max = select.max_values ?? 1;
  if (min < 0 || min > limits.options) problems.push(`${at}.min_values: ${min}, 0 to 25`);
  if (max < 1 || max > limits.options || max < min)
    problems.push(`${at}.max_values: ${max}, ${Math.max(1, min)} to 25`);
  if (select.required !== false && select.min_values === 0)
    problems.push(`${at}.min_values: a required select needs at least 1`);
  if (select.type !== 3) return;
  if (select.options.length === 0 || select.options.length > limits.options)
    problems.push(`${at}.options: ${select.options.length}, 1 to ${limits.options}`);
  if (max > select.options.length)
    problems.push(`${at}.max_values: ${max}, more than the ${select.options.length} options`);
  const values = new Set<string>();
  select.options.forEach((option, o) => {
    const path = `${at}.options.${o}`;
    if (option.label.length === 0) problems.push(`${path}.label: required`);
    tooLong(problems, `${path}.label`, option.label, limits.optionText);
    tooLong(problems, `${path}.value`, option.value, limits.optionText);
    tooLong(problems, `${path}.description`, option.description, limits.optionText);
    if (values.has(option.value)) problems.push(`${path}.value: duplicate ${option.value}`);
    values.add(option.value);
  });
  const defaults = select.options.filter((option) => option.default).length;
  if (defaults > max) problems.push(`${at}.options: ${defaults} defaults, at most ${max}`);
}

/**
 * Checks a modal (the `data` of a type 9 callback) against Discord's limits and returns what
 * Discord would refuse: custom id 1–100, title 1–45, one to five components, labels of at most
 * 45 characters with descriptions of at most 100, text inputs and selects within theirs.
 */
export function modalProblems(body: unknown): string[] {
  const parsed = ModalPayload.safeParse(body);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const modal = parsed.data;
  const problems: string[] = [];
  if (modal.custom_id.length === 0) problems.push('custom_id: required');
  tooLong(problems, 'custom_id', modal.custom_id, limits.customId);
  if (modal.title.length === 0) problems.push('title: required');
  tooLong(problems, 'title', modal.title, limits.title);
  if (modal.components.length === 0 || modal.components.length > limits.components)
    problems.push(`components: ${modal.components.length}, 1 to ${limits.components}`);
  const seen = new Set<string>();
  modal.components.forEach((component, c) => {
    const at = `components.${c}`;
    if (component.type === 10) {
      tooLong(problems, `${at}.content`, component.content, limits.textDisplay);
      return;
    }
    if (component.type === 1) {
      if (component.components.length !== 1)
        problems.push(`${at}.components: ${component.components.length}, exactly 1`);
      component.components.forEach((input, i) => {
        customIdProblems(problems, `${at}.components.${i}`, input.custom_id, seen);
        textInputProblems(problems, `${at}.components.${i}`, input, false);
      });
      return;
    }
    if (component.label.length === 0) problems.push(`${at}.label: required`);
    tooLong(problems, `${at}.label`, component.label, limits.label);
    tooLong(problems, `${at}.description`, component.description, limits.description);
    const inner = component.component;
    customIdProblems(problems, `${at}.component`, inner.custom_id, seen);
    if (inner.type === 4) textInputProblems(problems, `${at}.component`, inner, true);
    else selectProblems(problems, `${at}.component`, inner);
  });
  return problems;
}

/**
 * The fields of a modal, in order: what a person fills in (text inputs and selects); none
 * for something that is not a modal.
 */
export function modalFields(body: unknown): ModalField[] {
  const parsed = ModalPayload.safeParse(body);
  if (!parsed.success) return [];
  return parsed.data.components.flatMap((component) =>
    component.type === 18
      ? [component.component]
      : component.type === 1
        ? component.components
        : [],
  );
}
