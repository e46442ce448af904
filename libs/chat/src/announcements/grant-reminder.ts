import { DateTime } from 'luxon';
import { deadlineInstant, type GrantCall, type Translator } from '@glokal/domain';
import { timeLeft } from '@glokal/domain/period';
import { reply, type Reply } from '../reply';
import { timeLeftText } from '../format/deadline';
import { intlLocale } from '../format/intl-locale';
import { zoneCity } from '../format/zone-city';
import { grantItem } from '../replies/grant-item';
import type { AnnouncementMessage } from './announcement-message';

type GrantReminderMessage = Extract<AnnouncementMessage, { type: 'grant-reminder' }>;

function clock(instant: Date, zone: string, t: Translator): string {
  return DateTime.fromJSDate(instant, { zone })
    .setLocale(intlLocale(t.locale))
    .toLocaleString(DateTime.TIME_24_SIMPLE);
}

/**
 * "Deadline reminder: <call>" with the time left (Polish plurals), the deadline in the
 * reader's zone and the funder's ("12:00 (Brussels), 11:00 (Lisbon)"), the call's page, and a
 * note when the worker was offline and the reminder comes late.
 */
export function grantReminder(
  call: GrantCall,
  message: GrantReminderMessage,
  t: Translator,
  now: Date,
): Reply {
  const deadline =
    message.which === 'internal' && call.internalDeadline ? call.internalDeadline : call.deadline;
  const instant = deadlineInstant(deadline);
  const left = timeLeftText(timeLeft(instant, now, t.timeZone), t);
  const when =
    deadline.timeZone === t.timeZone
      ? t.dateTime(instant)
      : `${t.date(t.localDate(instant))}, ${t.t('announcements:reminder_both_zones', {
          viewer: clock(instant, t.timeZone, t),
          viewerZone: zoneCity(t.timeZone, t.locale),
          own: clock(instant, deadline.timeZone, t),
          ownZone: zoneCity(deadline.timeZone, t.locale),
        })}`;
  const lines = [t.t('announcements:reminder_summary', { left, when })];
  if (message.late) lines.push(t.t('announcements:reminder_late'));
  return reply({
    title: t.t(
      message.which === 'internal'
        ? 'announcements:reminder_internal_title'
        : 'announcements:reminder_title',
      { title: call.title },
    ),
    summary: lines.join('\n'),
    items: [grantItem(call, t, now, undefined)],
  });
}
