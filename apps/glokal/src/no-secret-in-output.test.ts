import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { removePrefixedKeys } from '@glokal/queue';
import { fakeGuildId, startFakeDiscord, type FakeDiscord } from '@glokal/testing/discord';
import {
  blockActionsPayload,
  interactionBody,
  sendToSlackApp,
  slashCommandBody,
  startFakeSlack,
  type FakeSlack,
  type SlackDelivery,
} from '@glokal/testing/slack';
import { startGlokalProcess, within, type GlokalProcess } from './test-support/glokal-process';

/** Recognisable secrets: if any of them shows in what Glokal says, this test names it. */
const secrets = {
  slackBotToken: `xoxb-SECRET-canary-${randomUUID()}`,
  slackSigningSecret: `signing-SECRET-canary-${randomUUID()}`,
  discordToken: `discord-SECRET-canary-${randomUUID()}`,
  operationsToken: `operations-SECRET-canary-${randomUUID()}`,
  databasePassword: `pg-SECRET-canary-${randomUUID().slice(0, 8)}`,
};
const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-secrets-${randomUUID()}`,
};
const place = { teamId: 'T0GLOKAL1', channelId: 'C0OGOLNY', channelName: 'ogolny' };
const anna = { id: 'U0ANNA', name: 'anna' };

let slack: FakeSlack;
let discord: FakeDiscord;
let folder: string;
let glokal: GlokalProcess;
/** Every status line, header and body Glokal sent back over HTTP. */
const answers: string[] = [];

/** A Postgres URL with a password in it, when the tests have Postgres (trust auth ignores it). */
function databaseEnvironment(): Record<string, string> {
  const url = process.env['DATABASE_URL'];
  if (!url) return { DATA_DIR: join(folder, 'data') };
  const withPassword = new URL(url);
  withPassword.password = secrets.databasePassword;
  return { DATABASE_URL: withPassword.toString() };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'glokal-secrets-'));
  slack = await startFakeSlack({ tokens: [secrets.slackBotToken] });
  discord = await startFakeDiscord({ token: secrets.discordToken });
  // Two secrets as Docker mounts them, the others in the environment.
  await writeFile(join(folder, 'slack-bot-token'), `${secrets.slackBotToken}\n`);
  await writeFile(join(folder, 'discord-token'), `${secrets.discordToken}\n`);
  glokal = startGlokalProcess({
    ...databaseEnvironment(),
    REDIS_URL: redis.url,
    QUEUE_PREFIX: redis.prefix,
    HTTP_PORT: '0',
    LOG_LEVEL: 'debug',
    OPERATIONS_TOKEN: secrets.operationsToken,
    SLACK_BOT_TOKEN_FILE: join(folder, 'slack-bot-token'),
    SLACK_SIGNING_SECRET: secrets.slackSigningSecret,
    SLACK_API_URL: slack.apiUrl,
    SLACK_PORT: '0',
    DISCORD_TOKEN_FILE: join(folder, 'discord-token'),
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: fakeGuildId,
    DISCORD_API_URL: discord.apiUrl,
  });
}, 90_000);

afterAll(async () => {
  glokal?.child.kill('SIGTERM');
  await glokal?.exited;
  await slack?.close();
  await discord?.close();
  await removePrefixedKeys(redis);
  await rm(folder, { recursive: true, force: true });
});

async function keep(response: Response): Promise<string> {
  const body = await response.text();
  answers.push(`${response.status}\n${[...response.headers].join('\n')}\n${body}`);
  return body;
}

/** The first button in a reply's blocks. */
function firstButton(blocks: unknown): { actionId: string; value: string; text: string } {
  const pending: unknown[] = [blocks];
  while (pending.length > 0) {
    const next = pending.shift();
    if (Array.isArray(next)) pending.push(...(next as unknown[]));
    else if (typeof next === 'object' && next !== null) {
      const fields = next as Record<string, unknown>;
      if (fields['type'] === 'button' && typeof fields['action_id'] === 'string') {
        return {
          actionId: fields['action_id'],
          value: typeof fields['value'] === 'string' ? fields['value'] : '',
          text: 'button',
        };
      }
      pending.push(...Object.values(fields));
    }
  }
  throw new Error(`no button in ${JSON.stringify(blocks)}`);
}

it('never shows a secret in a log line or an HTTP answer', { timeout: 120_000 }, async () => {
  const running = await within(60_000, 'Glokal starting', () =>
    glokal.logged().find((line) => line['msg'] === 'Glokal is running'),
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${glokal.tail()}`);
  });
  const slackStarted = glokal.logged().find((line) => line['msg'] === 'Slack app started');
  const slackUrl = `http://127.0.0.1:${String(slackStarted?.['port'])}/slack/events`;
  const operations = `http://127.0.0.1:${String(running['httpPort'])}`;

  const sign = { signingSecret: secrets.slackSigningSecret };
  const send = async (delivery: SlackDelivery, signing: typeof sign | 'unsigned' = sign) => {
    const answer = await sendToSlackApp(slackUrl, delivery, signing);
    answers.push(`${answer.status}\n${answer.text}`);
    return answer;
  };
  const command = (text: string) =>
    slashCommandBody({ text, user: anna, place, responseUrl: slack.responseUrl('commands') });

  expect((await send(command('help'))).status).toBe(200);
  expect((await send(command('settings language en'))).status).toBe(200);
  const grants = await send(command('grants'));
  expect(grants.status).toBe(200);
  const events = await send(command('events month'));
  expect(events.status).toBe(200);
  expect((await send(command('events'), 'unsigned')).status).toBe(401);
  expect((await send(command('events'), { signingSecret: 'wrong' })).status).toBe(401);
  const blocks = (events.json as { blocks?: unknown } | undefined)?.blocks ?? [];
  const pressed = await send(
    interactionBody(
      blockActionsPayload({
        user: anna,
        place,
        container: {
          type: 'message',
          messageTs: '1781251200.000100',
          channelId: place.channelId,
          isEphemeral: true,
        },
        button: { ...firstButton(blocks), blockId: 'b1' },
        responseUrl: slack.responseUrl('actions'),
      }),
    ),
  );
  expect(pressed.status).toBe(200);

  await discord.waitForClient(30_000);
  const tom = { userId: '3000000000000000002', username: 'Tom', locale: 'en-US' };
  const asked = discord.slash(tom, { command: 'glokal', subcommand: 'grants', options: {} });
  await discord.waitForCallback(asked, 15_000);

  await keep(await fetch(`${operations}/readyz`));
  await keep(await fetch(`${operations}/metrics`));
  await keep(await fetch(`${operations}/metrics`, { headers: { authorization: 'Bearer wrong' } }));
  const metrics = await keep(
    await fetch(`${operations}/metrics`, {
      headers: { authorization: `Bearer ${secrets.operationsToken}` },
    }),
  );
  expect(metrics).toContain('glokal_');
  await keep(
    await fetch(`${operations}/queues`, {
      headers: { authorization: `Bearer ${secrets.operationsToken}` },
    }),
  );

  glokal.child.kill('SIGTERM');
  await glokal.exited;
  const printed = glokal.tail(Number.MAX_SAFE_INTEGER);
  expect(glokal.logged().length).toBeGreaterThan(5);
  const shown = Object.entries(secrets).flatMap(([name, secret]) => [
    ...(printed.includes(secret) ? [`${name} in the output`] : []),
    ...(answers.some((answer) => answer.includes(secret)) ? [`${name} in an HTTP answer`] : []),
  ]);
  expect(shown).toEqual([]);
});
