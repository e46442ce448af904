import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DiscordAPIError,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventStatus,
  REST,
  Routes,
} from 'discord.js';
import {
  fakeClusterGuild,
  fakeOtherGuild,
  startFakeDiscord,
  type FakeDiscord,
} from './fake-discord';

const hour = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * hour).toISOString();

const external = (overrides: Record<string, unknown> = {}) => ({
  name: 'Warsztaty',
  description: 'Opis',
  privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
  entity_type: GuildScheduledEventEntityType.External,
  scheduled_start_time: inHours(24),
  scheduled_end_time: inHours(26),
  entity_metadata: { location: 'Kraków' },
  ...overrides,
});

describe('fake Discord: scheduled events', () => {
  let fake: FakeDiscord;
  let rest: REST;

  beforeEach(async () => {
    fake = await startFakeDiscord({
      guilds: [fakeClusterGuild, { ...fakeOtherGuild, botManagesEvents: false }],
    });
    rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(fake.token);
  });
  afterEach(async () => fake.close());

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) =>
        error instanceof DiscordAPIError ? { status: error.status, code: error.code } : error,
    );

  it('creates an external event, lists it, modifies and cancels it', async () => {
    const created = (await rest.post(Routes.guildScheduledEvents(fake.guildId), {
      body: external(),
    })) as { id: string; status: number; creator_id: string };
    expect(created.status).toBe(GuildScheduledEventStatus.Scheduled);
    const listed = (await rest.get(Routes.guildScheduledEvents(fake.guildId))) as unknown[];
    expect(listed).toHaveLength(1);
    const moved = inHours(48);
    await rest.patch(Routes.guildScheduledEvent(fake.guildId, created.id), {
      body: { scheduled_start_time: moved, scheduled_end_time: inHours(50) },
    });
    expect(fake.scheduledEvents(fake.guildId)[0]?.scheduled_start_time).toBe(moved);
    await rest.patch(Routes.guildScheduledEvent(fake.guildId, created.id), {
      body: { status: GuildScheduledEventStatus.Canceled },
    });
    expect(fake.scheduledEvents(fake.guildId)[0]?.status).toBe(GuildScheduledEventStatus.Canceled);
    expect(await rest.get(Routes.guildScheduledEvents(fake.guildId))).toEqual([]);
    expect(fake.problems()).toEqual([]);
  });

  it('refuses what Discord refuses: no end or location for an external event, limits, the past', async () => {
    const route = Routes.guildScheduledEvents(fake.guildId);
    const cases = [
      external({ scheduled_end_time: undefined }),
      external({ entity_metadata: undefined }),
      external({ entity_metadata: { location: 'x'.repeat(101) } }),
      external({ name: '' }),
      external({ name: 'x'.repeat(101) }),
      external({ description: 'x'.repeat(1001) }),
      external({ privacy_level: 1 }),
      external({ scheduled_start_time: inHours(-1) }),
      external({ scheduled_end_time: inHours(23) }),
    ];
    for (const body of cases)
      expect(await refusal(rest.post(route, { body }))).toEqual({ status: 400, code: 50035 });
    expect(fake.scheduledEvents(fake.guildId)).toEqual([]);
    expect(fake.problems()).toHaveLength(cases.length);
  });

  it('answers 403 50013 where the bot lacks Manage Events, and lets it once given', async () => {
    const route = Routes.guildScheduledEvents(fakeOtherGuild.id);
    expect(await refusal(rest.post(route, { body: external() }))).toEqual({
      status: 403,
      code: 50013,
    });
    fake.allowManageEvents(fakeOtherGuild.id, true);
    await rest.post(route, { body: external() });
    expect(fake.scheduledEvents(fakeOtherGuild.id)).toHaveLength(1);
  });

  it('moves the status only as Discord allows, and deletes', async () => {
    const created = (await rest.post(Routes.guildScheduledEvents(fake.guildId), {
      body: external(),
    })) as { id: string };
    const one = Routes.guildScheduledEvent(fake.guildId, created.id);
    expect(
      await refusal(rest.patch(one, { body: { status: GuildScheduledEventStatus.Completed } })),
    ).toEqual({ status: 400, code: 50035 });
    await rest.delete(one);
    expect(await refusal(rest.get(one))).toEqual({ status: 404, code: 10070 });
  });
});
