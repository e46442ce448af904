import type { Kysely, Migration } from 'kysely';

/**
 * People may give their e-mail (`/glokal settings email …`): the worker asks Google's free/busy
 * for it when a coordinator wants meeting times. Null until given; shown to the person alone.
 */
export const personEmail: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('people').addColumn('email', 'text').execute();
  },
};
