import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reply } from '@glokal/chat';
import { createLogger } from '@glokal/config';
import { systemClock } from '@glokal/domain';
import {
  DeliveryRateLimited,
  DeliveryRejected,
  DeliveryUndeliverable,
  type DeliveryJob,
} from '@glokal/queue/delivery';
import {
  fakeAnnouncementsChannelId,
  fakeGuildId,
  pingsOf,
  startFakeDiscord,
  type FakeDiscord,
} from '@glokal/testing/discord';
import { HTTPError } from 'discord.js';
import { createDeliveryRest, deliverToDiscord, type DiscordDeliver } from './deliver-to-discord';
import { deliveryNonce } from './delivery-nonce';
import { clusterGuilds } from './cluster-guilds';

let fake: FakeDiscord;
let deliver: DiscordDeliver;

function deliverOn(
  on: FakeDiscord,
  options: { nonceTrustedForMs?: number; title?: () => string } = {},
): DiscordDeliver {
  return deliverToDiscord({
    rest: createDeliveryRest({ token: on.token, apiUrl: on.apiUrl }),
    clusterTimeZone: 'Europe/Warsaw',
    logger: createLogger({ level: 'silent' }),
    clock: systemClock,
    ...(options.nonceTrustedForMs === undefined
      ? {}
      : { nonceTrustedForMs: options.nonceTrustedForMs }),
    guilds: clusterGuilds([fakeGuildId]),
    guildOfChannel: (channelId) =>
      channelId === strangersChannelId ? strangersGuildId : undefined,
    async compose(message, locale) {
      if (message.type !== 'event-announcement' || message.eventId === 'gone') return undefined;
      return reply({
        title: options.title?.() ?? (locale === 'pl' ? 'Nowe wydarzenie' : 'New event'),
        summary: `@everyone **Warsztaty** <@&1> ${message.eventId}`,
      });
    },
  });
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  deliver = deliverOn(fake);
});
afterAll(async () => fake.close());

const strangersGuildId = '1190000000000000001';
const strangersChannelId = '1190000000000000002';

const job = (
  eventId: string,
  channelId = fakeAnnouncementsChannelId,
  workspaceId = fakeGuildId,
): DeliveryJob => ({
  key: `announce:event:${eventId}:discord:${channelId}`,
  platform: 'discord',
  workspaceId,
  channelId,
  locale: 'pl',
  message: { type: 'event-announcement', eventId },
});

describe('deliverToDiscord', () => {
  it('posts the announcement in the channel’s language and returns Discord’s message id', async () => {
    const { messageId } = await deliver(job('e-1'));
    const [posted] = fake.channelMessages(fakeAnnouncementsChannelId);
    expect(messageId).toBe(posted?.id);
    expect(posted?.embeds[0]?.title).toBe('Nowe wydarzenie');
    expect(posted?.embeds[0]?.description).not.toMatch(/@everyone|<@&/);
    expect(pingsOf(posted)).toEqual({ everyone: false, roles: [], users: [] });
    expect(fake.problems()).toEqual([]);
  });

  it('turns a 429 into a pause of the queue for Retry-After instead of sleeping', async () => {
    fake.rateLimit({
      method: 'POST',
      route: /^\/channels\/\d+\/messages$/,
      retryAfterSeconds: 2.5,
    });
    const error = await deliver(job('e-2')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeliveryRateLimited);
    expect(error instanceof DeliveryRateLimited && error.retryAfterMs).toBeGreaterThanOrEqual(
      2_500,
    );
  });

  it('sends a direct message through the DM channel it opens with the person, the same one each time', async () => {
    const dm = { ...job('e-dm', '4242424242', 'direct'), directMessage: true as const };
    const first = await deliver(dm);
    await deliver({ ...dm, key: `${dm.key}:again` });
    const opened = fake.requests.filter((request) => request.route === '/users/@me/channels');
    expect(opened.map((request) => request.body)).toEqual([
      { recipient_id: '4242424242' },
      { recipient_id: '4242424242' },
    ]);
    const posts = fake.requests.filter(
      (request) =>
        request.method === 'POST' &&
        /^\/channels\/\d+\/messages$/.test(request.route) &&
        !request.route.includes(fakeAnnouncementsChannelId),
    );
    expect(posts).toHaveLength(2);
    expect(new Set(posts.map((request) => request.route)).size).toBe(1);
    expect(first.messageId).toBeDefined();
    expect(fake.problems()).toEqual([]);
  });

  it('gives up on a channel Discord does not know', async () => {
    await expect(deliver(job('e-3', '1180000000000000999'))).rejects.toBeInstanceOf(
      DeliveryRejected,
    );
  });

  it('gives up when the subject no longer exists', async () => {
    await expect(deliver(job('gone'))).rejects.toThrow(/no longer exists/);
  });

  it("never posts in a server that is not the cluster's, nor in a channel of one", async () => {
    const posts = () => fake.requests.filter((request) => request.method === 'POST').length;
    const before = posts();
    await expect(deliver(job('e-4', strangersChannelId, strangersGuildId))).rejects.toThrow(
      /not one of the cluster's/,
    );
    await expect(deliver(job('e-5', strangersChannelId))).rejects.toBeInstanceOf(DeliveryRejected);
    expect(posts()).toBe(before);
  });

  it('sends the key’s nonce with enforce_nonce on every post, at most 25 characters and the same each time', async () => {
    const sent = job('e-nonce');
    await deliver(sent);
    const [post] = fake.requests.filter(
      (request) =>
        request.method === 'POST' &&
        (request.body as { nonce?: string } | undefined)?.nonce === deliveryNonce(sent.key),
    );
    expect(post?.body).toMatchObject({ nonce: deliveryNonce(sent.key), enforce_nonce: true });
    expect(deliveryNonce(sent.key)).toHaveLength(25);
    expect(deliveryNonce(sent.key)).toBe(deliveryNonce(`${sent.key}`));
    expect(deliveryNonce(sent.key)).not.toBe(deliveryNonce(job('e-nonce-2').key));
  });

  it('gets the first message back when a delivery is tried again soon after, and Discord creates no other', async () => {
    const twice = job('e-again');
    const first = await deliver(twice, { number: 1 });
    const again = await deliver(twice, { number: 2, earlierTrySince: new Date() });
    expect(again.messageId).toBe(first.messageId);
    const copies = fake
      .channelMessages(fakeAnnouncementsChannelId)
      .filter((message) => message.embeds[0]?.description?.includes('e-again'));
    expect(copies).toHaveLength(1);
  });

  it('posts nothing again when the message an earlier try posted was deleted since', async () => {
    const removed = job('e-removed');
    const first = await deliver(removed, { number: 1 });
    fake.deleteMessage(first.messageId ?? '');
    expect(await deliver(removed, { number: 2, earlierTrySince: new Date() })).toEqual({});
    expect(
      fake
        .channelMessages(fakeAnnouncementsChannelId)
        .filter((message) => message.embeds[0]?.description?.includes('e-removed')),
    ).toHaveLength(0);
  });

  it('leaves a server error to the queue: the client sends the post once and does not retry it', async () => {
    fake.failNext({ method: 'POST', route: /^\/channels\/\d+\/messages$/, status: 502 });
    const posts = () =>
      fake.requests.filter(
        (request) => request.method === 'POST' && request.route.startsWith('/channels/'),
      ).length;
    const before = posts();
    const error = await deliver(job('e-502')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HTTPError);
    expect(error).not.toBeInstanceOf(DeliveryRejected);
    expect(posts() - before).toBe(1);
  });

  it('turns a global 429 into a pause for Retry-After', async () => {
    fake.rateLimit({ route: /^\/channels\/\d+\/messages$/, retryAfterSeconds: 1.5, global: true });
    // A client of its own: it remembers the global limit, which would hold up the other tests.
    const limited = deliverOn(fake);
    const error = await limited(job('e-global')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeliveryRateLimited);
    expect(error instanceof DeliveryRateLimited && error.retryAfterMs).toBeGreaterThanOrEqual(
      1_500,
    );
    // The client knows the global limit is spent and does not send the next call at all.
    const requests = fake.requests.length;
    const next = await limited(job('e-global-2')).catch((caught: unknown) => caught);
    expect(next).toBeInstanceOf(DeliveryRateLimited);
    expect(fake.requests.length).toBe(requests);
  });

  it('gives a direct message up as undeliverable when the person does not take DMs', async () => {
    fake.refuseDirectMessages('5151515151');
    const dm = { ...job('e-dm-refused', '5151515151', 'direct'), directMessage: true as const };
    const error = await deliver(dm).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeliveryUndeliverable);
    expect(String(error)).toMatch(/50007/);
    expect(fake.channelMessages(fake.dmChannelOf('5151515151') ?? '')).toEqual([]);
  });
});

describe('deliverToDiscord after Discord’s nonce window', () => {
  let forgetful: FakeDiscord;
  beforeAll(async () => {
    // Discord no longer remembers any nonce: only the channel's history can tell.
    forgetful = await startFakeDiscord({ nonceWindowMs: 0 });
  });
  afterAll(async () => forgetful.close());

  it('finds the message an earlier try posted in the channel and returns it instead of posting', async () => {
    const late = deliverOn(forgetful, { nonceTrustedForMs: 0 });
    const since = new Date();
    // Someone else's messages and the bot's other deliveries come in between.
    await late(job('e-other'), { number: 1 });
    const first = await late(job('e-late'), { number: 1 });
    for (let index = 0; index < 3; index += 1) await late(job(`e-after-${index}`), { number: 1 });
    const again = await late(job('e-late'), { number: 2, earlierTrySince: since });
    expect(again.messageId).toBe(first.messageId);
    expect(
      forgetful
        .channelMessages(fakeAnnouncementsChannelId)
        .filter((message) => message.embeds[0]?.description?.includes('e-late')),
    ).toHaveLength(1);
    expect(
      forgetful.requests.some(
        (request) =>
          request.method === 'GET' &&
          request.route === `/channels/${fakeAnnouncementsChannelId}/messages` &&
          request.query['after'] !== undefined,
      ),
    ).toBe(true);
  });

  it('posts when the history holds no message of that delivery', async () => {
    const late = deliverOn(forgetful, { nonceTrustedForMs: 0 });
    const posted = await late(job('e-never'), { number: 2, earlierTrySince: new Date() });
    expect(forgetful.message(posted.messageId ?? '')?.embeds[0]?.description).toContain('e-never');
  });

  it('does not take a message whose text differs (another subject) for the earlier try', async () => {
    let title = 'Before';
    const late = deliverOn(forgetful, { nonceTrustedForMs: 0, title: () => title });
    const since = new Date();
    const first = await late(job('e-edited'), { number: 1 });
    title = 'After';
    const again = await late(job('e-edited'), { number: 2, earlierTrySince: since });
    expect(again.messageId).not.toBe(first.messageId);
  });
});
