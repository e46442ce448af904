import { sql, type Kysely, type Migration } from 'kysely';

/** The tables whose rows a cached chat reply or a cached person is made from. */
const watched = [
  'events',
  'grant_calls',
  'documents',
  'organisations',
  'subscriptions',
  'people',
  'attendance',
  'follows',
] as const;

/**
 * A change version: one row whose counter goes up once in every transaction that writes to a
 * watched table, by a statement-level trigger on each, so every writer (chat, sync, import,
 * another process, plain SQL) moves it. It commits with the write: a reader that sees the old
 * version read before the write committed. The trigger remembers the transaction that last
 * bumped it, so later statements of the same transaction leave it as it is.
 */
export const changeVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('change_version')
      // A primary key that can only be true: the table holds one row.
      .addColumn('id', 'boolean', (c) =>
        c
          .primaryKey()
          .defaultTo(true)
          .check(sql`id`),
      )
      .addColumn('version', 'bigint', (c) => c.notNull())
      .addColumn('bumped_by', 'bigint')
      .execute();
    await sql`insert into change_version (id, version) values (true, 0)`.execute(db);
    // The search path of the migration sticks to the function: a write through another path
    // (a schema-qualified table name) still bumps this schema's counter.
    await sql`
      create function bump_change_version() returns trigger language plpgsql
      set search_path from current as $$
      begin
        update change_version
          set version = version + 1, bumped_by = txid_current()
          where bumped_by is distinct from txid_current();
        return null;
      end
      $$`.execute(db);
    for (const table of watched) {
      await sql`
        create trigger ${sql.id(`${table}_change_version`)}
          after insert or update or delete or truncate on ${sql.table(table)}
          for each statement execute function bump_change_version()`.execute(db);
    }
  },
};
