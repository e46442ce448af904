/** A busy stretch of a calendar, as free/busy answers it (no titles: only when). */
export interface BusyStretch {
  start: Date;
  end: Date;
}

/**
 * What free/busy says of one calendar or person: their busy stretches, or that Google could
 * not tell (`notFound`: not a calendar it knows or shares with us; others as Google names them).
 */
export type FreeBusyOf = { busy: BusyStretch[] } | { unknown: string };

/**
 * When calendars and people are busy, between `from` and `to`: used by the worker's
 * `free-slots` job, implemented over Google Calendar's `freebusy.query` by `@glokal/google`.
 * Failures are thrown, classified like the calendar writer's (the job's queue retries rate
 * limits and 5xx). Every asked id is in the answer.
 */
export interface FreeBusySource {
  query(ids: readonly string[], from: Date, to: Date): Promise<ReadonlyMap<string, FreeBusyOf>>;
}
