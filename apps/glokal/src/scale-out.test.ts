import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import {
  GrantCall,
  reminderKey,
  type ClusterStore,
  type LocalDeadline,
  type ReminderTarget,
} from '@glokal/domain';
import { removePrefixedKeys } from '@glokal/queue';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import {
  interactionBody,
  sendToSlackApp,
  slashCommandBody,
  startFakeSlack,
  viewSubmissionPayload,
  type FakeSlack,
  type InputState,
} from '@glokal/testing/slack';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { repeated } from './test-support/delivered-at-fakes';
import { startGlokalProcess, within, type GlokalProcess } from './test-support/glokal-process';

/*
 * Scale-out: two Glokal processes (each a worker and a Slack app in HTTP mode, as behind a
 * load balancer) on one Redis prefix and one Postgres schema. Through a burst of reminders,
 * a calendar sync that finds new events and coordinators' writes sent to either instance,
 * every reminder and announcement reaches Slack once, and a read on one instance shows a
 * write made through the other.
 */
const CALLS = 5;
const grantChannels = Array.from(
  { length: 16 },
  (_, n) => `C0SCALE${String(n + 1).padStart(2, '0')}`,
);
const eventChannels = ['C0EVENTS1', 'C0EVENTS2'];
const followers = ['U0FOLLOWA', 'U0FOLLOWB', 'U0FOLLOWC', 'U0FOLLOWD'];
const coordinator = { id: 'U0KASIA', name: 'kasia' };
/** 5 calls × 2 deadlines × (16 channels + 4 followers by DM). */
const REMINDERS = CALLS * 2 * (grantChannels.length + followers.length);
const NEW_EVENTS = 3;
const WRITES = 2;
const calendarId = 'klaster-skalowanie@group.calendar.google.com';
const place = { teamId: 'T0GLOKAL1', channelId: 'C0OGOLNY', channelName: 'ogolny' };
const signingSecret = 'glokal-scale-out-signing-secret';
/** Where the worker's reminder check keeps the time it last looked (its sync-state source). */
const REMINDER_CHECK_SOURCE = 'reminders';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-scale-${randomUUID()}`,
};
const databaseUrl = process.env['DATABASE_URL'];

let slack: FakeSlack;
let google: FakeGoogle;
let testStore: TestStore;
let reminderKeys: string[];
const running: GlokalProcess[] = [];

/** A zone where `at` falls at 14:xx, so a direct message due then is outside quiet hours. */
function afternoonZoneAt(at: DateTime): string {
  const offset = 14 - at.toUTC().hour;
  return offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const localOf = (at: DateTime): LocalDeadline => ({
  local: at.toUTC().toFormat("yyyy-MM-dd'T'HH:mm"),
  timeZone: 'UTC',
});

/**
 * Calls whose 3-hour reminders (of both deadlines) are just past, the worker's last look ten
 * minutes ago: each worker's first check owes every target those reminders. Their keys.
 */
async function seedBurst(store: ClusterStore): Promise<string[]> {
  const minute = DateTime.utc().startOf('minute');
  const deadline = localOf(minute.plus({ hours: 3, minutes: -2 }));
  const internalDeadline = localOf(minute.plus({ hours: 3, minutes: -3 }));
  const calls = Array.from({ length: CALLS }, (_, n) =>
    GrantCall.parse({
      id: `scale-call-${n + 1}`,
      programme: 'Erasmus+ KA2',
      title: `Partnerships for cooperation, round ${n + 1}`,
      deadline,
      internalDeadline,
    }),
  );
  await store.grants.upsert(calls);
  const targets: ReminderTarget[] = [];
  for (const [n, channelId] of grantChannels.entries()) {
    const locale = n % 2 === 0 ? ('pl' as const) : ('en' as const);
    await store.subscriptions.subscribe(
      { platform: 'slack', workspaceId: place.teamId, channelId, locale },
      ['grants'],
    );
    targets.push({
      kind: 'channel',
      platform: 'slack',
      workspaceId: place.teamId,
      channelId,
      locale,
    });
  }
  for (const channelId of eventChannels)
    await store.subscriptions.subscribe(
      { platform: 'slack', workspaceId: place.teamId, channelId, locale: 'en' },
      ['events'],
    );
  const timeZone = afternoonZoneAt(minute.plus({ minutes: -2 }));
  for (const userId of followers) {
    const person = await store.people.ensure({ platform: 'slack', userId }, `Follower ${userId}`);
    await store.people.setPreferences(person.id, { timeZone, locale: 'en' });
    for (const call of calls) await store.follows.set(person.id, call.id, true);
    targets.push({ kind: 'person', personId: person.id, timeZone, locale: 'en' });
  }
  await store.syncState.saveCursor(
    REMINDER_CHECK_SOURCE,
    undefined,
    minute.minus({ minutes: 10 }).toJSDate(),
  );
  const threeHours = { unit: 'hours', amount: 3 } as const;
  return calls.flatMap((call) =>
    targets.flatMap((target) => [
      reminderKey(call.id, 'deadline', deadline, threeHours, target),
      reminderKey(call.id, 'internal', internalDeadline, threeHours, target),
    ]),
  );
}

/** The test's schema on the processes' search path: both open the same tables. */
async function storeEnvironment(): Promise<Record<string, string>> {
  const [row] = await testStore.opened.query('select current_schema() as schema');
  const url = new URL(databaseUrl ?? '');
  url.searchParams.set('options', `-c search_path=${String(row?.['schema'])}`);
  return { DATABASE_URL: url.toString() };
}

interface Instance {
  process: GlokalProcess;
  /** Where the load balancer would send Slack's requests to this instance. */
  slackUrl: string;
}

/** Each instance has a bot token of its own, so that the fake tells who posted what. */
const botTokens = ['xoxb-scale-out-a', 'xoxb-scale-out-b'];

async function startInstance(
  store: Record<string, string>,
  botToken: string,
): Promise<GlokalProcess> {
  const started = startGlokalProcess({
    ...store,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: redis.prefix,
    HTTP_PORT: '0',
    LOG_LEVEL: 'info',
    CLUSTER_TIMEZONE: 'Europe/Warsaw',
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: slack.apiUrl,
    SLACK_PORT: '0',
    SLACK_APP_TOKEN: '',
    SLACK_COORDINATORS: coordinator.id,
    GOOGLE_CALENDAR_ID: calendarId,
    GOOGLE_ACCESS_TOKEN: 'ya29.test',
    GOOGLE_API_ROOT_URL: google.rootUrl,
    SYNC_CALENDAR_EVERY: '2s',
    GOOGLE_DRIVE_ID: '',
    GOOGLE_DRIVE_FOLDER_ID: '',
    PUBLIC_PORT: '',
  });
  running.push(started);
  return started;
}

async function ready(glokal: GlokalProcess): Promise<Instance> {
  await within(90_000, 'Glokal starting', () => {
    if (glokal.hasExited()) throw new Error(`a Glokal process exited:\n${glokal.tail()}`);
    return glokal.logged().find((line) => line['msg'] === 'Glokal is running');
  });
  const started = glokal.logged().find((line) => line['msg'] === 'Slack app started');
  return {
    process: glokal,
    slackUrl: `http://127.0.0.1:${String(started?.['port'])}/slack/events`,
  };
}

/** Every Glokal delivery at the fake, by the key in its message metadata. */
function deliveredKeys(): string[] {
  return slack.world.messages.flatMap((message) => {
    const key = message.metadata?.event_payload['key'];
    return message.metadata?.event_type === 'glokal_delivery' && typeof key === 'string'
      ? [key]
      : [];
  });
}

const announced = (subject: 'event' | 'grant') =>
  deliveredKeys().filter((key) => key.startsWith(`announce:${subject}:`));

async function command(instance: Instance, text: string) {
  const answer = await sendToSlackApp(
    instance.slackUrl,
    slashCommandBody({
      text,
      user: coordinator,
      place,
      responseUrl: slack.responseUrl('commands'),
    }),
    { signingSecret },
  );
  expect(answer.status).toBe(200);
  return answer;
}

const OpenedInput = (block: Record<string, unknown>) =>
  block['type'] === 'input'
    ? (block as {
        block_id: string;
        element: {
          type: string;
          action_id: string;
          initial_value?: string;
          initial_date?: string;
          initial_time?: string;
          initial_option?: { value: string };
        };
      })
    : undefined;

/** The state Slack sends back: the inputs as opened, with `answers` (by block id) typed in. */
function stateOf(
  blocks: Record<string, unknown>[],
  answers: Record<string, string>,
): Record<string, Record<string, InputState>> {
  return Object.fromEntries(
    blocks.flatMap((block) => {
      const input = OpenedInput(block);
      if (!input) return [];
      const { element } = input;
      const given = answers[input.block_id];
      const state: InputState =
        element.type === 'datepicker'
          ? { type: element.type, selected_date: given ?? element.initial_date ?? null }
          : element.type === 'timepicker'
            ? { type: element.type, selected_time: given ?? element.initial_time ?? null }
            : element.type === 'static_select'
              ? {
                  type: element.type,
                  selected_option: given ? { value: given } : (element.initial_option ?? null),
                }
              : element.type.startsWith('multi_')
                ? { type: element.type, selected_options: [], selected_users: [] }
                : { type: element.type, value: given ?? element.initial_value ?? null };
      return [[input.block_id, { [element.action_id]: state }]];
    }),
  );
}

/** A coordinator adds a grant call: the form opened through `opener`, submitted through `submitter`. */
async function addGrantCall(opener: Instance, submitter: Instance, title: string): Promise<void> {
  const opens = slack.callsTo('views.open').length;
  await command(opener, 'grant add');
  const call = await slack.waitForCall('views.open', { count: opens + 1, timeoutMs: 15_000 });
  const raw = call.params['view'];
  const view = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
    callback_id: string;
    private_metadata: string;
    blocks: Record<string, unknown>[];
  };
  const submitted = await sendToSlackApp(
    submitter.slackUrl,
    interactionBody(
      viewSubmissionPayload({
        user: coordinator,
        place,
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        blocks: view.blocks,
        values: stateOf(view.blocks, {
          'f:programme': 'Interreg',
          'f:title': title,
          'f:deadline:date': '2027-06-30',
          'f:deadline:time': '12:00',
        }),
      }),
    ),
    { signingSecret },
  );
  expect(submitted.status).toBe(200);
  expect(JSON.stringify(submitted.json ?? {})).not.toContain('"errors"');
}

beforeAll(async () => {
  if (!databaseUrl) return;
  slack = await startFakeSlack({
    users: [
      ...followers.map((id) => ({ id, name: id.toLowerCase(), locale: 'en-GB' })),
      { id: coordinator.id, name: coordinator.name, locale: 'en-GB' },
    ],
    postsPerChannelEveryMs: 1000,
    tokens: botTokens,
  });
  google = await startFakeGoogle();
  google.calendar.ensureCalendar(calendarId);
  google.calendar.addEvent(calendarId, {
    summary: '[spotkanie] Spotkanie zespołu',
    start: { dateTime: new Date(Date.now() + 3 * 86_400_000).toISOString(), timeZone: 'UTC' },
    end: { dateTime: new Date(Date.now() + 3 * 86_400_000 + 3_600_000).toISOString() },
  });
  testStore = await createTestStore();
  reminderKeys = await seedBurst(testStore.store);
}, 60_000);

afterAll(async () => {
  for (const glokal of running) glokal.child.kill('SIGKILL');
  await Promise.all(running.map((glokal) => glokal.exited));
  await testStore?.close();
  if (databaseUrl) await removePrefixedKeys(redis);
  await google?.close();
  await slack?.close();
}, 60_000);

// Two processes share a store only on Postgres (PGlite is one process's).
describe.runIf(databaseUrl)('two workers and two Slack apps on one Redis and one Postgres', () => {
  it(
    'deliver every reminder and announcement once, and each shows what the other wrote',
    { timeout: 120_000 },
    async () => {
      expect(reminderKeys).toHaveLength(REMINDERS);
      const store = await storeEnvironment();
      const [a, b] = await Promise.all(
        [
          await startInstance(store, botTokens[0] ?? ''),
          await startInstance(store, botTokens[1] ?? ''),
        ].map(ready),
      );
      if (!a || !b) throw new Error('two instances');

      // (2) Once the first sync has read the calendar (it announces nothing), new events appear.
      const source = `calendar:${calendarId}`;
      await within(60_000, 'the first calendar sync', async () =>
        (await testStore.store.syncState.get(source))?.lastSuccessAt ? true : undefined,
      );
      const start = Date.now() + 10 * 86_400_000;
      const titles = Array.from({ length: NEW_EVENTS }, (_, n) => `Warsztaty skalowania ${n + 1}`);
      for (const [n, title] of titles.entries())
        google.calendar.addEvent(calendarId, {
          summary: `[warsztaty] ${title}`,
          start: { dateTime: new Date(start + n * 86_400_000).toISOString(), timeZone: 'UTC' },
          end: { dateTime: new Date(start + n * 86_400_000 + 3_600_000).toISOString() },
        });

      // (3) The coordinator reads on both instances (each keeps its replies under the change
      // version), then writes through one and reads through the other: no kept reply is shown.
      const grantTitles = Array.from({ length: WRITES }, (_, n) => `Małe projekty ${n + 1}`);
      const missing = 'I found no grant call';
      const shown = async (instance: Instance, text: string) =>
        JSON.stringify((await command(instance, text)).json);
      for (const instance of [a, b])
        for (const title of grantTitles) {
          expect(await shown(instance, 'grants')).not.toContain(title);
          expect(await shown(instance, `grant ${title}`)).toContain(missing);
        }
      expect(await shown(a, 'grants')).toContain(`${CALLS} calls`);
      for (const [n, title] of grantTitles.entries()) {
        // Opened on one instance, submitted (written) on the other, read back on the first.
        const [opener, writer] = n % 2 === 0 ? [a, b] : [b, a];
        await addGrantCall(opener, writer, title);
        expect(await shown(opener, 'grants')).toContain(`${CALLS + n + 1} calls`);
        for (const instance of [opener, writer])
          expect(await shown(instance, `grant ${title}`)).not.toContain(missing);
      }

      const expectedAnnouncements = {
        event: NEW_EVENTS * eventChannels.length,
        grant: WRITES * grantChannels.length,
      };
      await within(90_000, 'every reminder and announcement at the fake', () => {
        for (const instance of [a, b])
          if (instance.process.hasExited())
            throw new Error(`an instance exited:\n${instance.process.tail()}`);
        const keys = new Set(deliveredKeys());
        return reminderKeys.every((key) => keys.has(key)) &&
          announced('event').length >= expectedAnnouncements.event &&
          announced('grant').length >= expectedAnnouncements.grant
          ? true
          : undefined;
      });
      // Let any second copy arrive before counting: both processes stop, draining their work.
      for (const instance of [a, b]) instance.process.child.kill('SIGTERM');
      expect(await Promise.all([a, b].map((instance) => instance.process.exited))).toEqual([0, 0]);

      const keys = deliveredKeys();
      const unnamed = slack.world.messages.filter(
        (message) => message.metadata?.event_type !== 'glokal_delivery',
      );
      expect({ repeated: repeated(keys), unnamed: unnamed.length }).toEqual({
        repeated: {},
        unnamed: 0,
      });
      expect(keys.filter((key) => !key.startsWith('announce:')).sort()).toEqual(
        [...reminderKeys].sort(),
      );
      expect(announced('event')).toHaveLength(expectedAnnouncements.event);
      expect(announced('grant')).toHaveLength(expectedAnnouncements.grant);
      for (const channel of eventChannels) {
        const texts = slack.world.messages
          .filter((message) => message.channel === channel)
          .map((message) => JSON.stringify(message.blocks));
        for (const title of titles)
          expect(texts.filter((text) => text.includes(title))).toHaveLength(1);
      }
      for (const channel of grantChannels) {
        const texts = slack.world.messages
          .filter((message) => message.channel === channel)
          .map((message) => JSON.stringify(message.blocks));
        for (const title of grantTitles)
          expect(texts.filter((text) => text.includes(title))).toHaveLength(1);
      }
      // Both instances posted a share: the deliveries were spread, not done by one of them.
      const postedBy = botTokens.map(
        (token) =>
          slack.callsTo('chat.postMessage').filter((call) => call.token === token && call.answer.ok)
            .length,
      );
      expect(postedBy.every((posted) => posted > 0)).toBe(true);

      const rows = await testStore.opened.query(
        'select state, count(*)::int as n from deliveries group by state order by state',
      );
      expect(rows).toEqual([
        {
          state: 'sent',
          n: REMINDERS + expectedAnnouncements.event + expectedAnnouncements.grant,
        },
      ]);
    },
  );
});
