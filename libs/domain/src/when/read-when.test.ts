import { describe, expect, it } from 'vitest';
import { readDate, readDateTime, readTime } from './read-when';
import { readDuration } from './duration';
import { checkLocalDateTime } from './local-time';

/** Wednesday 2 December 2026, 09:15 in Warsaw. */
const warsaw = { zone: 'Europe/Warsaw', now: new Date('2026-12-02T08:15:00Z') };

function local(text: string, context = warsaw) {
  const read = readDateTime(text, context);
  return read.ok ? read.local : read.code;
}

describe('reading a date and time from a form', () => {
  it.each([
    ['2027-03-15 14:30', '2027-03-15T14:30'],
    ['2027-03-15T14:30', '2027-03-15T14:30'],
    ['15.03.2027 14:30', '2027-03-15T14:30'],
    ['15/03/2027 9.05', '2027-03-15T09:05'],
    ['15.03 14:30', '2027-03-15T14:30'],
    ['jutro 10:00', '2026-12-03T10:00'],
    ['Jutro o 10', '2026-12-03T10:00'],
    ['pojutrze 18:30', '2026-12-04T18:30'],
    ['w piątek 9:30', '2026-12-04T09:30'],
    ['tomorrow 10am', '2026-12-03T10:00'],
    ['tomorrow at 2:30pm', '2026-12-03T14:30'],
    ['next Friday at 9:30', '2026-12-11T09:30'],
    ['15 March 2027 12:00', '2027-03-15T12:00'],
  ])('reads %s as %s', (text, expected) => {
    expect(local(text)).toBe(expected);
  });

  it('reads a day and month without a year as the next such day', () => {
    expect(local('01.12 10:00')).toBe('2027-12-01T10:00');
    expect(local('02.12 10:00')).toBe('2026-12-02T10:00');
  });

  it('gives the instant in the person zone', () => {
    const read = readDateTime('15.07.2027 12:00', { ...warsaw, zone: 'Europe/Brussels' });
    expect(read).toEqual({
      ok: true,
      local: '2027-07-15T12:00',
      instant: new Date('2027-07-15T10:00:00Z'),
    });
  });

  it('refuses a time the clock skips in spring, never guessing', () => {
    expect(local('2027-03-28 02:30')).toBe('in-dst-gap');
    expect(local('28.03.2027 2:00')).toBe('in-dst-gap');
  });

  it('refuses a time the clock shows twice in autumn', () => {
    expect(local('2027-10-31 02:30')).toBe('ambiguous');
    expect(local('31.10.2027 02:00')).toBe('ambiguous');
    expect(local('31.10.2027 03:00')).toBe('2027-10-31T03:00');
  });

  it('knows the gap belongs to the zone: New York changes on another day', () => {
    expect(local('2027-03-28 02:30', { ...warsaw, zone: 'America/New_York' })).toBe(
      '2027-03-28T02:30',
    );
    expect(local('2027-03-14 02:30', { ...warsaw, zone: 'America/New_York' })).toBe('in-dst-gap');
  });

  it('says a day without a time needs one, and a day that does not exist does not', () => {
    expect(local('jutro')).toBe('missing-time');
    expect(local('2027-03-15')).toBe('missing-time');
    expect(local('31.02.2027 10:00')).toBe('no-such-date');
    expect(local('2027-13-01 10:00')).toBe('no-such-date');
    expect(local('15.03.2027 25:00')).toBe('unreadable');
  });

  it('does not read years outside those it stores, nor object property names as days', () => {
    for (const text of [
      '0000-01-01 10:00',
      '0001-01-01 10:00',
      '01.01.0001 10:00',
      '9999-12-31 10:00',
      '0001-01-01',
      'January 1, 0001 10:00',
    ])
      expect(local(text)).toBe('unreadable');
    for (const text of ['0001-01-01', '31.12.9999', 'constructor', 'w __proto__', 'toString'])
      expect(readDate(text, warsaw)).toEqual({ ok: false, code: 'unreadable' });
    expect(local('w constructor 10:00')).toBe('unreadable');
  });

  it('does not read half a sentence', () => {
    expect(local('kiedyś po południu')).toBe('unreadable');
    expect(local('March 28 maybe 2:30am')).toBe('unreadable');
    expect(local('')).toBe('unreadable');
  });
});

describe('reading a date, a time and a duration', () => {
  it('reads dates in both languages', () => {
    expect(readDate('15.03.2027', warsaw)).toEqual({ ok: true, date: '2027-03-15' });
    expect(readDate('jutro', warsaw)).toEqual({ ok: true, date: '2026-12-03' });
    expect(readDate('next Monday', warsaw)).toEqual({ ok: true, date: '2026-12-07' });
    expect(readDate('30.02.2027', warsaw)).toEqual({ ok: false, code: 'no-such-date' });
  });

  it('reads times', () => {
    expect(readTime('14:30')).toEqual({ ok: true, hour: 14, minute: 30 });
    expect(readTime('12am')).toEqual({ ok: true, hour: 0, minute: 0 });
    expect(readTime('godz. 9')).toEqual({ ok: true, hour: 9, minute: 0 });
    expect(readTime('13pm')).toEqual({ ok: false, code: 'unreadable' });
  });

  it.each([
    ['90', 90],
    ['90 min', 90],
    ['1h30', 90],
    ['1 h 30 min', 90],
    ['1:30', 90],
    ['1,5 godz', 90],
    ['2 godziny', 120],
    ['2 dni', 2880],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(readDuration(text)).toEqual({ ok: true, minutes });
  });

  it('refuses durations it cannot read', () => {
    for (const text of ['', '0', 'długo', '1:75', '2 weeks maybe'])
      expect(readDuration(text)).toEqual({ ok: false, code: 'unreadable' });
  });

  it('checks stored local times the same way', () => {
    expect(checkLocalDateTime('2027-03-28T02:30', 'Europe/Brussels')).toEqual({
      ok: false,
      code: 'in-dst-gap',
    });
  });
});
