import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClusterEvent, type ChatPerson } from '@glokal/domain';
import {
  openProducer,
  outboxJobId,
  queues,
  type CalendarWriteJob,
  type Producer,
} from '@glokal/queue';
import { calendarId, startHarness, waitUntil, type Harness } from '../test-support/worker-harness';

let harness: Harness;
let writes: Producer<typeof queues.calendarWrites.payload>;
let relayNow: () => Promise<unknown>;

beforeAll(async () => {
  harness = await startHarness();
  const { store } = harness.testStore;
  const anna = await store.people.ensure({ platform: 'slack', userId: 'U0ANNA' }, 'Anna');
  const piotr = await store.people.ensure({ platform: 'discord', userId: '4242' }, 'Piotr');
  await store.people.ensure({ platform: 'slack', userId: 'U0EWA' }, 'Ewa');
  await store.people.setEmail(anna.id, 'Anna@sp12.example.pl');
  await store.people.setEmail(piotr.id, 'piotr@klaster.example.pl');
  // Piotr's address is a Google Calendar user's: `externalOnly` sends him no e-mail.
  harness.fake.calendar.ensureCalendar('piotr@klaster.example.pl');
  const { config } = harness;
  const worker = await harness.startWorker({
    config: { ...config, google: { ...config.google, sendUpdates: 'externalOnly' } },
  });
  relayNow = () => worker.relayNow();
  writes = openProducer(queues.calendarWrites, harness.redis);
});
afterAll(async () => {
  await writes.close();
  await harness.close();
});
beforeEach(() => {
  harness.fake.requests.length = 0;
});

const store = () => harness.testStore.store;
const inAMonth = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 30 * 86_400_000);
const slack = (userId: string) => ({ platform: 'slack' as const, userId });

function meeting(id: string, revision: number, invitees: ChatPerson[]): ClusterEvent {
  return ClusterEvent.parse({
    id,
    title: 'Zespół ds. staży',
    kind: 'meeting',
    timing: {
      allDay: false,
      start: inAMonth.toISOString(),
      end: new Date(inAMonth.getTime() + 3_600_000).toISOString(),
      timeZone: 'Europe/Warsaw',
    },
    status: 'confirmed',
    source: 'glokal',
    updatedAt: new Date().toISOString(),
    revision,
    meeting: { online: false, invitees, scheduledBy: slack('U0KOORD') },
  });
}

/** Stores the meeting and its `calendar-write` message as the chat form does; the job's answer. */
async function writeFromChat(event: ClusterEvent, action: CalendarWriteJob['action']) {
  const key = `calendar-write:${event.id}:${event.revision ?? 1}`;
  await store().transaction(async (inside) => {
    await inside.events.upsert([event]);
    await inside.outbox.add(key, {
      type: 'calendar-write',
      eventId: event.id,
      action,
      revision: event.revision ?? 1,
    });
  });
  await relayNow();
  const jobId = outboxJobId(key);
  await waitUntil(
    async () => ['completed', 'failed'].includes(String(await writes.queue.getJobState(jobId))),
    20_000,
    `calendar write ${jobId}`,
  );
  const job = await writes.queue.getJob(jobId);
  expect(job?.failedReason).toBeUndefined();
  return job?.returnvalue as Record<string, unknown>;
}

const attendeesOf = (id: string) =>
  harness.fake.calendar.event(calendarId, id)?.attendees?.map((attendee) => attendee.email);
const asked = () =>
  harness.fake.requests
    .filter((request) => request.path.includes('/events'))
    .map((request) => `${request.method} ${request.query.get('sendUpdates')}`);
const mails = (id: string) =>
  harness.fake.writes.sent
    .filter((sent) => sent.eventId === id)
    .map((sent) => [sent.kind, sent.sendUpdates, sent.to]);

describe('invitees as Google attendees, with the configured sendUpdates', () => {
  it('invites those whose e-mail Glokal knows, on insert and on a patch, and leaves the others out', async () => {
    const id = 'goscie00001';
    // Jan was never seen by Glokal; Ewa was, without an e-mail.
    const invitees = [slack('U0ANNA'), { platform: 'discord', userId: '4242' } as const];
    const inserted = await writeFromChat(
      meeting(id, 1, [...invitees, slack('U0JAN'), slack('U0EWA')]),
      'insert',
    );
    expect(inserted).toMatchObject({ action: 'insert', attendees: 2, withoutEmail: 2 });
    expect(attendeesOf(id)).toEqual(['anna@sp12.example.pl', 'piotr@klaster.example.pl']);

    // Jan sets an e-mail after the meeting was scheduled; a move drops Anna and writes Jan in.
    const jan = await store().people.ensure(slack('U0JAN'), 'Jan');
    await store().people.setEmail(jan.id, 'jan@ckziu.example.pl');
    const patched = await writeFromChat(
      meeting(id, 2, [invitees[1]!, slack('U0JAN'), slack('U0EWA')]),
      'patch',
    );
    expect(patched).toMatchObject({ action: 'patch', attendees: 2, withoutEmail: 1 });
    expect(attendeesOf(id)).toEqual(['piotr@klaster.example.pl', 'jan@ckziu.example.pl']);

    await writeFromChat(
      { ...meeting(id, 3, [invitees[1]!, slack('U0JAN')]), status: 'cancelled' },
      'cancel',
    );
    expect(asked()).toEqual(['POST externalOnly', 'PATCH externalOnly', 'PATCH externalOnly']);
    // Piotr is a Google Calendar user: externalOnly leaves him to his calendar.
    expect(mails(id)).toEqual([
      ['invitation', 'externalOnly', ['anna@sp12.example.pl']],
      ['update', 'externalOnly', ['jan@ckziu.example.pl']],
      ['cancellation', 'externalOnly', ['jan@ckziu.example.pl']],
    ]);
  });

  it('writes a meeting none of whose invitees has an e-mail without attendees', async () => {
    const id = 'brak00000001';
    const written = await writeFromChat(
      meeting(id, 1, [slack('U0EWA'), slack('U0NIKT')]),
      'insert',
    );
    expect(written).toMatchObject({ outcome: 'written', attendees: 0, withoutEmail: 2 });
    expect(harness.fake.calendar.event(calendarId, id)).toBeDefined();
    expect(attendeesOf(id) ?? []).toEqual([]);
    expect(mails(id)).toEqual([]);
  });
});
