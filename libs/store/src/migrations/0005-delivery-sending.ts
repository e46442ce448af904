import type { Kysely, Migration } from 'kysely';

/**
 * Deliveries learn `sending`: the time the first call to the platform began (a retry looks for
 * a message posted since then before posting again) and whether a failure was because the
 * recipient or channel cannot receive the message at all.
 */
export const deliverySending: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('deliveries')
      .addColumn('sending_since', 'timestamptz')
      .addColumn('undeliverable', 'boolean', (c) => c.notNull().defaultTo(false))
      .execute();
  },
};
