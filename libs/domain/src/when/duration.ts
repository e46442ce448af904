import { Duration } from 'luxon';

export type ReadDuration = { ok: true; minutes: number } | { ok: false; code: 'unreadable' };

/** Unit words (folded) in English and Polish, by the minutes one of them lasts. */
const units: ReadonlyArray<[RegExp, number]> = [
  [/^(d|day|days|dzien|dni|dnia)$/, 24 * 60],
  [/^(h|hr|hrs|hour|hours|godz|godzina|godziny|godzin)$/, 60],
  [/^(m|min|mins|minute|minutes|minuta|minuty|minut)$/, 1],
];

function unitMinutes(word: string): number | undefined {
  return units.find(([pattern]) => pattern.test(word))?.[1];
}

/**
 * Reads how long something lasts: `90`, `90 min`, `1h30`, `1 h 30 min`, `1:30`, `1,5 godz`,
 * `2 dni`. A bare number is minutes. Returns whole minutes, more than zero.
 */
export function readDuration(text: string): ReadDuration {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\.$/, '')
    .trim();
  const clock = /^(\d{1,3}):(\d{2})$/.exec(folded);
  if (clock) {
    const minutes = Duration.fromObject({ hours: Number(clock[1]), minutes: Number(clock[2]) });
    return positive(minutes.as('minutes'), Number(clock[2]) < 60);
  }
  const hoursAndMinutes = /^(\d{1,3})\s*(?:h|godz)\s*(\d{1,2})$/.exec(folded);
  if (hoursAndMinutes) {
    const minutes = Number(hoursAndMinutes[2]);
    return positive(Number(hoursAndMinutes[1]) * 60 + minutes, minutes < 60);
  }
  if (/^\d{1,5}$/.test(folded)) return positive(Number(folded), true);
  const parts = [...folded.matchAll(/(\d+(?:[.,]\d+)?)\s*([a-z]+)/g)];
  const rest = folded.replace(/(\d+(?:[.,]\d+)?)\s*([a-z]+)/g, '').replace(/\s+/g, '');
  if (parts.length === 0 || rest !== '') return { ok: false, code: 'unreadable' };
  let total = 0;
  for (const [, amount, word] of parts) {
    const minutes = unitMinutes(word!);
    if (minutes === undefined) return { ok: false, code: 'unreadable' };
    total += Number(amount!.replace(',', '.')) * minutes;
  }
  return positive(total, true);
}

function positive(minutes: number, wellFormed: boolean): ReadDuration {
  if (!wellFormed || !Number.isFinite(minutes) || minutes <= 0 || !Number.isInteger(minutes))
    return { ok: false, code: 'unreadable' };
  return { ok: true, minutes };
}
