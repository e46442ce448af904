import { eventInterval, type ClusterEvent } from '../event';
import { deadlineInstant, type GrantCall } from '../grant-call';
import type { Organisation } from '../organisation';
import type { ClusterDocument } from '../document';
import type { EventQuery, GrantQuery, OrganisationQuery } from '../ports/catalogue';
import { foldForSearch, searchWords } from '../search-text';
import { matchesTerms, searchTerms } from '../search/search-terms';
import { timeLeft, type TimeLeft } from '../period/time-left';

/**
 * The catalogue queries of the ports over plain arrays, with the same meaning as the store's
 * SQL: every typed word must begin a word of the folded text (see `searchTerms`). Used where
 * data is already in memory (tests, imports, digests) and as the reference the store is
 * checked against.
 */
export function hasEveryWord(text: string, words: string | undefined): boolean {
  return matchesTerms(foldForSearch(text), searchTerms(words ?? ''));
}

/** Events that end after `from` and start before `to`, soonest first, then by title. */
export function eventsBetween(
  events: readonly ClusterEvent[],
  query: EventQuery,
  clusterZone: string,
): ClusterEvent[] {
  return events
    .map((event) => ({ event, interval: eventInterval(event.timing, clusterZone) }))
    .filter(({ interval }) => interval.end > query.from && interval.start < query.to)
    .filter(({ event }) => (query.kind ? event.kind === query.kind : true))
    .filter(({ event }) => query.includeCancelled || event.status !== 'cancelled')
    .sort(
      (a, b) =>
        a.interval.start.getTime() - b.interval.start.getTime() ||
        a.event.title.localeCompare(b.event.title),
    )
    .map(({ event }) => event);
}

export interface GrantCallDue {
  call: GrantCall;
  deadline: Date;
  left: TimeLeft;
}

/**
 * Calls still open or announced whose deadline is at or after `deadlineFrom`, nearest
 * deadline first, with the time left as the viewer counts it in `zone`.
 */
export function grantCallsByDeadline(
  calls: readonly GrantCall[],
  query: GrantQuery,
  now: Date,
  zone: string,
): GrantCallDue[] {
  return calls
    .filter((call) => call.status === 'open' || call.status === 'forthcoming')
    .filter((call) => hasEveryWord(`${call.programme} ${call.callCode ?? ''}`, query.programme))
    .map((call) => ({ call, deadline: deadlineInstant(call.deadline) }))
    .filter(({ deadline }) => deadline >= query.deadlineFrom)
    .sort(
      (a, b) => a.deadline.getTime() - b.deadline.getTime() || a.call.id.localeCompare(b.call.id),
    )
    .map(({ call, deadline }) => ({ call, deadline, left: timeLeft(deadline, now, zone) }));
}

/** Organisations matching every filter, by name. */
export function searchOrganisations(
  organisations: readonly Organisation[],
  query: OrganisationQuery,
): Organisation[] {
  const country = query.country?.trim().toUpperCase();
  return organisations
    .filter((organisation) =>
      hasEveryWord(organisation.specialisations.join(' '), query.specialisation),
    )
    .filter((organisation) =>
      hasEveryWord(
        [
          organisation.name,
          organisation.city,
          organisation.region ?? '',
          organisation.specialisations.join(' '),
          organisation.description ?? '',
        ].join(' '),
        query.words,
      ),
    )
    .filter((organisation) => (query.kind ? organisation.kind === query.kind : true))
    .filter((organisation) =>
      query.membership ? organisation.membership === query.membership : true,
    )
    .filter((organisation) => (country ? organisation.country === country : true))
    .sort(
      (a, b) =>
        foldForSearch(a.name).localeCompare(foldForSearch(b.name)) || a.id.localeCompare(b.id),
    );
}

/** Documents whose name, description or folder path has every word, newest change first. */
export function searchDocuments(
  documents: readonly ClusterDocument[],
  words: string,
): ClusterDocument[] {
  if (searchWords(words).length === 0) return [];
  return documents
    .filter((document) =>
      hasEveryWord(`${document.name} ${document.description ?? ''} ${document.folderPath}`, words),
    )
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.id.localeCompare(b.id));
}
