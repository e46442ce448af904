import { describe, expect, it } from 'vitest';
import { ClusterEvent, createTranslator, GrantCall } from '@glokal/domain';
import {
  feedLink,
  googleCalendarDeadlineLink,
  googleCalendarEventLink,
  MAX_LINK_LENGTH,
} from './calendar-links';

const pl = createTranslator('pl', 'Europe/Warsaw');

const event = (fields: object) =>
  ClusterEvent.parse({
    id: 'e-1',
    title: 'Szkolenie',
    kind: 'training',
    source: 'glokal',
    updatedAt: '2026-06-01T08:00:00Z',
    timing: {
      allDay: false,
      start: '2026-06-16T07:00:00Z',
      end: '2026-06-16T09:00:00Z',
      timeZone: 'Europe/Warsaw',
    },
    ...fields,
  });

describe('Google Calendar links', () => {
  it('puts the online link in the details and encodes Polish letters and line breaks', () => {
    const link = googleCalendarEventLink(
      event({ description: 'Zażółć gęślą jaźń', onlineUrl: 'https://meet.example.org/abc' }),
      pl,
    );
    expect(link).toContain('&details=Za%C5%BC%C3%B3%C5%82%C4%87');
    expect(new URL(link).searchParams.get('details')).toBe(
      'Zażółć gęślą jaźń\n\nOnline: https://meet.example.org/abc',
    );
  });

  it('leaves no formatting character of calendar text raw in the link', () => {
    const link = googleCalendarEventLink(event({ title: "*PILNE* ~to~ (Ola's) <!here>" }), pl);
    expect(link).toContain('&text=%2APILNE%2A%20%7Eto%7E%20%28Ola%27s%29%20%3C%21here%3E&');
    expect(new URL(link).searchParams.get('text')).toBe("*PILNE* ~to~ (Ola's) <!here>");
  });

  it('stays within the link limit by cutting the details, then the place, never the dates', () => {
    const long = event({
      title: 'Ż'.repeat(500),
      description: 'ąę '.repeat(2600),
      location: 'Łódź '.repeat(100),
    });
    const link = googleCalendarEventLink(long, pl);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const params = new URL(link).searchParams;
    expect(params.get('dates')).toBe('20260616T070000Z/20260616T090000Z');
    expect(params.get('text')?.endsWith('…')).toBe(true);
    expect(params.get('details')).toBeNull();
    expect(params.get('location')).toBeNull();

    const roomy = googleCalendarEventLink(event({ description: 'ą'.repeat(1000) }), pl);
    expect(roomy.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const details = new URL(roomy).searchParams.get('details') ?? '';
    expect(details.endsWith('…')).toBe(true);
    expect(details.length).toBeGreaterThan(250);
    expect(new URL(roomy).searchParams.get('text')).toBe('Szkolenie');
  });

  it('gives a deadline in a DST-free winter its instant', () => {
    const call = GrantCall.parse({
      id: 'g',
      programme: 'Interreg',
      title: 'Mały projekt',
      deadline: { local: '2027-01-15T17:00', timeZone: 'Europe/Warsaw' },
    });
    expect(new URL(googleCalendarDeadlineLink(call, pl)).searchParams.get('dates')).toBe(
      '20270115T160000Z/20270115T160000Z',
    );
  });
});

describe('feed links', () => {
  it('puts the feed and its language after the public address', () => {
    expect(feedLink('https://example.org/glokal', 'deadlines', 'en')).toBe(
      'https://example.org/glokal/feeds/deadlines.ics?lang=en',
    );
    expect(feedLink('https://example.org', { token: 'abc_-1' }, 'pl')).toBe(
      'https://example.org/feeds/p/abc_-1.ics?lang=pl',
    );
  });
});
