import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { timeZoneDefinition } from './time-zone-definition';

/** The zone as a calendar app reads it: from the VTIMEZONE alone, not from its own database. */
function readZone(text: string) {
  const component = new ICAL.Component(
    ICAL.parse(['BEGIN:VCALENDAR', 'VERSION:2.0', text, 'END:VCALENDAR'].join('\r\n')),
  );
  const vtimezone = component.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  return new ICAL.Timezone(vtimezone);
}

/** The UTC instant of a wall-clock time in the zone read from the definition. */
function instantOf(zone: ICAL.Timezone, local: string): string {
  const time = ICAL.Time.fromDateTimeString(local);
  time.zone = zone;
  return time.toJSDate().toISOString();
}

describe('time zone definitions', () => {
  const definition = timeZoneDefinition(
    'Europe/Warsaw',
    new Date('2027-01-01T00:00:00Z'),
    new Date('2027-12-31T00:00:00Z'),
  );

  it('names the zone and gives one observance for the start and one for each change of the year', () => {
    expect(definition).toMatch(/^BEGIN:VTIMEZONE\r\nTZID:Europe\/Warsaw\r\n/);
    expect(definition.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual([
      'BEGIN:STANDARD',
      'BEGIN:DAYLIGHT',
      'BEGIN:STANDARD',
    ]);
    // The change's local time in the offset before it: 02:00 (+01:00) in March, 03:00 (+02:00) in October.
    expect(definition).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200',
    );
    expect(definition).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100',
    );
  });

  it('turns local times on both sides of both DST changes into the right instants', () => {
    expect(ICAL.TimezoneService.has('Europe/Warsaw')).toBe(false);
    const zone = readZone(definition);
    expect(instantOf(zone, '2027-03-28T01:30:00')).toBe('2027-03-28T00:30:00.000Z');
    expect(instantOf(zone, '2027-03-28T03:30:00')).toBe('2027-03-28T01:30:00.000Z');
    expect(instantOf(zone, '2027-06-10T12:00:00')).toBe('2027-06-10T10:00:00.000Z');
    expect(instantOf(zone, '2027-10-31T01:30:00')).toBe('2027-10-30T23:30:00.000Z');
    expect(instantOf(zone, '2027-10-31T04:00:00')).toBe('2027-10-31T03:00:00.000Z');
    expect(instantOf(zone, '2027-12-01T12:00:00')).toBe('2027-12-01T11:00:00.000Z');
  });

  it('finds a change in the last part of the span when the span ends off the minute', () => {
    // Warsaw moves to summer time at 01:00 UTC on 28 March 2027; the span ends 30.5 s later.
    const text = timeZoneDefinition(
      'Europe/Warsaw',
      new Date('2027-03-27T12:00:30.250Z'),
      new Date('2027-03-28T01:00:30.500Z'),
    );
    expect(text.match(/BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000/g)).toHaveLength(1);
  });

  it('gives a zone without DST one observance, and half-hour offsets as they are', () => {
    const kolkata = timeZoneDefinition(
      'Asia/Kolkata',
      new Date('2027-01-01T00:00:00Z'),
      new Date('2027-12-31T00:00:00Z'),
    );
    expect(kolkata.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD']);
    expect(instantOf(readZone(kolkata), '2027-06-10T12:00:00')).toBe('2027-06-10T06:30:00.000Z');
  });

  it('follows a zone south of the equator, whose summer is the other way round', () => {
    const santiago = readZone(
      timeZoneDefinition(
        'America/Santiago',
        new Date('2027-01-01T00:00:00Z'),
        new Date('2027-12-31T00:00:00Z'),
      ),
    );
    expect(instantOf(santiago, '2027-01-15T12:00:00')).toBe('2027-01-15T15:00:00.000Z');
    expect(instantOf(santiago, '2027-07-15T12:00:00')).toBe('2027-07-15T16:00:00.000Z');
  });
});
