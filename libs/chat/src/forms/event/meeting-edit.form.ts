import type { ClusterEvent } from '@glokal/domain';
import type { FormDefinition, FormOutcome } from '../form';
import type { FieldError } from '../form';
import { translatorFor } from '../../people';
import { writeFromChat } from '../../writes/write';
import { meetingSchema, meetingSections, meetingValues, type MeetingInput } from './meeting-fields';
import { meetingTimes } from './meeting-times';
import { meetingChanged, meetingEvent } from './meeting-event';
import { calendarWrite, eventChanged } from './meeting-writes';
import { meetingDone, meetingRefused } from './meeting-reply';
import { givePlacesFreedBy } from './meeting-places';

type Result =
  | { type: 'gone' }
  | { type: 'from-google'; event: ClusterEvent }
  | { type: 'cancelled'; event: ClusterEvent }
  | { type: 'invalid'; errors: FieldError[] }
  | { type: 'unchanged'; event: ClusterEvent }
  | { type: 'edited'; event: ClusterEvent; given: number };

/**
 * "Edit" on a meeting's reply (coordinators, meetings scheduled from Glokal): the schedule
 * form filled from the store. Times are read in the meeting's own zone; a start moved into
 * the past is refused. A change is stored with the next revision and a `calendar-write`
 * patch carrying it; a save that changes nothing writes nothing.
 */
export const meetingEditForm: FormDefinition<MeetingInput> = {
  id: 'meeting-edit',
  audience: 'coordinator',
  title: 'meetings:edit_title',
  submit: 'meetings:edit_submit',
  sections: meetingSections,
  schema: meetingSchema,
  async initial(subject, deps) {
    const event = await deps.store.events.byId(subject);
    return event ? meetingValues(event) : undefined;
  },
  async apply(input, subject, context, deps): Promise<FormOutcome> {
    const at = deps.clock.now();
    const result = await writeFromChat<Result>(context.requester, deps, async (store) => {
      const before = subject ? await store.events.byId(subject) : undefined;
      if (!before) return { result: { type: 'gone' } };
      if (before.source !== 'glokal' || before.timing.allDay)
        return { result: { type: 'from-google', event: before } };
      if (before.status === 'cancelled') return { result: { type: 'cancelled', event: before } };
      const read = meetingTimes(input, before.timing.timeZone, at, { pastRefused: false });
      if (!read.ok) return { result: { type: 'invalid', errors: read.errors } };
      // A meeting under way may still be edited; only a new start must be in the future.
      const moved = read.times.start.getTime() !== Date.parse(before.timing.start);
      if (moved && read.times.start <= at)
        return {
          result: { type: 'invalid', errors: [{ field: 'start', message: 'forms:error.in_past' }] },
        };
      const revision = (before.revision ?? 1) + 1;
      const after = meetingEvent(input, read.times, context, {
        id: before.id,
        revision,
        updatedAt: at,
        before,
      });
      if (!meetingChanged(before, after)) return { result: { type: 'unchanged', event: before } };
      await store.events.upsert([after]);
      const given = await givePlacesFreedBy(store, before, after);
      return {
        result: { type: 'edited', event: after, given: given.length },
        record: {
          audit: { action: 'event.edit', subject: before.id, before, after },
          tell: [
            calendarWrite({ id: after.id, revision }, 'patch'),
            eventChanged(before, { ...after, revision }),
          ],
        },
      };
    });
    const t = translatorFor(context);
    switch (result.type) {
      case 'gone':
        return meetingRefused(context, { gone: subject ?? '' });
      case 'from-google':
        return meetingRefused(context, { fromGoogle: result.event });
      case 'cancelled':
        return meetingDone(
          result.event,
          t.t('meetings:already_cancelled', { title: result.event.title }),
          context,
          deps,
        );
      case 'invalid':
        return { type: 'invalid', errors: result.errors };
      case 'unchanged':
        return meetingDone(
          result.event,
          t.t('meetings:unchanged', { title: result.event.title }),
          context,
          deps,
        );
      case 'edited':
        return meetingDone(
          result.event,
          [
            t.t('meetings:edited', { title: result.event.title }),
            ...(result.given > 0 ? [t.t('places:given', { count: result.given })] : []),
          ].join(' '),
          context,
          deps,
        );
    }
  },
};
