import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFormOpening, runCommand, type ChatDeps, type CommandRequest } from '@glokal/chat';
import { createTranslator, fixedClock, type Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import {
  fakeCoordinatorRoleId,
  memberPermissions,
  permissionBits,
  type InteractionActor,
} from '@glokal/testing/discord';
import { renderReply } from './render-reply';
import { startBotOnFake, type BotOnFake } from './testing/bot-on-fake.fixture';
import { loadSeason, SEASON_NOW } from '@glokal/chat/testing';
import { discordHostileEvent } from './testing/hostile-text.fixture';

let test: TestStore;
let deps: ChatDeps;
let on: BotOnFake;

beforeAll(async () => {
  test = await createTestStore({ clock: fixedClock(SEASON_NOW) });
  deps = await loadSeason(test.store, { events: [discordHostileEvent] });
  on = await startBotOnFake(test.store, { coordinatorRole: fakeCoordinatorRoleId });
});
afterAll(async () => {
  await on?.close();
  await test?.close();
});

/** Every subcommand, with options a member would type. */
const subcommands: {
  name: string;
  options: Record<string, string | number>;
  coordinator?: boolean;
  writes?: boolean;
}[] = [
  { name: 'help', options: {} },
  { name: 'events', options: { period: 'month', kind: 'workshop' } },
  { name: 'event', options: { name: 'e-robotics' } },
  { name: 'grants', options: { programme: 'erasmus' } },
  { name: 'grant', options: { name: 'ka220-vet-2026' } },
  { name: 'docs', options: { words: 'strategia' } },
  { name: 'members', options: { kind: 'vocational_centre' } },
  { name: 'partners', options: { specialisation: 'robotyka', country: 'PT' } },
  { name: 'subscribe', options: { topic: 'grants' }, coordinator: true, writes: true },
  { name: 'unsubscribe', options: { topic: 'grants' }, coordinator: true, writes: true },
  { name: 'settings', options: {} },
];

const normalColour = 0x2f6fb3;

const discordLocales: { tag: string; locale: Locale }[] = [
  { tag: 'pl', locale: 'pl' },
  { tag: 'en-US', locale: 'en' },
];

function actorFor(userId: string, tag: string, coordinator = false): InteractionActor {
  return {
    userId,
    username: 'Ola',
    locale: tag,
    ...(coordinator ? { permissions: memberPermissions | permissionBits.manageEvents } : {}),
  };
}

/** The catalogue's own answer to the same question, rendered: what Discord must show. */
async function expected(
  subcommand: string,
  options: Record<string, string | number>,
  locale: Locale,
  actor: InteractionActor,
) {
  const request: CommandRequest = {
    requester: {
      platform: 'discord',
      userId: actor.userId,
      displayName: 'Ola',
      isCoordinator: actor.permissions !== undefined,
    },
    conversation: { workspaceId: on.fake.guildId, channelId: on.fake.channelId },
    locale,
    timeZone: 'Europe/Warsaw',
    command: subcommand,
    options,
    page: 1,
  };
  const reply = await runCommand(request, deps);
  if (isFormOpening(reply)) throw new Error(`${subcommand} opens a form`);
  return {
    reply,
    rendered: renderReply(reply, { t: createTranslator(locale, 'Europe/Warsaw'), share: true }),
  };
}

describe('every /glokal subcommand through the real discord.js client', () => {
  for (const { tag, locale } of discordLocales) {
    for (const { name, options, coordinator, writes } of subcommands) {
      it(`answers ${name} in ${tag} as the catalogue does, only to the asker, in ${locale === 'pl' ? 'Polish' : 'English'}`, async () => {
        const actor = actorFor(`20000000000000000${locale === 'pl' ? 1 : 2}`, tag, coordinator);
        const answer = await on.ask(actor, name, options);
        expect(answer.callbackType).toBe(4);
        expect(answer.message.flags & 64).toBe(64);
        expect(answer.message.allowed_mentions).toEqual({ parse: [] });
        expect(answer.message.embeds[0]?.color).toBe(normalColour);
        if (writes) {
          // Asking the catalogue again would change the store again; the title says it was done.
          expect(answer.message.embeds[0]?.title).toBe(
            createTranslator(locale, 'UTC').t('settings:subscriptions_title'),
          );
          return;
        }
        const { reply, rendered } = await expected(name, options, locale, actor);
        expect(reply.tone).toBe('normal');
        expect(answer.message.embeds.map((embed) => [embed.title, embed.description])).toEqual(
          rendered.embeds.map((embed) => [embed.title, embed.description]),
        );
      });
    }
  }

  it('speaks Polish and English differently for the same command', async () => {
    const pl = await on.ask(actorFor('2000000000000000011', 'pl'), 'events', {});
    const en = await on.ask(actorFor('2000000000000000012', 'en-US'), 'events', {});
    expect(pl.message.embeds[0]?.title).toBe('Wydarzenia');
    expect(en.message.embeds[0]?.title).toBe('Events');
  });

  it('answers in the language the person chose in Glokal, whatever Discord says', async () => {
    const person = await test.store.people.ensure(
      { platform: 'discord', userId: '2000000000000000013' },
      'Ola',
    );
    await test.store.people.setPreferences(person.id, { locale: 'en' });
    const answer = await on.ask(actorFor('2000000000000000013', 'pl'), 'events', {});
    expect(answer.message.embeds[0]?.title).toBe('Events');
  });

  it('answers German Discord users in English', async () => {
    const answer = await on.ask(actorFor('2000000000000000014', 'de'), 'grants', {});
    expect(answer.message.embeds[0]?.title).toBe(createTranslator('en', 'UTC').t('grants:title'));
  });

  it('refuses a coordinator command to a member politely and changes nothing', async () => {
    const answer = await on.ask(actorFor('2000000000000000015', 'pl'), 'subscribe', {
      topic: 'docs',
    });
    expect(answer.message.embeds[0]?.title).toBe('Tylko dla koordynatorów');
    expect(answer.message.flags & 64).toBe(64);
    expect(answer.message.components).toEqual([]);
    const subscription = await test.store.subscriptions.forChannel({
      platform: 'discord',
      channelId: on.fake.channelId,
    });
    expect(subscription?.topics ?? []).not.toContain('docs');
  });

  it('lets a member with the coordinator role subscribe the channel', async () => {
    const answer = await on.ask(
      { ...actorFor('2000000000000000016', 'en-US'), roles: [fakeCoordinatorRoleId] },
      'subscribe',
      { topic: 'digest' },
    );
    expect(answer.message.embeds[0]?.title).toBe(
      createTranslator('en', 'UTC').t('settings:subscriptions_title'),
    );
    const subscription = await test.store.subscriptions.forChannel({
      platform: 'discord',
      channelId: on.fake.channelId,
    });
    expect(subscription).toMatchObject({
      workspaceId: on.fake.guildId,
      topics: expect.arrayContaining(['digest']),
    });
  });

  it('sends only what Discord accepts', () => {
    expect(on.fake.problems()).toEqual([]);
  });
});
