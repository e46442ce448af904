import { Migrator, type Kysely } from 'kysely';
import { migrations } from './index';

/**
 * Runs every migration before `name` (for a migration's own test, which then writes rows as
 * they stood and runs the rest); returns how many ran.
 */
export async function migrateBefore(db: Kysely<unknown>, name: string): Promise<number> {
  const before = migrations.slice(
    0,
    migrations.findIndex((step) => step.name === name),
  );
  const migrator = new Migrator({
    db,
    provider: {
      getMigrations: () =>
        Promise.resolve(Object.fromEntries(before.map(({ name, migration }) => [name, migration]))),
    },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return before.length;
}
