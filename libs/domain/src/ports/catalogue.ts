import type { ClusterEvent, EventKind } from '../event';
import type { GrantCall } from '../grant-call';
import type { Membership, Organisation, OrganisationKind } from '../organisation';
import type { ClusterDocument } from '../document';
import type { Page, PageRequest } from './page';

/**
 * The read side the chat commands use, and the write side sync/import use. Implemented by
 * `@glokal/store` on Postgres and PGlite. Every search takes words as people type them and
 * matches them folded (see `foldForSearch`), all words required.
 */
export interface EventQuery {
  /** Events that end after `from` and start before `to`. */
  from: Date;
  to: Date;
  kind?: EventKind;
  includeCancelled?: boolean;
}

export interface EventRepository {
  /** Soonest first (then by title). Cancelled events are left out unless asked for. */
  between(query: EventQuery, page: PageRequest): Promise<Page<ClusterEvent>>;
  byId(id: string): Promise<ClusterEvent | undefined>;
  /** Not-cancelled events whose title has every word, those ending after `now` first, soonest first. */
  findByTitle(words: string, now: Date, limit: number): Promise<ClusterEvent[]>;
  upsert(events: readonly ClusterEvent[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

export interface GrantQuery {
  /** Calls whose deadline is at or after this instant. */
  deadlineFrom: Date;
  /** Words matched against the programme and the call code, e.g. "erasmus ka2", "interreg". */
  programme?: string;
}

export interface GrantCallRepository {
  /** Calls that are not closed or cancelled and whose deadline has not passed, nearest deadline first. */
  open(query: GrantQuery, page: PageRequest): Promise<Page<GrantCall>>;
  byId(id: string): Promise<GrantCall | undefined>;
  /** Calls whose id, code, programme or title has every word, nearest upcoming deadline first. */
  findByText(words: string, now: Date, limit: number): Promise<GrantCall[]>;
  upsert(calls: readonly GrantCall[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

export interface OrganisationQuery {
  /** Words matched against specialisations. */
  specialisation?: string;
  kind?: OrganisationKind;
  membership?: Membership;
  country?: string;
  /** Words matched against name, city, region, specialisations and description. */
  words?: string;
}

export interface OrganisationRepository {
  /** By name. */
  search(query: OrganisationQuery, page: PageRequest): Promise<Page<Organisation>>;
  byId(id: string): Promise<Organisation | undefined>;
  upsert(organisations: readonly Organisation[]): Promise<void>;
}

export interface DocumentRepository {
  /** Documents whose name, description or folder path has every word, newest change first. */
  search(words: string, page: PageRequest): Promise<Page<ClusterDocument>>;
  byId(id: string): Promise<ClusterDocument | undefined>;
  upsert(documents: readonly ClusterDocument[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}
