import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST } from 'discord.js';
import { catalogue } from '@glokal/chat';
import {
  commandLimits,
  commandNamePattern,
  commandProblems,
  commandSize,
  startFakeDiscord,
  type FakeDiscord,
} from '@glokal/testing/discord';
import { buildCommandDefinitions, commandForSubcommand, discordName } from './command-definitions';
import { inviteUrl, registerCommands } from './command-registration';

const commands = buildCommandDefinitions(catalogue);
const [root] = commands;

interface AnyOption {
  name: string;
  description: string;
  name_localizations?: Record<string, string | null> | null;
  description_localizations?: Record<string, string | null> | null;
  options?: readonly AnyOption[];
  choices?: readonly { name: string; name_localizations?: Record<string, string | null> | null }[];
}

function everyOption(options: readonly AnyOption[] = []): AnyOption[] {
  return options.flatMap((option) => [option, ...everyOption(option.options)]);
}

describe('command definitions from the catalogue', () => {
  it('make one /glokal command with a subcommand per catalogue command', () => {
    expect(commands.map((command) => command.name)).toEqual(['glokal']);
    expect(root?.options?.map((option) => option.name)).toEqual(
      catalogue.map((command) => discordName(command.name)),
    );
    for (const command of catalogue)
      expect(commandForSubcommand(catalogue, discordName(command.name))).toBe(command);
  });

  it('are accepted by the rules Discord checks', () => {
    expect(commandProblems(commands)).toEqual([]);
  });

  it('use lower-case names of letters, digits, - and _, in English and Polish', () => {
    for (const option of [root, ...everyOption(root?.options)]) {
      for (const name of [option?.name ?? '', ...Object.values(option?.name_localizations ?? {})]) {
        expect(name).toMatch(commandNamePattern);
        expect(name).toBe(name?.toLowerCase());
      }
    }
  });

  it('have Polish names and descriptions everywhere, each at most 100 characters', () => {
    for (const option of [root, ...everyOption(root?.options)]) {
      expect(
        option?.name_localizations?.['pl'] ?? (option === root ? 'glokal' : undefined),
      ).toBeTruthy();
      expect(option?.description_localizations?.['pl']).toBeTruthy();
      for (const text of [
        option?.description ?? '',
        ...Object.values(option?.description_localizations ?? {}),
      ]) {
        expect(text?.length).toBeGreaterThan(0);
        expect(text?.length).toBeLessThanOrEqual(commandLimits.description);
      }
    }
    expect(root?.options?.find((option) => option.name === 'events')?.name_localizations).toEqual({
      pl: 'wydarzenia',
    });
  });

  it('offer the event kinds as choices in both languages and names by autocomplete', () => {
    const events = everyOption(root?.options).find((option) => option.name === 'events');
    const kind = events?.options?.find((option) => option.name === 'kind');
    expect(kind?.choices?.map((choice) => choice.name_localizations?.['pl'])).toEqual([
      'spotkanie',
      'konferencja',
      'seminarium',
      'szkolenie',
      'warsztaty',
      'wymiana',
    ]);
    const event = everyOption(root?.options).find((option) => option.name === 'event');
    expect(event?.options?.[0]).toMatchObject({ name: 'name', autocomplete: true, required: true });
  });

  it('stay within 25 options per level and 4,000 characters per locale', () => {
    for (const option of [root, ...everyOption(root?.options)])
      expect(option?.options?.length ?? 0).toBeLessThanOrEqual(commandLimits.options);
    if (!root) throw new Error('no root command');
    expect(commandSize(root)).toBeLessThanOrEqual(commandLimits.total);
    expect(commandSize(root, 'pl')).toBeLessThanOrEqual(commandLimits.total);
  });
});

describe('registration', () => {
  let fake: FakeDiscord;
  let rest: REST;
  beforeAll(async () => {
    fake = await startFakeDiscord();
    rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
  });
  afterAll(async () => fake.close());

  it('overwrites the guild commands in one request, and again without changing ids', async () => {
    const first = await registerCommands({
      rest,
      applicationId: fake.applicationId,
      guildId: fake.guildId,
      commands,
    });
    const ids = fake.commands(fake.guildId).map((command) => command.id);
    const second = await registerCommands({
      rest,
      applicationId: fake.applicationId,
      guildId: fake.guildId,
      commands,
    });
    expect(first).toEqual({ scope: 'guild', names: ['glokal'] });
    expect(second).toEqual(first);
    expect(fake.commands(fake.guildId).map((command) => command.id)).toEqual(ids);
    const writes = fake.requests.filter(
      (request) => request.route.includes('/commands') && request.method !== 'GET',
    );
    expect(writes.map((request) => `${request.method} ${request.route}`)).toEqual([
      `PUT /applications/${fake.applicationId}/guilds/${fake.guildId}/commands`,
      `PUT /applications/${fake.applicationId}/guilds/${fake.guildId}/commands`,
    ]);
    expect(fake.commands()).toEqual([]);
  });

  it('registers globally without a guild', async () => {
    await registerCommands({ rest, applicationId: fake.applicationId, commands });
    expect(fake.commands().map((command) => command.name)).toEqual(['glokal']);
    expect(fake.problems()).toEqual([]);
  });

  it('gives an invite link with the bot and commands scopes and the permissions to post embeds and read what it posted', () => {
    const url = new URL(inviteUrl('1180000000000000100'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('1180000000000000100');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe(
      String((1 << 10) + (1 << 11) + (1 << 14) + (1 << 16)),
    );
  });
});
