import { Client, GatewayIntentBits, Options } from 'discord.js';

/**
 * The discord.js client with the least it needs: the Guilds intent (slash commands, buttons and
 * autocomplete come as interactions, no message content), no message cache, mentions parsed
 * from nothing by default, REST (and so the gateway lookup, `GET /gateway/bot`) at `apiUrl`.
 * As many shards as Discord recommends for the bot's servers (one per 1,000; Discord refuses a
 * bot past 2,500 servers on one), all in this process: one until then.
 */
export function createClient(apiUrl: string | undefined): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    shards: 'auto',
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}
