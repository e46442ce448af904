import { REST } from 'discord.js';
import { catalogue } from '@glokal/chat';
import { configOrExit } from '@glokal/config/process';
import { buildCommandDefinitions } from './command-definitions';
import { inviteUrl, registerCommands } from './command-registration';

/**
 * `npm run discord:register`: registers `/glokal` in each of the cluster's servers
 * (`DISCORD_GUILD_ID`; usable at once, and shown nowhere else) and prints the invite link.
 */
async function main(): Promise<void> {
  const config = configOrExit();
  if (!config.discord) {
    console.error(
      "Set DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_GUILD_ID (the cluster's server) first.",
    );
    process.exitCode = 1;
    return;
  }
  const { token, applicationId, guildIds, apiUrl } = config.discord;
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const commands = buildCommandDefinitions(catalogue);
  const subcommands = commands[0]?.options?.length ?? 0;
  for (const guildId of guildIds) {
    const result = await registerCommands({ rest, applicationId, commands, guildId });
    console.log(
      `Registered /${result.names.join(', /')} (${subcommands} subcommands) in server ${guildId}: usable now.`,
    );
  }
  console.log(`Invite the bot: ${inviteUrl(applicationId)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
