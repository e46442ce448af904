import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { decodeAction } from '@glokal/chat';
import { createLogger, loadConfig } from '@glokal/config';
import { createTranslator } from '@glokal/domain';
import { removePrefixedKeys } from '@glokal/queue';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import {
  sendToSlackApp,
  slashCommandBody,
  startFakeSlack,
  type FakeSlack,
} from '@glokal/testing/slack';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { startGlokal, type RunningGlokal } from './start-glokal';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-${randomUUID()}`,
};
const calendarId = 'klaster@group.calendar.google.com';
const signingSecret = 'glokal-test-signing-secret';
const place = { teamId: 'T0GLOKAL1', channelId: 'C0OGOLNY', channelName: 'ogolny' };
const kasia = { id: 'U0KASIA', name: 'kasia', locale: 'pl-PL', tz: 'Europe/Warsaw' };
const anna = { id: 'U0ANNA', name: 'anna', locale: 'pl-PL', tz: 'Europe/Warsaw' };
const pl = createTranslator('pl', 'Europe/Warsaw').t;

const annaFreeFrom = new Date(Date.now() + 3 * 86_400_000);

let slack: FakeSlack;
let google: FakeGoogle;
let testStore: TestStore;
let glokal: RunningGlokal;

/** Waits for `found` to give a value, up to a generous deadline. */
async function within<T>(ms: number, what: string, found: () => T | undefined): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = found();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every button in Block Kit blocks, wherever it sits: its label and what it does. */
function buttonsIn(blocks: unknown): { label: string; value: string }[] {
  if (Array.isArray(blocks)) return blocks.flatMap(buttonsIn);
  if (typeof blocks !== 'object' || blocks === null) return [];
  const node = blocks as { type?: unknown; text?: { text?: unknown }; value?: unknown };
  const inside = Object.values(blocks).flatMap(buttonsIn);
  return node.type === 'button' && typeof node.text?.text === 'string'
    ? [{ label: node.text.text, value: String(node.value ?? '') }, ...inside]
    : inside;
}

beforeAll(async () => {
  slack = await startFakeSlack({ users: [kasia, anna] });
  google = await startFakeGoogle();
  google.calendar.ensureCalendar(calendarId);
  testStore = await createTestStore();
  // Anna's calendar is busy for the next three days: no slot may fall in them.
  const annaPerson = await testStore.store.people.ensure(
    { platform: 'slack', userId: anna.id },
    'Anna',
  );
  await testStore.store.people.setEmail(annaPerson.id, 'anna@sp12.example.pl');
  google.freeBusy.setBusy('anna@sp12.example.pl', [
    { start: new Date().toISOString(), end: annaFreeFrom.toISOString() },
  ]);
  const config = loadConfig({
    REDIS_URL: redis.url,
    QUEUE_PREFIX: redis.prefix,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: slack.apiUrl,
    SLACK_PORT: '0',
    SLACK_COORDINATORS: kasia.id,
    GOOGLE_CALENDAR_ID: calendarId,
    GOOGLE_ACCESS_TOKEN: 'ya29.test',
    GOOGLE_API_ROOT_URL: google.rootUrl,
    SYNC_CALENDAR_EVERY: '1h',
  });
  glokal = await startGlokal({
    config,
    logger: createLogger({ level: 'silent' }),
    http: { port: 0, host: '127.0.0.1' },
    store: testStore.opened,
    worker: { defaultMetrics: false, googleTuning: { retry: { sleep: async () => undefined } } },
  });
}, 60_000);
afterAll(async () => {
  await glokal?.stop();
  await testStore?.close();
  await removePrefixedKeys(redis);
  await google?.close();
  await slack?.close();
});

describe('free times asked from chat', () => {
  it(
    'a coordinator types /glokal terminy in Slack, is told at once, and the worker’s free times reach them by DM with Schedule at this time',
    { timeout: 90_000 },
    async () => {
      const responseUrl = slack.responseUrl('commands');
      const asked = await sendToSlackApp(
        `http://127.0.0.1:${glokal.parts.slack?.port}/slack/events`,
        slashCommandBody({
          text: `terminy 90 min <@${anna.id}|anna>`,
          user: kasia,
          place,
          responseUrl,
        }),
        { signingSecret },
      );
      expect(asked.status).toBe(200);
      const told = await within(20_000, 'the answer to the command', () => {
        const posted = slack
          .callsTo('response_url')
          .find((call) => call.path === new URL(responseUrl).pathname);
        return posted ? JSON.stringify(posted.params) : asked.text || undefined;
      });
      expect(told).toContain(pl('slots:asked_title'));

      const dm = await within(60_000, 'the free times by DM', () =>
        slack.world.messages.find(
          (message) =>
            message.channel === slack.world.directChannels.get(kasia.id) &&
            JSON.stringify(message.blocks ?? []).includes(pl('slots:title', { minutes: 90 })),
        ),
      );
      const schedule = buttonsIn(dm.blocks).filter(
        (button) => button.label === pl('slots:schedule'),
      );
      expect(schedule).toHaveLength(5);
      // Each opens the schedule form at a free start, 90 minutes, after Anna's busy days.
      for (const button of schedule) {
        const action = decodeAction(button.value);
        if (action?.type !== 'open-form') throw new Error(`not a form button: ${button.value}`);
        const [, local, minutes] = /^slot:(.+):(\d+)$/.exec(action.subject ?? '') ?? [];
        expect(minutes).toBe('90');
        const start = DateTime.fromISO(local ?? '', { zone: 'Europe/Warsaw' });
        expect(start.isValid).toBe(true);
        expect(start.toMillis()).toBeGreaterThanOrEqual(annaFreeFrom.getTime() - 60_000);
      }
    },
  );
});
