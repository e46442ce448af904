import type {
  AnswerOutcome,
  AttendanceState,
  ClusterEvent,
  RsvpAnswer,
  RsvpCounts,
  Translator,
} from '@glokal/domain';
import type { ReplyAction } from '../reply';
import { button } from './button';

/** An answer as it is written in message keys (`not-going` → `not_going`). */
export function answerKey(answer: RsvpAnswer): 'going' | 'maybe' | 'not_going' {
  return answer === 'not-going' ? 'not_going' : answer;
}

/** Where someone stands, in words: their answer, or "On the waiting list". */
export function stateWords(state: AttendanceState, t: Translator): string {
  return state === 'waiting'
    ? t.t('places:answer_waiting')
    : t.t(`attendees:answer.${answerKey(state)}`);
}

/**
 * "Idzie 5 osób · Może 2 osoby · Nie idzie 1 osoba" / "Going 5 · Maybe 2 · Not going 1"; for a
 * meeting with places, "12/20 going, 3 waiting · Maybe 2 · Not going 1".
 */
export function rsvpCountsLine(counts: RsvpCounts, t: Translator, places?: number): string {
  const going =
    places === undefined
      ? t.t('events:answers_going', { count: counts.going })
      : [
          t.t('places:going_of', { going: counts.going, places }),
          ...(counts.waiting > 0 ? [t.t('places:waiting', { count: counts.waiting })] : []),
        ].join(', ');
  return [
    going,
    t.t('events:answers_maybe', { count: counts.maybe }),
    t.t('events:answers_not_going', { count: counts['not-going'] }),
  ].join(' · ');
}

/** Whether anyone stands anywhere with the event. */
export function anyAnswers(counts: RsvpCounts): boolean {
  return counts.going + counts.maybe + counts['not-going'] + counts.waiting > 0;
}

/** What an answer just did, for the reply: "Done: you are going", or the waiting list's number. */
export function answerNote(
  event: ClusterEvent,
  answer: RsvpAnswer,
  outcome: AnswerOutcome,
  t: Translator,
): string {
  const position = outcome.waitingPosition ?? 0;
  if (outcome.state === 'waiting')
    return t.t(outcome.before === 'waiting' ? 'places:still_waiting' : 'places:full', {
      title: event.title,
      position,
    });
  return t.t(`events:answered_${answerKey(answer)}`, { title: event.title });
}

const labels = {
  going: 'events:attend',
  maybe: 'events:maybe',
  'not-going': 'events:not_attend',
} as const satisfies Record<RsvpAnswer, string>;

/**
 * Going / Maybe / Not going, the same three on an event's reply and on its announcement.
 * The person's own answer, when given, is the one marked primary (Going while they wait).
 */
export function rsvpButtons(
  eventId: string,
  t: Translator,
  current?: AttendanceState,
): ReplyAction[] {
  const marked: RsvpAnswer = current === undefined || current === 'waiting' ? 'going' : current;
  return (['going', 'maybe', 'not-going'] as const).flatMap((answer) =>
    button(
      t.t(labels[answer]),
      { type: 'attend', eventId, answer },
      answer === marked ? 'primary' : undefined,
    ),
  );
}
