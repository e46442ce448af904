import {
  freeSlots,
  type ClusterEvent,
  type ClusterStore,
  type FreeBusyOf,
  type FreeSlotsResult,
  type NamedInterval,
  type TimeInterval,
  type WorkingHours,
} from '@glokal/domain';
import type { FreeSlotsJob } from '@glokal/queue';
import type { ConfiguredFreeBusy } from '../google/google-sources';

/** How far ahead free times are looked for, and how many are offered. */
export const suggestionHorizonDays = 14;
export const suggestionCount = 5;

const DAY_MS = 86_400_000;

/**
 * The free times found for a coordinator's request: the slots (or why there are none), and
 * whose calendars were asked. `notChecked`: invitees with no known e-mail, or whose calendar
 * Google would not show (not shared with the cluster's account); `calendarChecked`: whether
 * Google free/busy was asked at all (no calendar configured: only the stored cluster events).
 */
export interface FreeSlotsSuggestion {
  result: FreeSlotsResult;
  checked: string[];
  notChecked: string[];
  calendarChecked: boolean;
}

function timedEvent(event: ClusterEvent): NamedInterval | undefined {
  if (event.status === 'cancelled' || event.timing.allDay) return undefined;
  return {
    id: event.id,
    title: event.title,
    start: new Date(event.timing.start),
    end: new Date(event.timing.end),
  };
}

const overlaps = (a: TimeInterval, b: TimeInterval) =>
  a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();

/**
 * Asks free/busy for the cluster calendar and everyone invited whose e-mail Glokal knows (the
 * coordinator too), then finds the first free slots in working hours. The invitees' busy time
 * blocks a slot; the cluster calendar's does not (not everyone goes to every cluster event),
 * it is named on the slot instead: by the stored event, or unnamed (`title: ''`) for a busy
 * stretch the store does not know yet.
 */
export async function suggestFreeSlots(
  request: FreeSlotsJob,
  deps: {
    store: ClusterStore;
    freeBusy: ConfiguredFreeBusy | undefined;
    workingHours: WorkingHours;
  },
): Promise<FreeSlotsSuggestion> {
  const from = new Date(request.askedAt);
  const until = new Date(from.getTime() + suggestionHorizonDays * DAY_MS);
  const people = [...new Set([request.coordinator.userId, ...request.invitees])];
  const emails = await deps.store.people.emailsOf(request.platform, people);

  const stored = await deps.store.events.between({ from, to: until }, { limit: 1000, offset: 0 });
  const clusterEvents = stored.items.flatMap((event) => timedEvent(event) ?? []);

  let answers: ReadonlyMap<string, FreeBusyOf> = new Map();
  if (deps.freeBusy) {
    answers = await deps.freeBusy.source.query(
      [deps.freeBusy.calendarId, ...new Set(emails.values())],
      from,
      until,
    );
  }
  const busyOf = (id: string) => {
    const answer = answers.get(id);
    return answer && 'busy' in answer ? answer.busy : undefined;
  };

  const checked: string[] = [];
  const notChecked: string[] = [];
  const busy: TimeInterval[] = [];
  for (const userId of people) {
    const email = emails.get(userId);
    const blocks = email ? busyOf(email) : undefined;
    if (blocks) {
      checked.push(userId);
      busy.push(...blocks);
    } else if (userId !== request.coordinator.userId) notChecked.push(userId);
  }
  const unnamed = (deps.freeBusy ? (busyOf(deps.freeBusy.calendarId) ?? []) : [])
    .filter((block) => !clusterEvents.some((event) => overlaps(event, block)))
    .map((block) => ({ ...block, title: '' }));

  const result = freeSlots({
    busy,
    from,
    until,
    lengthMinutes: request.lengthMinutes,
    workingHours: deps.workingHours,
    count: suggestionCount,
    clashWith: [...clusterEvents, ...unnamed],
  });
  return { result, checked, notChecked, calendarChecked: deps.freeBusy !== undefined };
}
