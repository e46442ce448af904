import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The write path: an outbox that a change records its messages in within the same
 * transaction (the worker's relay moves them to their queues later), and the audit log's
 * platform and before/after pictures of the subject.
 */
export const writePath: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('outbox')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('message', 'jsonb', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('relayed_at', 'timestamptz')
      .execute();
    // The relay reads only unrelayed rows, oldest first; relayed ones pile up beside them.
    await sql`create index outbox_unrelayed on outbox (id) where relayed_at is null`.execute(db);
    await db.schema
      .alterTable('audit_log')
      .addColumn('platform', 'text')
      .addColumn('before', 'jsonb')
      .addColumn('after', 'jsonb')
      .execute();
  },
};
