import { describe, expect, it } from 'vitest';
import { toCalendarChange } from './to-calendar-change';

const context = { calendarTimeZone: 'Europe/Warsaw', clusterTimeZone: 'Europe/Warsaw' };

/** Shaped like a Calendar v3 event resource from `events.list`. */
function resource(fields: Record<string, unknown>) {
  return {
    kind: 'calendar#event',
    etag: '"3485822770180702"',
    id: 'k2q4v7c1j3m5n8p0r2t4v6x8z0',
    status: 'confirmed',
    htmlLink:
      'https://www.google.com/calendar/event?eid=azJxNHY3YzFqM201bjhwMHIydDR2Nng4ejAga2xhc3Rlcg',
    created: '2026-03-02T09:12:00.000Z',
    updated: '2026-03-02T09:15:30.518Z',
    summary: 'Seminarium: cyfrowa szkoła',
    organizer: { email: 'klaster@example.org', self: true },
    start: { dateTime: '2026-03-27T10:00:00+01:00', timeZone: 'Europe/Warsaw' },
    end: { dateTime: '2026-03-27T12:30:00+01:00', timeZone: 'Europe/Warsaw' },
    iCalUID: 'k2q4v7c1j3m5n8p0r2t4v6x8z0@google.com',
    sequence: 0,
    reminders: { useDefault: true },
    eventType: 'default',
    ...fields,
  };
}

describe('toCalendarChange', () => {
  it('keeps a timed event as instants in UTC with the zone it was written in', () => {
    const change = toCalendarChange(resource({}), context);
    expect(change).toMatchObject({
      kind: 'upsert',
      event: {
        timing: {
          allDay: false,
          start: '2026-03-27T09:00:00.000Z',
          end: '2026-03-27T11:30:00.000Z',
          timeZone: 'Europe/Warsaw',
        },
        source: 'google',
        status: 'confirmed',
      },
    });
  });

  it('keeps an all-day event as dates, the end exclusive as Google sends it', () => {
    const change = toCalendarChange(
      resource({ start: { date: '2026-05-04' }, end: { date: '2026-05-06' } }),
      context,
    );
    expect(change).toMatchObject({
      kind: 'upsert',
      event: { timing: { allDay: true, startDate: '2026-05-04', endDate: '2026-05-06' } },
    });
  });

  it('turns a cancelled stub into a removal', () => {
    const stub = {
      kind: 'calendar#event',
      etag: '"3485822770180702"',
      id: 'k2q4v7c1j3m5n8p0r2t4v6x8z0_20260328T090000Z',
      status: 'cancelled',
      recurringEventId: 'k2q4v7c1j3m5n8p0r2t4v6x8z0',
      originalStartTime: { dateTime: '2026-03-28T10:00:00+01:00', timeZone: 'Europe/Warsaw' },
    };
    expect(toCalendarChange(stub, context)).toEqual({ kind: 'remove', eventId: stub.id });
  });

  it('reads the kind from a tag in the title, in Polish or English, and takes the tag out', () => {
    const polish = toCalendarChange(
      resource({ summary: '[Warsztaty] Robotyka w szkole' }),
      context,
    );
    const english = toCalendarChange(resource({ summary: 'Erasmus+ info day [seminar]' }), context);
    expect(polish).toMatchObject({ event: { kind: 'workshop', title: 'Robotyka w szkole' } });
    expect(english).toMatchObject({ event: { kind: 'seminar', title: 'Erasmus+ info day' } });
  });

  it('prefers the glokalKind extended property to a tag, and leaves other brackets alone', () => {
    const change = toCalendarChange(
      resource({
        summary: '[PL-DE] Wymiana uczniów',
        extendedProperties: { shared: { glokalKind: 'wymiana' } },
      }),
      context,
    );
    expect(change).toMatchObject({ event: { kind: 'exchange', title: '[PL-DE] Wymiana uczniów' } });
  });

  it('calls an event without a marker "other"', () => {
    expect(toCalendarChange(resource({ summary: 'Zebranie zarządu' }), context)).toMatchObject({
      event: { kind: 'other' },
    });
  });

  it("reads an event Glokal wrote (its private mark) as Glokal's, and any other as Google's", () => {
    const marked = toCalendarChange(
      resource({
        extendedProperties: {
          shared: { glokalKind: 'seminar' },
          private: { glokalSource: 'glokal' },
        },
      }),
      context,
    );
    expect(marked).toMatchObject({ event: { source: 'glokal', kind: 'seminar' } });
    // Only the private mark, on the calendar's own copy of the event, counts.
    const shared = toCalendarChange(
      resource({ extendedProperties: { shared: { glokalSource: 'glokal' } } }),
      context,
    );
    expect(shared).toMatchObject({ event: { source: 'google' } });
  });

  it('takes the Meet link as the online address and the description as plain text', () => {
    const change = toCalendarChange(
      resource({
        hangoutLink: 'https://meet.google.com/abc-defg-hij',
        description: 'Agenda:<br>1. Powitanie &amp; kawa<br><b>2. Warsztaty</b>',
      }),
      context,
    );
    expect(change).toMatchObject({
      event: {
        onlineUrl: 'https://meet.google.com/abc-defg-hij',
        description: 'Agenda:\n1. Powitanie & kawa\n2. Warsztaty',
      },
    });
  });

  it('skips the series itself when instances are listed, and an event without times', () => {
    expect(
      toCalendarChange(resource({ recurrence: ['RRULE:FREQ=WEEKLY;COUNT=4'] }), context).kind,
    ).toBe('skip');
    expect(toCalendarChange(resource({ start: undefined, end: undefined }), context).kind).toBe(
      'skip',
    );
  });

  it('skips an all-day event whose day does not exist, instead of failing the page', () => {
    for (const [start, end] of [
      ['2026-02-30', '2026-03-01'],
      ['[warsztaty]', ' '],
      ['2026-06-12', '2026-13-01'],
    ])
      expect(
        toCalendarChange(resource({ start: { date: start }, end: { date: end } }), context),
      ).toMatchObject({ kind: 'skip', reason: 'no readable start and end' });
  });

  it('gives an all-day event that ends on its first day that day', () => {
    const change = toCalendarChange(
      resource({ start: { date: '2026-12-31' }, end: { date: '2026-12-31' } }),
      context,
    );
    expect(change).toMatchObject({
      event: { timing: { allDay: true, startDate: '2026-12-31', endDate: '2027-01-01' } },
    });
  });

  it('gives an event that ends when it starts one minute', () => {
    const change = toCalendarChange(
      resource({
        start: { dateTime: '2026-03-27T10:00:00+01:00' },
        end: { dateTime: '2026-03-27T10:00:00+01:00' },
      }),
      context,
    );
    expect(change).toMatchObject({
      event: {
        timing: {
          start: '2026-03-27T09:00:00.000Z',
          end: '2026-03-27T09:01:00.000Z',
          timeZone: 'Europe/Warsaw',
        },
      },
    });
  });
});
