import { z } from 'zod';
import { DateTime } from 'luxon';
import { eventKinds, foldForSearch, locales, type ClusterEvent, type Locale } from '@glokal/domain';
import { fieldsFor } from '../fields';
import type { FieldChoice, FormContext, FormField, FormValues } from '../form';
import { typedLocal } from '../grant/grant-fields';
import { placesField } from './places-field';

/** Most invitees one meeting takes from chat (a users select shows at most this many). */
export const MAX_INVITEES = 25;

const kindChoices = eventKinds.map((value) => ({
  value,
  label: `events:kind.${value}` as const,
}));

const languageChoices = locales.map((value) => ({
  value,
  label: `settings:language_name.${value}` as const,
})) satisfies readonly (FieldChoice & { value: Locale })[];

const startingNoteChoices = [
  { value: 'yes', label: 'meetings:starting_note.yes' },
  { value: 'no', label: 'meetings:starting_note.no' },
] as const satisfies readonly FieldChoice[];

export const meetingFields = {
  title: {
    name: 'title',
    kind: 'short-text',
    required: true,
    label: 'meetings:title.label',
    placeholder: 'meetings:title.placeholder',
    maxLength: 500,
  },
  kind: {
    name: 'kind',
    kind: 'one-of',
    required: true,
    label: 'meetings:kind.label',
    choices: kindChoices,
  },
  start: {
    name: 'start',
    kind: 'date-time',
    required: true,
    label: 'meetings:start.label',
    hint: 'meetings:start.hint',
    placeholder: 'meetings:start.placeholder',
  },
  duration: {
    name: 'duration',
    kind: 'duration',
    required: false,
    label: 'meetings:duration.label',
    hint: 'meetings:duration.hint',
    placeholder: 'meetings:duration.placeholder',
    maxLength: 40,
  },
  end: {
    name: 'end',
    kind: 'date-time',
    required: false,
    label: 'meetings:end.label',
    hint: 'meetings:end.hint',
    placeholder: 'meetings:end.placeholder',
  },
  place: {
    name: 'place',
    kind: 'short-text',
    required: false,
    label: 'meetings:place.label',
    hint: 'meetings:place.hint',
    placeholder: 'meetings:place.placeholder',
    maxLength: 500,
  },
  description: {
    name: 'description',
    kind: 'long-text',
    required: false,
    label: 'meetings:description.label',
    maxLength: 4000,
  },
  invitees: {
    name: 'invitees',
    kind: 'people',
    required: false,
    label: 'meetings:invitees.label',
    hint: 'meetings:invitees.hint',
  },
  channel: {
    name: 'channel',
    kind: 'channel',
    required: false,
    label: 'meetings:channel.label',
  },
  language: {
    name: 'language',
    kind: 'one-of',
    required: false,
    label: 'meetings:language.label',
    choices: languageChoices,
  },
  capacity: {
    name: 'capacity',
    kind: 'number',
    required: false,
    label: 'places:field.label',
    hint: 'places:field.hint',
    placeholder: 'places:field.placeholder',
  },
  startingNote: {
    name: 'startingNote',
    kind: 'one-of',
    required: false,
    label: 'meetings:starting_note.label',
    hint: 'meetings:starting_note.hint',
    choices: startingNoteChoices,
  },
} as const satisfies Record<string, FormField>;

/**
 * What and when first, then where, for whom and where it is announced, then how many places
 * and whether the channels are told it is starting (five at most each).
 */
export const meetingSections: readonly (readonly FormField[])[] = [
  [
    meetingFields.title,
    meetingFields.kind,
    meetingFields.start,
    meetingFields.duration,
    meetingFields.end,
  ],
  [
    meetingFields.place,
    meetingFields.description,
    meetingFields.invitees,
    meetingFields.channel,
    meetingFields.language,
  ],
  [meetingFields.capacity, meetingFields.startingNote],
];

/**
 * The meeting form's schema. The start is read in the person's zone here (so a time the clock
 * skips or shows twice is that field's error with the others); the end stays text, read
 * against the start when the form is applied (`meetingTimes`), as a time alone means that day.
 */
export function meetingSchema(context: FormContext) {
  const f = fieldsFor(context);
  return z.object({
    title: f.text(500),
    kind: f.oneOf(kindChoices, true),
    start: f.dateTime(true),
    duration: f.durationMinutes(false),
    end: f.optionalText(60),
    place: f.optionalText(500),
    description: f.optionalText(4000),
    invitees: f.people(MAX_INVITEES),
    channel: f.channel(false),
    language: f.oneOf(languageChoices, false),
    capacity: placesField,
    startingNote: f.oneOf(startingNoteChoices, false),
  });
}

export type MeetingInput = z.output<ReturnType<typeof meetingSchema>>;

/** Words that mean "held online" rather than a place, folded, in both languages. */
const onlineWords = new Set(['online', 'on line', 'onlajn', 'zdalnie', 'meet', 'google meet']);

/** The place a meeting's form names: online (a Meet link is asked for), or a location. */
export function placeOf(text: string | undefined): { online: boolean; location?: string } {
  if (!text) return { online: false };
  return onlineWords.has(foldForSearch(text))
    ? { online: true }
    : { online: false, location: text };
}

/** A new meeting's form starts with a meeting of an hour, in the person's language, announced here. */
export function newMeetingValues(locale: Locale, channelId: string): FormValues {
  return {
    kind: 'meeting',
    duration: '60 min',
    language: locale,
    channel: [channelId],
    startingNote: 'no',
  };
}

/**
 * The values an edit starts from: the start as a wall clock in the meeting's own zone, and its
 * length as a duration (the end left empty, so changing the duration alone moves the end).
 */
export function meetingValues(event: ClusterEvent): FormValues {
  const timing = event.timing;
  const start = timing.allDay
    ? timing.startDate
    : typedLocal(
        DateTime.fromISO(timing.start, { zone: timing.timeZone }).toFormat("yyyy-MM-dd'T'HH:mm"),
      );
  const minutes = timing.allDay
    ? undefined
    : Math.round((Date.parse(timing.end) - Date.parse(timing.start)) / 60_000);
  const meeting = event.meeting;
  return {
    title: event.title,
    kind: event.kind,
    start,
    duration: minutes ? `${minutes} min` : '',
    end: '',
    place: meeting?.online && !event.location ? 'online' : (event.location ?? ''),
    description: event.description ?? '',
    invitees: (meeting?.invitees ?? []).map((person) => person.userId),
    channel: meeting?.announceIn ? [meeting.announceIn.channelId] : [],
    language: meeting?.language ?? '',
    capacity: meeting?.capacity ? String(meeting.capacity) : '',
    startingNote: meeting?.startingSoonNote ? 'yes' : 'no',
  };
}
