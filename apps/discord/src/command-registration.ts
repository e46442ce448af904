import {
  OAuth2Scopes,
  PermissionFlagsBits,
  Routes,
  type REST,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';

/** What the bot needs in a channel: see it, post, show embeds, and read its history. */
export const botPermissions =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  // A retried delivery reads the channel for the message an earlier try may have posted.
  PermissionFlagsBits.ReadMessageHistory;

/** The link a server admin opens to add the bot, with its slash commands and permissions. */
export function inviteUrl(applicationId: string): string {
  const url = new URL('https://discord.com/oauth2/authorize');
  url.searchParams.set('client_id', applicationId);
  url.searchParams.set('scope', [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '));
  url.searchParams.set('permissions', botPermissions.toString());
  url.searchParams.set('integration_type', '0');
  return url.toString();
}

const Registered = z.array(z.object({ id: z.string(), name: z.string() }));

/**
 * Replaces every command of the application in one request (`PUT`, a bulk overwrite): in the
 * guild when given (visible at once), else globally. Running it again changes nothing.
 */
export async function registerCommands(options: {
  rest: REST;
  applicationId: string;
  guildId?: string;
  commands: RESTPutAPIApplicationCommandsJSONBody;
}): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const registered = Registered.parse(await options.rest.put(route, { body: options.commands }));
  return {
    scope: options.guildId ? 'guild' : 'global',
    names: registered.map((command) => command.name),
  };
}
