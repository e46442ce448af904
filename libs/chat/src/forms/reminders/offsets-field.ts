import { z } from 'zod';
import {
  readReminderOffsets,
  reminderOffsetsText,
  type ReminderOffsets,
  type Translator,
} from '@glokal/domain';
import type { FormField } from '../form';

/** The one field of both reminder forms: days and hours before the deadline, as typed. */
export function offsetsField(hint: 'call' | 'channel'): FormField {
  return {
    name: 'offsets',
    kind: 'short-text',
    required: false,
    label: 'forms:reminders.offsets.label',
    hint:
      hint === 'call'
        ? 'forms:reminders.offsets.call_hint'
        : 'forms:reminders.offsets.channel_hint',
    placeholder: 'forms:reminders.offsets.placeholder',
    maxLength: 200,
  };
}

/** Reads the field: offsets, or undefined for the default policy; problems are field errors. */
export const offsetsInput = z.object({
  offsets: z.unknown().transform((value, ctx): ReminderOffsets | undefined => {
    const text = typeof value === 'string' ? value : value === undefined ? '' : undefined;
    if (text === undefined) {
      ctx.addIssue({ code: 'custom', message: 'forms:error.unreadable' });
      return z.NEVER;
    }
    if (text.length > 200) {
      ctx.addIssue({ code: 'custom', message: 'forms:error.too_long', params: { max: 200 } });
      return z.NEVER;
    }
    const read = readReminderOffsets(text);
    if (read.ok) return read.offsets;
    ctx.addIssue({
      code: 'custom',
      message: `forms:reminders.error.${read.code}`,
      params: { text: read.text },
    });
    return z.NEVER;
  }),
});

/** The field's starting value: the chosen offsets, or empty for the default. */
export const offsetsValue = (offsets: ReminderOffsets | undefined) =>
  offsets ? reminderOffsetsText(offsets) : '';

/** A policy in a sentence: the chosen offsets, or "the default (30d, …)". */
export function offsetsSaid(
  offsets: ReminderOffsets | undefined,
  fallback: ReminderOffsets,
  t: Translator,
): string {
  return offsets
    ? reminderOffsetsText(offsets)
    : t.t('forms:reminders.default', { offsets: reminderOffsetsText(fallback) });
}
