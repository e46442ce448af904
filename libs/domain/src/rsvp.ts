import { z } from 'zod';

/**
 * A person's answer to an event: going, maybe, or not going. Stored per person (one person
 * however many platforms they use) and event; the codes are stable (the CSV export uses them).
 */
export const RsvpAnswer = z.enum(['going', 'maybe', 'not-going']);
export type RsvpAnswer = z.infer<typeof RsvpAnswer>;

/** Every answer, in the order replies show them. */
export const rsvpAnswers: readonly RsvpAnswer[] = RsvpAnswer.options;

/** Who is told of an event's reminders and changes: those going, and those who may come. */
export const remindedAnswers: readonly RsvpAnswer[] = ['going', 'maybe'];

/** How many people gave each answer to one event. */
export type RsvpCounts = Record<RsvpAnswer, number>;

export const noRsvps: RsvpCounts = { going: 0, maybe: 0, 'not-going': 0 };
