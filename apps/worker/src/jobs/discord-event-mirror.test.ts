import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent } from '@glokal/domain';
import { openProducer, queues, type DiscordEventJob, type Producer } from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import { startHarness, waitUntil, type Harness } from '../test-support/worker-harness';

const meeting = ClusterEvent.parse({
  id: 'glokal-mirror-2027-01',
  title: 'Spotkanie partnerów',
  kind: 'meeting',
  timing: {
    allDay: false,
    start: '2027-01-14T09:00:00.000Z',
    end: '2027-01-14T10:30:00.000Z',
    timeZone: 'Europe/Warsaw',
  },
  source: 'glokal',
  revision: 1,
  updatedAt: '2027-01-01T08:00:00Z',
});

let harness: Harness;
let worker: RunningWorker;
let mirrors: Producer<typeof DiscordEventJob>;

beforeAll(async () => {
  harness = await startHarness();
  worker = await harness.startWorker();
  mirrors = openProducer(queues.discordEvents, harness.redis);
  await harness.testStore.store.events.upsert([meeting]);
});
afterAll(async () => {
  await mirrors.close();
  await harness.close();
});

/** The event ids of the mirror jobs on the Discord app's queue. */
async function mirrored(): Promise<string[]> {
  const jobs = await mirrors.queue.getJobs(['delayed', 'waiting']);
  return jobs.map((job) => (job.data as DiscordEventJob).eventId);
}

describe('the worker asks the Discord app to mirror events to the Events tabs', () => {
  it('queues the event’s mirror when the event changed, and when it is announced as new', async () => {
    const { outbox } = harness.testStore.store;
    await outbox.add(`event-changed:${meeting.id}:2`, {
      type: 'event-changed',
      eventId: meeting.id,
    });
    await worker.relayNow();
    await waitUntil(async () => (await mirrored()).includes(meeting.id), 15_000, 'a mirror job');
    await mirrors.queue.obliterate({ force: true });
    await outbox.add(`announce:event:${meeting.id}`, {
      type: 'announce',
      subject: { type: 'event-announcement', eventId: meeting.id },
    });
    await worker.relayNow();
    await waitUntil(async () => (await mirrored()).includes(meeting.id), 15_000, 'a mirror job');
    expect(await mirrored()).toEqual([meeting.id]);
  });
});
