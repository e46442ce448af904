import { DateTime } from 'luxon';
import type { Clock } from '../clock';

/**
 * Dates of the demo season, relative to the clock's today in the cluster's zone, so the demo
 * always has something on this week and a few months ahead, whenever it is loaded.
 */
export interface Season {
  readonly zone: string;
  /** Midnight of today in the cluster's zone. */
  readonly today: DateTime;
  /** `YYYY-MM-DD` of today plus `days`. */
  date(days: number): string;
  /** The instant of `HH:mm` local time, `days` from today, in `zone` (the cluster's by default). */
  at(days: number, time: string, zone?: string): string;
  /** The instant `days` before now (for "modified" stamps). */
  ago(days: number, time?: string): string;
  /** Days from today to the last Sunday of October (the autumn DST change) not before today. */
  daysToOctoberDstSunday(): number;
}

export function seasonOf(clock: Clock, zone: string): Season {
  const today = DateTime.fromJSDate(clock.now(), { zone }).startOf('day');
  const localAt = (days: number, time: string, inZone: string) => {
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    const day = today.plus({ days });
    return DateTime.fromObject(
      { year: day.year, month: day.month, day: day.day, hour, minute },
      { zone: inZone },
    );
  };
  const iso = (value: DateTime) => {
    const text = value.toUTC().toISO();
    if (!text) throw new RangeError(`not a valid demo date: ${value.invalidReason ?? 'unknown'}`);
    return text;
  };
  return {
    zone,
    today,
    date: (days) => today.plus({ days }).toISODate() ?? '',
    at: (days, time, inZone = zone) => iso(localAt(days, time, inZone)),
    ago: (days, time = '09:30') => iso(localAt(-days, time, zone)),
    daysToOctoberDstSunday() {
      for (const year of [today.year, today.year + 1]) {
        const october31 = DateTime.fromObject({ year, month: 10, day: 31 }, { zone });
        const lastSunday = october31.minus({ days: october31.weekday % 7 });
        const days = Math.round(lastSunday.diff(today, 'days').days);
        if (days >= 0) return days;
      }
      throw new RangeError('no October DST Sunday ahead');
    },
  };
}
