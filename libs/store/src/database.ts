import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A timestamptz: written as a Date, read back as a Date on both drivers. */
type Timestamp = ColumnType<Date, Date, Date>;
type RsvpAnswerCode = 'going' | 'maybe' | 'not-going' | 'waiting';
/** A jsonb column: written as JSON text cast to jsonb, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: string;
  membership: string;
  country: string;
  city: string;
  region: string | null;
  /** Folded name, sorted with the "C" collation so both databases order alike. */
  sort_name: string;
  specialisations_text: string;
  search_text: string;
  data: Json<unknown>;
}

export interface EventsTable {
  id: string;
  kind: string;
  status: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  sort_title: string;
  title_text: string;
  recurring_event_id: string | null;
  source: string;
  updated_at: Timestamp;
  data: Json<unknown>;
  /** A meeting's places (0013-event-capacity, from `meeting.capacity`); null: no limit. */
  capacity: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface GrantCallsTable {
  id: string;
  programme: string;
  call_code: string | null;
  status: string;
  deadline_at: Timestamp;
  deadline_local: string;
  deadline_zone: string;
  programme_text: string;
  search_text: string;
  data: Json<unknown>;
  /** When `data` last changed (the store's clock), and how many versions it has had; not part of `data`. */
  updated_at: Timestamp;
  revision: Generated<number>;
}

export interface DocumentsTable {
  id: string;
  name: string;
  folder_path: string;
  modified_at: Timestamp;
  search_text: string;
  /** The folded name (0015-document-title-text), for ranking a word in it first. */
  title_text: string;
  data: Json<unknown>;
}

export interface PeopleTable {
  id: string;
  display_name: string;
  slack_user_id: string | null;
  discord_user_id: string | null;
  organisation_id: string | null;
  locale: string | null;
  time_zone: string | null;
  is_coordinator: Generated<boolean>;
  created_at: Timestamp;
  /** The personal calendar feed's secret (0007-feed-tokens); null until first asked for. */
  feed_token: ColumnType<string | null, string | null | undefined, string | null>;
  /** The e-mail the person gave (0012-person-email), for free/busy; null until given. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AttendanceTable {
  person_id: string;
  event_id: string;
  /** `going`, `maybe`, `not-going` or `waiting` (checked by the table). */
  answer: RsvpAnswerCode;
  created_at: Timestamp;
  /** When the answer was last changed. */
  answered_at: Timestamp;
  /** When a waiting person was given a place (0013-event-capacity); null otherwise. */
  promoted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface FollowsTable {
  person_id: string;
  grant_id: string;
  created_at: Timestamp;
}

export interface SubscriptionsTable {
  platform: string;
  channel_id: string;
  workspace_id: string;
  topics: Json<string[]>;
  locale: string;
  /** `{ days, hours }` the channel chose for deadline reminders; null: the default. */
  reminder_offsets: Json<{ days: number[]; hours: number[] }> | null;
  updated_at: Timestamp;
}

export interface DeliveriesTable {
  key: string;
  platform: string;
  channel_id: string;
  state: string;
  attempts: Generated<number>;
  message_id: string | null;
  last_error: string | null;
  sending_since: ColumnType<Date | null, Date | null | undefined, Date | null>;
  undeliverable: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SyncStateTable {
  source: string;
  cursor: string | null;
  last_success_at: ColumnType<Date | null, Date | null, Date | null>;
  last_error: string | null;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor: string;
  action: string;
  subject: string;
  detail: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  platform: string | null;
  before: ColumnType<unknown, string | null, string | null>;
  after: ColumnType<unknown, string | null, string | null>;
  at: Timestamp;
}

export interface OutboxTable {
  /** A bigint: the drivers read it back as a string or a number. */
  id: ColumnType<string | number | bigint, never, never>;
  key: string;
  type: string;
  message: Json<unknown>;
  created_at: Timestamp;
  relayed_at: ColumnType<Date | null, Date | null, Date | null>;
}

/** The one row of the change version (migration 0009): bumped by triggers, never written here. */
export interface ChangeVersionTable {
  id: ColumnType<boolean, never, never>;
  /** A bigint: the drivers read it back as a string or a number. */
  version: ColumnType<string | number | bigint, never, never>;
  bumped_by: ColumnType<string | number | bigint | null, never, never>;
}

/** Events' copies in Discord servers' Events tabs (0014-discord-scheduled-events). */
export interface DiscordScheduledEventsTable {
  event_id: string;
  guild_id: string;
  scheduled_event_id: string;
  sent: string;
  updated_at: Timestamp;
}

/** The tables of the store, as migrations create them. */
export interface Database {
  organisations: OrganisationsTable;
  events: EventsTable;
  grant_calls: GrantCallsTable;
  documents: DocumentsTable;
  people: PeopleTable;
  attendance: AttendanceTable;
  follows: FollowsTable;
  subscriptions: SubscriptionsTable;
  deliveries: DeliveriesTable;
  sync_state: SyncStateTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  change_version: ChangeVersionTable;
  discord_scheduled_events: DiscordScheduledEventsTable;
}

export type PersonRow = Selectable<PeopleTable>;
export type DeliveryRow = Selectable<DeliveriesTable>;
export type NewEventRow = Insertable<EventsTable>;
export type OutboxRow = Selectable<OutboxTable>;
