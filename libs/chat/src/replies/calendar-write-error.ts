import type { ClusterEvent, Translator } from '@glokal/domain';
import type { ReplyItem } from '../reply';
import type { Requester } from '../request';
import { isCoordinator } from '../people';
import { button } from './button';

type Advice = 'forbidden' | 'not-found' | 'unauthorised' | 'quota-exhausted' | 'invalid-request';
const advised = new Set<string>([
  'forbidden',
  'not-found',
  'unauthorised',
  'quota-exhausted',
  'invalid-request',
]);
/** Failures that pass by themselves: Google busy, rate-limited, or out of reach. */
const passing = new Set(['rate-limited', 'unavailable', 'network']);

function adviceFor(code: string): Advice | 'busy' | 'other' {
  if (advised.has(code)) return code as Advice;
  return passing.has(code) ? 'busy' : 'other';
}

/**
 * For coordinators, when the meeting's last Google Calendar write failed for good: what did
 * not reach the calendar, what to do about it, Google's own words and when, and Retry. Shown
 * on a cancelled or past meeting too (the calendar may still show what chat has changed).
 */
export function calendarWriteErrorItems(
  event: ClusterEvent,
  requester: Requester,
  t: Translator,
): ReplyItem[] {
  const failure = event.calendarWriteError;
  if (!failure || event.source !== 'glokal' || !isCoordinator(requester)) return [];
  return [
    {
      title: t.t(`meetings:write_failed.title.${failure.action}`),
      text: t.t(`meetings:write_failed.advice.${adviceFor(failure.code)}`),
      fields: [],
      context: [
        t.t('meetings:write_failed.at', { when: t.dateTime(new Date(failure.at)) }),
        ...(failure.message
          ? [t.t('meetings:write_failed.google_said', { message: failure.message })]
          : []),
      ],
      actions: button(
        t.t('meetings:write_failed.retry'),
        { type: 'retry-calendar-write', eventId: event.id },
        'primary',
      ),
    },
  ];
}
