import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, type ChatAction } from '@glokal/chat';
import { fixedClock, type ClusterStore, type EventRepository } from '@glokal/domain';
import { openDeliveryProducer, type DeliveryProducer } from '@glokal/queue/delivery';
import { removePrefixedKeys } from '@glokal/queue/redis';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import {
  fakeAnnouncementsChannelId,
  fakeGuildId,
  pingsOf,
  type FakeMessage,
  type InteractionActor,
} from '@glokal/testing/discord';
import {
  buttonIds,
  embedText,
  startBotOnFake,
  type BotOnFake,
} from './testing/bot-on-fake.fixture';
import { loadSeason, SEASON_NOW } from '@glokal/chat/testing';
import { discordHostileEvent } from './testing/hostile-text.fixture';

let test: TestStore;
let on: BotOnFake;

beforeAll(async () => {
  test = await createTestStore({ clock: fixedClock(SEASON_NOW) });
  await loadSeason(test.store, { events: [discordHostileEvent] });
  on = await startBotOnFake(test.store);
});
afterAll(async () => {
  await on?.close();
  await test?.close();
});

const ola: InteractionActor = { userId: '3000000000000000001', username: 'Ola', locale: 'pl' };
const tom: InteractionActor = { userId: '3000000000000000002', username: 'Tom', locale: 'en-US' };

/** The custom id of the first button whose action passes `match`. */
function buttonFor(message: FakeMessage, match: (action: ChatAction) => boolean): string {
  const id = buttonIds(message).find((candidate) => {
    const action = decodeAction(candidate);
    return action !== undefined && match(action);
  });
  if (!id) throw new Error(`no such button among ${buttonIds(message).join(', ')}`);
  return id;
}

async function personId(actor: InteractionActor): Promise<string> {
  const person = await test.store.people.byChatIdentity({
    platform: 'discord',
    userId: actor.userId,
  });
  if (!person) throw new Error('not recorded');
  return person.id;
}

describe('autocomplete', () => {
  async function choices(
    actor: InteractionActor,
    subcommand: string,
    focused: string,
    typed: string,
  ) {
    const interaction = on.fake.autocomplete(actor, {
      command: 'glokal',
      subcommand,
      options: { [focused]: typed },
      focused,
    });
    const callback = await on.fake.waitForCallback(interaction);
    expect(callback.type).toBe(8);
    const data = callback.data;
    if (!data || typeof data !== 'object' || !('choices' in data) || !Array.isArray(data.choices))
      throw new Error('no choices');
    return data.choices.map((choice: { name: string; value: string }) => choice);
  }

  it('suggests events by the words typed, with their ids as values', async () => {
    const found = await choices(ola, 'event', 'name', 'robot');
    expect(found.map((choice) => choice.value)).toEqual(['e-robotics']);
    expect(found[0]?.name).toMatch(/^Warsztaty robotyki dla nauczycieli · /);
  });

  it('suggests grant calls by programme', async () => {
    const found = await choices(tom, 'grant', 'name', 'erasmus');
    expect(found.map((choice) => choice.value)).toContain('ka220-vet-2026');
  });

  it('suggests periods in the person’s language and accepts a typed month', async () => {
    const polish = await choices(ola, 'events', 'period', 'przysz');
    expect(polish.map((choice) => choice.value)).toEqual(['przyszły tydzień', 'przyszły miesiąc']);
    const typed = await choices(tom, 'events', 'period', '2026-09');
    expect(typed[0]?.value).toBe('2026-09');
  });

  it('says nothing matches rather than leaving the list empty', async () => {
    const found = await choices(tom, 'event', 'name', 'zzzz');
    expect(found).toEqual([{ name: 'Nothing matches — type other words', value: 'zzzz' }]);
  });
});

describe('buttons', () => {
  it('turns the page of a list in place', async () => {
    const first = await on.ask(tom, 'events', {});
    expect(first.message.embeds[0]?.footer?.text).toBe('Page 1 of 3');
    const next = await on.press(
      tom,
      first.message,
      buttonFor(first.message, (action) => action.type === 'run' && action.page === 2),
    );
    expect(next.callbackType).toBe(7);
    expect(next.message.id).toBe(first.message.id);
    expect(on.fake.message(first.message.id)?.embeds[0]?.footer?.text).toBe('Page 2 of 3');
  });

  it('opens an event from a list with More, in place', async () => {
    const list = await on.ask(ola, 'events', { period: 'week', kind: 'workshop' });
    const more = await on.press(
      ola,
      list.message,
      buttonFor(list.message, (action) => action.type === 'run' && action.command === 'event'),
    );
    expect(more.callbackType).toBe(7);
    expect(embedText(more.message)).toContain('Warsztaty robotyki dla nauczycieli');
  });

  it('records “I’m going” in the store and shows the answer and the counts', async () => {
    const detail = await on.ask(ola, 'event', { name: 'e-robotics' });
    const going = await on.press(
      ola,
      detail.message,
      buttonFor(detail.message, (action) => action.type === 'attend' && action.answer === 'going'),
    );
    expect(going.callbackType).toBe(7);
    expect(await test.store.attendance.answerOf(await personId(ola), 'e-robotics')).toBe('going');
    const after = on.fake.message(detail.message.id);
    expect(after && buttonIds(after)).toEqual(
      expect.arrayContaining(
        (['going', 'maybe', 'not-going'] as const).map((answer) =>
          encodeAction({ type: 'attend', eventId: 'e-robotics', answer }),
        ),
      ),
    );
    expect(after && embedText(after)).toContain('Twoja odpowiedź: idę');
    expect(after && embedText(after)).toContain('Idzie 1 osoba · Może 0 osób · Nie idzie 0 osób');
  });

  it('follows a grant call for its reminders', async () => {
    const detail = await on.ask(tom, 'grant', { name: 'ka220-vet-2026' });
    await on.press(
      tom,
      detail.message,
      buttonFor(detail.message, (action) => action.type === 'follow' && action.following),
    );
    expect(await test.store.follows.isFollowing(await personId(tom), 'ka220-vet-2026')).toBe(true);
  });

  it('offers Share only on replies the command says may be shared', async () => {
    const share = encodeAction({ type: 'share' });
    expect(buttonIds((await on.ask(tom, 'events', {})).message)).toContain(share);
    expect(buttonIds((await on.ask(tom, 'settings', {})).message)).not.toContain(share);
    expect(buttonIds((await on.ask(tom, 'help', {})).message)).not.toContain(share);
  });

  it('shares a reply with the channel, without the share button, and answers presses there privately', async () => {
    const detail = await on.ask(tom, 'event', { name: 'e-conference' });
    const shared = await on.press(tom, detail.message, encodeAction({ type: 'share' }));
    expect(shared.callbackType).toBe(4);
    expect(shared.message.id).not.toBe(detail.message.id);
    expect(shared.message.flags & 64).toBe(0);
    expect(shared.message.content).toBe('Shared by Tom');
    expect(shared.message.embeds).toEqual(detail.message.embeds);
    expect(buttonIds(shared.message)).not.toContain(encodeAction({ type: 'share' }));
    expect(shared.message.allowed_mentions).toEqual({ parse: [] });

    const fromOla = await on.press(
      ola,
      shared.message,
      buttonFor(shared.message, (action) => action.type === 'attend'),
    );
    expect(fromOla.callbackType).toBe(4);
    expect(fromOla.message.flags & 64).toBe(64);
    expect(on.fake.message(shared.message.id)?.embeds).toEqual(detail.message.embeds);
    expect(await test.store.attendance.answerOf(await personId(ola), 'e-conference')).toBe('going');
  });
});

describe('hostile calendar text', () => {
  it('is shown inertly, within limits, and pings nobody', async () => {
    for (const answer of [
      await on.ask(tom, 'event', { name: 'e-hostile' }),
      await on.ask(ola, 'events', { period: 'week' }),
    ]) {
      const text = embedText(answer.message);
      expect(text).toContain('PILNE');
      expect(text).not.toMatch(/@everyone|@here|<@|(^|[^\\])\*\*PILNE|(^|[^\\])\]\(/);
      expect(pingsOf(answer.message)).toEqual({ everyone: false, roles: [], users: [] });
      expect(answer.message.allowed_mentions).toEqual({ parse: [] });
    }
    expect(on.fake.problems()).toEqual([]);
  });
});

describe('the gateway connection', () => {
  it('resumes after a dropped connection and answers the interaction sent meanwhile', async () => {
    on.fake.gateway.drop();
    const interaction = on.fake.slash(tom, {
      command: 'glokal',
      subcommand: 'grants',
      options: {},
    });
    const callback = await on.fake.waitForCallback(interaction);
    expect(callback.type).toBe(4);
    expect(on.fake.gateway.resumes).toBe(1);
    expect(on.fake.gateway.identifies).toHaveLength(1);
  });

  it('waits out a 429 on the interaction callback as Discord asks, and still answers', async () => {
    on.fake.rateLimit({
      method: 'POST',
      route: /^\/interactions\/\d+\/[^/]+\/callback$/,
      retryAfterSeconds: 0.3,
    });
    const answer = await on.ask(tom, 'help', {});
    const attempts = on.fake.requests.filter(
      (request) =>
        request.route ===
        `/interactions/${answer.interaction.id}/${answer.interaction.token}/callback`,
    );
    expect(attempts.map((request) => request.status)).toEqual([429, 204]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(300);
  });
});

describe('a slow answer', () => {
  let slow: BotOnFake;
  const delayMs = 1_200;

  /** The store, with event lists that take longer than Discord waits for an answer. */
  function slowEvents(store: ClusterStore): ClusterStore {
    const events: EventRepository = {
      between: async (query, page) => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return store.events.between(query, page);
      },
      byId: (id) => store.events.byId(id),
      findByTitle: (words, now, limit) => store.events.findByTitle(words, now, limit),
      upsert: (events) => store.events.upsert(events),
      remove: (ids) => store.events.remove(ids),
    };
    return { ...store, events };
  }

  beforeAll(async () => {
    slow = await startBotOnFake(slowEvents(test.store), {
      fake: { interactionDeadlineMs: 800 },
      bot: { deferAfterMs: 100 },
    });
  });
  afterAll(async () => slow?.close());

  it('is acknowledged first (“thinking…”, only to the asker) and then edited in', async () => {
    const answer = await slow.ask(tom, 'events', {});
    expect(answer.callbackType).toBe(5);
    expect(answer.message.flags & 64).toBe(64);
    expect(answer.message.embeds[0]?.title).toBe('Events');
    const route = `/webhooks/${slow.fake.applicationId}/${answer.interaction.token}/messages/@original`;
    expect(
      slow.fake.requests
        .filter((request) => request.route === route)
        .map((request) => `${request.method} ${request.status}`),
    ).toEqual(['PATCH 200']);
  });

  it('defers a slow button press too, then updates the message', async () => {
    const first = await slow.ask(tom, 'events', {});
    const next = await slow.press(
      tom,
      first.message,
      buttonFor(first.message, (action) => action.type === 'run' && action.page === 2),
    );
    expect(next.callbackType).toBe(6);
    await slow.fake.waitFor(
      () =>
        slow.fake.message(first.message.id)?.embeds[0]?.footer?.text === 'Page 2 of 3'
          ? true
          : undefined,
      'page 2 edited in',
    );
    expect(slow.fake.problems()).toEqual([]);
  });
});

describe('deliveries to Discord channels', () => {
  const redis = {
    url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    queuePrefix: `test-discord-${randomUUID()}`,
  };
  const target = { url: redis.url, prefix: redis.queuePrefix };
  let bot: BotOnFake;
  let producer: DeliveryProducer;

  beforeAll(async () => {
    bot = await startBotOnFake(test.store, { bot: { redis } });
    producer = openDeliveryProducer(target);
  });
  afterAll(async () => {
    await producer?.close();
    await bot?.close();
    await removePrefixedKeys(target);
  });

  const announce = (eventId: string, channelId: string) => ({
    key: `announce:event:${eventId}:discord:${channelId}`,
    platform: 'discord' as const,
    workspaceId: fakeGuildId,
    channelId,
    locale: 'pl' as const,
    message: { type: 'event-announcement' as const, eventId },
  });

  /** The delivery row once the consumer has settled it (bounded wait: the store has no change feed). */
  async function waitForDelivery(key: string) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const row = await test.store.deliveries.byKey(key);
      if (row && (row.state === 'sent' || row.state === 'failed')) return row;
      if (Date.now() > deadline) throw new Error(`delivery ${key} not settled in time`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('posts an announcement in the channel, inertly, once, and records Discord’s message id', async () => {
    const job = announce('e-robotics', fakeAnnouncementsChannelId);
    await producer.enqueueDelivery(job);
    const row = await waitForDelivery(job.key);
    const posted = bot.fake.channelMessages(fakeAnnouncementsChannelId);
    expect(posted).toHaveLength(1);
    expect(row).toMatchObject({ state: 'sent', messageId: posted[0]?.id });
    expect(posted[0] && embedText(posted[0])).toContain('Warsztaty robotyki dla nauczycieli');
    expect(posted[0]?.allowed_mentions).toEqual({ parse: [] });
  });

  it('honours a 429 from Discord by pausing the queue for retry_after, then posts', async () => {
    bot.fake.rateLimit({
      method: 'POST',
      route: /^\/channels\/\d+\/messages$/,
      retryAfterSeconds: 0.4,
    });
    const job = announce('e-conference', fakeAnnouncementsChannelId);
    await producer.enqueueDelivery(job);
    expect(await waitForDelivery(job.key)).toMatchObject({ state: 'sent' });
    const posts = bot.fake.requests.filter(
      (request) => request.route === `/channels/${fakeAnnouncementsChannelId}/messages`,
    );
    const [limited, accepted] = posts.slice(-2);
    expect([limited?.status, accepted?.status]).toEqual([429, 200]);
    expect((accepted?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(400);
  });

  it('gives up at once on a channel Discord does not know', async () => {
    const job = announce('e-robotics', '1180000000000000999');
    await producer.enqueueDelivery(job);
    expect(await waitForDelivery(job.key)).toMatchObject({
      state: 'failed',
      lastError: expect.stringContaining('Unknown Channel'),
    });
  });
});
