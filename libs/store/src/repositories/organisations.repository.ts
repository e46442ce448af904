import { sql, type Insertable, type Kysely } from 'kysely';
import { Organisation, foldForSearch, type OrganisationRepository } from '@glokal/domain';
import type { Database, OrganisationsTable } from '../database';
import { hasEveryWord, inBatches, jsonb, lastPerId, relevance, searchText } from '../search';
import { dataText, storedValues } from './stored-values';

function toRow(organisation: Organisation): Insertable<OrganisationsTable> {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    membership: organisation.membership,
    country: organisation.country.toUpperCase(),
    city: organisation.city,
    region: organisation.region ?? null,
    sort_name: foldForSearch(organisation.name),
    specialisations_text: searchText(...organisation.specialisations),
    search_text: searchText(
      organisation.name,
      organisation.city,
      organisation.region,
      ...organisation.specialisations,
      organisation.description,
    ),
    data: jsonb(organisation),
  };
}

const organisations = storedValues<Organisation>();

/** A stored member organisation (its `data` as JSON text), parsed once per content. */
const toOrganisation = (row: { data: string }): Organisation =>
  organisations.read(row.data, () => Organisation.parse(JSON.parse(row.data)));

/**
 * Members and partners, found by kind, membership, country, specialisation and words; the
 * most relevant to the words and the specialisation first (see `relevance`), then by name.
 */
export function organisationRepository(db: Kysely<Database>): OrganisationRepository {
  return {
    async search(query, page) {
      let matching = db
        .selectFrom('organisations')
        .where(hasEveryWord('specialisations_text', query.specialisation))
        .where(hasEveryWord('search_text', query.words));
      if (query.kind) matching = matching.where('kind', '=', query.kind);
      if (query.membership) matching = matching.where('membership', '=', query.membership);
      if (query.country)
        matching = matching.where('country', '=', query.country.trim().toUpperCase());
      const byWords = relevance(
        { title: sql.ref('sort_name'), text: sql.ref('search_text') },
        query.words,
      );
      const bySpecialisation = relevance(
        { title: sql.ref('specialisations_text') },
        query.specialisation,
      );
      const rank =
        byWords && bySpecialisation
          ? sql`${byWords} + ${bySpecialisation}`
          : (byWords ?? bySpecialisation);
      const [counted, rows] = await Promise.all([
        matching.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
        matching
          .select(dataText('organisations').as('data'))
          .$if(rank !== undefined, (ordered) => ordered.orderBy(sql`${rank} desc`))
          .orderBy(sql`sort_name collate "C"`)
          .orderBy('id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
      ]);
      return { items: rows.map(toOrganisation), total: counted.total };
    },

    async byId(id) {
      const row = await db
        .selectFrom('organisations')
        .select(dataText('organisations').as('data'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toOrganisation(row) : undefined;
    },

    async upsert(organisations) {
      for (const batch of inBatches(lastPerId(organisations))) {
        await db
          .insertInto('organisations')
          .values(batch.map(toRow))
          .onConflict((conflict) =>
            conflict.column('id').doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              kind: eb.ref('excluded.kind'),
              membership: eb.ref('excluded.membership'),
              country: eb.ref('excluded.country'),
              city: eb.ref('excluded.city'),
              region: eb.ref('excluded.region'),
              sort_name: eb.ref('excluded.sort_name'),
              specialisations_text: eb.ref('excluded.specialisations_text'),
              search_text: eb.ref('excluded.search_text'),
              data: eb.ref('excluded.data'),
            })),
          )
          .execute();
      }
    },
  };
}
