import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAction } from '@glokal/chat';
import { loadSeason, SEASON_NOW } from '@glokal/chat/testing';
import { createTranslator, fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import {
  ephemeralFlag,
  fakeClusterGuild,
  fakeOtherChannelId,
  fakeOtherGuild,
  fakeOtherGuildId,
  memberPermissions,
  permissionBits,
  type InteractionActor,
} from '@glokal/testing/discord';
import { embedText, startBotOnFake, type BotOnFake } from './testing/bot-on-fake.fixture';

let test: TestStore;
let on: BotOnFake;

beforeAll(async () => {
  test = await createTestStore({ clock: fixedClock(SEASON_NOW) });
  await loadSeason(test.store);
  on = await startBotOnFake(test.store, { fake: { guilds: [fakeClusterGuild, fakeOtherGuild] } });
});
afterAll(async () => {
  await on?.close();
  await test?.close();
});

/** Someone with Manage Events in a server that is not the cluster's: its owner, say. */
function stranger(userId: string, locale: string): InteractionActor {
  return {
    userId,
    username: 'Mallory',
    locale,
    guildId: fakeOtherGuildId,
    channelId: fakeOtherChannelId,
    permissions: memberPermissions | permissionBits.manageEvents | permissionBits.administrator,
  };
}

const notice = (locale: 'pl' | 'en') => createTranslator(locale, 'UTC').t('outsiders:title');

async function nothingStoredFor(userId: string): Promise<void> {
  expect(
    await test.store.subscriptions.forChannel({
      platform: 'discord',
      channelId: fakeOtherChannelId,
    }),
  ).toBeUndefined();
  expect(await test.store.people.byChatIdentity({ platform: 'discord', userId })).toBeUndefined();
}

describe('the bot in a server that is not the cluster’s', () => {
  it('refuses subscribe to its coordinator, politely and only to them, and subscribes nothing', async () => {
    const answer = await on.ask(stranger('3000000000000000001', 'pl'), 'subscribe', {
      topic: 'events',
    });
    expect(answer.callbackType).toBe(4);
    expect(answer.message.flags & ephemeralFlag).toBe(ephemeralFlag);
    expect(answer.message.embeds[0]?.title).toBe(notice('pl'));
    expect(answer.message.components).toEqual([]);
    await nothingStoredFor('3000000000000000001');
  });

  it('shows no member directory (nor anyone’s contacts) there', async () => {
    const answer = await on.ask(stranger('3000000000000000002', 'en-US'), 'members', {});
    expect(answer.message.embeds[0]?.title).toBe(notice('en'));
    expect(embedText(answer.message)).not.toMatch(/CKZiU|@ckziu\.example\.org|Anna Nowak/);
    await nothingStoredFor('3000000000000000002');
  });

  it('answers the same command in the cluster’s server as usual', async () => {
    const answer = await on.ask({ userId: '3000000000000000003', locale: 'en-US' }, 'members', {});
    expect(answer.message.embeds[0]?.title).not.toBe(notice('en'));
    expect(embedText(answer.message)).toContain('CKZiU');
  });

  it('suggests nothing but the notice while typing', async () => {
    const interaction = on.fake.autocomplete(stranger('3000000000000000004', 'en-US'), {
      command: 'glokal',
      subcommand: 'event',
      options: { name: 'rob' },
      focused: 'name',
    });
    const callback = await on.fake.waitForCallback(interaction);
    expect(callback.type).toBe(8);
    expect(callback.data).toEqual({
      choices: [{ name: createTranslator('en', 'UTC').t('outsiders:suggestion'), value: '-' }],
    });
  });

  it('records no “I’m going” from a button pressed there', async () => {
    const message = on.fake.state.createMessage(fakeOtherChannelId, {
      content: '',
      components: [
        {
          type: 1,
          components: [
            {
              type: 2,
              style: 1,
              label: 'Going',
              custom_id: encodeAction({ type: 'attend', eventId: 'e-board', answer: 'going' }),
            },
          ],
        },
      ],
    });
    const answer = await on.press(
      stranger('3000000000000000005', 'pl'),
      message,
      encodeAction({ type: 'attend', eventId: 'e-board', answer: 'going' }),
    );
    expect(answer.message.embeds[0]?.title).toBe(notice('pl'));
    expect((await test.store.attendance.counts('e-board')).going).toBe(0);
    await nothingStoredFor('3000000000000000005');
  });

  it('turns a form submitted there away too, and adds no call', async () => {
    const audited = (await test.store.audit.recent(100)).length;
    const interaction = on.fake.forgeModalSubmit(
      stranger('3000000000000000006', 'en-US'),
      'm|grant-add|0|',
      {
        programme: 'Erasmus+ KA2',
        title: 'A call from elsewhere',
        deadline: '2026-10-15 12:00',
        deadlineZone: 'Europe/Brussels',
        url: '',
      },
    );
    const callback = await on.fake.waitForCallback(interaction);
    expect(callback.type).toBe(4);
    const reply = await on.fake.waitForOriginal(interaction, (found) => found.embeds.length > 0);
    expect(reply.embeds[0]?.title).toBe(notice('en'));
    expect(reply.flags & ephemeralFlag).toBe(ephemeralFlag);
    expect(await test.store.audit.recent(100)).toHaveLength(audited);
    const open = await test.store.grants.open(
      { deadlineFrom: SEASON_NOW },
      { limit: 100, offset: 0 },
    );
    expect(open.items.map((call) => call.title)).not.toContain('A call from elsewhere');
    await nothingStoredFor('3000000000000000006');
  });

  it('answers nothing but the notice in a direct message', async () => {
    const {
      guild_id: _guild,
      guild: _g,
      member,
      ...inGuild
    } = on.fake.build.slash(stranger('3000000000000000007', 'pl'), {
      command: 'glokal',
      subcommand: 'members',
    });
    const user = (member as { user: unknown }).user;
    const interaction = on.fake.dispatch({
      ...inGuild,
      user,
      channel_id: '3000000000000000070',
      channel: { id: '3000000000000000070', type: 1, recipients: [user], flags: 0 },
      context: 1,
      authorizing_integration_owners: { '1': '3000000000000000007' },
    });
    const callback = await on.fake.waitForCallback(interaction);
    expect(callback.type).toBe(4);
    const reply = await on.fake.waitForOriginal(interaction, (found) => found.embeds.length > 0);
    expect(reply.embeds[0]?.title).toBe(notice('pl'));
    expect(embedText(reply)).not.toMatch(/CKZiU/);
  });

  it('sends only what Discord accepts', () => {
    expect(on.fake.problems()).toEqual([]);
  });
});
