import {
  deadlineInstant,
  type ClusterEvent,
  type GrantCall,
  type Translator,
} from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { ReplyItem } from '../reply';
import {
  feedLink,
  googleCalendarDeadlineLink,
  googleCalendarEventLink,
} from '../format/calendar-links';

const link = (title: string, url: string, context: string[] = []): ReplyItem => ({
  title,
  url,
  fields: [],
  context,
  actions: [],
});

/**
 * "Add to calendar" under an event: the Google Calendar link (not for a cancelled event) and,
 * when the public port has an address, the cluster's events feed.
 */
export function eventCalendarItems(
  event: ClusterEvent,
  t: Translator,
  deps: Pick<ChatDeps, 'publicUrl'>,
): ReplyItem[] {
  return [
    ...(event.status === 'cancelled'
      ? []
      : [link(t.t('feeds:add_google'), googleCalendarEventLink(event, t))]),
    ...(deps.publicUrl
      ? [
          link(t.t('feeds:subscribe_events'), feedLink(deps.publicUrl, 'events', t.locale), [
            t.t('feeds:subscribe_hint'),
          ]),
        ]
      : []),
  ];
}

/**
 * "Add to calendar" under a call: its deadline as a Google Calendar entry (while the call is
 * open and the deadline ahead) and, when the public port has an address, the deadlines feed.
 */
export function grantCalendarItems(
  call: GrantCall,
  t: Translator,
  deps: Pick<ChatDeps, 'publicUrl'>,
  now: Date,
): ReplyItem[] {
  const ahead =
    (call.status === 'open' || call.status === 'forthcoming') &&
    deadlineInstant(call.deadline) > now;
  return [
    ...(ahead ? [link(t.t('feeds:add_google'), googleCalendarDeadlineLink(call, t))] : []),
    ...(deps.publicUrl
      ? [
          link(t.t('feeds:subscribe_deadlines'), feedLink(deps.publicUrl, 'deadlines', t.locale), [
            t.t('feeds:subscribe_hint'),
          ]),
        ]
      : []),
  ];
}
