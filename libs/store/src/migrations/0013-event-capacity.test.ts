import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from './index';
import { migrateBefore } from './migrate-before';
import { migrateToLatest } from '../migrate';

describe('migration 0013-event-capacity', () => {
  const pglite = new PGlite();
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
  afterAll(() => db.destroy());

  it('keeps every answer, lets an answer be waiting, and checks places', async () => {
    const ran = await migrateBefore(db, '0013-event-capacity');
    await sql`insert into people (id, display_name, created_at) values ('slack:U1', 'Anna', now()), ('slack:U2', 'Jan', now())`.execute(
      db,
    );
    await sql`insert into events (id, kind, status, starts_at, ends_at, sort_title, title_text, source, updated_at, data)
      values ('forum', 'meeting', 'confirmed', '2026-06-10T08:00Z', '2026-06-10T10:00Z', 'forum',
        'forum', 'glokal', now(), '{}')`.execute(db);
    await sql`insert into attendance (person_id, event_id, created_at, answer, answered_at)
      values ('slack:U1', 'forum', now(), 'maybe', timestamptz '2026-06-02T09:15:00Z')`.execute(db);

    expect(await migrateToLatest(db)).toEqual(migrations.slice(ran).map((step) => step.name));
    const rows = await sql<{ answer: string; promoted_at: Date | null; capacity: number | null }>`
      select answer, promoted_at, capacity from attendance join events on events.id = event_id`.execute(
      db,
    );
    expect(rows.rows).toEqual([{ answer: 'maybe', promoted_at: null, capacity: null }]);
    await sql`insert into attendance (person_id, event_id, created_at, answer, answered_at)
      values ('slack:U2', 'forum', now(), 'waiting', now())`.execute(db);
    await expect(sql`update attendance set answer = 'perhaps'`.execute(db)).rejects.toThrow(
      /check/i,
    );
    await sql`update events set capacity = 10000`.execute(db);
    await expect(sql`update events set capacity = 0`.execute(db)).rejects.toThrow(/check/i);
  }, 240_000);
});
