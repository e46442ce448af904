import { ClusterEvent, type ChatPerson, type MeetingRequest } from '@glokal/domain';
import type { FormContext } from '../form';
import type { MeetingInput } from './meeting-fields';
import { placeOf } from './meeting-fields';
import type { MeetingTimes } from './meeting-times';

/** The requester as a meeting records them (invitees are on the same platform). */
function personOf(context: FormContext, userId: string): ChatPerson {
  return { platform: context.requester.platform, userId };
}

/**
 * The stored meeting an input describes: a confirmed event from Glokal at the times read, its
 * place or "online" (the Meet link is the calendar write's to fill in), and what the
 * coordinator asked for. Over `before` (an edit) it keeps who scheduled it and what the
 * worker stored (the calendar's link); a field emptied in the form is cleared.
 */
export function meetingEvent(
  input: MeetingInput,
  times: MeetingTimes,
  context: FormContext,
  fields: { id: string; revision: number; updatedAt: Date; before?: ClusterEvent },
): ClusterEvent {
  const { before } = fields;
  const place = placeOf(input.place);
  const meeting: MeetingRequest = {
    online: place.online,
    invitees: input.invitees.map((userId) => personOf(context, userId)),
    ...(input.channel
      ? {
          announceIn: {
            platform: context.requester.platform,
            workspaceId: context.conversation.workspaceId,
            channelId: input.channel,
          },
        }
      : {}),
    ...(input.language ? { language: input.language } : {}),
    ...(input.capacity ? { capacity: input.capacity } : {}),
    ...(input.startingNote === 'yes' ? { startingSoonNote: true } : {}),
    scheduledBy: before?.meeting?.scheduledBy ?? personOf(context, context.requester.userId),
  };
  return ClusterEvent.parse({
    // What the worker stored besides (the calendar's link, how a write went) stays.
    ...before,
    id: fields.id,
    title: input.title,
    description: input.description,
    kind: input.kind,
    timing: {
      allDay: false,
      start: times.start.toISOString(),
      end: times.end.toISOString(),
      timeZone: times.zone,
    },
    location: place.location,
    // A Meet link stays while the meeting stays online; the calendar write sets a new one.
    onlineUrl: place.online ? before?.onlineUrl : undefined,
    status: 'confirmed',
    source: 'glokal',
    updatedAt: fields.updatedAt.toISOString(),
    revision: fields.revision,
    meeting,
  });
}

/** Whether two versions of a meeting differ in anything people change (not the bookkeeping). */
export function meetingChanged(before: ClusterEvent, after: ClusterEvent): boolean {
  const { updatedAt: _a, revision: _b, ...was } = before;
  const { updatedAt: _c, revision: _d, ...now } = after;
  return JSON.stringify(sorted(was)) !== JSON.stringify(sorted(now));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, sorted(item)]),
    );
  return value;
}
