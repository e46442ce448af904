import { describe, expect, it } from 'vitest';
import { ClusterEvent } from '../event';
import { eventChangeOf, eventNoticeKey, stillAsChanged } from './event-change';

const meeting = ClusterEvent.parse({
  id: 'partners',
  title: 'Spotkanie partnerów',
  kind: 'meeting',
  timing: {
    allDay: false,
    start: '2026-12-10T09:00:00Z',
    end: '2026-12-10T10:00:00Z',
    timeZone: 'Europe/Warsaw',
  },
  source: 'glokal',
  updatedAt: '2026-12-01T08:00:00Z',
});
const later = (changes: Partial<ClusterEvent>): ClusterEvent => ({
  ...meeting,
  updatedAt: '2026-12-02T08:00:00.000Z',
  ...changes,
});
const timing = (start: string, end: string) => ({
  allDay: false as const,
  start,
  end,
  timeZone: 'Europe/Warsaw',
});

describe('what the people going are told of a change', () => {
  it('is a move when the start or only the end changes, from the old time to the new', () => {
    const moved = later({ timing: timing('2026-12-11T09:00:00.000Z', '2026-12-11T10:00:00.000Z') });
    expect(eventChangeOf(meeting, moved)).toEqual({
      what: 'moved',
      from: meeting.timing,
      to: moved.timing,
      version: '2026-12-02T08:00:00.000Z',
    });
    const longer = later({
      timing: timing('2026-12-10T09:00:00.000Z', '2026-12-10T11:00:00.000Z'),
    });
    expect(eventChangeOf(meeting, longer)?.what).toBe('moved');
  });

  it('is the cancellation when cancelled, and nothing for another edit or taking a cancellation back', () => {
    expect(eventChangeOf(meeting, later({ status: 'cancelled' }))).toEqual({
      what: 'cancelled',
      version: '2026-12-02T08:00:00.000Z',
    });
    expect(eventChangeOf(meeting, later({ title: 'Nowy tytuł' }))).toBeUndefined();
    // The same instants written in another zone are the same time.
    const sameTime = later({
      timing: {
        ...timing('2026-12-10T09:00:00Z', '2026-12-10T10:00:00Z'),
        timeZone: 'Europe/Lisbon',
      },
    });
    expect(eventChangeOf(meeting, sameTime)).toBeUndefined();
    const cancelled = { ...meeting, status: 'cancelled' as const };
    expect(eventChangeOf(cancelled, later({}))).toBeUndefined();
  });

  it('names the event, the new time, the write and the person in the delivery key', () => {
    const moved = later({ timing: timing('2026-12-11T09:00:00.000Z', '2026-12-11T10:00:00.000Z') });
    const change = eventChangeOf(meeting, moved);
    if (!change) throw new Error('expected a move');
    expect(eventNoticeKey(meeting.id, change, 'p1')).toBe(
      'event-notice:partners:moved:2026-12-11T09:00:00.000Z/2026-12-11T10:00:00.000Z:2026-12-02T08:00:00.000Z:person:p1',
    );
    // Moved back later: a write of its own, so a key of its own.
    const back = eventChangeOf(moved, { ...meeting, updatedAt: '2026-12-03T08:00:00.000Z' });
    if (!back) throw new Error('expected a move back');
    expect(eventNoticeKey(meeting.id, back, 'p1')).not.toBe(
      eventNoticeKey(meeting.id, change, 'p1'),
    );
  });

  it('holds only while the event is as the change left it', () => {
    const moved = later({ timing: timing('2026-12-11T09:00:00.000Z', '2026-12-11T10:00:00.000Z') });
    const change = eventChangeOf(meeting, moved);
    if (!change) throw new Error('expected a move');
    expect(stillAsChanged(moved, change)).toBe(true);
    expect(stillAsChanged(meeting, change)).toBe(false);
    expect(stillAsChanged({ ...moved, status: 'cancelled' }, change)).toBe(false);
    expect(stillAsChanged(moved, { what: 'cancelled', version: 'x' })).toBe(false);
  });
});
