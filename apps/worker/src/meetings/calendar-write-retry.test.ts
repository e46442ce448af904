import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent } from '@glokal/domain';
import { runAction, type ActionContext, type ChatDeps } from '@glokal/chat';
import { openProducer, outboxJobId, queues, type Producer } from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import { calendarId, startHarness, waitUntil, type Harness } from '../test-support/worker-harness';

let harness: Harness;
let worker: RunningWorker;
let writes: Producer<typeof queues.calendarWrites.payload>;

beforeAll(async () => {
  harness = await startHarness();
  worker = await harness.startWorker();
  writes = openProducer(queues.calendarWrites, harness.redis);
});
afterAll(async () => {
  await writes.close();
  await harness.close();
});

const store = () => harness.testStore.store;
const inAMonth = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 30 * 86_400_000);

const meeting = ClusterEvent.parse({
  id: 'retried00001',
  title: 'Rada programowa klastra',
  kind: 'meeting',
  timing: {
    allDay: false,
    start: inAMonth.toISOString(),
    end: new Date(inAMonth.getTime() + 3_600_000).toISOString(),
    timeZone: 'Europe/Warsaw',
  },
  source: 'glokal',
  updatedAt: new Date().toISOString(),
  revision: 1,
  meeting: { online: false, invitees: [], scheduledBy: { platform: 'slack', userId: 'U0COORD' } },
});

/** Waits until the job has completed or failed for good. */
async function finished(jobId: string): Promise<string> {
  let state = '';
  await waitUntil(
    async () => {
      state = String(await writes.queue.getJobState(jobId));
      return state === 'completed' || state === 'failed';
    },
    20_000,
    `calendar write ${jobId}`,
  );
  return state;
}

const coordinator: ActionContext = {
  requester: {
    platform: 'slack',
    userId: 'U0COORD',
    displayName: 'Koordynatorka',
    isCoordinator: true,
  },
  conversation: { workspaceId: 'T0KLASTER', channelId: 'C0WYDARZENIA' },
  locale: 'pl',
  timeZone: 'Europe/Warsaw',
};

describe('Retry on a meeting whose calendar write failed for good', () => {
  it('writes it to Google Calendar under a new job of the same revision, and clears the failure', async () => {
    // One attempt, failed: the queue has no more retries, so the failure is recorded.
    harness.fake.faults.failNext(1, '503', { method: 'POST' });
    await store().events.upsert([meeting]);
    const failed = await writes.add(
      'calendar-write',
      { type: 'calendar-write', eventId: meeting.id, action: 'insert', revision: 1 },
      { attempts: 1 },
    );
    expect(await finished(failed.id ?? '')).toBe('failed');
    expect((await store().events.byId(meeting.id))?.calendarWriteError?.code).toBe('unavailable');
    expect(harness.fake.calendar.event(calendarId, meeting.id)).toBeUndefined();

    const deps: ChatDeps = {
      store: store(),
      clock: { now: () => new Date() },
      clusterTimeZone: 'Europe/Warsaw',
      jobs: { relayNow: () => worker.relayNow() },
    };
    await runAction({ type: 'retry-calendar-write', eventId: meeting.id }, coordinator, deps);
    const retries = (await harness.testStore.opened.query(
      "select key from outbox where key like 'calendar-write:retried00001:1:retry:%'",
    )) as Array<{ key: string }>;
    expect(retries).toHaveLength(1);
    expect(await finished(outboxJobId(retries[0]?.key ?? ''))).toBe('completed');

    expect(harness.fake.calendar.event(calendarId, meeting.id)?.summary).toBe(
      'Rada programowa klastra',
    );
    const written = await store().events.byId(meeting.id);
    expect(written?.calendarWriteError).toBeUndefined();
    expect(written?.calendarUrl).toBeDefined();
  });
});
