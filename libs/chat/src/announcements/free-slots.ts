import { DateTime } from 'luxon';
import type { Translator } from '@glokal/domain';
import { eventWhen } from '../format/event-when';
import { zoneCity } from '../format/zone-city';
import { scheduleForm } from '../forms/event/schedule.form';
import { slotSubject } from '../forms/event/slot-subject';
import { reply, type Reply, type ReplyItem } from '../reply';
import { button } from '../replies/button';
import type { AnnouncementMessage } from './announcement-message';

type FreeSlotsMessage = Extract<AnnouncementMessage, { type: 'free-slots' }>;

/**
 * The free times a coordinator asked for, in their zone (named) and language: each slot with
 * the cluster events it overlaps and "Schedule at this time", which opens the schedule form
 * with that start and length; or why there is none. Also says whom it could not check.
 */
export function freeSlotsReply(message: FreeSlotsMessage, t: Translator): Reply {
  const lines = [t.t('slots:zone', { zone: zoneCity(t.timeZone, t.locale) })];
  if (!message.calendarChecked) lines.push(t.t('slots:no_calendar'));
  else if (message.notChecked > 0)
    lines.push(t.t('slots:not_checked', { count: message.notChecked }));
  if (message.problem === 'longer-than-working-day')
    lines.unshift(
      t.t('slots:too_long', {
        minutes: message.lengthMinutes,
        day: message.workingDayMinutes ?? 0,
      }),
    );
  else if (message.problem === 'none-free' || message.slots.length === 0)
    lines.unshift(t.t('slots:none_free'));

  const items: ReplyItem[] = message.slots.map((slot) => {
    const local = DateTime.fromISO(slot.start, { zone: t.timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
    const titles = slot.clashes.map((title) => title || t.t('slots:clash_unnamed'));
    return {
      title: eventWhen(
        { allDay: false, start: slot.start, end: slot.end, timeZone: t.timeZone },
        t,
      ),
      fields: [],
      context: titles.length > 0 ? [t.t('slots:clash', { titles: titles.join(', ') })] : [],
      actions: button(t.t('slots:schedule'), {
        type: 'open-form',
        form: scheduleForm.id,
        subject: slotSubject(local, message.lengthMinutes),
        section: 0,
      }),
    };
  });
  return reply({
    title: t.t('slots:title', { minutes: message.lengthMinutes }),
    summary: lines.join('\n'),
    items,
  });
}
