import type { ClusterEvent } from '@glokal/domain';
import type { FormDefinition, FormOutcome } from '../form';
import { translatorFor } from '../../people';
import { writeFromChat } from '../../writes/write';
import { meetingSchema, meetingSections, type MeetingInput } from './meeting-fields';
import { meetingTimes } from './meeting-times';
import { meetingId } from './meeting-id';
import { meetingEvent } from './meeting-event';
import { calendarWrite, meetingAnnouncement } from './meeting-writes';
import { meetingDone } from './meeting-reply';
import { readSlotSubject } from './slot-subject';
import { typedLocal } from '../grant/grant-fields';

/**
 * `/glokal schedule` (coordinators), or "Schedule at this time" on suggested free times: a meeting in the coordinator's zone, stored at once with
 * its audit entry, a `calendar-write` insert (revision 1: the worker writes it to the shared
 * Google Calendar under the same id) and its announcement, in one transaction. The id comes
 * from the request, so the same form sent twice answers the meeting already stored.
 */
export const scheduleForm: FormDefinition<MeetingInput> = {
  id: 'meeting-schedule',
  audience: 'coordinator',
  title: 'meetings:schedule_title',
  submit: 'meetings:schedule_submit',
  sections: meetingSections,
  // Free times for the length and invitees as they stand in the form, by DM.
  tools: [{ id: 'suggest-times', label: 'slots:suggest' }],
  schema: meetingSchema,
  /** Opened from a suggested free time (`slot:…`): that start and length, a meeting by kind. */
  initial(subject) {
    const slot = readSlotSubject(subject);
    return Promise.resolve(
      slot
        ? { kind: 'meeting', start: typedLocal(slot.local), duration: `${slot.minutes} min` }
        : undefined,
    );
  },
  async apply(input, _subject, context, deps): Promise<FormOutcome> {
    const read = meetingTimes(input, context.timeZone, context.now, { pastRefused: true });
    if (!read.ok) return { type: 'invalid', errors: read.errors };
    const { times } = read;
    const id = meetingId(context.requester, {
      title: input.title,
      startLocal: times.local,
      zone: times.zone,
    });
    const at = deps.clock.now();
    const outcome = await writeFromChat<{ event: ClusterEvent; existed: boolean }>(
      context.requester,
      deps,
      async (store) => {
        const existing = await store.events.byId(id);
        if (existing) return { result: { event: existing, existed: true } };
        const event = meetingEvent(input, times, context, { id, revision: 1, updatedAt: at });
        await store.events.upsert([event]);
        return {
          result: { event, existed: false },
          record: {
            audit: { action: 'event.schedule', subject: id, after: event },
            tell: [calendarWrite({ id, revision: 1 }, 'insert'), meetingAnnouncement(id)],
          },
        };
      },
    );
    const t = translatorFor(context);
    const { event, existed } = outcome;
    const invited = event.meeting?.invitees.length ?? 0;
    const note = existed
      ? t.t('meetings:already_scheduled', { title: event.title })
      : [
          t.t('meetings:scheduled', { title: event.title }),
          ...(invited > 0 ? [t.t('meetings:invited', { count: invited })] : []),
        ].join(' ');
    return meetingDone(event, note, context, deps);
  },
};
