import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebClient } from '@slack/web-api';
import { reply } from '@glokal/chat';
import { DeliveryRateLimited, DeliveryRejected, type DeliveryJob } from '@glokal/queue/delivery';
import { blockKitProblems, startFakeSlack, type FakeSlack } from '@glokal/testing/slack';
import { deliverToSlack } from './deliver-to-slack';

let slack: FakeSlack;
let deliver: (job: DeliveryJob) => Promise<{ messageId?: string }>;

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
    { label: 'Idę', action: { type: 'attend', eventId: 'e-1', going: true }, style: 'primary' },
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
    compose: async (message) =>
      message.type === 'event-announcement' && message.eventId === 'e-1' ? announcement : undefined,
  });
});
afterEach(() => slack.reset());
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

  it('gives up on a direct message to someone Slack does not know', async () => {
    const failure = await deliver({
      ...job,
      workspaceId: 'direct',
      channelId: 'U0NOBODY',
      directMessage: true,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryRejected);
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
