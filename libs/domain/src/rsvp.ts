import { z } from 'zod';

/**
 * A person's answer to an event: going, maybe, or not going. Stored per person (one person
 * however many platforms they use) and event; the codes are stable (the CSV export uses them).
 */
export const RsvpAnswer = z.enum(['going', 'maybe', 'not-going']);
export type RsvpAnswer = z.infer<typeof RsvpAnswer>;

/**
 * Where a person stands with an event: their answer, or `waiting`: they answered Going when
 * every place was taken and are on its waiting list, in the order they answered. A stable code
 * too (the CSV export uses it).
 */
export const AttendanceState = z.enum(['going', 'maybe', 'not-going', 'waiting']);
export type AttendanceState = z.infer<typeof AttendanceState>;

/** Every answer, in the order replies show them. */
export const rsvpAnswers: readonly RsvpAnswer[] = RsvpAnswer.options;

/** Who is told of an event's reminders and changes: those going, and those who may come. */
export const remindedAnswers: readonly RsvpAnswer[] = ['going', 'maybe'];

/** How many people stand where with one event. */
export type RsvpCounts = Record<AttendanceState, number>;

export const noRsvps: RsvpCounts = { going: 0, maybe: 0, 'not-going': 0, waiting: 0 };

/** The places a meeting may have, when it has a limit: a whole number from 1 to 10,000. */
export const MAX_PLACES = 10_000;
export const Places = z.number().int().min(1).max(MAX_PLACES);

/**
 * What an answer came to: where the person stands now (Going with all places taken is
 * `waiting`, with their number on the list), and who was given a place because it freed one.
 */
export interface AnswerOutcome {
  state: AttendanceState;
  /** Where they stood before; undefined the first time they answer. */
  before?: AttendanceState;
  waitingPosition?: number;
  /** Person ids moved from the waiting list to Going, first come first served. */
  promoted: string[];
}
