import { sql, type Kysely, type Migration } from 'kysely';
import { foldForSearch } from '@glokal/domain';

/** Rows folded per statement: few enough parameters for both databases. */
const BATCH = 500;

/**
 * Documents get their folded name (`title_text`), as events have their folded title, so a
 * search ranks a word in the name above elsewhere from a column instead of cutting the name's
 * words off the search text in every row it finds. Folded here for the rows already stored,
 * a batch at a time; every later write folds it.
 */
export const documentTitleText: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('documents')
      .addColumn('title_text', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    let after = '';
    for (;;) {
      const { rows } = await sql<{ id: string; name: string }>`
        select id, name from documents where id > ${after} order by id limit ${BATCH}`.execute(db);
      const last = rows.at(-1);
      if (!last) break;
      const folded = rows.map((row) => sql`(${row.id}, ${foldForSearch(row.name)})`);
      await sql`update documents set title_text = folded.title
        from (values ${sql.join(folded)}) as folded (id, title)
        where documents.id = folded.id`.execute(db);
      after = last.id;
    }
  },
};
