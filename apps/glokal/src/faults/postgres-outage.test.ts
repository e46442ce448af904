import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '@glokal/domain';
import { removePrefixedKeys } from '@glokal/queue';
import { startTcpProxy, type TcpProxy } from '@glokal/testing/proxy';
import {
  sendToSlackApp,
  slashCommandBody,
  startFakeSlack,
  type FakeSlack,
} from '@glokal/testing/slack';
import { repeated } from '../test-support/delivered-at-fakes';
import { startGlokalProcess, within, type GlokalProcess } from '../test-support/glokal-process';
import {
  openSharedStore,
  reminderJobsLeft,
  seedReminderBurst,
  type SharedStore,
} from '../test-support/reminder-burst';

/*
 * `npm start`'s process reaches Postgres through a TCP proxy the test cuts for a few seconds
 * in the middle of a burst of grant-deadline reminders (3 calls × 2 deadlines × 4 Slack
 * channels = 24, one post a second per channel): every connection is reset and new ones are
 * refused, as when Postgres restarts. Postgres itself is the tests' shared one and stays up.
 */
const databaseUrl = process.env['DATABASE_URL'];
const CALLS = 3;
const slackChannels = Array.from({ length: 4 }, (_, n) => `C0PGOUT${n + 1}`);
const REMINDERS = CALLS * 2 * slackChannels.length;
const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-pg-outage-${randomUUID()}`,
};
const signingSecret = 'glokal-test-signing-secret';
const pl = createTranslator('pl', 'Europe/Warsaw');

let slack: FakeSlack;
let proxy: TcpProxy;
let store: SharedStore;
let expected: string[];
let glokal: GlokalProcess | undefined;

/** The delivery keys of the messages Slack holds, one per message (as Glokal's posts name them). */
const deliveredKeys = () =>
  slack.world.messages.flatMap((message) => {
    const key = message.metadata?.event_payload['key'];
    return message.metadata?.event_type === 'glokal_delivery' && typeof key === 'string'
      ? [key]
      : [];
  });

beforeAll(async () => {
  if (!databaseUrl) return;
  const target = new URL(databaseUrl);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  slack = await startFakeSlack({ postsPerChannelEveryMs: 1000 });
  store = await openSharedStore();
  expected = (
    await store.use((opened) =>
      seedReminderBurst(opened.store, CALLS, {
        slack: { teamId: slack.world.team.id, channels: slackChannels },
      }),
    )
  ).slack;
}, 120_000);

afterAll(async () => {
  if (glokal && !glokal.hasExited()) {
    glokal.child.kill('SIGKILL');
    await glokal.exited;
  }
  await store?.close();
  await proxy?.close();
  await slack?.close();
  await removePrefixedKeys(redis);
}, 60_000);

/** `/glokal <text>` as Slack sends it; the answer's text, from the acknowledgement or the response URL. */
async function command(slackUrl: string, text: string): Promise<string> {
  const responseUrl = slack.responseUrl('commands');
  const body = slashCommandBody({
    text,
    user: { id: 'U0ANNA', name: 'anna' },
    place: { teamId: slack.world.team.id, channelId: 'C0OGOLNY' },
    responseUrl,
  });
  const answer = await sendToSlackApp(slackUrl, body, { signingSecret });
  expect(answer.status).toBe(200);
  const acknowledged = (answer.json as { text?: string } | undefined)?.text ?? '';
  if (acknowledged !== pl.t('slack:working')) return acknowledged;
  const path = new URL(responseUrl).pathname;
  const late = await slack.waitForCall('response_url', {
    timeoutMs: 30_000,
    where: (call) => call.path === path,
  });
  return String(late.params['text'] ?? '');
}

async function readiness(operations: string): Promise<{ status: number; checks: unknown }> {
  const response = await fetch(`${operations}/readyz`);
  const body = (await response.json()) as { checks?: unknown };
  return { status: response.status, checks: body.checks };
}

describe.skipIf(!databaseUrl)('Postgres out of reach for a few seconds', () => {
  it(
    'answers chat with "try again in a moment", is not ready meanwhile, and then delivers every reminder once',
    { timeout: 200_000 },
    async () => {
      const running = startGlokalProcess({
        ...(await store.environment(`postgres://127.0.0.1:${proxy.port}`)),
        REDIS_URL: redis.url,
        QUEUE_PREFIX: redis.prefix,
        HTTP_PORT: '0',
        LOG_LEVEL: 'info',
        CLUSTER_TIMEZONE: 'Europe/Warsaw',
        DEFAULT_LOCALE: 'pl',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: slack.apiUrl,
        SLACK_PORT: '0',
        SLACK_APP_TOKEN: '',
        DISCORD_TOKEN: '',
        GOOGLE_CALENDAR_ID: '',
        GOOGLE_DRIVE_ID: '',
        GOOGLE_DRIVE_FOLDER_ID: '',
        PUBLIC_PORT: '',
      });
      glokal = running;
      const alive = () => {
        if (running.hasExited()) throw new Error(`Glokal exited:\n${running.tail()}`);
      };
      const started = await within(60_000, 'Glokal starting', () => {
        alive();
        return running.logged().find((line) => line['msg'] === 'Glokal is running');
      });
      const slackStarted = running.logged().find((line) => line['msg'] === 'Slack app started');
      const slackUrl = `http://127.0.0.1:${String(slackStarted?.['port'])}/slack/events`;
      const operations = `http://127.0.0.1:${String(started['httpPort'])}`;

      const quarter = Math.ceil(REMINDERS / 4);
      await within(60_000, `${quarter} reminders at Slack`, () => {
        alive();
        return deliveredKeys().length >= quarter ? true : undefined;
      });

      proxy.cut();
      expect(deliveredKeys().length).toBeLessThan(REMINDERS);
      const unready = await within(15_000, '/readyz saying not ready', async () => {
        const answer = await readiness(operations);
        return answer.status === 503 ? answer : undefined;
      });
      expect(unready.checks).toMatchObject({ redis: 'ok' });
      expect(unready.checks).not.toMatchObject({ database: 'ok' });
      // In the cluster's language: the person's own is in the store.
      expect(await command(slackUrl, 'granty')).toBe(pl.t('common:store_unreachable'));
      // A few seconds away: the jobs that needed the store meanwhile fail and wait to retry.
      await new Promise((resolve) => setTimeout(resolve, 4000));
      alive();
      proxy.restore();

      await within(30_000, '/readyz saying ready again', async () => {
        alive();
        return (await readiness(operations)).status === 200 ? true : undefined;
      });
      expect(await command(slackUrl, 'granty')).toContain(pl.t('grants:title'));

      await within(120_000, `all ${REMINDERS} reminders at Slack`, async () => {
        alive();
        return deliveredKeys().length >= REMINDERS || (await reminderJobsLeft(redis)) === 0
          ? true
          : undefined;
      });
      await within(30_000, 'the reminder and delivery queues drained', async () =>
        (await reminderJobsLeft(redis)) === 0 ? true : undefined,
      );
      running.child.kill('SIGTERM');
      expect(await running.exited).toBe(0);

      const atSlack = deliveredKeys();
      expect({
        repeated: repeated(atSlack),
        missing: expected.filter((key) => !atSlack.includes(key)),
        others:
          slack.world.messages.filter((message) => slackChannels.includes(message.channel)).length -
          atSlack.length,
      }).toEqual({ repeated: {}, missing: [], others: 0 });
      const rows = await store.use((opened) => opened.query('select key, state from deliveries'));
      expect(rows.map((row) => `${String(row['key'])} ${String(row['state'])}`).sort()).toEqual(
        expected.map((key) => `${key} sent`).sort(),
      );
    },
  );
});
