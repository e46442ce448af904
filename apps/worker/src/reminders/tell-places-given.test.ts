import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent, type Clock, type Person } from '@glokal/domain';
import { openProducer, outboxJobId, queues, type Queue } from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import { startHarness, waitUntil, type Harness } from '../test-support/worker-harness';
import { recordDeliveries, type RecordedDeliveries } from '../test-support/recorded-deliveries';

const meeting = ClusterEvent.parse({
  id: 'glokal-writing-workshop-2027',
  title: 'Warsztaty pisania wniosków',
  kind: 'workshop',
  timing: {
    allDay: false,
    start: '2027-01-14T09:00:00.000Z',
    end: '2027-01-14T10:30:00.000Z',
    timeZone: 'Europe/Warsaw',
  },
  location: 'Łódź',
  source: 'glokal',
  revision: 1,
  updatedAt: '2027-01-01T08:00:00Z',
  meeting: {
    online: false,
    invitees: [],
    capacity: 1,
    scheduledBy: { platform: 'slack', userId: 'U0COORD' },
  },
});
const clock: Clock = { now: () => new Date('2027-01-05T08:00:00Z') };

let harness: Harness;
let worker: RunningWorker;
let recorded: RecordedDeliveries;
let eventChanges: Queue;
let closeEventChanges: () => Promise<void>;
let anna: Person;
let jan: Person;
let ola: Person;
let changes = 0;

/** What an answer from chat writes: the answer and its `event-changed`, in one transaction. */
async function answer(person: Person, said: 'going' | 'maybe' | 'not-going'): Promise<string> {
  changes += 1;
  const key = `event-changed:${meeting.id}:attendance:${person.id}:${changes}`;
  await harness.testStore.store.transaction(async (tx) => {
    await tx.attendance.answer(person.id, meeting.id, said);
    await tx.outbox.add(key, { type: 'event-changed', eventId: meeting.id });
  });
  await worker.relayNow();
  return key;
}

/** How many places the `event-changed` jobs of these outbox keys told of, once all are done. */
async function toldIn(keys: readonly string[]): Promise<number> {
  let told = 0;
  for (const key of keys) {
    const id = outboxJobId(key);
    await waitUntil(
      async () => Boolean(await (await eventChanges.getJob(id))?.isCompleted()),
      20_000,
      `${key} handled`,
    );
    told += ((await eventChanges.getJob(id))?.returnvalue as { placesGiven: number }).placesGiven;
  }
  return told;
}

const placesGiven = () =>
  recorded.delivered.filter((delivery) => delivery.message.type === 'waiting-list-place');

beforeAll(async () => {
  harness = await startHarness();
  const { store } = harness.testStore;
  anna = await store.people.ensure({ platform: 'slack', userId: 'U0ANNA' }, 'Anna');
  jan = await store.people.ensure({ platform: 'discord', userId: '4242' }, 'Jan');
  ola = await store.people.ensure({ platform: 'slack', userId: 'U0OLA' }, 'Ola');
  await store.people.setPreferences(jan.id, { timeZone: 'Europe/Lisbon', locale: 'en' });
  await store.events.upsert([meeting]);
  recorded = recordDeliveries(harness);
  const producer = openProducer(queues.eventChanges, harness.redis);
  eventChanges = producer.queue;
  closeEventChanges = () => producer.close();
  worker = await harness.startWorker({ clock });
}, 120_000);
afterAll(async () => {
  await closeEventChanges();
  await recorded.close();
  await harness.close();
});

describe('a place given from the waiting list', () => {
  it('is told to whom it was given by DM, once, however often the event changes after', async () => {
    const keys = [
      await answer(anna, 'going'),
      await answer(jan, 'going'),
      await answer(ola, 'going'),
    ];
    expect(await harness.testStore.store.attendance.counts(meeting.id)).toMatchObject({
      going: 1,
      waiting: 2,
    });

    // Whichever of the event's jobs runs first after Anna leaves tells Jan; the rest find it told.
    keys.push(await answer(anna, 'not-going'), await answer(anna, 'maybe'));
    keys.push(await answer(ola, 'going'));
    expect(await toldIn(keys)).toBe(1);
    await waitUntil(async () => placesGiven().length === 1, 20_000, 'the DM to Jan');
    const [dm] = placesGiven();
    expect(dm).toMatchObject({
      platform: 'discord',
      channelId: '4242',
      directMessage: true,
      locale: 'en',
      message: { type: 'waiting-list-place', eventId: meeting.id, viewerZone: 'Europe/Lisbon' },
    });
    expect(dm?.key).toMatch(new RegExp(`^waiting-list-place:${meeting.id}:${jan.id}:`));
    await waitUntil(
      async () => (await harness.testStore.store.deliveries.byKey(dm?.key ?? ''))?.state === 'sent',
      20_000,
      'the DM sent',
    );
    expect(await toldIn([await answer(anna, 'going')])).toBe(0);
    expect(placesGiven()).toHaveLength(1);

    // Jan leaves: Ola gets the place and her own DM, in her (the cluster's) language.
    expect(await toldIn([await answer(jan, 'not-going')])).toBe(1);
    await waitUntil(async () => placesGiven().length === 2, 20_000, 'the DM to Ola');
    expect(placesGiven()[1]).toMatchObject({ platform: 'slack', channelId: 'U0OLA', locale: 'pl' });
  });
});
