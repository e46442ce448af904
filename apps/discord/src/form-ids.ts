import { z } from 'zod';
import { limits } from './discord-limits';

/** Which form, which of its sections, and what it is about: what a modal's id carries. */
export interface FormPlace {
  form: string;
  section: number;
  subject?: string;
}

const FIELD = '|';
const MODAL = 'm';
const REOPEN = 'd';

const Place = z.object({
  form: z.string().regex(/^[a-z-]{1,32}$/),
  section: z.number().int().min(0).max(9),
  subject: z.string().min(1).max(64).optional(),
});
const Token = z.string().regex(/^[A-Za-z0-9_-]{1,16}$/);

/** Escapes the separator (and the escape), as the chat action codec does. */
function escape(text: string): string {
  return text.replace(/[%|]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function unescape(text: string): string {
  return text.replace(/%([0-9A-F]{2})/g, (_match, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

function placeFields(place: FormPlace): string[] {
  return [escape(place.form), String(place.section), escape(place.subject ?? '')];
}

function fits(id: string): string {
  if (id.length > limits.customId)
    throw new RangeError(`a custom id must fit ${limits.customId} characters: ${id}`);
  return id;
}

function readPlace([form, section, subject]: (string | undefined)[]): FormPlace | undefined {
  if (form === undefined || section === undefined || subject === undefined) return undefined;
  if (!/^\d$/.test(section)) return undefined;
  const parsed = Place.safeParse({
    form: unescape(form),
    section: Number(section),
    ...(subject === '' ? {} : { subject: unescape(subject) }),
  });
  return parsed.success ? (parsed.data as FormPlace) : undefined;
}

/** A modal's `custom_id`: `m|<form>|<section>|<subject>` (at most 100 characters). */
export function modalId(place: FormPlace): string {
  return fits([MODAL, ...placeFields(place)].join(FIELD));
}

/** The form a submitted modal's `custom_id` names; undefined for anything else. */
export function readModalId(id: string): FormPlace | undefined {
  if (id.length > limits.customId) return undefined;
  const [prefix, ...fields] = id.split(FIELD);
  if (prefix !== MODAL || fields.length !== 3) return undefined;
  return readPlace(fields);
}

/**
 * The `custom_id` of a button that opens a form again with what the person typed (kept under
 * `token` for a while): `d|<form>|<section>|<subject>|<token>`.
 */
export function reopenId(place: FormPlace, token: string): string {
  return fits([REOPEN, ...placeFields(place), token].join(FIELD));
}

export function readReopenId(id: string): { place: FormPlace; token: string } | undefined {
  if (id.length > limits.customId) return undefined;
  const [prefix, form, section, subject, token, ...extra] = id.split(FIELD);
  if (prefix !== REOPEN || extra.length > 0 || !Token.safeParse(token).success) return undefined;
  const place = readPlace([form, section, subject]);
  return place && token ? { place, token } : undefined;
}
