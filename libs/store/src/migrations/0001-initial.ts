import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The first schema: the catalogue (organisations, events, grant calls, documents), people and
 * what they do (attendance, follows), channel subscriptions, and the bookkeeping (deliveries,
 * sync state, audit log). Each catalogue row keeps its entity whole as jsonb plus the columns
 * the read commands filter and sort on, and folded search text (see `foldForSearch`).
 */
export const initialSchema: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('organisations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('membership', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('city', 'text', (c) => c.notNull())
      .addColumn('region', 'text')
      .addColumn('sort_name', 'text', (c) => c.notNull())
      .addColumn('specialisations_text', 'text', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .execute();
    await sql`create index organisations_by_name on organisations (sort_name collate "C", id)`.execute(
      db,
    );
    await db.schema
      .createIndex('organisations_by_country')
      .on('organisations')
      .columns(['country', 'kind'])
      .execute();
    await db.schema
      .createIndex('organisations_by_kind')
      .on('organisations')
      .columns(['kind', 'membership'])
      .execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
      .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
      .addColumn('sort_title', 'text', (c) => c.notNull())
      .addColumn('title_text', 'text', (c) => c.notNull())
      .addColumn('recurring_event_id', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .addCheckConstraint('events_end_after_start', sql`ends_at > starts_at`)
      .execute();
    await db.schema.createIndex('events_by_start').on('events').columns(['starts_at']).execute();
    await db.schema
      .createIndex('events_by_kind_start')
      .on('events')
      .columns(['kind', 'starts_at'])
      .execute();
    await db.schema.createIndex('events_by_end').on('events').columns(['ends_at']).execute();

    await db.schema
      .createTable('grant_calls')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('programme', 'text', (c) => c.notNull())
      .addColumn('call_code', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('deadline_at', 'timestamptz', (c) => c.notNull())
      .addColumn('deadline_local', 'text', (c) => c.notNull())
      .addColumn('deadline_zone', 'text', (c) => c.notNull())
      .addColumn('programme_text', 'text', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('grant_calls_by_deadline')
      .on('grant_calls')
      .columns(['deadline_at', 'id'])
      .execute();

    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('folder_path', 'text', (c) => c.notNull())
      .addColumn('modified_at', 'timestamptz', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .execute();
    await sql`create index documents_by_change on documents (modified_at desc, id)`.execute(db);

    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('slack_user_id', 'text', (c) => c.unique())
      .addColumn('discord_user_id', 'text', (c) => c.unique())
      .addColumn('organisation_id', 'text')
      .addColumn('locale', 'text')
      .addColumn('time_zone', 'text')
      .addColumn('is_coordinator', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('attendance')
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addPrimaryKeyConstraint('attendance_pkey', ['person_id', 'event_id'])
      .execute();
    await db.schema
      .createIndex('attendance_by_event')
      .on('attendance')
      .columns(['event_id'])
      .execute();

    await db.schema
      .createTable('follows')
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('grant_id', 'text', (c) =>
        c.notNull().references('grant_calls.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addPrimaryKeyConstraint('follows_pkey', ['person_id', 'grant_id'])
      .execute();
    await db.schema.createIndex('follows_by_grant').on('follows').columns(['grant_id']).execute();

    await db.schema
      .createTable('subscriptions')
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('topics', 'jsonb', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .addPrimaryKeyConstraint('subscriptions_pkey', ['platform', 'channel_id'])
      .execute();

    await db.schema
      .createTable('deliveries')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('message_id', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('deliveries_by_state')
      .on('deliveries')
      .columns(['state', 'updated_at'])
      .execute();

    await db.schema
      .createTable('sync_state')
      .addColumn('source', 'text', (c) => c.primaryKey())
      .addColumn('cursor', 'text')
      .addColumn('last_success_at', 'timestamptz')
      .addColumn('last_error', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('detail', 'jsonb')
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('audit_log_by_time')
      .on('audit_log')
      .columns(['at', 'id'])
      .execute();
  },
};
