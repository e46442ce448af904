import type { Kysely } from 'kysely';
import type { Clock, FollowRepository } from '@glokal/domain';
import { toGrantCall } from './grant-calls.repository';
import type { Database } from '../database';
import { toPerson } from './people.repository';
import { dataText } from './stored-values';

/** "Follow" on grant calls: one row per person and call while they follow it. */
export function followRepository(db: Kysely<Database>, clock: Clock): FollowRepository {
  return {
    async set(personId, grantId, following) {
      if (following) {
        await db
          .insertInto('follows')
          .values({ person_id: personId, grant_id: grantId, created_at: clock.now() })
          .onConflict((conflict) => conflict.columns(['person_id', 'grant_id']).doNothing())
          .execute();
      } else {
        await db
          .deleteFrom('follows')
          .where('person_id', '=', personId)
          .where('grant_id', '=', grantId)
          .execute();
      }
    },

    async isFollowing(personId, grantId) {
      const row = await db
        .selectFrom('follows')
        .select('grant_id')
        .where('person_id', '=', personId)
        .where('grant_id', '=', grantId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async followers(grantId) {
      const rows = await db
        .selectFrom('follows')
        .innerJoin('people', 'people.id', 'follows.person_id')
        .selectAll('people')
        .where('follows.grant_id', '=', grantId)
        .orderBy('follows.created_at')
        .orderBy('people.id')
        .execute();
      return rows.map(toPerson);
    },

    async followedBy(personId, from) {
      const rows = await db
        .selectFrom('follows')
        .innerJoin('grant_calls', 'grant_calls.id', 'follows.grant_id')
        .select([
          dataText('grant_calls').as('data'),
          'grant_calls.updated_at',
          'grant_calls.revision',
        ])
        .where('follows.person_id', '=', personId)
        .where('grant_calls.deadline_at', '>=', from)
        .orderBy('grant_calls.deadline_at')
        .orderBy('grant_calls.id')
        .execute();
      return rows.map(toGrantCall);
    },
  };
}
