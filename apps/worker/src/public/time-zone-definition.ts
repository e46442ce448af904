import { DateTime } from 'luxon';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

const offsetAt = (zone: string, at: number) => DateTime.fromMillis(at, { zone }).offset;

/** The first minute at which the zone's offset differs from its offset at `from`. */
function changeWithin(zone: string, from: number, to: number): number {
  const before = offsetAt(zone, from);
  let [low, high] = [from, to];
  while (high - low > MINUTE) {
    // Whole minutes, and always past `low`: the search narrows on every step, whatever the ends.
    const middle = low + Math.max(1, Math.floor((high - low) / 2 / MINUTE)) * MINUTE;
    if (middle >= high) break;
    if (offsetAt(zone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

function observance(zone: string, at: number, from: number, to: number): string[] {
  const kind = DateTime.fromMillis(at, { zone }).isInDST ? 'DAYLIGHT' : 'STANDARD';
  // DTSTART of an observance is the wall-clock time in the offset that was in force before it.
  const onset = DateTime.fromMillis(at, { zone: 'UTC' })
    .plus({ minutes: from })
    .toFormat("yyyyLLdd'T'HHmmss");
  return [
    `BEGIN:${kind}`,
    `DTSTART:${onset}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
}

/**
 * An iCalendar VTIMEZONE for an IANA zone between two instants, as RFC 5545 asks of every
 * TZID a feed uses: one observance for the offset at `from`, then one per change of offset
 * (read from the zone data Luxon uses), so any reader turns the feed's local times into the
 * same instants as we do, whatever its own zone database says.
 */
export function timeZoneDefinition(zone: string, from: Date, to: Date): string {
  const start = Math.floor(from.getTime() / MINUTE) * MINUTE;
  const end = Math.ceil(to.getTime() / MINUTE) * MINUTE;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const first = offsetAt(zone, start);
  lines.push(...observance(zone, start, first, first));
  for (let day = start; day < end; day += DAY) {
    const next = Math.min(day + DAY, end);
    if (offsetAt(zone, next) === offsetAt(zone, day)) continue;
    const change = changeWithin(zone, day, next);
    lines.push(...observance(zone, change, offsetAt(zone, day), offsetAt(zone, change)));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
