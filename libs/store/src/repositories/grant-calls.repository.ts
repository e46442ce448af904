import { sql, type Insertable, type Kysely } from 'kysely';
import { GrantCall, deadlineInstant, type Clock, type GrantCallRepository } from '@glokal/domain';
import type { Database, GrantCallsTable } from '../database';
import { hasEveryWord, inBatches, jsonb, lastPerId, relevance, searchText } from '../search';
import { dataText, storedValues } from './stored-values';

function toRow(call: GrantCall, now: Date): Insertable<GrantCallsTable> {
  const { updatedAt: _kept, revision: _counted, ...data } = call;
  return {
    id: call.id,
    programme: call.programme,
    call_code: call.callCode ?? null,
    status: call.status,
    deadline_at: deadlineInstant(call.deadline),
    deadline_local: call.deadline.local,
    deadline_zone: call.deadline.timeZone,
    programme_text: searchText(call.programme, call.callCode),
    search_text: searchText(call.id, call.callCode, call.programme, call.title),
    data: jsonb(data),
    updated_at: now,
  };
}

const grantCalls = storedValues<GrantCall>();

/** A stored call as the domain sees it: its data, and when the store saw it change. */
export function toGrantCall(row: {
  data: string;
  updated_at: Date | string;
  revision: number;
}): GrantCall {
  const updatedAt = new Date(row.updated_at).toISOString();
  return grantCalls.read(`${row.revision} ${updatedAt} ${row.data}`, () =>
    GrantCall.parse({ ...(JSON.parse(row.data) as object), updatedAt, revision: row.revision }),
  );
}

/** Grant calls keep their deadline's instant (for ordering) and its local time and zone. */
export function grantCallRepository(db: Kysely<Database>, clock: Clock): GrantCallRepository {
  return {
    async open(query, page) {
      const matching = db
        .selectFrom('grant_calls')
        .where('status', 'not in', ['closed', 'cancelled'])
        .where('deadline_at', '>=', query.deadlineFrom)
        .where(hasEveryWord('programme_text', query.programme));
      const [counted, rows] = await Promise.all([
        matching.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
        matching
          .select([dataText('grant_calls').as('data'), 'updated_at', 'revision'])
          .orderBy('deadline_at')
          .orderBy('id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
      ]);
      return { items: rows.map(toGrantCall), total: counted.total };
    },

    async byId(id) {
      const row = await db
        .selectFrom('grant_calls')
        .select([dataText('grant_calls').as('data'), 'updated_at', 'revision'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toGrantCall(row) : undefined;
    },

    async findByText(words, now, limit) {
      // Id, code, programme and title all name the call: one field, the whole word first.
      const rank = relevance({ title: sql.ref('search_text') }, words);
      const rows = await db
        .selectFrom('grant_calls')
        .select([dataText('grant_calls').as('data'), 'updated_at', 'revision'])
        .where(hasEveryWord('search_text', words))
        .$if(rank !== undefined, (ordered) => ordered.orderBy(sql`${rank} desc`))
        .orderBy(sql`case when deadline_at >= ${now} then 0 else 1 end`)
        .orderBy(sql`case when deadline_at >= ${now} then deadline_at end`)
        .orderBy('deadline_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toGrantCall);
    },

    async upsert(calls) {
      for (const batch of inBatches(lastPerId(calls))) {
        await db
          .insertInto('grant_calls')
          .values(batch.map((call) => toRow(call, clock.now())))
          .onConflict((conflict) =>
            conflict.column('id').doUpdateSet((eb) => ({
              programme: eb.ref('excluded.programme'),
              call_code: eb.ref('excluded.call_code'),
              status: eb.ref('excluded.status'),
              deadline_at: eb.ref('excluded.deadline_at'),
              deadline_local: eb.ref('excluded.deadline_local'),
              deadline_zone: eb.ref('excluded.deadline_zone'),
              programme_text: eb.ref('excluded.programme_text'),
              search_text: eb.ref('excluded.search_text'),
              data: eb.ref('excluded.data'),
              // Only a call that changed counts as updated (an import of the same row does not).
              updated_at: sql<Date>`case when grant_calls.data is distinct from excluded.data then excluded.updated_at else grant_calls.updated_at end`,
              revision: sql<number>`case when grant_calls.data is distinct from excluded.data then grant_calls.revision + 1 else grant_calls.revision end`,
            })),
          )
          .execute();
      }
    },

    async remove(ids) {
      if (ids.length === 0) return;
      await db
        .deleteFrom('grant_calls')
        .where('id', 'in', [...ids])
        .execute();
    },
  };
}
