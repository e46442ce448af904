import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrantCall } from '@glokal/domain';
import type { DeliveryJob } from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import { jobCount, startHarness, waitUntil, type Harness } from '../test-support/worker-harness';
import { extensionOf } from './grant-call-changed.job';
import { recordDeliveries } from '../test-support/recorded-deliveries';

let harness: Harness;
let worker: RunningWorker;
let delivered: DeliveryJob[] = [];
let closeConsumer: () => Promise<void>;

const brussels = (local: string) => ({ local, timeZone: 'Europe/Brussels' });
const ka220 = GrantCall.parse({
  id: 'erasmus-ka220-sch-2027',
  programme: 'Erasmus+',
  title: 'Partnerstwa współpracy w edukacji szkolnej',
  deadline: brussels('2027-03-05T12:00'),
});

beforeAll(async () => {
  harness = await startHarness();
  await harness.testStore.store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0GRANTY', locale: 'pl' },
    ['grants'],
  );
  await harness.testStore.store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0WYDARZENIA', locale: 'pl' },
    ['events'],
  );
  const follower = await harness.testStore.store.people.ensure(
    { platform: 'slack', userId: 'U0ANA' },
    'Ana Sousa',
  );
  await harness.testStore.store.people.setPreferences(follower.id, {
    locale: 'en',
    timeZone: 'Europe/Lisbon',
  });
  await harness.testStore.store.grants.upsert([ka220]);
  await harness.testStore.store.follows.set(follower.id, ka220.id, true);
  const recorded = recordDeliveries(harness, ['slack']);
  delivered = recorded.delivered;
  closeConsumer = () => recorded.close();
  worker = await harness.startWorker();
});
afterAll(async () => {
  await closeConsumer();
  await harness.close();
});

describe('the grant-call-changed job', () => {
  it('announces an added call to the channels subscribed to grants', async () => {
    const { store } = harness.testStore;
    await store.transaction(async (tx) => {
      await tx.grants.upsert([ka220]);
      await tx.outbox.add(`grant:${ka220.id}:added`, {
        type: 'grant-call-changed',
        grantId: ka220.id,
        change: 'added',
      });
    });
    await worker.relayNow();
    await waitUntil(() => delivered.length >= 1, 15_000, 'the announcement');
    expect(delivered).toEqual([
      expect.objectContaining({
        key: `announce:grant:${ka220.id}:added:slack:C0GRANTY`,
        channelId: 'C0GRANTY',
        message: { type: 'grant-announcement', grantId: ka220.id, change: 'added' },
      }),
    ]);
  });

  it('announces an extension with the deadlines it moved between, and nothing for an edit', async () => {
    const { store } = harness.testStore;
    const extended = {
      ...ka220,
      deadline: brussels('2027-03-19T12:00'),
      previousDeadlines: [ka220.deadline],
    };
    await store.transaction(async (tx) => {
      await tx.grants.upsert([extended]);
      await tx.outbox.add(`grant:${ka220.id}:extended:2027-03-19T12:00`, {
        type: 'grant-call-changed',
        grantId: ka220.id,
        change: 'extended',
        previousDeadline: ka220.deadline,
      });
      await tx.outbox.add(`grant:${ka220.id}:edited:1`, {
        type: 'grant-call-changed',
        grantId: ka220.id,
        change: 'edited',
      });
    });
    await worker.relayNow();
    await waitUntil(
      async () => (await jobCount(worker, 'grant-call-changes', 'completed')) >= 3,
      15_000,
      'both changes handled',
    );
    await waitUntil(() => delivered.length >= 3, 15_000, 'the extension announced and told');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const extensionMessage = {
      type: 'grant-announcement',
      grantId: ka220.id,
      change: 'extended',
      extension: { from: ka220.deadline, to: brussels('2027-03-19T12:00') },
    };
    // The follower hears of it by DM, once, in their language and zone.
    expect(delivered.filter((job) => job.directMessage)).toEqual([
      expect.objectContaining({
        platform: 'slack',
        channelId: 'U0ANA',
        locale: 'en',
        message: { ...extensionMessage, follower: { viewerZone: 'Europe/Lisbon' } },
      }),
    ]);
    expect(delivered.slice(1).filter((job) => !job.directMessage)).toEqual([
      expect.objectContaining({
        key: `announce:grant:${ka220.id}:extended:2027-03-19T12:00:slack:C0GRANTY`,
        message: {
          type: 'grant-announcement',
          grantId: ka220.id,
          change: 'extended',
          extension: { from: ka220.deadline, to: brussels('2027-03-19T12:00') },
        },
      }),
    ]);
  });
});

describe('extensionOf', () => {
  const call = {
    ...ka220,
    deadline: brussels('2027-04-02T12:00'),
    previousDeadlines: [brussels('2027-03-05T12:00'), brussels('2027-03-19T12:00')],
  };

  it('reads where an extension went from the call’s history, not only its current deadline', () => {
    expect(extensionOf(call, brussels('2027-03-05T12:00'))).toEqual({
      from: brussels('2027-03-05T12:00'),
      to: brussels('2027-03-19T12:00'),
    });
    expect(extensionOf(call, brussels('2027-03-19T12:00'))).toEqual({
      from: brussels('2027-03-19T12:00'),
      to: brussels('2027-04-02T12:00'),
    });
  });

  it('takes the last earlier deadline when the message names none, and the current one when history lacks it', () => {
    expect(extensionOf(call, undefined)?.from).toEqual(brussels('2027-03-19T12:00'));
    expect(extensionOf(ka220, brussels('2027-02-26T17:00'))).toEqual({
      from: brussels('2027-02-26T17:00'),
      to: ka220.deadline,
    });
    expect(extensionOf(ka220, undefined)).toBeUndefined();
  });
});
