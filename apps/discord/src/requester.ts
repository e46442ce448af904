import { localeFromTag, type ClusterStore, type Locale } from '@glokal/domain';
import type { Conversation, Requester } from '@glokal/chat';

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
}

export interface RequesterSettings {
  coordinatorRole?: string;
  clusterTimeZone: string;
}

/**
 * Who is asking, in which language and zone. A coordinator has the `DISCORD_COORDINATOR_ROLE`
 * role, Manage Events in the guild, or is marked so in the store. The language is the one the
 * person chose in Glokal, else their Discord language (Polish for `pl`, English otherwise).
 * The store is only read: the catalogue records the person when a button writes for them.
 */
export async function resolveContext(
  member: DiscordMember,
  settings: RequesterSettings,
  people: Pick<ClusterStore['people'], 'byChatIdentity'>,
): Promise<InteractionContext> {
  const person = await people.byChatIdentity({ platform: 'discord', userId: member.userId });
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
  };
}
