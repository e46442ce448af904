import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '@glokal/config';
import { systemClock, type ClusterEvent } from '@glokal/domain';
import {
  fakeClusterGuild,
  fakeGuildId,
  scheduledEventLimits,
  startFakeDiscord,
  type FakeDiscord,
  type FakeGuild,
} from '@glokal/testing/discord';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { createDeliveryRest } from '../deliver-to-discord';
import { clusterGuilds } from '../cluster-guilds';
import { mirrorEvent } from './mirror-event';
import { EventsRefused } from './events-refused';
import { eventMark } from './scheduled-event-body';

const secondGuild: FakeGuild = { ...fakeClusterGuild, id: '1200000000000000001', channels: [] };
const refusingGuild: FakeGuild = {
  ...fakeClusterGuild,
  id: '1210000000000000001',
  channels: [],
  botManagesEvents: false,
};
const guildIds = [fakeGuildId, refusingGuild.id, secondGuild.id];

const hour = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * hour).toISOString();

function event(id: string, overrides: Partial<ClusterEvent> = {}): ClusterEvent {
  return {
    id,
    title: 'Warsztaty z grantów',
    description: 'Jak pisać wnioski **Erasmus+** @everyone',
    kind: 'workshop',
    timing: { allDay: false, start: at(48), end: at(50), timeZone: 'Europe/Warsaw' },
    location: 'Kraków, ul. Floriańska 1',
    status: 'confirmed',
    source: 'google',
    updatedAt: new Date().toISOString(),
    ...overrides,
  };
}

let store: TestStore;
let fake: FakeDiscord;
let warnings: string[];
let mirror: ReturnType<typeof mirrorEvent>;

beforeAll(async () => {
  store = await createTestStore();
  fake = await startFakeDiscord({ guilds: [fakeClusterGuild, refusingGuild, secondGuild] });
});
afterAll(async () => {
  await fake.close();
  await store.close();
});
beforeEach(() => {
  warnings = [];
  const logger = createLogger(
    { level: 'warn' },
    {
      write(line: string) {
        warnings.push(String((JSON.parse(line) as { msg?: unknown }).msg));
      },
    },
  );
  mirror = mirrorEvent({
    rest: createDeliveryRest({ token: fake.token, apiUrl: fake.apiUrl }),
    store: store.store,
    guilds: clusterGuilds(guildIds),
    refused: new EventsRefused(),
    clock: systemClock,
    clusterTimeZone: 'Europe/Warsaw',
    locale: 'pl',
    logger,
  });
});

/** A timed event's instants. */
const timesOf = (subject: ClusterEvent) => subject.timing as { start: string; end: string };

const copiesIn = (guildId: string, eventId: string) =>
  fake
    .scheduledEvents(guildId)
    .filter((copy) => copy.description?.split('\n').at(-1) === eventMark(eventId));

describe('mirroring events to the Discord servers’ Events tabs', () => {
  it('shows an event as an external scheduled event with its times and place in every server that allows it', async () => {
    const workshop = event('ev-shown');
    await store.store.events.upsert([workshop]);
    const outcomes = await mirror(workshop.id);
    expect(outcomes).toEqual({
      [fakeGuildId]: 'created',
      [refusingGuild.id]: 'refused',
      [secondGuild.id]: 'created',
    });
    for (const guildId of [fakeGuildId, secondGuild.id]) {
      const [copy, ...more] = copiesIn(guildId, workshop.id);
      expect(more).toEqual([]);
      expect(copy).toMatchObject({
        name: 'Warsztaty z grantów',
        entity_type: 3,
        privacy_level: 2,
        status: 1,
        channel_id: null,
        scheduled_start_time: timesOf(workshop).start,
        scheduled_end_time: timesOf(workshop).end,
        entity_metadata: { location: 'Kraków, ul. Floriańska 1' },
      });
      // Calendar text stays inert: no bold, no @everyone that looks like one.
      expect(copy?.description).toContain('\\*\\*Erasmus+\\*\\*');
      expect(copy?.description).not.toContain('@everyone');
    }
    expect(fake.scheduledEvents(refusingGuild.id)).toEqual([]);
    expect(fake.problems()).toEqual([]);
  });

  it('patches the copy when the event moves, and calls Discord for nothing when it has not changed', async () => {
    const meeting = event('ev-moved');
    await store.store.events.upsert([meeting]);
    await mirror(meeting.id);
    const before = copiesIn(fakeGuildId, meeting.id)[0]?.id;
    const moved = event(meeting.id, {
      timing: { allDay: false, start: at(72), end: at(73), timeZone: 'Europe/Warsaw' },
    });
    await store.store.events.upsert([moved]);
    expect((await mirror(meeting.id))[fakeGuildId]).toBe('updated');
    const [copy, ...more] = copiesIn(fakeGuildId, meeting.id);
    expect(more).toEqual([]);
    expect(copy?.id).toBe(before);
    expect(copy?.scheduled_start_time).toBe(timesOf(moved).start);
    expect(copy?.scheduled_end_time).toBe(timesOf(moved).end);
    const calls = fake.requests.length;
    expect(await mirror(meeting.id)).toMatchObject({
      [fakeGuildId]: 'unchanged',
      [secondGuild.id]: 'unchanged',
    });
    expect(fake.requests.length).toBe(calls);
  });

  it('cancels the copy when the event is cancelled, and deletes it when the event is removed', async () => {
    const cancelled = event('ev-cancelled');
    const removed = event('ev-removed');
    await store.store.events.upsert([cancelled, removed]);
    await mirror(cancelled.id);
    await mirror(removed.id);
    await store.store.events.upsert([{ ...cancelled, status: 'cancelled' }]);
    await store.store.events.remove([removed.id]);
    expect((await mirror(cancelled.id))[fakeGuildId]).toBe('cancelled');
    expect((await mirror(removed.id))[fakeGuildId]).toBe('deleted');
    expect(copiesIn(fakeGuildId, cancelled.id).map((copy) => copy.status)).toEqual([4]);
    expect(copiesIn(fakeGuildId, removed.id)).toEqual([]);
    expect(await store.store.discordScheduledEvents.of(cancelled.id)).toEqual([]);
    expect(await store.store.discordScheduledEvents.of(removed.id)).toEqual([]);
    expect(fake.problems()).toEqual([]);
  });

  it('makes one copy however often the job is retried, even after a try that created it and was never stored', async () => {
    const retried = event('ev-retried');
    await store.store.events.upsert([retried]);
    await mirror(retried.id);
    await mirror(retried.id);
    // A crash between Discord's answer and the store's write: the copy exists, unrecorded.
    await store.store.discordScheduledEvents.forget(retried.id, fakeGuildId);
    expect((await mirror(retried.id))[fakeGuildId]).toBe('found');
    expect(copiesIn(fakeGuildId, retried.id)).toHaveLength(1);
    expect(copiesIn(secondGuild.id, retried.id)).toHaveLength(1);
    expect((await store.store.discordScheduledEvents.of(retried.id)).length).toBe(2);
  });

  it('leaves a server without Manage Events alone, saying so once, while the others get theirs', async () => {
    const first = event('ev-refused-1');
    const second = event('ev-refused-2');
    await store.store.events.upsert([first, second]);
    const since = fake.requests.length;
    await mirror(first.id);
    await mirror(second.id);
    const refusedCalls = fake.requests
      .slice(since)
      .filter((request) => request.route.startsWith(`/guilds/${refusingGuild.id}/`));
    // One try that Discord refused; the second event does not ask again.
    expect(refusedCalls.map((request) => `${request.method} ${request.status}`)).toEqual([
      'GET 200',
      'POST 403',
    ]);
    expect(warnings.filter((message) => message.includes('Manage Events'))).toHaveLength(1);
    expect(copiesIn(fakeGuildId, second.id)).toHaveLength(1);
    expect(copiesIn(secondGuild.id, second.id)).toHaveLength(1);
  });

  it('creates nothing for an event that has started, and cuts what is long to Discord’s limits', async () => {
    const started = event('ev-started', {
      timing: { allDay: false, start: at(-1), end: at(1), timeZone: 'Europe/Warsaw' },
    });
    const long = event('ev-long', {
      title: 'T'.repeat(300),
      description: 'D'.repeat(5000),
      location: 'L'.repeat(400),
    });
    await store.store.events.upsert([started, long]);
    expect((await mirror(started.id))[fakeGuildId]).toBe('none');
    expect(copiesIn(fakeGuildId, started.id)).toEqual([]);
    expect((await mirror(long.id))[fakeGuildId]).toBe('created');
    const [copy] = copiesIn(fakeGuildId, long.id);
    expect(copy?.name.length).toBe(scheduledEventLimits.name);
    expect(copy?.description?.length).toBeLessThanOrEqual(scheduledEventLimits.description);
    expect(copy?.entity_metadata?.location?.length).toBe(scheduledEventLimits.location);
    expect(fake.problems()).toEqual([]);
  });

  it('gives an event without a place its Meet link as location, and an all-day event its days in the cluster’s zone', async () => {
    const online = event('ev-online', {
      location: undefined,
      onlineUrl: 'https://meet.google.com/abc-defg-hij',
    });
    const allDay = event('ev-all-day', {
      timing: { allDay: true, startDate: '2030-06-10', endDate: '2030-06-12' },
    });
    await store.store.events.upsert([online, allDay]);
    await mirror(online.id);
    await mirror(allDay.id);
    expect(copiesIn(fakeGuildId, online.id)[0]?.entity_metadata).toEqual({
      location: 'https://meet.google.com/abc-defg-hij',
    });
    expect(copiesIn(fakeGuildId, allDay.id)[0]).toMatchObject({
      scheduled_start_time: '2030-06-09T22:00:00.000Z',
      scheduled_end_time: '2030-06-11T22:00:00.000Z',
    });
  });
});
