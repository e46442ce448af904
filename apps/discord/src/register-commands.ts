import { REST } from 'discord.js';
import { catalogue } from '@glokal/chat';
import { configOrExit } from '@glokal/config/process';
import { buildCommandDefinitions } from './command-definitions';
import { inviteUrl, registerCommands } from './command-registration';

/** `npm run discord:register`: registers `/glokal` (guild or global) and prints the invite link. */
async function main(): Promise<void> {
  const config = configOrExit();
  if (!config.discord) {
    console.error(
      'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (and DISCORD_GUILD_ID for one server) first.',
    );
    process.exitCode = 1;
    return;
  }
  const { token, applicationId, guildId, apiUrl } = config.discord;
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const commands = buildCommandDefinitions(catalogue);
  const result = await registerCommands({
    rest,
    applicationId,
    commands,
    ...(guildId ? { guildId } : {}),
  });
  const subcommands = commands[0]?.options?.length ?? 0;
  console.log(
    result.scope === 'guild'
      ? `Registered /${result.names.join(', /')} (${subcommands} subcommands) in guild ${guildId}: usable now.`
      : `Registered /${result.names.join(', /')} (${subcommands} subcommands) globally: Discord may take up to an hour to show them.`,
  );
  console.log(`Invite the bot: ${inviteUrl(applicationId)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
