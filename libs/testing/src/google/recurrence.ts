import { DateTime } from 'luxon';
import type { EventResource, EventTime } from './calendar-resource';

const maxInstances = 1000;

interface Rule {
  stepDays: number;
  count?: number;
  until?: DateTime;
}

function parseRule(recurrence: readonly string[]): Rule {
  const line = recurrence.find((entry) => entry.startsWith('RRULE:'));
  if (!line) throw new Error('the fake expands only RRULE recurrences');
  const parts = new Map(
    line
      .slice('RRULE:'.length)
      .split(';')
      .map((part): [string, string] => {
        const [name = '', value = ''] = part.split('=');
        return [name, value];
      }),
  );
  const frequency = parts.get('FREQ');
  if (frequency !== 'DAILY' && frequency !== 'WEEKLY')
    throw new Error(`the fake cannot expand FREQ=${frequency}`);
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  return {
    stepDays: (frequency === 'DAILY' ? 1 : 7) * interval,
    ...(count ? { count: Number(count) } : {}),
    ...(until
      ? {
          until: DateTime.fromFormat(until.replace(/Z$/, ''), "yyyyMMdd'T'HHmmss", { zone: 'UTC' }),
        }
      : {}),
  };
}

function shift(time: EventTime, days: number): EventTime {
  if ('date' in time)
    return {
      date: DateTime.fromISO(time.date, { zone: 'UTC' }).plus({ days }).toISODate() ?? time.date,
    };
  const zone = time.timeZone ?? 'UTC';
  const shifted = DateTime.fromISO(time.dateTime, { setZone: true }).setZone(zone).plus({ days });
  return {
    dateTime: shifted.toISO({ suppressMilliseconds: true }) ?? time.dateTime,
    ...(time.timeZone ? { timeZone: time.timeZone } : {}),
  };
}

/** The id Google gives an instance: `<series>_20250328T150000Z` (timed) or `<series>_20250328`. */
export function instanceId(seriesId: string, start: EventTime): string {
  if ('date' in start) return `${seriesId}_${start.date.replaceAll('-', '')}`;
  return `${seriesId}_${DateTime.fromISO(start.dateTime).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`;
}

/**
 * The instances of a recurring event, as `singleEvents=true` returns them: each keeps the
 * series' wall-clock time in its zone (so across a DST change the UTC time moves).
 */
export function expandSeries(series: EventResource): EventResource[] {
  if (!series.recurrence || !series.start || !series.end) return [];
  const rule = parseRule(series.recurrence);
  const instances: EventResource[] = [];
  for (let index = 0; index < maxInstances; index += 1) {
    if (rule.count !== undefined && index >= rule.count) break;
    const start = shift(series.start, index * rule.stepDays);
    const startsAt =
      'date' in start
        ? DateTime.fromISO(start.date, { zone: 'UTC' })
        : DateTime.fromISO(start.dateTime);
    if (rule.until && startsAt > rule.until) break;
    if (rule.count === undefined && !rule.until && index >= 52) break;
    const { recurrence: _rule, ...rest } = series;
    instances.push({
      ...rest,
      id: instanceId(series.id, start),
      start,
      end: shift(series.end, index * rule.stepDays),
      recurringEventId: series.id,
      originalStartTime: start,
    });
  }
  return instances;
}
