import { z } from 'zod';
import {
  GrantCallStatus,
  foldForSearch,
  isKnownTimeZone,
  type GrantCall,
  type LocalDeadline,
  type Organisation,
  type OrganisationRepository,
} from '@glokal/domain';
import { fieldsFor } from '../fields';
import type { FieldError, FormContext, FormField, FormValues } from '../form';

/** EU calls close in Brussels; a new call starts there. */
export const DEFAULT_DEADLINE_ZONE = 'Europe/Brussels';

const field = (
  name: string,
  kind: FormField['kind'],
  required: boolean,
  extra: Partial<FormField> = {},
): FormField => ({
  name,
  kind,
  required,
  label:
    `forms:grant.${name === 'callCode' ? 'call_code' : snake(name)}.label` as FormField['label'],
  ...extra,
});

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function statusChoices() {
  return GrantCallStatus.options.map((value) => ({
    value,
    label: `grants:status.${value}` as const,
  }));
}

export const grantFields = {
  programme: field('programme', 'short-text', true, {
    placeholder: 'forms:grant.programme.placeholder',
    maxLength: 100,
  }),
  title: field('title', 'short-text', true, { maxLength: 500 }),
  deadline: field('deadline', 'date-time', true, {
    hint: 'forms:grant.deadline.hint',
    placeholder: 'forms:grant.deadline.placeholder',
  }),
  deadlineZone: field('deadlineZone', 'short-text', true, {
    hint: 'forms:grant.deadline_zone.hint',
    placeholder: 'forms:grant.deadline_zone.placeholder',
    maxLength: 64,
  }),
  url: field('url', 'short-text', false, {
    placeholder: 'forms:grant.url.placeholder',
    maxLength: 2000,
  }),
  callCode: field('callCode', 'short-text', false, {
    placeholder: 'forms:grant.call_code.placeholder',
    maxLength: 100,
  }),
  opensOn: field('opensOn', 'date', false, { placeholder: 'forms:grant.opens_on.placeholder' }),
  internalDeadline: field('internalDeadline', 'date-time', false, {
    hint: 'forms:grant.internal_deadline.hint',
    placeholder: 'forms:grant.internal_deadline.placeholder',
  }),
  funding: field('funding', 'short-text', false, {
    placeholder: 'forms:grant.funding.placeholder',
    maxLength: 200,
  }),
  status: field('status', 'one-of', true, { choices: statusChoices() }),
  lead: field('lead', 'short-text', false, {
    placeholder: 'forms:grant.lead.placeholder',
    maxLength: 200,
  }),
  description: field('description', 'long-text', false, { maxLength: 4000 }),
} as const;

/**
 * The call's fields in sections of five: what a call needs first, then its details, then who
 * leads it and what it is about (Discord shows one section per modal).
 */
export const grantSections: readonly (readonly FormField[])[] = [
  [
    grantFields.programme,
    grantFields.title,
    grantFields.deadline,
    grantFields.deadlineZone,
    grantFields.url,
  ],
  [
    grantFields.callCode,
    grantFields.opensOn,
    grantFields.internalDeadline,
    grantFields.funding,
    grantFields.status,
  ],
  [grantFields.lead, grantFields.description],
];

/** A stored local time as a person would type it: `2027-03-15 12:00`. */
export function typedLocal(local: string): string {
  return local.replace('T', ' ');
}

/** The values a call's form starts from (an edit), in the shape renderers hand back. */
export function grantValues(call: GrantCall, leadName?: string): FormValues {
  return {
    programme: call.programme,
    title: call.title,
    deadline: typedLocal(call.deadline.local),
    deadlineZone: call.deadline.timeZone,
    url: call.url ?? '',
    callCode: call.callCode ?? '',
    opensOn: call.opensOn ?? '',
    internalDeadline: call.internalDeadline ? typedLocal(call.internalDeadline.local) : '',
    funding: call.funding ?? '',
    status: call.status,
    lead: leadName ?? call.leadOrganisationId ?? '',
    description: call.description ?? '',
  };
}

/** The values a new call's form starts from. */
export const newGrantValues: FormValues = {
  deadlineZone: DEFAULT_DEADLINE_ZONE,
  status: 'open',
};

/** The zone a submission names for its deadline, when it is a real one. */
function submittedZone(values: FormValues): string | undefined {
  const zone = values['deadlineZone'];
  return typeof zone === 'string' && isKnownTimeZone(zone.trim()) ? zone.trim() : undefined;
}

/** The grant form's schema: every field read, deadlines in the zone the form names. */
export function grantSchema(context: FormContext, values: FormValues) {
  const f = fieldsFor(context);
  const zone = () => submittedZone(values);
  return z
    .object({
      programme: f.text(100),
      title: f.text(500),
      deadline: f.dateTime(true, zone),
      deadlineZone: f.timeZone(true),
      url: f.url(false),
      callCode: f.optionalText(100),
      opensOn: f.date(false),
      internalDeadline: f.dateTime(false, zone),
      funding: f.optionalText(200),
      status: f.oneOf(statusChoices(), false),
      lead: f.optionalText(200),
      description: f.optionalText(4000),
    })
    .superRefine((input, ctx) => {
      if (
        input.deadline &&
        input.internalDeadline &&
        input.internalDeadline.instant >= input.deadline.instant
      )
        ctx.addIssue({
          code: 'custom',
          path: ['internalDeadline'],
          message: 'forms:error.internal_after_deadline',
        });
    });
}

export type GrantInput = z.output<ReturnType<typeof grantSchema>>;

/** The member organisation a typed name or id stands for: one exact or one only match. */
export async function findLead(
  text: string,
  organisations: Pick<OrganisationRepository, 'byId' | 'search'>,
): Promise<Organisation | undefined> {
  const byId = await organisations.byId(text);
  if (byId) return byId;
  const found = await organisations.search({ words: text }, { limit: 5, offset: 0 });
  const exact = found.items.find(
    (organisation) => foldForSearch(organisation.name) === foldForSearch(text),
  );
  if (exact) return exact;
  return found.items.length === 1 ? found.items[0] : undefined;
}

/** The call an input describes, over what it was before (an edit) or nothing (a new call). */
export function callFrom(
  input: GrantInput,
  id: string,
  leadOrganisationId: string | undefined,
  before?: GrantCall,
): GrantCall {
  const deadline: LocalDeadline = { local: input.deadline!.local, timeZone: input.deadlineZone! };
  const moved =
    before &&
    (before.deadline.local !== deadline.local || before.deadline.timeZone !== deadline.timeZone);
  const previousDeadlines = [
    ...(before?.previousDeadlines ?? []),
    ...(moved ? [before.deadline] : []),
  ];
  return {
    id,
    programme: input.programme,
    title: input.title,
    deadline,
    status: input.status ?? before?.status ?? 'open',
    ...(input.url ? { url: input.url } : {}),
    ...(input.callCode ? { callCode: input.callCode } : {}),
    ...(input.opensOn ? { opensOn: input.opensOn } : {}),
    ...(input.internalDeadline
      ? { internalDeadline: { local: input.internalDeadline.local, timeZone: deadline.timeZone } }
      : {}),
    ...(input.funding ? { funding: input.funding } : {}),
    ...(leadOrganisationId ? { leadOrganisationId } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(previousDeadlines.length > 0 ? { previousDeadlines } : {}),
  };
}

/** A field error for a deadline that has already passed. */
export function pastDeadline(input: GrantInput, now: Date): FieldError | undefined {
  return input.deadline && input.deadline.instant <= now
    ? { field: 'deadline', message: 'forms:error.in_past' }
    : undefined;
}
