import { DateTime } from 'luxon';
import type { ChatPlatform } from '../platform';
import type { Locale } from '../locale';
import { deadlineInstant, type GrantCall, type LocalDeadline } from '../grant-call';

/** How long before a deadline reminders go out: calendar days, then hours. */
export interface ReminderOffsets {
  days: readonly number[];
  hours: readonly number[];
}

/** 30, 14, 7, 3 and 1 days, and 3 hours, before the deadline. */
export const defaultOffsets: ReminderOffsets = { days: [30, 14, 7, 3, 1], hours: [3] };

/** Who is reminded: a channel subscribed to `grants`, or a person following the call (by DM). */
export type ReminderTarget =
  | {
      kind: 'channel';
      platform: ChatPlatform;
      workspaceId: string;
      channelId: string;
      locale: Locale;
      /** The channel's own offsets, when it chose some. */
      offsets?: ReminderOffsets;
    }
  | { kind: 'person'; personId: string; timeZone: string; locale: Locale };

export type ReminderOffset = { unit: 'days' | 'hours'; amount: number };

/** Which of a call's deadlines a reminder is about. */
export type DeadlineKind = 'deadline' | 'internal';

export interface PlannedReminder {
  /**
   * Stable and unique per call, deadline (as it is now), offset and target: the job id, so a
   * plan made twice schedules once, and an extension (a new deadline) schedules anew.
   */
  key: string;
  grantId: string;
  which: DeadlineKind;
  deadline: LocalDeadline;
  offset: ReminderOffset;
  target: ReminderTarget;
  /** When it goes out. */
  at: Date;
  /** Moved out of the person's quiet hours (21:00–08:00 in their zone) to the morning. */
  movedFromNight: boolean;
}

/** No direct message between 21:00 and 08:00 in the person's zone. */
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

function targetKey(target: ReminderTarget): string {
  return target.kind === 'channel'
    ? `${target.platform}:${target.channelId}`
    : `person:${target.personId}`;
}

/** A reminder key of a call: everything that tells two reminders apart, readable in logs. */
export function reminderKey(
  grantId: string,
  which: DeadlineKind,
  deadline: LocalDeadline,
  offset: ReminderOffset,
  target: ReminderTarget,
): string {
  return [
    'reminder',
    grantId,
    which,
    `${deadline.local}@${deadline.timeZone}`,
    `${offset.amount}${offset.unit === 'days' ? 'd' : 'h'}`,
    targetKey(target),
  ].join(':');
}

/**
 * The instant `offset` before a deadline. Days are calendar days in the deadline's own zone at
 * the deadline's time of day (7 days before 12:00 Brussels is 12:00 Brussels a week earlier,
 * across a DST change too); hours are hours.
 */
export function beforeDeadline(deadline: LocalDeadline, offset: ReminderOffset): Date {
  const at = DateTime.fromJSDate(deadlineInstant(deadline), { zone: deadline.timeZone });
  return (
    offset.unit === 'days' ? at.minus({ days: offset.amount }) : at.minus({ hours: offset.amount })
  ).toJSDate();
}

/**
 * A direct message due in the person's night goes out at 08:00 their time (the same morning
 * when due after midnight, the next one when due in the evening), unless that would be after
 * the deadline: then it goes when due.
 */
export function outsideQuietHours(
  at: Date,
  timeZone: string,
  deadline: Date,
): { at: Date; moved: boolean } {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  if (local.hour >= QUIET_UNTIL_HOUR && local.hour < QUIET_FROM_HOUR) return { at, moved: false };
  const morningDay = local.hour >= QUIET_FROM_HOUR ? local.plus({ days: 1 }) : local;
  const morning = morningDay.set({ hour: QUIET_UNTIL_HOUR, minute: 0, second: 0, millisecond: 0 });
  const moved = morning.toJSDate();
  return moved.getTime() < deadline.getTime() ? { at: moved, moved: true } : { at, moved: false };
}

function deadlinesOf(call: GrantCall): Array<{ which: DeadlineKind; deadline: LocalDeadline }> {
  return [
    { which: 'deadline', deadline: call.deadline },
    ...(call.internalDeadline
      ? [{ which: 'internal' as const, deadline: call.internalDeadline }]
      : []),
  ];
}

/**
 * The policy a target's reminders of a call follow: the call's own (a coordinator chose it for
 * this call: it wins, being the more particular choice), else the channel subscription's, else
 * the given fallback, else 30/14/7/3/1 days and 3 hours.
 */
export function offsetsFor(
  call: Pick<GrantCall, 'reminderOffsets'>,
  target: ReminderTarget,
  fallback?: ReminderOffsets,
): ReminderOffsets {
  return (
    call.reminderOffsets ??
    (target.kind === 'channel' ? target.offsets : undefined) ??
    fallback ??
    defaultOffsets
  );
}

/**
 * Every reminder of a call still to come after `now`, for each target: a call that is closed
 * or cancelled has none, and instants already past are left out (a new call or a changed
 * deadline never sends a burst of stale reminders). Sorted by time, then key.
 */
export function planReminders(
  call: GrantCall,
  targets: readonly ReminderTarget[],
  options: { now: Date; offsets?: ReminderOffsets },
): PlannedReminder[] {
  if (call.status === 'closed' || call.status === 'cancelled') return [];
  const planned: PlannedReminder[] = [];
  for (const { which, deadline } of deadlinesOf(call)) {
    const due = deadlineInstant(deadline);
    for (const target of targets) {
      const offsets = offsetsFor(call, target, options.offsets);
      const all: ReminderOffset[] = [
        ...offsets.days.map((amount) => ({ unit: 'days' as const, amount })),
        ...offsets.hours.map((amount) => ({ unit: 'hours' as const, amount })),
      ];
      for (const offset of all) {
        const exact = beforeDeadline(deadline, offset);
        const { at, moved } =
          target.kind === 'person'
            ? outsideQuietHours(exact, target.timeZone, due)
            : { at: exact, moved: false };
        if (at.getTime() <= options.now.getTime()) continue;
        planned.push({
          key: reminderKey(call.id, which, deadline, offset, target),
          grantId: call.id,
          which,
          deadline,
          offset,
          target,
          at,
          movedFromNight: moved,
        });
      }
    }
  }
  return planned.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}

/**
 * After downtime: for each target and deadline, the latest reminder that should have gone out
 * between `since` and `now` while the deadline is still ahead — sent once, marked late. Older
 * missed ones are dropped, and so is everything of a deadline that has passed.
 */
export function missedReminders(
  call: GrantCall,
  targets: readonly ReminderTarget[],
  options: { since: Date; now: Date; offsets?: ReminderOffsets },
): { late: PlannedReminder[]; dropped: PlannedReminder[] } {
  const all = planReminders(call, targets, {
    now: options.since,
    ...(options.offsets ? { offsets: options.offsets } : {}),
  });
  const missed = all.filter(
    (reminder) =>
      reminder.at.getTime() <= options.now.getTime() &&
      deadlineInstant(reminder.deadline).getTime() > options.now.getTime(),
  );
  const latest = new Map<string, PlannedReminder>();
  for (const reminder of missed)
    latest.set(`${reminder.which}|${targetKey(reminder.target)}`, reminder);
  const late = [...latest.values()];
  const dropped = all.filter(
    (reminder) => reminder.at.getTime() <= options.now.getTime() && !late.includes(reminder),
  );
  return { late, dropped };
}
