import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEASON_NOW } from '@glokal/chat/testing';
import { createLogger } from '@glokal/config';
import { createTranslator, fixedClock } from '@glokal/domain';
import { removePrefixedKeys } from '@glokal/queue';
import { signedHeaders, slashCommandBody } from '@glokal/testing/slack';
import { MAX_COMMAND_TEXT } from './handlers/slash-command';
import { MAX_SLACK_BODY_BYTES } from './requests/request-guard';
import { startSlackApp, type SlackApp } from './start-slack-app';
import {
  BOT_TOKEN,
  SIGNING_SECRET,
  blockText,
  members,
  place,
  startSlackHarness,
  type SlackHarness,
} from './test-support/slack-harness';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  queuePrefix: `test-slack-guard-${randomUUID()}`,
};
let harness: SlackHarness;
/** A second instance on the same Redis and store, as behind a load balancer. */
let other: SlackApp;

beforeAll(async () => {
  harness = await startSlackHarness({ redis });
  other = await startSlackApp({
    slack: {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      port: 0,
      apiUrl: harness.slack.apiUrl,
      coordinators: [],
    },
    cluster: { timeZone: 'Europe/Warsaw', defaultLocale: 'pl' },
    store: harness.store,
    clock: fixedClock(SEASON_NOW),
    logger: createLogger({ level: 'silent' }),
    redis,
    port: 0,
    host: '127.0.0.1',
  });
});
afterAll(async () => {
  await other.stop();
  await harness.stop();
  await removePrefixedKeys({ url: redis.url, prefix: redis.queuePrefix });
});

const now = () => Math.floor(Date.now() / 1000);

/** Anna changes her language: a write, so a request that ran leaves her in the store. */
function settingsCommand() {
  return slashCommandBody({
    text: 'settings language en',
    user: { id: members.anna.id, name: members.anna.name },
    place,
    responseUrl: harness.slack.responseUrl(),
  });
}

async function expectNothingRan() {
  expect(
    await harness.store.people.byChatIdentity({ platform: 'slack', userId: members.anna.id }),
  ).toBeUndefined();
  expect(harness.slack.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
}

function post(url: string, body: string, headers: Record<string, string>) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

/**
 * Sends headers that promise (or stream) a large body and resolves with the status as soon as
 * the app answers, whether or not it read what was sent.
 */
function sendLarge(
  url: string,
  body: string,
  headers: Record<string, string>,
  mode: 'declared' | 'chunked',
): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
        ...(mode === 'declared' ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
      },
    });
    outgoing.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', (error) => {
      if (!outgoing.destroyed || !('code' in error)) reject(error);
    });
    if (mode === 'declared') {
      outgoing.flushHeaders();
      return;
    }
    const chunk = 64 * 1024;
    let offset = 0;
    const writeMore = () => {
      while (offset < body.length) {
        const piece = body.slice(offset, offset + chunk);
        offset += chunk;
        if (!outgoing.write(piece)) {
          outgoing.once('drain', writeMore);
          return;
        }
      }
      outgoing.end();
    };
    writeMore();
  });
}

describe('requests refused before anything runs', () => {
  it('refuses a correctly signed request dated more than five minutes ahead, as a stale one', async () => {
    for (const timestamp of [now() + 6 * 60, now() - 6 * 60]) {
      const { body } = settingsCommand();
      const answer = await post(
        harness.url,
        body,
        signedHeaders({ signingSecret: SIGNING_SECRET, rawBody: body, timestamp }),
      );
      expect(answer.status, String(timestamp - now())).toBe(401);
    }
    await expectNothingRan();
  });

  it('refuses a request without a signature, or with one made with another secret', async () => {
    const { body } = settingsCommand();
    expect((await post(harness.url, body, {})).status).toBe(401);
    expect(
      (await post(harness.url, body, signedHeaders({ signingSecret: 'not-ours', rawBody: body })))
        .status,
    ).toBe(401);
    expect(
      (
        await post(harness.url, body, {
          'x-slack-signature': 'v0=short',
          'x-slack-request-timestamp': String(now()),
        })
      ).status,
    ).toBe(401);
    await expectNothingRan();
  });

  it('refuses a body over the bound by its Content-Length, before reading it', async () => {
    const body = `${settingsCommand().body}&padding=${'x'.repeat(MAX_SLACK_BODY_BYTES)}`;
    const headers = signedHeaders({ signingSecret: SIGNING_SECRET, rawBody: body });
    expect(await sendLarge(harness.url, body, headers, 'declared')).toBe(413);
    await expectNothingRan();
  });

  it('stops reading a chunked body past the bound', async () => {
    const body = `${settingsCommand().body}&padding=${'x'.repeat(2 * MAX_SLACK_BODY_BYTES)}`;
    const headers = signedHeaders({ signingSecret: SIGNING_SECRET, rawBody: body });
    expect(await sendLarge(harness.url, body, headers, 'chunked')).toBe(413);
    await expectNothingRan();
  });
});

describe('a replayed request', () => {
  it('is answered once, by whichever instance gets it first', async () => {
    const { body } = settingsCommand();
    const headers = signedHeaders({ signingSecret: SIGNING_SECRET, rawBody: body });
    const first = await post(harness.url, body, headers);
    expect(first.status).toBe(200);
    const person = await harness.store.people.byChatIdentity({
      platform: 'slack',
      userId: members.anna.id,
    });
    expect(person?.locale).toBe('en');
    const callsAfterFirst = harness.slack.calls.length;

    const again = await post(harness.url, body, headers);
    expect(again.status).toBe(401);
    const elsewhere = await post(`http://127.0.0.1:${other.port ?? 0}/slack/events`, body, headers);
    expect(elsewhere.status).toBe(401);
    expect(harness.slack.calls.length).toBe(callsAfterFirst);
  });

  it('is not a request Slack signs anew, which is answered', async () => {
    const { body } = settingsCommand();
    const later = signedHeaders({
      signingSecret: SIGNING_SECRET,
      rawBody: body,
      timestamp: now() + 1,
    });
    expect((await post(harness.url, body, later)).status).toBe(200);
  });
});

it('still answers GET /healthz unsigned', async () => {
  const health = await fetch(harness.url.replace('/slack/events', '/healthz'));
  expect(await health.text()).toBe('ok');
});

describe('command text', () => {
  it('over the bound gets a notice in the person’s language, and nothing is done', async () => {
    const padding = ` ${'x'.repeat(MAX_COMMAND_TEXT)}`;
    const polish = await harness.command(`settings language en${padding}`, members.kasia);
    expect(polish.status).toBe(200);
    expect(blockText(polish.message?.blocks)).toContain(
      createTranslator('pl', 'Europe/Warsaw').t('slack:command_too_long', {
        max: MAX_COMMAND_TEXT,
      }),
    );
    const english = await harness.command(`docs${padding}`, members.john);
    expect(blockText(english.message?.blocks)).toContain(
      createTranslator('en', 'Europe/London').t('slack:command_too_long', {
        max: MAX_COMMAND_TEXT,
      }),
    );
    expect(
      await harness.store.people.byChatIdentity({ platform: 'slack', userId: members.kasia.id }),
    ).toBeUndefined();
  });
});
