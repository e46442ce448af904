import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEASON_NOW } from '@glokal/chat/testing';
import { createTranslator, fixedClock, type OutboxMessage } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import {
  ephemeralFlag,
  memberPermissions,
  permissionBits,
  type InteractionActor,
} from '@glokal/testing/discord';
import { embedText, startBotOnFake, type BotOnFake } from './testing/bot-on-fake.fixture';

let test: TestStore;
let on: BotOnFake;

beforeAll(async () => {
  test = await createTestStore({ clock: fixedClock(SEASON_NOW) });
  on = await startBotOnFake(test.store);
});
afterAll(async () => {
  await on?.close();
  await test?.close();
});

const pl = createTranslator('pl', 'Europe/Warsaw').t;
const en = createTranslator('en', 'Europe/Warsaw').t;

const ola: InteractionActor = {
  userId: '4000000000000000101',
  username: 'Ola',
  locale: 'pl',
  permissions: memberPermissions | permissionBits.manageEvents,
};
const sam: InteractionActor = {
  userId: '4000000000000000103',
  username: 'Sam',
  locale: 'en-GB',
  permissions: memberPermissions | permissionBits.manageEvents,
};
const jan: InteractionActor = {
  userId: '4000000000000000102',
  username: 'Jan',
  locale: 'pl',
  permissions: memberPermissions,
};

async function requests(): Promise<OutboxMessage[]> {
  return (await test.store.outbox.pending(100))
    .map((entry) => entry.message)
    .filter((message) => message.type === 'free-slots');
}

describe('/glokal slots on Discord', () => {
  it('asks for free times of that length with the people mentioned and answers at once, privately', async () => {
    const answer = await on.ask(ola, 'slots', {
      length: '90 min',
      invitees: `<@${jan.userId}> <@!${sam.userId}>`,
    });
    expect(answer.message.flags & ephemeralFlag).toBe(ephemeralFlag);
    expect(embedText(answer.message)).toContain(pl('slots:asked', { minutes: 90 }));
    const [asked, ...more] = await requests();
    expect(more).toEqual([]);
    expect(asked).toMatchObject({
      type: 'free-slots',
      platform: 'discord',
      workspaceId: on.fake.guildId,
      coordinator: { userId: ola.userId, locale: 'pl' },
      lengthMinutes: 90,
      invitees: [jan.userId, sam.userId],
      askedAt: SEASON_NOW.toISOString(),
    });

    // Asked again within the minute: the same request, still one.
    await on.ask(ola, 'slots', { length: '90 min', invitees: `<@${jan.userId}> <@!${sam.userId}>` });
    expect(await requests()).toHaveLength(1);
  });

  it('refuses a member who is not a coordinator and records nothing', async () => {
    const before = await requests();
    const answer = await on.ask(jan, 'slots', { length: '60' });
    expect(embedText(answer.message)).toContain(pl('chat:problem.coordinator_only_title'));
    expect(await requests()).toEqual(before);
  });

  it('names a length it cannot use under the duration label, in English, and records nothing', async () => {
    const before = await requests();
    const answer = await on.ask(sam, 'slots', { length: 'a while' });
    expect(answer.message.flags & ephemeralFlag).toBe(ephemeralFlag);
    expect(embedText(answer.message)).toContain(
      en('forms:error.field', {
        label: en('meetings:duration.label'),
        problem: en('forms:error.duration', { text: 'a while' }),
      }),
    );
    const tooShort = await on.ask(sam, 'slots', { length: '2 min' });
    expect(embedText(tooShort.message)).toContain(en('slots:error.length_range'));
    expect(await requests()).toEqual(before);
  });
});
