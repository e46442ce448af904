import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from './index';
import { migrateBefore } from './migrate-before';
import { migrateToLatest } from '../migrate';

describe('migration 0011-rsvp-answers', () => {
  const pglite = new PGlite();
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
  afterAll(() => db.destroy());

  it('keeps every earlier "I\'m going" as going, answered when it was given, ', async () => {
    const ran = await migrateBefore(db, '0011-rsvp-answers');
    await sql`insert into people (id, display_name, created_at) values ('slack:U1', 'Anna', now())`.execute(
      db,
    );
    await sql`insert into events (id, kind, status, starts_at, ends_at, sort_title, title_text, source, updated_at, data)
      values ('forum', 'meeting', 'confirmed', '2026-06-10T08:00Z', '2026-06-10T10:00Z', 'forum',
        'forum', 'glokal', now(), '{}')`.execute(db);
    await sql`insert into attendance (person_id, event_id, created_at) values ('slack:U1', 'forum', timestamptz '2026-06-02T09:15:00Z')`.execute(
      db,
    );

    expect(await migrateToLatest(db)).toEqual(migrations.slice(ran).map((step) => step.name));
    const rows = await sql<{ answer: string; answered_at: Date }>`
      select answer, answered_at from attendance`.execute(db);
    expect(rows.rows).toEqual([{ answer: 'going', answered_at: new Date('2026-06-02T09:15:00Z') }]);
    await expect(sql`update attendance set answer = 'perhaps'`.execute(db)).rejects.toThrow(
      /check/i,
    );
  }, 60_000);
});
