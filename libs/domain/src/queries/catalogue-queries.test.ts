import { describe, expect, it } from 'vitest';
import { ClusterEvent } from '../event';
import { GrantCall } from '../grant-call';
import { Organisation } from '../organisation';
import { ClusterDocument } from '../document';
import {
  eventsBetween,
  grantCallsByDeadline,
  searchDocuments,
  searchOrganisations,
} from './catalogue-queries';

const zone = 'Europe/Warsaw';
const event = (id: string, title: string, kind: string, timing: object, status = 'confirmed') =>
  ClusterEvent.parse({
    id,
    title,
    kind,
    timing,
    status,
    source: 'demo',
    updatedAt: '2026-06-01T00:00:00Z',
  });

const events = [
  event('fair', 'Targi pracy', 'conference', {
    allDay: true,
    startDate: '2026-06-15',
    endDate: '2026-06-17',
  }),
  event('robots', 'Warsztaty robotyki', 'workshop', {
    allDay: false,
    start: '2026-06-13T08:00:00Z',
    end: '2026-06-13T12:00:00Z',
    timeZone: zone,
  }),
  event('old', 'Stare spotkanie', 'meeting', {
    allDay: false,
    start: '2026-06-01T08:00:00Z',
    end: '2026-06-01T09:00:00Z',
    timeZone: zone,
  }),
  event(
    'off',
    'Odwołane seminarium',
    'seminar',
    { allDay: false, start: '2026-06-14T08:00:00Z', end: '2026-06-14T09:00:00Z', timeZone: zone },
    'cancelled',
  ),
];

describe('catalogue queries over plain data', () => {
  it('finds events in a period, soonest first, without cancelled ones', () => {
    const query = { from: new Date('2026-06-12T00:00:00Z'), to: new Date('2026-06-20T00:00:00Z') };
    expect(eventsBetween(events, query, zone).map((e) => e.id)).toEqual(['robots', 'fair']);
    expect(eventsBetween(events, { ...query, kind: 'workshop' }, zone).map((e) => e.id)).toEqual([
      'robots',
    ]);
    expect(
      eventsBetween(events, { ...query, includeCancelled: true }, zone).map((e) => e.id),
    ).toEqual(['robots', 'off', 'fair']);
  });

  it('places an all-day event on Warsaw days: it has not started at 23:30 UTC the day before', () => {
    const before = { from: new Date('2026-06-14T21:00:00Z'), to: new Date('2026-06-14T21:59:00Z') };
    expect(eventsBetween(events, before, zone).map((e) => e.id)).toEqual([]);
    const after = { from: new Date('2026-06-14T22:00:00Z'), to: new Date('2026-06-14T22:30:00Z') };
    expect(eventsBetween(events, after, zone).map((e) => e.id)).toEqual(['fair']);
  });

  it('lists grant calls by deadline with the days left, leaving out passed and closed ones', () => {
    const call = (id: string, programme: string, local: string, status = 'open') =>
      GrantCall.parse({
        id,
        programme,
        title: id,
        deadline: { local, timeZone: 'Europe/Brussels' },
        status,
      });
    const calls = [
      call('late', 'Interreg', '2026-09-30T17:00'),
      call('soon', 'Erasmus+', '2026-06-15T12:00'),
      call('gone', 'Erasmus+', '2026-06-01T12:00'),
      call('shut', 'Erasmus+', '2026-07-01T12:00', 'closed'),
    ];
    const now = new Date('2026-06-12T08:00:00Z');
    const due = grantCallsByDeadline(calls, { deadlineFrom: now }, now, zone);
    expect(due.map((d) => [d.call.id, d.left])).toEqual([
      ['soon', { unit: 'days', count: 3 }],
      ['late', { unit: 'days', count: 110 }],
    ]);
    expect(
      grantCallsByDeadline(calls, { deadlineFrom: now, programme: 'erasmus' }, now, zone).map(
        (d) => d.call.id,
      ),
    ).toEqual(['soon']);
  });

  it('finds organisations by specialisation, kind and country, by name', () => {
    const organisations = [
      {
        id: 'b',
        name: 'Zespół Szkół Mechanicznych',
        kind: 'school',
        membership: 'member',
        city: 'Łódź',
        country: 'PL',
        specialisations: ['mechatronika', 'robotyka'],
      },
      {
        id: 'a',
        name: 'Escola Profissional',
        kind: 'vocational_centre',
        membership: 'partner',
        city: 'Porto',
        country: 'pt',
        specialisations: ['robotics'],
      },
    ].map((o) => Organisation.parse(o));
    expect(
      searchOrganisations(organisations, { specialisation: 'robot' }).map((o) => o.id),
    ).toEqual(['a', 'b']);
    expect(searchOrganisations(organisations, { country: 'pt' }).map((o) => o.id)).toEqual(['a']);
    expect(
      searchOrganisations(organisations, {
        words: 'lodz',
        kind: 'school',
        membership: 'member',
      }).map((o) => o.id),
    ).toEqual(['b']);
  });

  it('finds documents having every word, with the words in the name first', () => {
    const documents = [
      {
        id: '1',
        name: 'Strategia klastra 2026',
        mimeType: 'application/pdf',
        folderPath: 'Strategia',
        modifiedAt: '2026-01-01T00:00:00Z',
      },
      {
        id: '2',
        name: 'Protokół',
        description: 'zebranie o strategii',
        mimeType: 'text/plain',
        folderPath: 'Protokoły/2026',
        modifiedAt: '2026-03-01T00:00:00Z',
      },
    ].map((d) => ClusterDocument.parse(d));
    // Both words are in the first one's name, only in the description and folder of the newer.
    expect(searchDocuments(documents, 'strategi 2026').map((d) => d.id)).toEqual(['1', '2']);
    expect(searchDocuments(documents, 'protokol').map((d) => d.id)).toEqual(['2']);
    expect(searchDocuments(documents, '  ')).toEqual([]);
  });
});
