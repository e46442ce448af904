import { z } from 'zod';
import { DateTime } from 'luxon';
import { TimeZone } from './locale';
import { CalendarDate } from './event';
import { ReminderOffsetsSchema } from './reminders/reminder-offsets';

export const GrantCallStatus = z.enum(['forthcoming', 'open', 'closed', 'cancelled']);
export type GrantCallStatus = z.infer<typeof GrantCallStatus>;

/** A wall-clock time `YYYY-MM-DDTHH:mm` in a named zone, as funders publish deadlines. */
export const LocalDeadline = z
  .object({
    local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a local time as YYYY-MM-DDTHH:mm'),
    timeZone: TimeZone,
  })
  .refine((deadline) => deadlineInstantOrNull(deadline) !== null, {
    message: 'that local time does not exist in that zone (it falls in a DST gap)',
  });
export type LocalDeadline = z.infer<typeof LocalDeadline>;

/**
 * A call for proposals: Erasmus+ KA1/KA2, Interreg, ESF+, national programmes. EU calls close
 * at 12:00 or 17:00 Brussels time, so the deadline keeps its own zone; people see it in theirs.
 */
export const GrantCall = z.object({
  id: z.string().trim().min(1).max(64),
  programme: z.string().trim().min(1).max(100),
  callCode: z.string().trim().min(1).max(100).optional(),
  title: z.string().trim().min(1).max(500),
  url: z.url().optional(),
  opensOn: CalendarDate.optional(),
  deadline: LocalDeadline,
  status: GrantCallStatus.default('open'),
  description: z.string().max(4000).optional(),
  /** Free text: "up to €400,000", "lump sum 60 000 EUR". */
  funding: z.string().trim().max(200).optional(),
  /** The cluster's own earlier deadline (partners' signatures, the lead's review). */
  internalDeadline: LocalDeadline.optional(),
  /** The member organisation that leads the cluster's application (its id). */
  leadOrganisationId: z.string().trim().min(1).max(64).optional(),
  /** Deadlines the call had before each extension, oldest first. */
  previousDeadlines: z.array(LocalDeadline).max(50).optional(),
  /** When its reminders go out, if a coordinator chose for this call (else each channel's, else the default). */
  reminderOffsets: ReminderOffsetsSchema.optional(),
  /** When the store last saw it change, and its version (1, 2, …): set by the store, ignored when saved. */
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  revision: z.number().int().positive().optional(),
});
export type GrantCall = z.infer<typeof GrantCall>;

/**
 * The instants of the deadlines seen so far (epoch ms, or null for a time that does not exist),
 * by local time and zone: every grant reply reads each deadline several times, and resolving a
 * zone through Luxon allocates far more than the lookup. Forgotten whole when it grows large.
 */
const deadlineInstants = new Map<string, number | null>();
const DEADLINE_INSTANTS_KEPT = 10_000;

function deadlineInstantOrNull(deadline: { local: string; timeZone: string }): Date | null {
  const key = `${deadline.local} ${deadline.timeZone}`;
  let epoch = deadlineInstants.get(key);
  if (epoch === undefined) {
    epoch = resolveDeadline(deadline);
    if (deadlineInstants.size >= DEADLINE_INSTANTS_KEPT) deadlineInstants.clear();
    deadlineInstants.set(key, epoch);
  }
  return epoch === null ? null : new Date(epoch);
}

function resolveDeadline(deadline: { local: string; timeZone: string }): number | null {
  const local = DateTime.fromISO(deadline.local, { zone: deadline.timeZone });
  if (!local.isValid) return null;
  // Luxon moves a time inside a spring-forward gap to a real time; such a deadline is a typo.
  if (local.toFormat("yyyy-MM-dd'T'HH:mm") !== deadline.local) return null;
  return local.toMillis();
}

/** The instant a deadline falls on. */
export function deadlineInstant(deadline: LocalDeadline): Date {
  const instant = deadlineInstantOrNull(deadline);
  if (!instant) throw new RangeError(`no such local time: ${deadline.local} ${deadline.timeZone}`);
  return instant;
}

/**
 * What a call is at `now`, as people read it: an open or announced call whose deadline has
 * passed is closed, whatever its stored status still says (until a coordinator or the sync
 * closes it).
 */
export function callStatusAt(
  call: Pick<GrantCall, 'status' | 'deadline'>,
  now: Date,
): GrantCallStatus {
  const accepting = call.status === 'open' || call.status === 'forthcoming';
  return accepting && deadlineInstant(call.deadline).getTime() <= now.getTime()
    ? 'closed'
    : call.status;
}
