import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebClient } from '@slack/web-api';
import { reply } from '@glokal/chat';
import { createLogger } from '@glokal/config';
import {
  DeliveryRateLimited,
  DeliveryRejected,
  DeliveryUndeliverable,
  type DeliveryJob,
} from '@glokal/queue/delivery';
import { blockKitProblems, startFakeSlack, type FakeSlack } from '@glokal/testing/slack';
import { deliverToSlack, type SlackDeliver } from './deliver-to-slack';
import { HISTORY_PAGE_SIZE } from './find-earlier-post';

let slack: FakeSlack;
let deliver: SlackDeliver;
/** What the delivery logged, as pino's JSON lines. */
const logged: { level: number; msg: string; reason?: string }[] = [];
const logger = createLogger(
  { level: 'info' },
  { write: (line: string) => void logged.push(JSON.parse(line)) },
);

const announcement = reply({
  title: 'Nowe w kalendarzu klastra: Seminarium',
  items: [
    {
      title: 'Cyfrowa szkoła <!channel>',
      fields: [],
      context: ['czw., 29 paź 2026, 10:00–12:00'],
      actions: [],
    },
  ],
  actions: [
    { label: 'Idę', action: { type: 'attend', eventId: 'e-1', answer: 'going' }, style: 'primary' },
  ],
});

const job: DeliveryJob = {
  key: 'announce:event:e-1:slack:C0NEWS',
  platform: 'slack',
  workspaceId: 'T0GLOKAL1',
  channelId: 'C0NEWS',
  locale: 'pl',
  message: { type: 'event-announcement', eventId: 'e-1' },
};

beforeAll(async () => {
  slack = await startFakeSlack({
    users: [{ id: 'U0ANA', name: 'ana', locale: 'en-GB', tz: 'Europe/Lisbon' }],
  });
  // The client the app uses for deliveries: 429 comes back as an error for the queue to wait out.
  const client = new WebClient('xoxb-test-token', {
    slackApiUrl: slack.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
  deliver = deliverToSlack({
    client,
    clusterTimeZone: 'Europe/Warsaw',
    teamId: 'T0GLOKAL1',
    logger,
    compose: async (message) =>
      message.type === 'event-announcement' && message.eventId === 'e-1' ? announcement : undefined,
  });
});
afterEach(() => {
  slack.reset();
  logged.length = 0;
});

/** Messages in a channel that carry a delivery key in their metadata. */
const postedWithKey = (channel: string, key: string) =>
  slack.world.messages.filter(
    (message) => message.channel === channel && message.metadata?.event_payload['key'] === key,
  );
afterAll(() => slack.close());

describe('deliverToSlack', () => {
  it('posts the announcement as Block Kit to the channel and returns Slack’s ts as the message id', async () => {
    const { messageId } = await deliver(job);
    const [call] = slack.callsTo('chat.postMessage');
    expect(call?.answer).toMatchObject({ ok: true, ts: messageId, channel: 'C0NEWS' });
    const posted = slack.world.messages.find((message) => message.ts === messageId);
    expect(blockKitProblems(posted?.blocks, 'message')).toEqual([]);
    expect(JSON.stringify(posted?.blocks)).toContain('Cyfrowa szkoła &lt;!channel&gt;');
    expect(call?.params).toMatchObject({ unfurl_links: 'false' });
  });

  it('turns a 429 into a wait of Retry-After for the queue', async () => {
    slack.failNext(
      1,
      { kind: 'rate-limited', retryAfterSeconds: 7 },
      { method: 'chat.postMessage' },
    );
    const failure = await deliver(job).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryRateLimited);
    expect(failure).toMatchObject({ retryAfterMs: 7000 });
  });

  it('sends a direct message in the conversation it opens with the person', async () => {
    const { messageId } = await deliver({
      ...job,
      key: 'reminder:k:dm',
      workspaceId: 'direct',
      channelId: 'U0ANA',
      directMessage: true,
    });
    const [opened] = slack.callsTo('conversations.open');
    expect(opened?.params).toMatchObject({ users: 'U0ANA' });
    const [posted] = slack.callsTo('chat.postMessage');
    expect(posted?.answer).toMatchObject({ ok: true, ts: messageId });
    expect(posted?.params['channel']).toMatch(/^D/);
  });

  it('gives up on a direct message to someone Slack does not know, as undeliverable', async () => {
    const failure = await deliver({
      ...job,
      workspaceId: 'direct',
      channelId: 'U0NOBODY',
      directMessage: true,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryUndeliverable);
    expect(failure).toMatchObject({ reason: 'user_not_found' });
  });

  it.each([
    ['conversations.open', 'cannot_dm_bot'],
    ['conversations.open', 'user_disabled'],
    ['conversations.open', 'user_not_visible'],
    ['chat.postMessage', 'messages_tab_disabled'],
    ['chat.postMessage', 'is_archived'],
  ])('counts %s answering %s to a direct message as undeliverable', async (method, code) => {
    slack.failNext(1, { kind: 'error', error: code }, { method });
    const failure = await deliver({
      ...job,
      key: `reminder:k:${code}`,
      workspaceId: 'direct',
      channelId: 'U0ANA',
      directMessage: true,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryUndeliverable);
    expect(failure).toMatchObject({ reason: code });
  });

  it('refuses an archived channel, but does not call the channel undeliverable', async () => {
    slack.failNext(1, { kind: 'error', error: 'is_archived' }, { method: 'chat.postMessage' });
    const failure = await deliver(job).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryRejected);
    expect(failure).not.toBeInstanceOf(DeliveryUndeliverable);
  });

  it('gives up on a channel that does not exist', async () => {
    slack.removeChannel('C0GONE');
    const failure = await deliver({ ...job, channelId: 'C0GONE' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryRejected);
    expect(failure).toMatchObject({ reason: 'channel_not_found' });
  });

  it('leaves a server error to be retried', async () => {
    slack.failNext(1, { kind: 'http', status: 500 });
    const failure = await deliver(job).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(DeliveryRejected);
    expect(failure).not.toBeInstanceOf(DeliveryRateLimited);
  });

  it('names the delivery key in the metadata of every message it posts', async () => {
    const { messageId } = await deliver({ ...job, channelId: 'C0META' });
    const posted = slack.world.messages.find((message) => message.ts === messageId);
    expect(posted?.metadata).toEqual({
      event_type: 'glokal_delivery',
      event_payload: { key: job.key },
    });
    expect(slack.callsTo('conversations.history')).toEqual([]);
  });

  it('returns the message an earlier try posted instead of posting it again', async () => {
    const since = new Date();
    const first = await deliver({ ...job, channelId: 'C0RETRY' });
    const again = await deliver(
      { ...job, channelId: 'C0RETRY' },
      { number: 2, earlierTrySince: since },
    );
    expect(again).toEqual(first);
    expect(postedWithKey('C0RETRY', job.key)).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    const [history] = slack.callsTo('conversations.history');
    expect(history?.params).toMatchObject({ channel: 'C0RETRY', include_all_metadata: 'true' });
    // From a little before the earlier try, for clocks that disagree, but not from long before.
    const oldest = Number(history?.params['oldest']) * 1000;
    expect(oldest).toBeLessThan(since.getTime());
    expect(oldest).toBeGreaterThan(since.getTime() - 10 * 60_000);
  });

  it('pages through a busy channel’s history to find the earlier message', async () => {
    const since = new Date();
    const first = await deliver({ ...job, channelId: 'C0BUSY' });
    for (let index = 0; index < HISTORY_PAGE_SIZE * 2 + 50; index += 1)
      slack.addMessage({ channel: 'C0BUSY', user: 'U0ANA', text: `chatter ${index}` });
    // Another delivery's message with the same look but another key is not this one.
    slack.addMessage({
      channel: 'C0BUSY',
      user: 'U0ANA',
      text: 'x',
      metadata: { event_type: 'glokal_delivery', event_payload: { key: 'another-key' } },
    });
    const again = await deliver(
      { ...job, channelId: 'C0BUSY' },
      { number: 2, earlierTrySince: since },
    );
    expect(again).toEqual(first);
    const pages = slack.callsTo('conversations.history');
    expect(pages).toHaveLength(3);
    for (const [index, page] of pages.entries()) {
      const previous = pages[index - 1]?.answer['response_metadata'];
      expect(page.params['cursor']).toEqual(
        previous === undefined ? undefined : Object(previous)['next_cursor'],
      );
    }
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('posts when the earlier try left nothing in the channel', async () => {
    slack.addMessage({ channel: 'C0EMPTY', user: 'U0ANA', text: 'hello' });
    const { messageId } = await deliver(
      { ...job, channelId: 'C0EMPTY' },
      { number: 2, earlierTrySince: new Date() },
    );
    expect(slack.callsTo('conversations.history')).toHaveLength(1);
    expect(postedWithKey('C0EMPTY', job.key).map((message) => message.ts)).toEqual([messageId]);
  });

  it.each(['not_in_channel', 'missing_scope'])(
    'posts anyway, with a warning, when the history answers %s',
    async (code) => {
      const channel = `C0NOREAD${code.length}`;
      slack.failNext(1, { kind: 'error', error: code }, { method: 'conversations.history' });
      const { messageId } = await deliver(
        { ...job, channelId: channel },
        { number: 2, earlierTrySince: new Date() },
      );
      expect(postedWithKey(channel, job.key).map((message) => message.ts)).toEqual([messageId]);
      expect(logged).toContainEqual(expect.objectContaining({ level: 40, reason: code }));
    },
  );

  it('does not post while the history cannot be read for a while (429, 5xx)', async () => {
    slack.failNext(
      1,
      { kind: 'rate-limited', retryAfterSeconds: 3 },
      { method: 'conversations.history' },
    );
    const limited = await deliver(
      { ...job, channelId: 'C0WAIT' },
      { number: 2, earlierTrySince: new Date() },
    ).catch((error: unknown) => error);
    expect(limited).toMatchObject({ retryAfterMs: 3000 });
    slack.failNext(1, { kind: 'http', status: 503 }, { method: 'conversations.history' });
    const broken = await deliver(
      { ...job, channelId: 'C0WAIT' },
      { number: 3, earlierTrySince: new Date() },
    ).catch((error: unknown) => error);
    expect(broken).toBeInstanceOf(Error);
    expect(broken).not.toBeInstanceOf(DeliveryRejected);
    expect(slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('looks for an earlier direct message in the DM it opens with the person', async () => {
    const dm: DeliveryJob = {
      ...job,
      key: 'reminder:k:dm-retry',
      workspaceId: 'direct',
      channelId: 'U0ANA',
      directMessage: true,
    };
    const since = new Date();
    const first = await deliver(dm);
    const again = await deliver(dm, { number: 2, earlierTrySince: since });
    expect(again).toEqual(first);
    const [history] = slack.callsTo('conversations.history');
    expect(history?.params['channel']).toMatch(/^D/);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('refuses a delivery whose subject is gone without calling Slack', async () => {
    const failure = await deliver({
      ...job,
      message: { type: 'event-announcement', eventId: 'gone' },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryRejected);
    expect(slack.calls).toEqual([]);
  });

  it("never posts for a workspace that is not the cluster's", async () => {
    const failure = await deliver({ ...job, workspaceId: 'T0STRANGER' }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DeliveryRejected);
    expect(failure).toMatchObject({ reason: expect.stringMatching(/not the cluster's/) });
    expect(slack.calls).toEqual([]);
  });
});
