import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from './index';
import { migrateBefore } from './migrate-before';
import { migrateToLatest } from '../migrate';

describe('migration 0015-document-title-text', () => {
  const pglite = new PGlite();
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
  afterAll(() => db.destroy());

  it('folds the name of every document already stored, past one batch', async () => {
    const ran = await migrateBefore(db, '0015-document-title-text');
    await sql`insert into documents (id, name, folder_path, modified_at, search_text, data)
      select 'doc-' || lpad(n::text, 4, '0'), 'Sprawozdanie nr ' || n, 'Projekty', now(),
        'sprawozdanie', '{}'
      from generate_series(1, 1200) as n`.execute(db);
    await sql`insert into documents (id, name, folder_path, modified_at, search_text, data)
      values ('łódź', 'Umowa — Łódź 2027 (wersja końcowa)', 'Umowy', now(), 'umowa', '{}')`.execute(
      db,
    );

    expect(await migrateToLatest(db)).toEqual(migrations.slice(ran).map((step) => step.name));
    const rows = await sql<{ id: string; title_text: string }>`
      select id, title_text from documents where id in ('doc-0001', 'doc-1200', 'łódź')
      order by id`.execute(db);
    expect(rows.rows).toEqual([
      { id: 'doc-0001', title_text: 'sprawozdanie nr 1' },
      { id: 'doc-1200', title_text: 'sprawozdanie nr 1200' },
      { id: 'łódź', title_text: 'umowa lodz 2027 wersja koncowa' },
    ]);
    const { rows: empty } = await sql<{ n: number }>`
      select count(*)::int as n from documents where title_text = ''`.execute(db);
    expect(empty).toEqual([{ n: 0 }]);
  }, 240_000);
});
