import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { fixedClock } from '../clock';
import { ClusterDocument } from '../document';
import { ClusterEvent, eventInterval, eventKinds } from '../event';
import { GrantCall, deadlineInstant } from '../grant-call';
import { Organisation } from '../organisation';
import { demoCluster } from './index';

const zone = 'Europe/Warsaw';
const days = 24 * 3_600_000;
/** Todays across the year, DST days and the turn of the year included. */
const todays = [
  '2026-01-15T09:00:00Z',
  '2026-03-29T01:30:00Z',
  '2026-06-10T12:00:00Z',
  '2026-10-24T20:00:00Z',
  '2026-10-26T08:00:00Z',
  '2026-12-31T22:30:00Z',
];

describe.each(todays)('the demo cluster on %s', (today) => {
  const clock = fixedClock(today);
  const now = clock.now();
  const demo = demoCluster(clock, zone);

  it('is valid by the domain schemas, unchanged by parsing', () => {
    expect(demo.organisations.map((o) => Organisation.parse(o))).toEqual(demo.organisations);
    expect(demo.events.map((e) => ClusterEvent.parse(e))).toEqual(demo.events);
    expect(demo.grantCalls.map((g) => GrantCall.parse(g))).toEqual(demo.grantCalls);
    expect(demo.documents.map((d) => ClusterDocument.parse(d))).toEqual(demo.documents);
  });

  it('has unique ids and organisers that exist', () => {
    for (const list of [demo.organisations, demo.events, demo.grantCalls, demo.documents]) {
      expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
    }
    const organisations = new Set(demo.organisations.map((o) => o.id));
    expect(demo.events.filter((e) => e.organiserId && !organisations.has(e.organiserId))).toEqual(
      [],
    );
  });

  it('always has events in the next 30 days and a season from two weeks ago to about four months ahead', () => {
    const intervals = demo.events
      .filter((e) => e.status !== 'cancelled')
      .map((e) => eventInterval(e.timing, zone));
    const soon = intervals.filter(
      ({ start, end }) => end > now && start.getTime() < now.getTime() + 30 * days,
    );
    expect(soon.length).toBeGreaterThanOrEqual(8);
    expect(intervals.some(({ end }) => end < now)).toBe(true);
    const regular = demo.events
      .filter((e) => !e.id.startsWith('hackathon'))
      .map((e) => eventInterval(e.timing, zone));
    expect(Math.min(...regular.map(({ start }) => start.getTime()))).toBeGreaterThanOrEqual(
      now.getTime() - 15 * days,
    );
    expect(Math.max(...regular.map(({ end }) => end.getTime()))).toBeLessThanOrEqual(
      now.getTime() + 125 * days,
    );
  });

  it('has every kind, all-day and multi-day events, a series, a tentative and a cancelled event', () => {
    expect(new Set(demo.events.map((e) => e.kind))).toEqual(new Set(eventKinds));
    const allDay = demo.events.flatMap((e) => (e.timing.allDay ? [e.timing] : []));
    const lengths = allDay.map(
      (t) => DateTime.fromISO(t.endDate).diff(DateTime.fromISO(t.startDate), 'days').days,
    );
    expect(lengths).toContain(1);
    expect(Math.max(...lengths)).toBeGreaterThan(1);
    expect(
      demo.events.filter((e) => e.recurringEventId === 'koordynatorzy').length,
    ).toBeGreaterThan(2);
    expect(demo.events.map((e) => e.status)).toEqual(
      expect.arrayContaining(['cancelled', 'tentative', 'confirmed']),
    );
    expect(demo.events.some((e) => !e.timing.allDay && e.timing.timeZone !== zone)).toBe(true);
  });

  it('has a timed event across the October night the clocks go back', () => {
    const hackathon = demo.events.find((e) => e.id === 'hackathon-zielone-technologie');
    if (!hackathon || hackathon.timing.allDay) throw new Error('no timed hackathon');
    const start = DateTime.fromISO(hackathon.timing.start, { zone });
    const end = DateTime.fromISO(hackathon.timing.end, { zone });
    expect([start.month, start.weekday, start.toFormat('HH:mm'), start.offset]).toEqual([
      10,
      6,
      '16:00',
      120,
    ]);
    expect([end.weekday, end.toFormat('HH:mm'), end.offset]).toEqual([7, '14:00', 60]);
    expect(end.diff(start, 'hours').hours).toBe(23);
    expect(end.toMillis()).toBeGreaterThan(now.getTime());
  });

  it('has calls of every programme, closing at 12:00 and 17:00 Brussels time and at Warsaw hours', () => {
    const programmes = demo.grantCalls.map((g) => g.programme).join(' | ');
    for (const programme of [
      'Erasmus+ KA1',
      'Erasmus+ KA2',
      'Erasmus+ KA3',
      'Interreg',
      'FERS',
      'EFS+',
      'CERV',
      'NAWA',
      'FRSE',
    ]) {
      expect(programmes).toContain(programme);
    }
    const brussels = demo.grantCalls
      .filter((g) => g.deadline.timeZone === 'Europe/Brussels')
      .map((g) => g.deadline.local.slice(11));
    expect(new Set(brussels)).toEqual(new Set(['12:00', '17:00']));
    expect(
      demo.grantCalls.filter((g) => g.deadline.timeZone === 'Europe/Warsaw').length,
    ).toBeGreaterThan(2);
    const open = demo.grantCalls.filter(
      (g) => g.status === 'open' && deadlineInstant(g.deadline) >= now,
    );
    expect(open.length).toBeGreaterThanOrEqual(10);
    expect(demo.grantCalls.map((g) => g.status)).toEqual(
      expect.arrayContaining(['closed', 'forthcoming']),
    );
  });

  it('has a dozen members of every kind across regions and partners across Europe', () => {
    const members = demo.organisations.filter((o) => o.membership === 'member');
    expect(members.length).toBeGreaterThanOrEqual(12);
    expect(new Set(members.map((o) => o.region)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(demo.organisations.map((o) => o.kind))).toEqual(
      new Set([
        'school',
        'vocational_centre',
        'university',
        'ngo',
        'business',
        'local_government',
        'other',
      ]),
    );
    const partnerCountries = demo.organisations
      .filter((o) => o.membership === 'partner')
      .map((o) => o.country);
    expect(partnerCountries).toEqual(expect.arrayContaining(['PT', 'ES', 'DE', 'IT', 'LT', 'FI']));
    expect(demo.organisations.map((o) => o.name).join(' ')).toMatch(/Łodzi.*Kształcenia/);
  });

  it('has about fifteen documents in folders, changed before today', () => {
    expect(demo.documents.length).toBeGreaterThanOrEqual(15);
    expect(
      new Set(demo.documents.map((d) => d.folderPath.split('/')[0])).size,
    ).toBeGreaterThanOrEqual(6);
    expect(demo.documents.every((d) => new Date(d.modifiedAt) < now)).toBe(true);
  });

  it('is the same for the same clock', () => {
    expect(demoCluster(fixedClock(today), zone)).toEqual(demo);
  });
});
