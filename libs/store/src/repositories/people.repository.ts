import type { Kysely } from 'kysely';
import { Person, type ChatIdentity, type Clock, type PersonRepository } from '@glokal/domain';
import type { Database, PersonRow } from '../database';

/** The column that holds a platform's user id. */
export function identityColumn(
  platform: ChatIdentity['platform'],
): 'slack_user_id' | 'discord_user_id' {
  return platform === 'slack' ? 'slack_user_id' : 'discord_user_id';
}

export function toPerson(row: PersonRow): Person {
  return Person.parse({
    id: row.id,
    displayName: row.display_name,
    slackUserId: row.slack_user_id ?? undefined,
    discordUserId: row.discord_user_id ?? undefined,
    organisationId: row.organisation_id ?? undefined,
    locale: row.locale ?? undefined,
    timeZone: row.time_zone ?? undefined,
    isCoordinator: row.is_coordinator,
  });
}

/** People as chat identities: one row per person, at most one per platform user id. */
export function personRepository(db: Kysely<Database>, clock: Clock): PersonRepository {
  const byChatIdentity = async (identity: ChatIdentity) => {
    const row = await db
      .selectFrom('people')
      .selectAll()
      .where(identityColumn(identity.platform), '=', identity.userId)
      .executeTakeFirst();
    return row ? toPerson(row) : undefined;
  };

  return {
    byChatIdentity,

    async ensure(identity, displayName) {
      await db
        .insertInto('people')
        .values({
          id: `${identity.platform}:${identity.userId}`,
          display_name: displayName.trim() || identity.userId,
          [identityColumn(identity.platform)]: identity.userId,
          created_at: clock.now(),
        })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
      const person = await byChatIdentity(identity);
      if (!person)
        throw new Error(`person for ${identity.platform} user ${identity.userId} was not stored`);
      return person;
    },

    async setPreferences(personId, preferences) {
      const changes = {
        ...(preferences.locale !== undefined ? { locale: preferences.locale } : {}),
        ...(preferences.timeZone !== undefined ? { time_zone: preferences.timeZone } : {}),
      };
      if (Object.keys(changes).length === 0) return;
      await db.updateTable('people').set(changes).where('id', '=', personId).execute();
    },

    async setEmail(personId, email) {
      await db
        .updateTable('people')
        .set({ email: email ?? null })
        .where('id', '=', personId)
        .execute();
    },

    async emailOf(personId) {
      const row = await db
        .selectFrom('people')
        .select('email')
        .where('id', '=', personId)
        .executeTakeFirst();
      return row?.email ?? undefined;
    },

    async emailsOf(platform, userIds) {
      if (userIds.length === 0) return new Map();
      const column = identityColumn(platform);
      const rows = await db
        .selectFrom('people')
        .select([column, 'email'])
        .where(column, 'in', [...userIds])
        .where('email', 'is not', null)
        .execute();
      const found = new Map<string, string>();
      for (const row of rows) {
        const userId = row[column];
        if (userId && row.email) found.set(userId, row.email);
      }
      return found;
    },
  };
}
