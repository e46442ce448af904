import { DateTime } from 'luxon';
import {
  deadlineInstant,
  type ClusterDocument,
  type ClusterEvent,
  type ClusterStore,
  type GrantCall,
  type Translator,
} from '@glokal/domain';
import { isoWeekInterval, timeLeft } from '@glokal/domain/period';
import { eventWhen } from '../format/event-when';
import { timeLeftText } from '../format/deadline';
import { reply, type Reply, type ReplyItem } from '../reply';

/** Lines shown per section; the rest is counted and pointed to the command that lists it. */
export const DIGEST_SECTION_LIMIT = 10;
const DAY_MS = 24 * 3600_000;
/** How far ahead the digest looks for grant deadlines. */
export const DIGEST_DEADLINE_DAYS = 30;

interface Section<T> {
  items: T[];
  /** How many match in all (more than `items` when cut to the section limit). */
  total: number;
}

/** What one week's digest says: the same for every channel, whatever its language. */
export interface WeeklyDigestContents {
  week: string;
  /** Events of the ISO week (cluster zone), soonest first. */
  events: Section<ClusterEvent>;
  /** Open calls whose deadline is within 30 days of `now`, nearest first. */
  deadlines: Section<GrantCall>;
  /** Documents added or changed in the 7 days before `now`, newest first. */
  documents: Section<ClusterDocument>;
}

/** Reads a week's digest from the store: its events, deadlines coming up and recent documents. */
export async function weeklyDigestContents(
  week: string,
  deps: {
    store: Pick<ClusterStore, 'events' | 'grants' | 'documents'>;
    clusterTimeZone: string;
    now: Date;
  },
): Promise<WeeklyDigestContents> {
  const { store, now } = deps;
  const span = isoWeekInterval(week, deps.clusterTimeZone);
  const events = await store.events.between(
    { from: span.start, to: span.end },
    { limit: DIGEST_SECTION_LIMIT, offset: 0 },
  );

  // Open calls come nearest deadline first, so the first one past 30 days ends the section.
  const horizon = now.getTime() + DIGEST_DEADLINE_DAYS * DAY_MS;
  const deadlines: GrantCall[] = [];
  for (let offset = 0; ; offset += 50) {
    const page = await store.grants.open({ deadlineFrom: now }, { limit: 50, offset });
    const within = page.items.filter((call) => deadlineInstant(call.deadline).getTime() <= horizon);
    deadlines.push(...within);
    if (within.length < page.items.length || page.items.length < 50) break;
  }

  // The Drive index keeps each file's last change; newest first, so stop at the first older one.
  const since = now.getTime() - 7 * DAY_MS;
  const documents: ClusterDocument[] = [];
  for (let offset = 0; ; offset += 50) {
    const page = await store.documents.search('', { limit: 50, offset });
    const recent = page.items.filter(
      (document) => new Date(document.modifiedAt).getTime() >= since,
    );
    documents.push(...recent);
    if (recent.length < page.items.length || page.items.length < 50) break;
  }

  return {
    week,
    events: { items: events.items, total: events.total },
    deadlines: { items: deadlines.slice(0, DIGEST_SECTION_LIMIT), total: deadlines.length },
    documents: { items: documents.slice(0, DIGEST_SECTION_LIMIT), total: documents.length },
  };
}

/** A digest with nothing in it is not sent. */
export function isEmptyDigest(contents: WeeklyDigestContents): boolean {
  return (
    contents.events.total === 0 && contents.deadlines.total === 0 && contents.documents.total === 0
  );
}

function section<T>(
  heading: string,
  part: Section<T>,
  line: (item: T) => string,
  more: (count: number) => string,
): ReplyItem[] {
  if (part.total === 0) return [];
  const lines = part.items.map((item) => `• ${line(item)}`);
  if (part.total > part.items.length) lines.push(more(part.total - part.items.length));
  return [{ title: heading, text: lines.join('\n'), fields: [], context: [], actions: [] }];
}

/**
 * "The week in the cluster: 26 Oct – 1 Nov": this week's events, the grant deadlines of the
 * next 30 days with the time left (Polish plurals), and the documents of the past week.
 */
export function weeklyDigest(contents: WeeklyDigestContents, t: Translator, now: Date): Reply {
  const span = isoWeekInterval(contents.week, t.timeZone);
  const sunday = DateTime.fromJSDate(span.start, { zone: t.timeZone }).plus({ days: 6 });
  const monday = DateTime.fromJSDate(span.start, { zone: t.timeZone });
  return reply({
    title: t.t('digest:title', {
      from: t.date(monday.toISODate() ?? ''),
      to: t.date(sunday.toISODate() ?? ''),
    }),
    summary: t.t('digest:summary'),
    items: [
      ...section(
        t.t('digest:events_heading'),
        contents.events,
        (event) => `${event.title} · ${eventWhen(event.timing, t)}`,
        (count) => t.t('digest:more_events', { count }),
      ),
      ...section(
        t.t('digest:deadlines_heading'),
        contents.deadlines,
        (call) => {
          const instant = deadlineInstant(call.deadline);
          return `${call.title} (${call.programme}) · ${t.t('digest:deadline_line', {
            when: t.dateTime(instant),
            left: timeLeftText(timeLeft(instant, now, t.timeZone), t),
          })}`;
        },
        (count) => t.t('digest:more_deadlines', { count }),
      ),
      ...section(
        t.t('digest:documents_heading'),
        contents.documents,
        (document) =>
          document.folderPath ? `${document.name} (${document.folderPath})` : document.name,
        (count) => t.t('digest:more_documents', { count }),
      ),
    ],
  });
}
