import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, Events, GatewayIntentBits, MessageFlags, REST, Routes } from 'discord.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord';
import { pingsOf } from './validate-message';

describe('fake Discord with the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;

  beforeEach(async () => {
    fake = await startFakeDiscord();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) {
        void interaction.reply({
          content: `hello ${interaction.options.getSubcommand()}`,
          flags: MessageFlags.Ephemeral,
        });
      }
    });
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(fake.token);
    await ready;
  });

  afterEach(async () => {
    await client.destroy();
    await fake.close();
  });

  it('lets the client find the gateway through GET /gateway/bot and identify with the Guilds intent only', () => {
    expect(
      fake.requests.some((request) => request.route === '/gateway/bot' && request.authorized),
    ).toBe(true);
    expect(fake.gateway.identifies).toHaveLength(1);
    expect(fake.gateway.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds);
    expect(client.guilds.cache.get(fake.guildId)?.channels.cache.has(fake.channelId)).toBe(true);
  });

  it('dispatches a slash command and records the callback', async () => {
    const interaction = fake.slash(
      { userId: '42', locale: 'pl' },
      { command: 'glokal', subcommand: 'events' },
    );
    const callback = await fake.waitForCallback(interaction);
    expect(callback.type).toBe(4);
    const original = await fake.waitForOriginal(interaction);
    expect(original.content).toBe('hello events');
    expect(original.flags & 64).toBe(64);
  });

  it('replays events missed while the socket was down after the client resumes', async () => {
    fake.gateway.drop();
    const interaction = fake.slash({ userId: '42' }, { command: 'glokal', subcommand: 'grants' });
    const callback = await fake.waitForCallback(interaction);
    expect(callback.type).toBe(4);
    expect(fake.gateway.resumes).toBe(1);
    expect(fake.gateway.identifies).toHaveLength(1);
  });

  it('refuses a second answer to the same interaction as Discord does', async () => {
    const interaction = fake.slash({ userId: '42' }, { command: 'glokal', subcommand: 'help' });
    await fake.waitForCallback(interaction);
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    await expect(
      rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: 4, data: { content: 'again' } },
        auth: false,
      }),
    ).rejects.toThrow(/already been acknowledged/);
  });
});

describe('fake Discord heartbeats', () => {
  it('acknowledges the client’s heartbeats at the interval HELLO asked for', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 100 });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    try {
      let acknowledgements = 0;
      client.on(Events.Debug, (message) => {
        if (message.includes('Heartbeat acknowledged')) acknowledgements += 1;
      });
      await client.login(fake.token);
      await fake.waitFor(() => (fake.gateway.heartbeats >= 2 ? true : undefined), 'two heartbeats');
      await fake.waitFor(
        () => (acknowledgements >= 1 ? true : undefined),
        'the client to see an ACK',
      );
      expect(client.ws.ping).toBeGreaterThanOrEqual(0);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});

describe('fake Discord REST', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('answers 429 with retry_after and the client retries after waiting', async () => {
    fake.rateLimit({
      method: 'POST',
      route: /^\/channels\/\d+\/messages$/,
      retryAfterSeconds: 0.2,
    });
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    await rest.post(Routes.channelMessages(fake.channelId), {
      body: { content: 'hi', allowed_mentions: { parse: [] } },
    });
    const posts = fake.requests.filter((request) => request.route.endsWith('/messages'));
    expect(posts.map((request) => request.status)).toEqual([429, 200]);
    const [limited, accepted] = posts;
    expect((accepted?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(200);
  });

  it('refuses a message over Discord limits with Invalid Form Body', async () => {
    const rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(fake.token);
    const embeds = Array.from({ length: 11 }, (_, index) => ({ title: `t${index}` }));
    await expect(
      rest.post(Routes.channelMessages(fake.channelId), { body: { embeds } }),
    ).rejects.toThrow(/Invalid Form Body/);
    expect(fake.problems()).toEqual([expect.stringContaining('embeds: 11, at most 10')]);
  });

  it('refuses commands with upper-case names and too long descriptions', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const body = [{ name: 'Glokal', description: 'x'.repeat(101), options: [] }];
    await expect(
      rest.put(Routes.applicationCommands(fake.applicationId), { body }),
    ).rejects.toThrow(/Invalid Form Body/);
    expect(fake.problems().join('\n')).toMatch(/lower case[\s\S]*description/);
  });

  it('tells which mentions a message would ping', () => {
    expect(pingsOf({ content: '@everyone <@&1>' })).toEqual({
      everyone: true,
      roles: ['1'],
      users: [],
    });
    expect(pingsOf({ content: '@everyone <@&1>', allowed_mentions: { parse: [] } })).toEqual({
      everyone: false,
      roles: [],
      users: [],
    });
  });
});
