import { eventInterval, type ClusterEvent } from '../event';
import { deadlineInstant, type GrantCall } from '../grant-call';
import type { Organisation } from '../organisation';
import type { ClusterDocument } from '../document';
import type { EventQuery, GrantQuery, OrganisationQuery } from '../ports/catalogue';
import { foldForSearch, searchWords } from '../search-text';
import { matchesTerms, searchTerms } from '../search/search-terms';
import { rankedTerms, relevance } from '../search/relevance';
import { timeLeft, type TimeLeft } from '../period/time-left';

/**
 * The catalogue queries of the ports over plain arrays, with the same meaning as the store's
 * SQL: every typed word must begin a word of the folded text (see `searchTerms`), and what
 * people searched by is ordered by `relevance` first. Used where data is already in memory
 * (tests, imports, digests) and as the reference the store is checked against.
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

/** Organisations matching every filter, the most relevant to the words first, then by name. */
export function searchOrganisations(
  organisations: readonly Organisation[],
  query: OrganisationQuery,
): Organisation[] {
  const country = query.country?.trim().toUpperCase();
  const words = rankedTerms(query.words ?? '');
  const specialisation = rankedTerms(query.specialisation ?? '');
  const rank = (organisation: Organisation) => {
    const specialisations = foldForSearch(organisation.specialisations.join(' '));
    return (
      relevance(
        { title: foldForSearch(organisation.name), text: organisationText(organisation) },
        words,
      ) + relevance({ title: specialisations, text: specialisations }, specialisation)
    );
  };
  return organisations
    .filter((organisation) =>
      hasEveryWord(organisation.specialisations.join(' '), query.specialisation),
    )
    .filter((organisation) => hasEveryWord(organisationText(organisation), query.words))
    .filter((organisation) => (query.kind ? organisation.kind === query.kind : true))
    .filter((organisation) =>
      query.membership ? organisation.membership === query.membership : true,
    )
    .filter((organisation) => (country ? organisation.country === country : true))
    .map((organisation) => ({ organisation, rank: rank(organisation) }))
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        byCodePoints(foldForSearch(a.organisation.name), foldForSearch(b.organisation.name)) ||
        byCodePoints(a.organisation.id, b.organisation.id),
    )
    .map(({ organisation }) => organisation);
}

/** An organisation's searchable text, folded: name, city, region, specialisations, description. */
function organisationText(organisation: Organisation): string {
  return foldForSearch(
    [
      organisation.name,
      organisation.city,
      organisation.region ?? '',
      organisation.specialisations.join(' '),
      organisation.description ?? '',
    ].join(' '),
  );
}

/** The store's `collate "C"` order: by code points, not by language. */
function byCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Documents whose name, description or folder path has every word, the most relevant first
 * (the words in the name above elsewhere), then the newest change.
 */
export function searchDocuments(
  documents: readonly ClusterDocument[],
  words: string,
): ClusterDocument[] {
  if (searchWords(words).length === 0) return [];
  const terms = rankedTerms(words);
  return documents
    .map((document) => ({
      document,
      title: foldForSearch(document.name),
      text: foldForSearch(`${document.name} ${document.description ?? ''} ${document.folderPath}`),
    }))
    .filter(({ text }) =>
      matchesTerms(
        text,
        terms.map((term) => term.beginnings),
      ),
    )
    .map(({ document, title, text }) => ({ document, rank: relevance({ title, text }, terms) }))
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        Date.parse(b.document.modifiedAt) - Date.parse(a.document.modifiedAt) ||
        byCodePoints(a.document.id, b.document.id),
    )
    .map(({ document }) => document);
}

/**
 * Events not cancelled whose title has every word, the most relevant first, then those not
 * yet over soonest first, then past ones latest first (the store's `findByTitle`).
 */
export function eventsByTitle(
  events: readonly ClusterEvent[],
  words: string,
  now: Date,
  clusterZone: string,
  limit: number,
): ClusterEvent[] {
  const terms = rankedTerms(words);
  return events
    .filter((event) => event.status !== 'cancelled')
    .map((event) => ({ event, title: foldForSearch(event.title) }))
    .filter(({ title }) =>
      matchesTerms(
        title,
        terms.map((term) => term.beginnings),
      ),
    )
    .map(({ event, title }) => ({
      event,
      rank: relevance({ title, text: title }, terms),
      interval: eventInterval(event.timing, clusterZone),
    }))
    .map((each) => ({ ...each, upcoming: each.interval.end > now }))
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        Number(b.upcoming) - Number(a.upcoming) ||
        (a.upcoming
          ? a.interval.start.getTime() - b.interval.start.getTime()
          : b.interval.start.getTime() - a.interval.start.getTime()) ||
        byCodePoints(a.event.id, b.event.id),
    )
    .slice(0, limit)
    .map(({ event }) => event);
}

/**
 * Grant calls whose id, code, programme or title has every word, the most relevant first,
 * then those with the deadline still ahead nearest first, then past ones latest first (the
 * store's `findByText`).
 */
export function grantCallsByText(
  calls: readonly GrantCall[],
  words: string,
  now: Date,
  limit: number,
): GrantCall[] {
  const terms = rankedTerms(words);
  return calls
    .map((call) => ({
      call,
      text: foldForSearch([call.id, call.callCode ?? '', call.programme, call.title].join(' ')),
      deadline: deadlineInstant(call.deadline),
    }))
    .filter(({ text }) =>
      matchesTerms(
        text,
        terms.map((term) => term.beginnings),
      ),
    )
    .map((each) => ({
      ...each,
      rank: relevance({ title: each.text, text: each.text }, terms),
      ahead: each.deadline >= now,
    }))
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        Number(b.ahead) - Number(a.ahead) ||
        (a.ahead
          ? a.deadline.getTime() - b.deadline.getTime()
          : b.deadline.getTime() - a.deadline.getTime()) ||
        byCodePoints(a.call.id, b.call.id),
    )
    .slice(0, limit)
    .map(({ call }) => call);
}
