import { localeFromTag, type Locale, type StoreChanges } from '@glokal/domain';
import type { Conversation, Requester } from '@glokal/chat';
import type { StoredPeople } from '@glokal/chat/caching';

/** What the bot needs to know about who interacts, read off a discord.js interaction. */
export interface DiscordMember {
  userId: string;
  displayName: string;
  /** Role ids of the member in the guild (empty in DMs). */
  roleIds: readonly string[];
  /** Whether the member has Manage Events (or Administrator) in the channel. */
  canManageEvents: boolean;
  /** The interaction's `locale` (the person's Discord language), e.g. `pl`, `en-US`. */
  locale: string | undefined;
  guildId: string | null;
  channelId: string | null;
}

export interface InteractionContext {
  requester: Requester;
  conversation: Conversation;
  locale: Locale;
  timeZone: string;
  /**
   * The store's change version, read before the person's row, that the caches key on;
   * absent when caching is off.
   */
  version?: bigint;
}

export interface RequesterSettings {
  coordinatorRole?: string;
  clusterTimeZone: string;
}

export interface RequesterDeps {
  requesterSettings: RequesterSettings;
  /** The stored people, kept under the store's change version. */
  stored: StoredPeople;
  /** Where the change version is read; absent: caches are off and it is never read. */
  changes?: StoreChanges;
}

/**
 * Who is asking, in which language and zone. A coordinator has the `DISCORD_COORDINATOR_ROLE`
 * role, Manage Events in the guild, or is marked so in the store. The language is the one the
 * person chose in Glokal, else their Discord language (Polish for `pl`, English otherwise).
 * The store is only read: the catalogue records the person when a button writes for them.
 * The change version is read once, before the person's row, and travels with the context.
 */
export async function resolveContext(
  member: DiscordMember,
  deps: RequesterDeps,
): Promise<InteractionContext> {
  const settings = deps.requesterSettings;
  const version = await deps.changes?.version();
  const person = await deps.stored.get(member.userId, version);
  const hasRole =
    settings.coordinatorRole !== undefined && member.roleIds.includes(settings.coordinatorRole);
  const requester: Requester = {
    platform: 'discord',
    userId: member.userId,
    displayName: member.displayName,
    ...(person ? { person } : {}),
    isCoordinator: hasRole || member.canManageEvents || person?.isCoordinator === true,
  };
  return {
    requester,
    conversation: {
      workspaceId: member.guildId ?? 'dm',
      channelId: member.channelId ?? member.userId,
    },
    locale: person?.locale ?? localeFromTag(member.locale, 'en'),
    timeZone: person?.timeZone ?? settings.clusterTimeZone,
    ...(version === undefined ? {} : { version }),
  };
}
