import type { Interaction } from 'discord.js';
import { reply } from '@glokal/chat';
import { createTranslator, localeFromTag } from '@glokal/domain';
import type { Logger } from '@glokal/config';
import { renderReply } from './render-reply';
import { ephemeralPayloadOf } from './reply-payload';

/**
 * The cluster's Discord servers (`DISCORD_GUILD_ID`). Anyone can add a bot to a server of
 * their own; there coordinator rights (Manage Events) would be theirs to give, so the bot
 * serves these servers and no other: no answers, no writes, no deliveries elsewhere.
 */
export interface ClusterGuilds {
  readonly ids: readonly string[];
  /** Whether a guild is the cluster's; a DM (no guild) is not. */
  has(guildId: string | null | undefined): boolean;
}

export function clusterGuilds(ids: readonly string[]): ClusterGuilds {
  const known = new Set(ids);
  return { ids: [...known], has: (guildId) => Boolean(guildId) && known.has(guildId ?? '') };
}

/**
 * Answers an interaction from outside the cluster's servers with a polite notice only the
 * person sees (autocomplete: one choice saying so), in their Discord language, and does
 * nothing else.
 */
export async function turnAwayOutsider(interaction: Interaction, logger: Logger): Promise<void> {
  logger.info(
    { guild: interaction.guildId ?? 'dm', interaction: interaction.id, type: interaction.type },
    'interaction from outside the cluster’s servers turned away',
  );
  const t = createTranslator(localeFromTag(interaction.locale, 'en'), 'UTC');
  try {
    if (interaction.isAutocomplete()) {
      await interaction.respond([{ name: t.t('outsiders:suggestion'), value: '-' }]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const notice = renderReply(
      reply({
        title: t.t('outsiders:title'),
        summary: t.t('outsiders:discord_server'),
        tone: 'notice',
      }),
      { t },
    );
    await interaction.reply(ephemeralPayloadOf(notice));
  } catch (error) {
    logger.warn({ err: error, interaction: interaction.id }, 'could not turn an outsider away');
  }
}
