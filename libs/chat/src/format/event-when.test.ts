import { describe, expect, it } from 'vitest';
import { createTranslator, type EventTiming } from '@glokal/domain';
import { eventWhen } from './event-when';

const pl = createTranslator('pl', 'Europe/Warsaw');
const en = createTranslator('en', 'Europe/Warsaw');

describe('eventWhen', () => {
  it('shows a one-day all-day event as a date', () => {
    const timing: EventTiming = { allDay: true, startDate: '2026-06-18', endDate: '2026-06-19' };
    expect(eventWhen(timing, en)).toBe('Thu, 18 Jun 2026 · all day');
    expect(eventWhen(timing, pl)).toMatch(/^czw\.?, 18 cze 2026 · cały dzień$/);
  });

  it('shows an all-day event on the same dates in every zone', () => {
    const timing: EventTiming = { allDay: true, startDate: '2026-06-18', endDate: '2026-06-21' };
    const tokyo = createTranslator('en', 'Asia/Tokyo');
    expect(eventWhen(timing, tokyo)).toBe('Thu, 18 Jun 2026 – Sat, 20 Jun 2026');
  });

  it('keeps Warsaw hours right on both sides of the autumn DST change', () => {
    const before: EventTiming = {
      allDay: false,
      start: '2026-10-24T08:00:00Z',
      end: '2026-10-24T09:00:00Z',
      timeZone: 'Europe/Warsaw',
    };
    const after: EventTiming = {
      allDay: false,
      start: '2026-10-26T08:00:00Z',
      end: '2026-10-26T09:00:00Z',
      timeZone: 'Europe/Warsaw',
    };
    expect(eventWhen(before, en)).toBe('Sat, 24 Oct 2026, 10:00–11:00');
    expect(eventWhen(after, en)).toBe('Mon, 26 Oct 2026, 09:00–10:00');
  });

  it('shows both dates for a timed event crossing midnight in the viewer zone', () => {
    const night: EventTiming = {
      allDay: false,
      start: '2026-06-12T20:00:00Z',
      end: '2026-06-13T02:00:00Z',
      timeZone: 'Europe/Warsaw',
    };
    expect(eventWhen(night, en)).toBe('Fri, 12 Jun 2026, 22:00 – Sat, 13 Jun 2026, 04:00');
    expect(eventWhen(night, createTranslator('en', 'Europe/Lisbon'))).toBe(
      'Fri, 12 Jun 2026, 21:00 – Sat, 13 Jun 2026, 03:00',
    );
  });
});
