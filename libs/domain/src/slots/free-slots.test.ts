import { describe, expect, it } from 'vitest';
import { freeSlots, type FreeSlotsRequest } from './free-slots';
import type { WorkingHours } from './working-hours';

const warsaw: WorkingHours = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  zone: 'Europe/Warsaw',
};
const at = (iso: string) => new Date(iso);
const DAY_MS = 86_400_000;

function slotsOf(request: Partial<FreeSlotsRequest> & Pick<FreeSlotsRequest, 'from'>) {
  const result = freeSlots({
    busy: [],
    until: new Date(request.from.getTime() + 14 * DAY_MS),
    lengthMinutes: 60,
    workingHours: warsaw,
    count: 3,
    ...request,
  });
  if (!result.ok) throw new Error(`no slots: ${result.code}`);
  return result;
}
const starts = (result: ReturnType<typeof slotsOf>) =>
  result.slots.map((slot) => slot.start.toISOString());

describe('free slots for a meeting', () => {
  it('keeps 09:00 Warsaw time across the spring DST change (08:00 UTC on Friday, 07:00 UTC on Monday)', () => {
    // Friday 27 March 2026, 16:00 in Warsaw (CET); the clocks go forward on Sunday 29 March.
    const result = slotsOf({ from: at('2026-03-27T15:00:00Z') });
    expect(starts(result)).toEqual([
      '2026-03-27T15:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-30T07:30:00.000Z',
    ]);
    expect(result.slots[0]?.end.toISOString()).toBe('2026-03-27T16:00:00.000Z');
  });

  it('keeps 09:00 Warsaw time across the autumn DST change (07:00 UTC on Friday, 08:00 UTC on Monday)', () => {
    // Friday 23 October 2026, 08:10 in Warsaw (CEST); the clocks go back on Sunday 25 October.
    const result = slotsOf({
      from: at('2026-10-23T06:10:00Z'),
      busy: [{ start: at('2026-10-23T07:00:00Z'), end: at('2026-10-23T15:00:00Z') }],
    });
    expect(starts(result)).toEqual([
      '2026-10-26T08:00:00.000Z',
      '2026-10-26T08:30:00.000Z',
      '2026-10-26T09:00:00.000Z',
    ]);
  });

  it('starts on the next half hour after now, and ends by the end of the working day', () => {
    // Tuesday 10 November 2026, 15:10 in Warsaw.
    const result = slotsOf({ from: at('2026-11-10T14:10:00Z'), count: 5 });
    expect(starts(result).slice(0, 3)).toEqual([
      '2026-11-10T14:30:00.000Z', // 15:30
      '2026-11-10T15:00:00.000Z', // 16:00, ending 17:00
      // Wednesday 11 November is Independence Day: Thursday 09:00.
      '2026-11-12T08:00:00.000Z',
    ]);
    expect(result.skippedHolidays).toEqual([{ date: '2026-11-11', holiday: 'independence-day' }]);
  });

  it('skips the Easter Monday and the weekend before it', () => {
    // Friday 3 April 2026 at 17:00 in Warsaw: the day is over.
    const result = slotsOf({ from: at('2026-04-03T15:00:00Z'), count: 1 });
    expect(starts(result)).toEqual(['2026-04-07T07:00:00.000Z']);
    expect(result.skippedHolidays).toEqual([{ date: '2026-04-06', holiday: 'easter-monday' }]);
  });

  it('offers nothing on a Saturday or Sunday, and Monday morning instead', () => {
    const result = slotsOf({ from: at('2026-12-05T10:00:00Z'), count: 1 });
    expect(starts(result)).toEqual(['2026-12-07T08:00:00.000Z']);
  });

  it('uses a holiday calendar it is given instead of the Polish one', () => {
    const result = slotsOf({
      from: at('2026-11-11T07:00:00Z'),
      count: 1,
      holidays: (date) => (date === '2026-11-12' ? 'cluster-day' : undefined),
    });
    expect(starts(result)).toEqual(['2026-11-11T08:00:00.000Z']);
    const closed = slotsOf({
      from: at('2026-11-12T07:00:00Z'),
      count: 1,
      holidays: (date) => (date === '2026-11-12' ? 'cluster-day' : undefined),
    });
    expect(starts(closed)).toEqual(['2026-11-13T08:00:00.000Z']);
  });

  it('steps around busy stretches of everyone asked, on the half-hour grid', () => {
    const result = slotsOf({
      from: at('2026-12-07T07:00:00Z'),
      busy: [
        { start: at('2026-12-07T08:00:00Z'), end: at('2026-12-07T09:15:00Z') }, // 09:00-10:15
        { start: at('2026-12-07T10:00:00Z'), end: at('2026-12-07T10:30:00Z') }, // 11:00-11:30
        { start: at('2026-12-07T09:45:00Z'), end: at('2026-12-07T10:15:00Z') }, // overlapping
      ],
    });
    // 10:30 would run into 11:00; 11:30, 12:00, 12:30 are free.
    expect(starts(result)).toEqual([
      '2026-12-07T10:30:00.000Z',
      '2026-12-07T11:00:00.000Z',
      '2026-12-07T11:30:00.000Z',
    ]);
  });

  it('offers the next week when this one is busy from Monday to Friday', () => {
    const result = slotsOf({
      from: at('2026-12-07T06:00:00Z'),
      busy: [{ start: at('2026-12-06T23:00:00Z'), end: at('2026-12-11T23:00:00Z') }],
      count: 1,
    });
    expect(starts(result)).toEqual(['2026-12-14T08:00:00.000Z']);
  });

  it('says no slot is free when the whole searched week is busy', () => {
    const result = freeSlots({
      from: at('2026-12-07T06:00:00Z'),
      until: at('2026-12-12T23:00:00Z'),
      busy: [{ start: at('2026-12-06T23:00:00Z'), end: at('2026-12-11T23:00:00Z') }],
      lengthMinutes: 30,
      workingHours: warsaw,
      count: 5,
    });
    expect(result).toEqual({ ok: false, code: 'none-free', until: at('2026-12-12T23:00:00Z') });
  });

  it('says a meeting longer than the working day fits no day, rather than searching', () => {
    const result = freeSlots({
      from: at('2026-12-07T06:00:00Z'),
      until: at('2027-12-07T06:00:00Z'),
      busy: [],
      lengthMinutes: 9 * 60,
      workingHours: warsaw,
      count: 5,
    });
    expect(result).toEqual({ ok: false, code: 'longer-than-working-day', workingDayMinutes: 480 });
    // Exactly a working day fits: 09:00 to 17:00.
    const whole = slotsOf({ from: at('2026-12-07T06:00:00Z'), lengthMinutes: 480, count: 2 });
    expect(starts(whole)).toEqual(['2026-12-07T08:00:00.000Z', '2026-12-08T08:00:00.000Z']);
  });

  it('ends every slot by the search horizon', () => {
    const result = freeSlots({
      from: at('2026-12-07T08:00:00Z'),
      until: at('2026-12-07T10:00:00Z'),
      busy: [],
      lengthMinutes: 60,
      workingHours: warsaw,
      count: 5,
    });
    expect(result.ok && result.slots.map((slot) => slot.start.toISOString())).toEqual([
      '2026-12-07T08:00:00.000Z',
      '2026-12-07T08:30:00.000Z',
      '2026-12-07T09:00:00.000Z',
    ]);
  });

  it('leaves out the starts the clock skips or shows twice on a DST night', () => {
    const nights: WorkingHours = { days: [7], start: '00:00', end: '06:00', zone: 'Europe/Warsaw' };
    const spring = slotsOf({
      from: at('2026-03-28T23:00:00Z'),
      workingHours: nights,
      lengthMinutes: 30,
      count: 5,
    });
    // 02:00 and 02:30 do not exist on 29 March 2026; 03:00 CEST is 01:00 UTC.
    expect(starts(spring)).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-28T23:30:00.000Z',
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
    ]);
    const autumn = slotsOf({
      from: at('2026-10-24T22:00:00Z'),
      workingHours: nights,
      lengthMinutes: 30,
      count: 5,
    });
    // 02:00 and 02:30 happen twice on 25 October 2026: neither is offered; 03:00 CET is 02:00 UTC.
    expect(starts(autumn)).toEqual([
      '2026-10-24T22:00:00.000Z',
      '2026-10-24T22:30:00.000Z',
      '2026-10-24T23:00:00.000Z',
      '2026-10-24T23:30:00.000Z',
      '2026-10-25T02:00:00.000Z',
    ]);
  });

  it('names the cluster events a slot overlaps, without skipping the slot', () => {
    const seminar = {
      id: 'ev-1',
      title: 'Seminarium Erasmus+',
      start: at('2026-12-07T08:30:00Z'),
      end: at('2026-12-07T09:30:00Z'),
    };
    const result = slotsOf({ from: at('2026-12-07T08:00:00Z'), clashWith: [seminar], count: 4 });
    expect(result.slots.map((slot) => slot.clashes.map((event) => event.title))).toEqual([
      ['Seminarium Erasmus+'], // 09:00-10:00
      ['Seminarium Erasmus+'], // 09:30-10:30
      ['Seminarium Erasmus+'], // 10:00-11:00
      [], // 10:30-11:30 starts as the seminar ends
    ]);
  });

  it('reads working hours in the zone it is given: 09:00 in Lisbon is 09:00 UTC in winter', () => {
    const result = slotsOf({
      from: at('2026-12-07T06:00:00Z'),
      workingHours: { ...warsaw, zone: 'Europe/Lisbon' },
      count: 1,
    });
    expect(starts(result)).toEqual(['2026-12-07T09:00:00.000Z']);
  });
});
