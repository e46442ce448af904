import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { ClusterEvent, GrantCall, type Clock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { silentLogger } from '../test-support/worker-harness';
import { startPublicServer, type RunningPublicServer } from './public-server';

let test: TestStore;
let server: RunningPublicServer;
let now = new Date('2027-02-01T09:00:00Z');
const clock: Clock = { now: () => new Date(now) };

const event = (fields: Partial<ClusterEvent> & Pick<ClusterEvent, 'id' | 'title' | 'timing'>) =>
  ClusterEvent.parse({
    kind: 'seminar',
    source: 'glokal',
    updatedAt: '2027-01-10T08:00:00Z',
    ...fields,
  });

const lisbon = event({
  id: 'e-lisbon',
  title: 'Seminarium w Lizbonie',
  kind: 'seminar',
  // 10:00 in Lisbon in June is 09:00 UTC (WEST, +01:00).
  timing: {
    allDay: false,
    start: '2027-06-10T09:00:00Z',
    end: '2027-06-10T11:00:00Z',
    timeZone: 'Europe/Lisbon',
  },
  location: 'Lisboa, Rua Augusta 1',
});
const fair = event({
  id: 'e-fair',
  title: 'Targi edukacyjne',
  kind: 'conference',
  timing: { allDay: true, startDate: '2027-03-15', endDate: '2027-03-17' },
});
const cancelled = event({
  id: 'e-cancelled',
  title: 'Warsztaty odwołane',
  kind: 'workshop',
  status: 'cancelled',
  timing: {
    allDay: false,
    start: '2027-04-01T08:00:00Z',
    end: '2027-04-01T10:00:00Z',
    timeZone: 'Europe/Warsaw',
  },
});
const ka2 = GrantCall.parse({
  id: 'ka220-2027',
  programme: 'Erasmus+ KA2',
  title: 'Partnerstwa współpracy',
  // 12:00 in Brussels in March is 11:00 UTC (CET, +01:00).
  deadline: { local: '2027-03-05T12:00', timeZone: 'Europe/Brussels' },
  internalDeadline: { local: '2027-02-26T17:00', timeZone: 'Europe/Brussels' },
});
const interreg = GrantCall.parse({
  id: 'interreg-2027',
  programme: 'Interreg',
  title: 'Mały projekt',
  deadline: { local: '2027-05-20T17:00', timeZone: 'Europe/Warsaw' },
});

beforeAll(async () => {
  test = await createTestStore();
  await test.store.events.upsert([lisbon, fair, cancelled]);
  await test.store.grants.upsert([ka2, interreg]);
  server = await startPublicServer({
    port: 0,
    host: '127.0.0.1',
    store: test.store,
    clock,
    clusterTimeZone: 'Europe/Warsaw',
    defaultLocale: 'pl',
    logger: silentLogger,
  });
});
afterAll(async () => {
  await server.close();
  await test.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${server.port}${path}`, { headers });

/** A feed as a calendar app reads it, with ical.js: its zones come from the feed's VTIMEZONEs. */
async function feed(path: string) {
  const response = await get(path);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const entries = new Map(
    calendar.getAllSubcomponents('vevent').map((component) => {
      const entry = new ICAL.Event(component);
      return [entry.uid, { entry, component }] as const;
    }),
  );
  return { response, text, calendar, entries };
}

function entryOf(entries: Awaited<ReturnType<typeof feed>>['entries'], uid: string) {
  const found = entries.get(uid);
  if (!found) throw new Error(`no ${uid} in the feed: ${[...entries.keys()].join(', ')}`);
  return found;
}

describe('the events feed', () => {
  it('gives a Lisbon 10:00 event its zone, and the right instant to a reader', async () => {
    expect(ICAL.TimezoneService.has('Europe/Lisbon')).toBe(false);
    const { text, entries, response } = await feed('/feeds/events.ics');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(text).toContain('DTSTART;TZID=Europe/Lisbon:20270610T100000');
    const { entry } = entryOf(entries, 'event-e-lisbon@glokal');
    expect(entry.startDate.zone?.tzid).toBe('Europe/Lisbon');
    expect(entry.startDate.toJSDate().toISOString()).toBe('2027-06-10T09:00:00.000Z');
    expect(entry.endDate.toJSDate().toISOString()).toBe('2027-06-10T11:00:00.000Z');
    expect(entry.summary).toBe('Seminarium w Lizbonie');
    expect(entry.location).toBe('Lisboa, Rua Augusta 1');
  });

  it('gives an all-day event dates, the end day exclusive', async () => {
    const { entry } = entryOf((await feed('/feeds/events.ics')).entries, 'event-e-fair@glokal');
    expect(entry.startDate.isDate).toBe(true);
    expect(entry.startDate.toString()).toBe('2027-03-15');
    expect(entry.endDate.toString()).toBe('2027-03-17');
  });

  it('keeps a cancelled event, cancelled, so calendars that copied it cancel it too', async () => {
    const { entries } = await feed('/feeds/events.ics');
    expect(
      entryOf(entries, 'event-e-cancelled@glokal').component.getFirstPropertyValue('status'),
    ).toBe('CANCELLED');
    expect(
      entryOf(entries, 'event-e-lisbon@glokal').component.getFirstPropertyValue('status'),
    ).toBe('CONFIRMED');
  });

  it('names the calendar in the language asked for, Polish by default', async () => {
    const pl = await feed('/feeds/events.ics');
    const en = await feed('/feeds/events.ics?lang=en');
    expect(pl.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Wydarzenia klastra');
    expect(en.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Cluster events');
  });

  it('keeps to one kind with ?kind=, and refuses an unknown kind in words', async () => {
    const workshops = await feed('/feeds/events.ics?kind=workshop');
    expect([...workshops.entries.keys()]).toEqual(['event-e-cancelled@glokal']);

    const bad = await get('/feeds/events.ics?kind=party');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe(
      'Nieznany rodzaj „party”. Dozwolone: meeting, conference, seminar, training, workshop, exchange, other.\n',
    );
    const badEn = await get('/feeds/deadlines.ics?kind=party&lang=en');
    expect(badEn.status).toBe(400);
    expect(await badEn.text()).toBe('Unknown kind “party”. Use one of: deadline, internal.\n');
    const badLang = await get('/feeds/events.ics?lang=de');
    expect(badLang.status).toBe(400);
    expect(await badLang.text()).toBe('Nieznany język „de”. Dozwolone: pl, en.\n');
  });

  it('raises SEQUENCE when the event changes, and keeps its UID', async () => {
    const before = entryOf((await feed('/feeds/events.ics')).entries, 'event-e-lisbon@glokal');
    await test.store.events.upsert([
      {
        ...lisbon,
        title: 'Seminarium w Lizbonie (nowa sala)',
        updatedAt: '2027-01-20T10:00:00.000Z',
      },
    ]);
    const after = entryOf((await feed('/feeds/events.ics')).entries, 'event-e-lisbon@glokal');
    expect(after.entry.summary).toBe('Seminarium w Lizbonie (nowa sala)');
    expect(after.entry.sequence).toBeGreaterThan(before.entry.sequence);
  });

  it('answers 304 to a calendar app that has this version, and 200 once it changed', async () => {
    const first = await get('/feeds/events.ics?lang=en');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    await first.text();

    const again = await get('/feeds/events.ics?lang=en', { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    // A minute later nothing changed: still the same version.
    now = new Date(now.getTime() + 60_000);
    expect((await get('/feeds/events.ics?lang=en', { 'If-None-Match': etag ?? '' })).status).toBe(
      304,
    );

    await test.store.events.upsert([
      { ...fair, location: 'Poznań, MTP', updatedAt: '2027-01-25T10:00:00.000Z' },
    ]);
    const changed = await get('/feeds/events.ics?lang=en', { 'If-None-Match': etag ?? '' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('LOCATION:Poznań\\, MTP');
  });
});

describe('the deadlines feed', () => {
  it('puts a 12:00 Brussels deadline at its instant, with alarms three days and one day before', async () => {
    expect(ICAL.TimezoneService.has('Europe/Brussels')).toBe(false);
    const { entries } = await feed('/feeds/deadlines.ics');
    const { entry, component } = entryOf(entries, 'grant-ka220-2027@glokal');
    expect(entry.summary).toBe('Termin: Partnerstwa współpracy (Erasmus+ KA2)');
    expect(entry.startDate.zone?.tzid).toBe('Europe/Brussels');
    const at = entry.startDate.toJSDate();
    expect(at.toISOString()).toBe('2027-03-05T11:00:00.000Z');
    const alarms = component.getAllSubcomponents('valarm').map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      return {
        action: alarm.getFirstPropertyValue('action'),
        at: new Date(at.getTime() + trigger.toSeconds() * 1000).toISOString(),
        description: alarm.getFirstPropertyValue('description'),
      };
    });
    expect(alarms).toEqual([
      {
        action: 'DISPLAY',
        at: '2027-03-02T11:00:00.000Z',
        description: 'Za 3 dni mija termin: Partnerstwa współpracy',
      },
      {
        action: 'DISPLAY',
        at: '2027-03-04T11:00:00.000Z',
        description: 'Jutro mija termin: Partnerstwa współpracy',
      },
    ]);
    const internal = entryOf(entries, 'grant-ka220-2027-internal@glokal').entry;
    expect(internal.summary).toBe('Termin wewnętrzny: Partnerstwa współpracy (Erasmus+ KA2)');
    expect(internal.startDate.toJSDate().toISOString()).toBe('2027-02-26T16:00:00.000Z');
  });

  it('speaks English with ?lang=en and keeps to internal deadlines with ?kind=internal', async () => {
    const en = await feed('/feeds/deadlines.ics?lang=en');
    expect(en.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Cluster grant deadlines');
    expect(entryOf(en.entries, 'grant-interreg-2027@glokal').entry.summary).toBe(
      'Deadline: Mały projekt (Interreg)',
    );
    const internal = await feed('/feeds/deadlines.ics?kind=internal');
    expect([...internal.entries.keys()]).toEqual(['grant-ka220-2027-internal@glokal']);
  });

  it('raises SEQUENCE when a deadline is extended, and the entry moves', async () => {
    const before = entryOf(
      (await feed('/feeds/deadlines.ics')).entries,
      'grant-interreg-2027@glokal',
    );
    await test.store.grants.upsert([
      {
        ...interreg,
        deadline: { local: '2027-06-03T17:00', timeZone: 'Europe/Warsaw' },
        previousDeadlines: [interreg.deadline],
      },
    ]);
    const after = entryOf(
      (await feed('/feeds/deadlines.ics')).entries,
      'grant-interreg-2027@glokal',
    );
    expect(after.entry.sequence).toBeGreaterThan(before.entry.sequence);
    expect(after.entry.startDate.toJSDate().toISOString()).toBe('2027-06-03T15:00:00.000Z');
  });

  it('raises SEQUENCE when only the title changes, and not when nothing does', async () => {
    const entry = async () =>
      entryOf((await feed('/feeds/deadlines.ics')).entries, 'grant-interreg-2027@glokal').entry;
    const before = await entry();
    const call = (await test.store.grants.byId(interreg.id))!;
    await test.store.grants.upsert([call]);
    expect((await entry()).sequence).toBe(before.sequence);
    await test.store.grants.upsert([{ ...call, title: 'Mały projekt, druga runda' }]);
    expect((await entry()).sequence).toBe(before.sequence + 1);
  });
});

describe('the personal feed', () => {
  it('holds the events the person goes to and the calls they follow, for them alone', async () => {
    const person = await test.store.people.ensure(
      { platform: 'slack', userId: 'U-FEED' },
      'Ola Kowalska',
    );
    await test.store.attendance.answer(person.id, lisbon.id, 'going');
    await test.store.follows.set(person.id, ka2.id, true);
    const token = await test.store.feedTokens.forPerson(person.id);

    const { entries, response } = await feed(`/feeds/p/${token}.ics?lang=en`);
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    expect([...entries.keys()].sort()).toEqual([
      'event-e-lisbon@glokal',
      'grant-ka220-2027-internal@glokal',
      'grant-ka220-2027@glokal',
    ]);
    expect(entryOf(entries, 'grant-ka220-2027@glokal').entry.summary).toBe(
      'Deadline: Partnerstwa współpracy (Erasmus+ KA2)',
    );
  });

  it('is gone once the person renews the address, and unknown addresses find nothing', async () => {
    const person = await test.store.people.ensure(
      { platform: 'discord', userId: '1234567890' },
      'Jan Nowak',
    );
    await test.store.attendance.answer(person.id, fair.id, 'maybe');
    const old = await test.store.feedTokens.forPerson(person.id);
    expect((await get(`/feeds/p/${old}.ics`)).status).toBe(200);

    const renewed = await test.store.feedTokens.renew(person.id);
    const gone = await get(`/feeds/p/${old}.ics`);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBe('no-store');
    expect(await gone.text()).toBe(
      'Nie ma takiego kalendarza. Sprawdź adres w /glokal ustawienia.\n',
    );
    const { entries } = await feed(`/feeds/p/${renewed}.ics`);
    expect([...entries.keys()]).toEqual(['event-e-fair@glokal']);

    expect((await get('/feeds/p/not-a-token.ics')).status).toBe(404);
    expect((await get(`/feeds/p/${renewed}`)).status).toBe(404);
  });
});

describe('the public port', () => {
  it('serves the feeds and nothing else', async () => {
    for (const path of ['/', '/healthz', '/metrics', '/queues', '/feeds/other.ics']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});
