import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEASON_NOW } from '@glokal/chat/testing';
import { createLogger } from '@glokal/config';
import { createTranslator, fixedClock, type ClusterStore } from '@glokal/domain';
import { startSlackApp } from './start-slack-app';
import {
  blockText,
  findButton,
  headerOf,
  members,
  startSlackHarness,
  type SlackHarness,
} from './test-support/slack-harness';

const pl = createTranslator('pl', 'Europe/Warsaw').t;

/** Document searches wait for `release()` while `hold` is on: a slow store, on demand. */
const gate = { hold: false, release: () => {} };
/** Looking a person up waits the same way, while its `hold` is on. */
const peopleGate = { hold: false, release: () => {} };
function slowDocuments(store: ClusterStore): ClusterStore {
  return {
    ...store,
    people: {
      ...store.people,
      byChatIdentity: async (identity) => {
        if (peopleGate.hold) await new Promise<void>((resolve) => (peopleGate.release = resolve));
        return store.people.byChatIdentity(identity);
      },
    },
    documents: {
      ...store.documents,
      search: async (words, page) => {
        if (gate.hold) await new Promise<void>((resolve) => (gate.release = resolve));
        return store.documents.search(words, page);
      },
    },
  };
}

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness({ ackDeadlineMs: 300, wrapStore: slowDocuments });
});
afterAll(() => harness.stop());

describe('when Slack’s Web API fails', () => {
  it('answers in the default language when users.info fails with 500, ok:false or 429', async () => {
    harness.slack.failNext(1, { kind: 'http', status: 500 }, { method: 'users.info' });
    const afterServerError = await harness.command('events', members.john);
    expect(headerOf(afterServerError.message?.blocks)).toBe(pl('events:title'));

    harness.slack.failNext(1, { kind: 'error', error: 'user_not_found' }, { method: 'users.info' });
    const afterRefusal = await harness.command('help', members.emma);
    expect(headerOf(afterRefusal.message?.blocks)).toBe(pl('chat:help.title'));

    harness.slack.failNext(
      1,
      { kind: 'rate-limited', retryAfterSeconds: 30 },
      { method: 'users.info' },
    );
    const afterLimit = await harness.command('help', members.jose);
    expect(afterLimit.status).toBe(200);
    expect(headerOf(afterLimit.message?.blocks)).toBe(pl('chat:help.title'));
  });

  it('acknowledges a button whose response URL fails, and keeps serving', async () => {
    const detail = await harness.command('wydarzenie robotyki', members.anna);
    const going = findButton(detail.message?.blocks, pl('events:attend'));
    if (!going) throw new Error('no “Idę” button');
    harness.slack.failNext(1, { kind: 'http', status: 500 }, { method: 'response_url' });
    const pressed = await harness.press(going, members.anna, { kind: 'ephemeral' });
    expect(pressed.status).toBe(200);
    await harness.slack.waitForCall('response_url', { where: (call) => call.status === 500 });
    const next = await harness.command('pomoc', members.anna);
    expect(next.status).toBe(200);
  });

  it('survives views.publish failing, and publishes the Home tab on the next visit', async () => {
    harness.slack.failNext(
      1,
      { kind: 'error', error: 'invalid_auth' },
      { method: 'views.publish' },
    );
    expect((await harness.homeOpened(members.kasia)).status).toBe(200);
    await harness.slack.waitForCall('views.publish', {
      where: (call) => call.status === 200 && call.answer.ok === false,
    });
    expect(harness.slack.world.homes.has(members.kasia.id)).toBe(false);
    expect((await harness.homeOpened(members.kasia)).status).toBe(200);
    await harness.slack.waitForCall('views.publish', { where: (call) => call.answer.ok === true });
    expect(harness.slack.world.homes.has(members.kasia.id)).toBe(true);
  });
});

describe('a slow reply', () => {
  it('is acknowledged in time with “working on it” and replaces it through the response URL', async () => {
    gate.hold = true;
    try {
      const answer = await harness.command('dokumenty strategia', members.anna);
      expect(answer.status).toBe(200);
      expect(blockText(answer.message?.blocks)).toBe(pl('slack:working'));
      gate.release();
      const path = new URL(answer.responseUrl).pathname;
      await harness.slack.waitForCall('response_url', { where: (call) => call.path === path });
      const [late] = harness.responses(answer.responseUrl);
      expect(late).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
      expect(headerOf(late?.blocks)).toBe(pl('docs:title', { words: 'strategia' }));
    } finally {
      gate.hold = false;
    }
  });
});

describe('a form that is slow to come', () => {
  it('is acknowledged with “working on it”, then opens with the command’s trigger and the notice goes away', async () => {
    // An admin no one has looked up yet, so nothing about her is cached.
    const lena = { ...members.emma, id: 'U0LENA', name: 'lena', realName: 'Lena Kowalczyk' };
    harness.slack.addUser(lena);
    peopleGate.hold = true;
    try {
      const answer = await harness.command('grant dodaj', lena);
      expect(blockText(answer.message?.blocks)).toBe(pl('slack:working'));
      expect(harness.slack.callsTo('views.open')).toHaveLength(0);
      peopleGate.release();
      const opened = await harness.slack.waitForCall('views.open');
      expect(opened.answer.ok).toBe(true);
      const path = new URL(answer.responseUrl).pathname;
      await harness.slack.waitForCall('response_url', { where: (call) => call.path === path });
      expect(harness.responses(answer.responseUrl)).toEqual([{ delete_original: true }]);
    } finally {
      peopleGate.hold = false;
    }
  });
});

describe('starting with a token Slack rejects', () => {
  it('stops at once with Slack’s reason', async () => {
    await expect(
      startSlackApp({
        slack: {
          botToken: 'xoxb-revoked',
          signingSecret: 's',
          port: 0,
          apiUrl: harness.slack.apiUrl,
          coordinators: [],
        },
        cluster: { timeZone: 'Europe/Warsaw', defaultLocale: 'pl' },
        store: harness.store,
        clock: fixedClock(SEASON_NOW),
        logger: createLogger({ level: 'silent' }),
        port: 0,
        host: '127.0.0.1',
      }),
    ).rejects.toThrow(/invalid_auth/);
  });
});
