import type { ClusterEvent, Translator } from '@glokal/domain';
import type { ReplyAction } from '../reply';
import type { Requester } from '../request';
import { isCoordinator } from '../people';
import { button } from './button';

/**
 * Attendees on an event, for coordinators: who said "I'm going", also once the event is over
 * or cancelled (the lists go into reports on funded projects). The list refuses anyone else.
 */
export function attendeeButtons(
  event: ClusterEvent,
  requester: Requester,
  t: Translator,
): ReplyAction[] {
  if (!isCoordinator(requester)) return [];
  return button(t.t('attendees:button'), { type: 'attendees', eventId: event.id, page: 1 });
}
