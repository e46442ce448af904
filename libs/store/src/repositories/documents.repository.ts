import { sql, type Insertable, type Kysely } from 'kysely';
import { ClusterDocument, type DocumentRepository } from '@glokal/domain';
import type { Database, DocumentsTable } from '../database';
import { hasEveryWord, inBatches, jsonb, lastPerId, relevance, searchText } from '../search';
import { dataText, storedValues } from './stored-values';

function toRow(document: ClusterDocument): Insertable<DocumentsTable> {
  return {
    id: document.id,
    name: document.name,
    folder_path: document.folderPath,
    modified_at: new Date(document.modifiedAt),
    search_text: searchText(document.name, document.description, document.folderPath),
    title_text: searchText(document.name),
    data: jsonb(document),
  };
}

const documents = storedValues<ClusterDocument>();

/** A stored document (its `data` as JSON text), parsed once per content. */
const toDocument = (row: { data: string }): ClusterDocument =>
  documents.read(row.data, () => ClusterDocument.parse(JSON.parse(row.data)));

/**
 * The Drive index: documents found by words in name, description and folder path, the most
 * relevant first (words in the name above elsewhere), then the newest change.
 */
export function documentRepository(db: Kysely<Database>): DocumentRepository {
  return {
    async search(words, page) {
      const matching = db.selectFrom('documents').where(hasEveryWord('search_text', words));
      const rank = relevance({ title: sql.ref('title_text'), text: sql.ref('search_text') }, words);
      const [counted, rows] = await Promise.all([
        matching.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
        matching
          .select(dataText('documents').as('data'))
          .$if(rank !== undefined, (query) => query.orderBy(sql`${rank} desc`))
          .orderBy('modified_at', 'desc')
          .orderBy('id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
      ]);
      return { items: rows.map(toDocument), total: counted.total };
    },

    async byId(id) {
      const row = await db
        .selectFrom('documents')
        .select(dataText('documents').as('data'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toDocument(row) : undefined;
    },

    async upsert(documents) {
      for (const batch of inBatches(lastPerId(documents))) {
        await db
          .insertInto('documents')
          .values(batch.map(toRow))
          .onConflict((conflict) =>
            conflict.column('id').doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              folder_path: eb.ref('excluded.folder_path'),
              modified_at: eb.ref('excluded.modified_at'),
              search_text: eb.ref('excluded.search_text'),
              title_text: eb.ref('excluded.title_text'),
              data: eb.ref('excluded.data'),
            })),
          )
          .execute();
      }
    },

    async remove(ids) {
      if (ids.length === 0) return;
      await db
        .deleteFrom('documents')
        .where('id', 'in', [...ids])
        .execute();
    },
  };
}
