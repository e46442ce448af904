import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { GrantCall, missedReminders, type LocalDeadline } from '@glokal/domain';
import {
  openProducer,
  queues,
  reminderJobId,
  scheduleReminders,
  startDeliveryConsumer,
  type DeliveryConsumer,
  type DeliveryJob,
  type Queue,
} from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import {
  silentLogger,
  startHarness,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';
import { reminderTargets } from './reminder-targets';
import { replanReminders, toReminderJob } from './replan-reminders';

const cluster = { timeZone: 'Europe/Warsaw', locale: 'pl' as const };
let harness: Harness;
let reminders: Queue;
let closeReminders: () => Promise<void>;
let consumer: DeliveryConsumer;
let worker: RunningWorker | undefined;
const delivered: DeliveryJob[] = [];

/** Three hours from now less `minutes`: its 3-hour reminder was due that many minutes ago. */
function deadlineDue(minutesAgo: number): LocalDeadline {
  const at = DateTime.utc().startOf('minute').plus({ hours: 3, minutes: -minutesAgo });
  return { local: at.toFormat("yyyy-MM-dd'T'HH:mm"), timeZone: 'UTC' };
}

/** A call whose 3-hour reminder to the channel is due, queued as the burst left it: waiting. */
async function dueReminderOf(id: string): Promise<{ call: GrantCall; key: string }> {
  const { store } = harness.testStore;
  const call = GrantCall.parse({
    id,
    programme: 'Erasmus+ KA2',
    title: `Partnerships ${id}`,
    deadline: deadlineDue(2),
  });
  await store.grants.upsert([call]);
  const targets = await reminderTargets(store, call.id, cluster);
  const now = new Date();
  const { late } = missedReminders(call, targets, {
    since: new Date(now.getTime() - 10 * 60_000),
    now,
  });
  expect(late).toHaveLength(1);
  await scheduleReminders(reminders, late.map(toReminderJob), now);
  const key = late[0]?.key ?? '';
  expect(await (await reminders.getJob(reminderJobId(key)))?.isWaiting()).toBe(true);
  return { call, key };
}

/** What the worker's reminder job answered, once it ran (a worker starts for it). */
async function outcomeOf(key: string): Promise<unknown> {
  worker ??= await harness.startWorker();
  await waitUntil(
    async () => (await (await reminders.getJob(reminderJobId(key)))?.isCompleted()) === true,
    15_000,
    `the reminder ${key} ran`,
  );
  return (await reminders.getJob(reminderJobId(key)))?.returnvalue;
}

beforeAll(async () => {
  harness = await startHarness();
  await harness.testStore.store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0GRANTY', locale: 'en' },
    ['grants'],
  );
  const producer = openProducer(queues.grantReminders, harness.redis);
  reminders = producer.queue;
  closeReminders = () => producer.close();
  consumer = startDeliveryConsumer({
    platform: 'slack',
    redis: harness.redis,
    deliveries: harness.testStore.store.deliveries,
    logger: silentLogger,
    deliver: async (job) => {
      delivered.push(job);
      return { messageId: `m-${delivered.length}` };
    },
  });
});
afterEach(async () => {
  await worker?.stop({ graceMs: 2000 });
  worker = undefined;
});
afterAll(async () => {
  await consumer.close();
  await closeReminders();
  await harness.close();
});

describe('a call re-planned while its due reminders wait for a worker (a burst)', () => {
  it('leaves a due reminder on the queue, and it goes out once', async () => {
    const { call, key } = await dueReminderOf('burst-replanned');
    // What a follow, an edit or a starting worker's catch-up does before the reminder ran.
    await replanReminders(
      { store: harness.testStore.store, queue: reminders, now: new Date(), cluster },
      call.id,
    );
    expect(await outcomeOf(key)).toEqual({ sent: true, late: false });
    await waitUntil(() => delivered.some((job) => job.key === key), 15_000, 'the delivery');
    expect(delivered.filter((job) => job.key === key)).toHaveLength(1);
  });

  it('sends nothing for a due reminder of a deadline that was extended meanwhile', async () => {
    const { call, key } = await dueReminderOf('burst-extended');
    const { store } = harness.testStore;
    await store.grants.upsert([
      { ...call, deadline: deadlineDue(-7 * 24 * 60), previousDeadlines: [call.deadline] },
    ]);
    await replanReminders({ store, queue: reminders, now: new Date(), cluster }, call.id);
    expect(await outcomeOf(key)).toEqual({ sent: false, why: 'deadline-changed' });
    expect(delivered.filter((job) => job.key === key)).toEqual([]);
    expect(await store.deliveries.byKey(key)).toBeUndefined();
  });
});
