import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reply } from '@glokal/chat';
import { DeliveryRateLimited, DeliveryRejected, type DeliveryJob } from '@glokal/queue/delivery';
import {
  fakeAnnouncementsChannelId,
  fakeGuildId,
  pingsOf,
  startFakeDiscord,
  type FakeDiscord,
} from '@glokal/testing/discord';
import { createDeliveryRest, deliverToDiscord } from './deliver-to-discord';
import { clusterGuilds } from './cluster-guilds';

let fake: FakeDiscord;
let deliver: (job: DeliveryJob) => Promise<{ messageId?: string }>;

beforeAll(async () => {
  fake = await startFakeDiscord();
  deliver = deliverToDiscord({
    rest: createDeliveryRest({ token: fake.token, apiUrl: fake.apiUrl }),
    clusterTimeZone: 'Europe/Warsaw',
    guilds: clusterGuilds([fakeGuildId]),
    guildOfChannel: (channelId) =>
      channelId === strangersChannelId ? strangersGuildId : undefined,
    async compose(message, locale) {
      if (message.type !== 'event-announcement' || message.eventId === 'gone') return undefined;
      return reply({
        title: locale === 'pl' ? 'Nowe wydarzenie' : 'New event',
        summary: '@everyone **Warsztaty** <@&1>',
      });
    },
  });
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
});
