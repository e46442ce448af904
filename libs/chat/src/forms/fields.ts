import { z } from 'zod';
import { IANAZone } from 'luxon';
import {
  createTranslator,
  foldForSearch,
  isKnownTimeZone,
  locales,
  readDate,
  readDateTime,
  readDuration,
  type LocalDateTime,
  type MessageKey,
  type MessageValues,
} from '@glokal/domain';
import { withoutControls } from '../option-values';
import type { FieldChoice, FormContext, FormFile } from './form';

type Context = z.RefinementCtx;

function problem(ctx: Context, message: MessageKey, values?: MessageValues): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message, ...(values ? { params: values } : {}) });
  return z.NEVER;
}

/**
 * The text of a submitted value, trimmed and without control characters (a NUL never reaches
 * the store); lists and files are not text.
 */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return withoutControls(value).trim();
  if (value === undefined || value === null) return '';
  return undefined;
}

/**
 * A submitted text, present or not: empty text is "not given", so a required field says so
 * and an optional one reads as `undefined`.
 */
function given<T>(
  required: boolean,
  read: (text: string, ctx: Context) => T,
): z.ZodType<T | undefined> {
  return z.unknown().transform((value, ctx) => {
    const text = textOf(value);
    if (text === undefined) return problem(ctx, 'forms:error.unreadable');
    if (text === '') return required ? problem(ctx, 'forms:error.required') : undefined;
    return read(text, ctx);
  });
}

function shortText(max: number) {
  return (text: string, ctx: Context) =>
    text.length > max ? problem(ctx, 'forms:error.too_long', { max }) : text;
}

/** A wall-clock time read in the person's zone (or another the form names). */
export interface WrittenTime {
  local: LocalDateTime;
  instant: Date;
}

/** Field readers over one submission's context (the zone dates are read in, and now). */
export function fieldsFor(context: FormContext) {
  const writing = { zone: context.timeZone, now: context.now };
  return {
    text: (max: number) => given(true, shortText(max)) as z.ZodType<string>,
    optionalText: (max: number) => given(false, shortText(max)),

    url: (required: boolean) =>
      given(required, (text, ctx) => {
        const url = URL.canParse(text) ? new URL(text) : undefined;
        if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
          return problem(ctx, 'forms:error.not_a_link');
        return text.length > 2000 ? problem(ctx, 'forms:error.too_long', { max: 2000 }) : url.href;
      }),

    /** A date and time; `zone` says where it is read (a deadline in its funder's zone). */
    dateTime: (required: boolean, zone: () => string | undefined = () => writing.zone) =>
      given(required, (text, ctx): WrittenTime => {
        const read = readDateTime(text, { zone: zone() ?? writing.zone, now: writing.now });
        if (read.ok) return { local: read.local, instant: read.instant };
        return problem(ctx, `forms:error.date_time.${read.code}`, { text });
      }),

    date: (required: boolean) =>
      given(required, (text, ctx) => {
        const read = readDate(text, writing);
        return read.ok ? read.date : problem(ctx, `forms:error.date.${read.code}`, { text });
      }),

    durationMinutes: (required: boolean) =>
      given(required, (text, ctx) => {
        const read = readDuration(text);
        return read.ok ? read.minutes : problem(ctx, 'forms:error.duration', { text });
      }),

    timeZone: (required: boolean) =>
      given(required, (text, ctx) =>
        isKnownTimeZone(text)
          ? IANAZone.create(text).name
          : problem(ctx, 'forms:error.not_a_zone', { text }),
      ),

    /** One of `choices`: its value, or its label typed in either language. */
    oneOf: <V extends string>(
      choices: readonly (FieldChoice & { value: V })[],
      required: boolean,
    ) =>
      given(required, (text, ctx): V => {
        const folded = foldForSearch(text);
        const found = choices.find(
          (choice) =>
            choice.value === text ||
            foldForSearch(choice.value) === folded ||
            locales.some(
              (locale) => foldForSearch(createTranslator(locale, 'UTC').t(choice.label)) === folded,
            ),
        );
        return found ? found.value : problem(ctx, 'forms:error.not_a_choice', { text });
      }),

    /**
     * People picked in a users select (platform user ids), at most `max`, each once; text typed
     * (the console) is split at commas and spaces.
     */
    people: (max: number) =>
      z.unknown().transform((value, ctx): string[] => {
        const ids = idsOf(value);
        if (!ids) return problem(ctx, 'forms:error.unreadable');
        return ids.length > max ? problem(ctx, 'meetings:error.too_many_invitees', { max }) : ids;
      }),

    /** One channel picked in a conversations select (its id), or none. */
    channel: (required: boolean) =>
      z.unknown().transform((value, ctx): string | undefined => {
        const ids = idsOf(value);
        if (!ids || ids.length > 1) return problem(ctx, 'forms:error.unreadable');
        if (required && ids.length === 0) return problem(ctx, 'forms:error.required');
        return ids[0];
      }),

    /** Files attached to the field (at least one when required). */
    files: (required: boolean) =>
      z.unknown().transform((value, ctx): FormFile[] => {
        const files = z
          .array(z.object({ name: z.string(), text: z.string() }))
          .safeParse(value ?? []);
        if (!files.success) return problem(ctx, 'forms:error.unreadable');
        if (required && files.data.length === 0) return problem(ctx, 'forms:error.required');
        return files.data;
      }),
  };
}

/** Platform ids from a select's list (or typed text), each once; undefined when not ids. */
function idsOf(value: unknown): string[] | undefined {
  const list =
    value === undefined || value === null
      ? []
      : typeof value === 'string'
        ? value.split(/[\s,]+/)
        : Array.isArray(value)
          ? (value as unknown[])
          : undefined;
  if (!list || !list.every((item): item is string => typeof item === 'string')) return undefined;
  const ids = list.map((item) => withoutControls(item).trim()).filter((item) => item !== '');
  if (ids.some((id) => id.length > 100)) return undefined;
  return [...new Set(ids)];
}
