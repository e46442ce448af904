import {
  createTranslator,
  type Clock,
  type ClusterStore,
  type EventKind,
  type Locale,
} from '@glokal/domain';
import { calendarFeed, type DeadlineWhich } from './calendar-feed';

/** What the feeds read: the store, the time, the cluster's zone (all-day events, names). */
export interface FeedDeps {
  store: Pick<ClusterStore, 'events' | 'grants' | 'attendance' | 'follows' | 'feedTokens'>;
  clock: Clock;
  clusterTimeZone: string;
}

const DAY_MS = 24 * 3600_000;
/** The window of the events feed: what happened lately, and what is planned. */
const PAST_DAYS = 90;
const FUTURE_DAYS = 2 * 365;
/** More than a cluster's calendar holds in that window; a feed is never cut in the middle of a day. */
const MAX_EVENTS = 5000;
const MAX_CALLS = 1000;

/** `/feeds/events.ics`: the cluster's events, cancelled ones kept (as cancelled). */
export async function eventsFeed(
  deps: FeedDeps,
  options: { locale: Locale; kind?: EventKind | undefined },
): Promise<string> {
  const now = deps.clock.now();
  const t = createTranslator(options.locale, deps.clusterTimeZone);
  const events = await deps.store.events.between(
    {
      from: new Date(now.getTime() - PAST_DAYS * DAY_MS),
      to: new Date(now.getTime() + FUTURE_DAYS * DAY_MS),
      includeCancelled: true,
      ...(options.kind ? { kind: options.kind } : {}),
    },
    { limit: MAX_EVENTS, offset: 0 },
  );
  return calendarFeed(
    {
      name: t.t('feeds:events_name'),
      description: t.t('feeds:events_description'),
      events: events.items,
      deadlines: [],
    },
    t,
    now,
  );
}

/** `/feeds/deadlines.ics`: the deadlines (and internal deadlines) of open calls. */
export async function deadlinesFeed(
  deps: FeedDeps,
  options: { locale: Locale; kind?: DeadlineWhich | undefined },
): Promise<string> {
  const now = deps.clock.now();
  const t = createTranslator(options.locale, deps.clusterTimeZone);
  const calls = await deps.store.grants.open(
    { deadlineFrom: now },
    { limit: MAX_CALLS, offset: 0 },
  );
  const kinds: DeadlineWhich[] = options.kind ? [options.kind] : ['deadline', 'internal'];
  return calendarFeed(
    {
      name: t.t('feeds:deadlines_name'),
      description: t.t('feeds:deadlines_description'),
      events: [],
      deadlines: calls.items.flatMap((call) => kinds.map((which) => ({ call, which }))),
    },
    t,
    now,
  );
}

/**
 * `/feeds/p/<token>.ics`: the events the token's person is going to and the deadlines of the
 * calls they follow; undefined for a token that opens no feed (unknown, or renewed since).
 */
export async function personalFeed(
  deps: FeedDeps,
  token: string,
  options: { locale: Locale },
): Promise<string | undefined> {
  const personId = await deps.store.feedTokens.personOf(token);
  if (!personId) return undefined;
  const now = deps.clock.now();
  const t = createTranslator(options.locale, deps.clusterTimeZone);
  const [events, calls] = await Promise.all([
    deps.store.attendance.upcomingFor(
      personId,
      new Date(now.getTime() - PAST_DAYS * DAY_MS),
      MAX_EVENTS,
    ),
    deps.store.follows.followedBy(personId, now),
  ]);
  return calendarFeed(
    {
      name: t.t('feeds:personal_name'),
      description: t.t('feeds:personal_description'),
      events,
      deadlines: calls.flatMap((call) =>
        (['deadline', 'internal'] as const).map((which) => ({ call, which })),
      ),
    },
    t,
    now,
  );
}
