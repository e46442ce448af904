import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { ClusterEvent } from '../event';
import { planStartingSoonNote, startingSoonNoteKey } from './starting-soon-note';

const warsaw = (local: string) =>
  DateTime.fromISO(local, { zone: 'Europe/Warsaw' }).toUTC().toISO() ?? local;

type Planned = Parameters<typeof planStartingSoonNote>[0];

function meeting(startLocal: string, note: boolean | undefined): Planned {
  const start = warsaw(startLocal);
  return {
    id: 'partners-meeting',
    status: 'confirmed',
    timing: {
      allDay: false,
      start,
      end: DateTime.fromISO(start).plus({ hours: 2 }).toUTC().toISO() ?? start,
      timeZone: 'Europe/Warsaw',
    },
    meeting: {
      online: false,
      invitees: [],
      scheduledBy: { platform: 'slack', userId: 'U0COORD' },
      ...(note === undefined ? {} : { startingSoonNote: note }),
    },
  } satisfies Pick<ClusterEvent, 'id' | 'status' | 'timing' | 'meeting'>;
}

const now = new Date('2027-03-01T00:00:00Z');

describe("the 'starting in 1 hour' note of a meeting", () => {
  it('is due an hour before the start when the coordinator asked for it', () => {
    const note = planStartingSoonNote(meeting('2027-03-10T10:00', true), now);
    expect(note).toEqual({
      key: startingSoonNoteKey('partners-meeting', '2027-03-10T09:00:00.000Z'),
      eventId: 'partners-meeting',
      start: '2027-03-10T09:00:00.000Z',
      offsetHours: 1,
      at: new Date('2027-03-10T08:00:00.000Z'),
    });
  });

  it('is an hour of real time before a start just after the clocks go forward', () => {
    // 28 March 2027, 02:00 Warsaw time jumps to 03:00: 1 hour before 03:30 is 01:30 CET.
    const note = planStartingSoonNote(meeting('2027-03-28T03:30', true), now);
    expect(note?.at.toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(DateTime.fromJSDate(note!.at, { zone: 'Europe/Warsaw' }).toFormat('HH:mm')).toBe(
      '01:30',
    );
  });

  it('is not planned when the coordinator did not ask, or said no', () => {
    expect(planStartingSoonNote(meeting('2027-03-10T10:00', undefined), now)).toBeUndefined();
    expect(planStartingSoonNote(meeting('2027-03-10T10:00', false), now)).toBeUndefined();
  });

  it('is not planned for a cancelled meeting, nor once its time has come', () => {
    const event = meeting('2027-03-10T10:00', true);
    expect(planStartingSoonNote({ ...event, status: 'cancelled' }, now)).toBeUndefined();
    expect(planStartingSoonNote(event, new Date('2027-03-10T08:00:00.000Z'))).toBeUndefined();
    expect(planStartingSoonNote(event, new Date('2027-03-10T07:59:59.000Z'))).toBeDefined();
  });

  it('gets a new key when the meeting moves, so the old note can be told apart', () => {
    const before = planStartingSoonNote(meeting('2027-03-10T10:00', true), now);
    const after = planStartingSoonNote(meeting('2027-03-11T10:00', true), now);
    expect(before?.key).not.toBe(after?.key);
  });
});
