import type { ClusterEvent, Translator } from '@glokal/domain';
import type { ReplyAction } from '../reply';
import type { Requester } from '../request';
import { isCoordinator } from '../people';
import { button } from './button';

/**
 * Edit and Cancel on a meeting scheduled from Glokal, for coordinators (each form refuses
 * anyone else anyway), while it is neither cancelled nor over. Events from Google Calendar are
 * changed there, so they get neither.
 */
export function meetingButtons(
  event: ClusterEvent,
  requester: Requester,
  t: Translator,
  closed: 'cancelled' | 'past' | undefined,
): ReplyAction[] {
  if (event.source !== 'glokal' || closed || !isCoordinator(requester)) return [];
  return [
    ...button(t.t('meetings:edit'), {
      type: 'open-form',
      form: 'meeting-edit',
      subject: event.id,
      section: 0,
    }),
    ...button(
      t.t('meetings:cancel'),
      { type: 'open-form', form: 'meeting-cancel', subject: event.id, section: 0 },
      'danger',
    ),
  ];
}
