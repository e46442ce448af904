import { PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import type { DiscordMember } from './requester';

/** Reads who interacts off a discord.js interaction (guild member or DM user). */
export function memberOf(interaction: BaseInteraction): DiscordMember {
  const member = interaction.member;
  const roleIds = !member
    ? []
    : Array.isArray(member.roles)
      ? member.roles
      : [...member.roles.cache.keys()];
  const displayName =
    (member && 'displayName' in member ? member.displayName : undefined) ??
    interaction.user.globalName ??
    interaction.user.username;
  return {
    userId: interaction.user.id,
    displayName,
    roleIds,
    canManageEvents: interaction.memberPermissions?.has(PermissionFlagsBits.ManageEvents) ?? false,
    locale: interaction.locale,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
  };
}
