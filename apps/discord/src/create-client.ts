import { Client, GatewayIntentBits, Options } from 'discord.js';

/**
 * The discord.js client with the least it needs: the Guilds intent (slash commands, buttons and
 * autocomplete come as interactions, no message content), no message cache, mentions parsed
 * from nothing by default, REST (and so the gateway lookup, `GET /gateway/bot`) at `apiUrl`.
 */
export function createClient(apiUrl: string | undefined): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}
