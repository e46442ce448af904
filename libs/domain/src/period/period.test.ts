import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { defaultPeriod, parsePeriod, type Period } from './period';

const zone = 'Europe/Warsaw';
/** Friday 12 June 2026, 10:00 in Warsaw. */
const now = new Date('2026-06-12T08:00:00Z');

function resolved(text: string, at = now, inZone = zone): Period {
  const result = parsePeriod(text, at, inZone);
  if (!result.ok) throw new Error(`did not parse: ${text} (${result.code})`);
  return result.period;
}

const local = (instant: Date, inZone = zone) =>
  DateTime.fromJSDate(instant, { zone: inZone }).toFormat("yyyy-MM-dd'T'HH:mm");

describe('parsePeriod', () => {
  it('reads today and tomorrow in English and Polish as whole days in the viewer zone', () => {
    for (const word of ['today', 'dziś', 'dzis', 'dzisiaj', 'DZIŚ']) {
      const period = resolved(word);
      expect([local(period.from), local(period.to)]).toEqual([
        '2026-06-12T00:00',
        '2026-06-13T00:00',
      ]);
    }
    for (const word of ['tomorrow', 'jutro']) {
      expect(resolved(word)).toMatchObject({
        name: 'tomorrow',
        firstDay: '2026-06-13',
        lastDay: '2026-06-13',
      });
    }
  });

  it('reads week and month as the next 7 and 30 days, from now', () => {
    for (const word of ['week', 'tydzień', 'tydzien']) {
      const period = resolved(word);
      expect(period.from).toEqual(now);
      expect(local(period.to)).toBe('2026-06-19T00:00');
      expect(period.lastDay).toBe('2026-06-18');
    }
    for (const word of ['month', 'miesiąc']) {
      expect(local(resolved(word).to)).toBe('2026-07-12T00:00');
    }
  });

  it('reads this week and next week as Monday to Sunday', () => {
    for (const words of ['this week', 'ten tydzień', 'w tym tygodniu']) {
      expect(resolved(words)).toMatchObject({
        name: 'this-week',
        firstDay: '2026-06-08',
        lastDay: '2026-06-14',
      });
    }
    for (const words of ['next week', 'przyszły tydzień', 'w przyszłym tygodniu']) {
      expect(resolved(words)).toMatchObject({ firstDay: '2026-06-15', lastDay: '2026-06-21' });
    }
  });

  it('reads this month and next month as calendar months', () => {
    expect(resolved('ten miesiąc')).toMatchObject({
      firstDay: '2026-06-01',
      lastDay: '2026-06-30',
    });
    for (const words of [
      'next month',
      'przyszły miesiąc',
      'przyszly miesiac',
      'w przyszłym miesiącu',
    ]) {
      expect(resolved(words)).toMatchObject({
        name: 'next-month',
        firstDay: '2026-07-01',
        lastDay: '2026-07-31',
      });
    }
  });

  it('reads a month, a day and an inclusive range of days', () => {
    expect(resolved('2026-02')).toMatchObject({
      name: 'calendar-month',
      firstDay: '2026-02-01',
      lastDay: '2026-02-28',
    });
    expect(resolved('2026-09-15')).toMatchObject({
      name: 'day',
      firstDay: '2026-09-15',
      lastDay: '2026-09-15',
    });
    const range = resolved('2026-09-15..2026-09-17');
    expect(range).toMatchObject({ name: 'range', firstDay: '2026-09-15', lastDay: '2026-09-17' });
    expect(local(range.to)).toBe('2026-09-18T00:00');
  });

  it('counts the day of the spring DST change as 23 hours and the autumn one as 25', () => {
    const spring = resolved('2026-03-29');
    expect(spring.to.getTime() - spring.from.getTime()).toBe(23 * 3_600_000);
    const autumn = resolved('2026-10-25');
    expect(autumn.to.getTime() - autumn.from.getTime()).toBe(25 * 3_600_000);
    const march = resolved('2026-03');
    expect(local(march.to)).toBe('2026-04-01T00:00');
  });

  it('resolves days in the viewer zone, not the cluster zone', () => {
    // 23:30 on 12 June in Lisbon is already 13 June in Warsaw.
    const late = new Date('2026-06-12T22:30:00Z');
    expect(resolved('today', late, 'Europe/Lisbon').firstDay).toBe('2026-06-12');
    expect(resolved('today', late, 'Europe/Warsaw').firstDay).toBe('2026-06-13');
    expect(local(resolved('today', late, 'Europe/Lisbon').from, 'Europe/Lisbon')).toBe(
      '2026-06-12T00:00',
    );
  });

  it('says why a period is not understood', () => {
    expect(parsePeriod('someday', now, zone)).toEqual({
      ok: false,
      code: 'unknown-period',
      text: 'someday',
    });
    expect(parsePeriod('2026-02-30', now, zone)).toMatchObject({ ok: false, code: 'no-such-date' });
    expect(parsePeriod('2026-13', now, zone)).toMatchObject({ ok: false, code: 'no-such-date' });
    expect(parsePeriod('2026-09-17..2026-09-15', now, zone)).toMatchObject({
      ok: false,
      code: 'range-reversed',
    });
    expect(parsePeriod('2026-01-01..2028-01-01', now, zone)).toMatchObject({
      ok: false,
      code: 'range-too-long',
    });
  });

  it('reads no period into the names of what every object has', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'w constructor'])
      expect(parsePeriod(word, now, zone)).toMatchObject({ ok: false, code: 'unknown-period' });
  });

  it('refuses days outside the years it reads, never handing them to the store', () => {
    for (const text of [
      '0000-01-01',
      '0001-01-01',
      '0001-01',
      '0000-01',
      '1899-12-31',
      '3000-01-01',
      '9999-12',
      '0001-01-01..0001-01-05',
      '2026-06-12..9999-12-31',
    ])
      expect(parsePeriod(text, now, zone)).toEqual({ ok: false, code: 'out-of-range', text });
    expect(resolved('1900-01-01').firstDay).toBe('1900-01-01');
    expect(resolved('2999-12').lastDay).toBe('2999-12-31');
  });

  it('defaults to the next 30 days', () => {
    expect(defaultPeriod(now, zone)).toEqual(resolved('month'));
  });
});

describe('parsePeriod, more words', () => {
  it('reads the weekend as Saturday and Sunday', () => {
    for (const words of ['weekend', 'w weekend', 'this weekend']) {
      expect(resolved(words)).toMatchObject({
        name: 'weekend',
        firstDay: '2026-06-13',
        lastDay: '2026-06-14',
      });
    }
  });

  it('reads a month name as its next coming, in English and Polish', () => {
    expect(resolved('september')).toMatchObject({ firstDay: '2026-09-01', lastDay: '2026-09-30' });
    expect(resolved('wrzesień')).toMatchObject({ firstDay: '2026-09-01' });
    expect(resolved('w lipcu')).toMatchObject({ firstDay: '2026-07-01' });
    expect(resolved('czerwiec')).toMatchObject({ firstDay: '2026-06-01' });
    expect(resolved('maj')).toMatchObject({ firstDay: '2027-05-01' });
  });
});
