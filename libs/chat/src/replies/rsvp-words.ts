import type { RsvpAnswer, RsvpCounts, Translator } from '@glokal/domain';
import type { ReplyAction } from '../reply';
import { button } from './button';

/** An answer as it is written in message keys (`not-going` → `not_going`). */
export function answerKey(answer: RsvpAnswer): 'going' | 'maybe' | 'not_going' {
  return answer === 'not-going' ? 'not_going' : answer;
}

/** "Idzie 5 osób · Może 2 osoby · Nie idzie 1 osoba" / "Going 5 · Maybe 2 · Not going 1". */
export function rsvpCountsLine(counts: RsvpCounts, t: Translator): string {
  return [
    t.t('events:answers_going', { count: counts.going }),
    t.t('events:answers_maybe', { count: counts.maybe }),
    t.t('events:answers_not_going', { count: counts['not-going'] }),
  ].join(' · ');
}

const labels = {
  going: 'events:attend',
  maybe: 'events:maybe',
  'not-going': 'events:not_attend',
} as const satisfies Record<RsvpAnswer, string>;

/**
 * Going / Maybe / Not going, the same three on an event's reply and on its announcement.
 * The person's own answer, when given, is the one marked primary.
 */
export function rsvpButtons(eventId: string, t: Translator, current?: RsvpAnswer): ReplyAction[] {
  const marked: RsvpAnswer = current ?? 'going';
  return (['going', 'maybe', 'not-going'] as const).flatMap((answer) =>
    button(
      t.t(labels[answer]),
      { type: 'attend', eventId, answer },
      answer === marked ? 'primary' : undefined,
    ),
  );
}
