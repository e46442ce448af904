import { DateTime } from 'luxon';
import { foldForSearch } from '../search-text';
import { isReadableYear } from '../when/readable-years';

/** How the person named the period; replies use it to say what they are showing. */
export type PeriodName =
  | 'today'
  | 'tomorrow'
  | 'week'
  | 'month'
  | 'this-week'
  | 'next-week'
  | 'this-month'
  | 'next-month'
  | 'weekend'
  | 'calendar-month'
  | 'day'
  | 'range';

/**
 * A stretch of time resolved in the viewer's zone: `from` inclusive, `to` exclusive, and the
 * calendar days it covers there (`lastDay` inclusive), for replies.
 */
export interface Period {
  name: PeriodName;
  from: Date;
  to: Date;
  firstDay: string;
  lastDay: string;
}

export type PeriodProblem =
  'unknown-period' | 'no-such-date' | 'out-of-range' | 'range-reversed' | 'range-too-long';

export type PeriodResult =
  { ok: true; period: Period } | { ok: false; code: PeriodProblem; text: string };

/** The longest range `YYYY-MM-DD..YYYY-MM-DD` accepted, in days. */
export const MAX_PERIOD_DAYS = 366;

/** Days covered by `week` and `month`, counting today: the next 7 and the next 30 days. */
const ROLLING_DAYS = { week: 7, month: 30 } as const;

type PhraseName = Exclude<PeriodName, 'calendar-month' | 'day' | 'range'>;

/**
 * Folded phrases (see `foldForSearch`) in English and Polish, by the period they name. A Map,
 * so a word like `constructor` names nothing.
 */
const phrases = new Map<string, PhraseName>(
  Object.entries({
    weekend: 'weekend',
    'this weekend': 'weekend',
    'ten weekend': 'weekend',
    'w weekend': 'weekend',
    'w ten weekend': 'weekend',
    today: 'today',
    dzis: 'today',
    dzisiaj: 'today',
    tomorrow: 'tomorrow',
    jutro: 'tomorrow',
    week: 'week',
    '7 days': 'week',
    'next 7 days': 'week',
    tydzien: 'week',
    '7 dni': 'week',
    'najblizszy tydzien': 'week',
    month: 'month',
    '30 days': 'month',
    'next 30 days': 'month',
    miesiac: 'month',
    '30 dni': 'month',
    'najblizszy miesiac': 'month',
    'this week': 'this-week',
    'ten tydzien': 'this-week',
    'w tym tygodniu': 'this-week',
    'tym tygodniu': 'this-week',
    'biezacy tydzien': 'this-week',
    'next week': 'next-week',
    'przyszly tydzien': 'next-week',
    'nastepny tydzien': 'next-week',
    'w przyszlym tygodniu': 'next-week',
    'przyszlym tygodniu': 'next-week',
    'this month': 'this-month',
    'ten miesiac': 'this-month',
    'w tym miesiacu': 'this-month',
    'tym miesiacu': 'this-month',
    'biezacy miesiac': 'this-month',
    'next month': 'next-month',
    'przyszly miesiac': 'next-month',
    'nastepny miesiac': 'next-month',
    'w przyszlym miesiacu': 'next-month',
    'przyszlym miesiacu': 'next-month',
  } satisfies Record<string, PhraseName>),
);

function period(name: PeriodName, from: DateTime, to: DateTime): Period {
  return {
    name,
    from: from.toJSDate(),
    to: to.toJSDate(),
    firstDay: from.toISODate() ?? '',
    lastDay: to.minus({ milliseconds: 1 }).toISODate() ?? '',
  };
}

function named(name: PhraseName, now: DateTime): Period {
  const today = now.startOf('day');
  switch (name) {
    case 'today':
      return period(name, today, today.plus({ days: 1 }));
    case 'tomorrow':
      return period(name, today.plus({ days: 1 }), today.plus({ days: 2 }));
    case 'week':
    case 'month':
      return {
        ...period(name, today, today.plus({ days: ROLLING_DAYS[name] })),
        from: now.toJSDate(),
      };
    case 'weekend': {
      // Saturday and Sunday of this ISO week (today and tomorrow on a Saturday, today on a Sunday).
      const saturday = now.startOf('week').plus({ days: 5 });
      return period(name, saturday, saturday.plus({ days: 2 }));
    }
    case 'this-week':
      return period(name, now.startOf('week'), now.startOf('week').plus({ weeks: 1 }));
    case 'next-week':
      return period(
        name,
        now.startOf('week').plus({ weeks: 1 }),
        now.startOf('week').plus({ weeks: 2 }),
      );
    case 'this-month':
      return period(name, now.startOf('month'), now.startOf('month').plus({ months: 1 }));
    case 'next-month':
      return period(
        name,
        now.startOf('month').plus({ months: 1 }),
        now.startOf('month').plus({ months: 2 }),
      );
  }
}

/** Month names, folded, English and Polish (nominative and "w lipcu"), by month number. */
const monthNames = new Map<string, number>(
  [
    ['january jan styczen styczniu', 1],
    ['february feb luty lutym', 2],
    ['march mar marzec marcu', 3],
    ['april apr kwiecien kwietniu', 4],
    ['may maj maju', 5],
    ['june jun czerwiec czerwcu', 6],
    ['july jul lipiec lipcu', 7],
    ['august aug sierpien sierpniu', 8],
    ['september sep sept wrzesien wrzesniu', 9],
    ['october oct pazdziernik pazdzierniku', 10],
    ['november nov listopad listopadzie', 11],
    ['december dec grudzien grudniu', 12],
  ].flatMap(([names, month]) =>
    String(names)
      .split(' ')
      .map((name): [string, number] => [name, Number(month)]),
  ),
);

/** A month named without a year: this month, or its next coming. */
function namedMonth(folded: string, now: DateTime): Period | undefined {
  const month = monthNames.get(folded.replace(/^(w|in) /, ''));
  if (month === undefined) return undefined;
  const thisYear = now.set({ month, day: 1 }).startOf('month');
  const first = thisYear < now.startOf('month') ? thisYear.plus({ years: 1 }) : thisYear;
  return period('calendar-month', first, first.plus({ months: 1 }));
}

type Day = { ok: true; date: DateTime } | { ok: false; code: 'no-such-date' | 'out-of-range' };

/**
 * A written day in the viewer's zone, or why not: no such day (`2026-02-30`), or a year
 * outside `READABLE_YEARS` (`0000-01-01`, `0001-01-01`) that Luxon reads but the store cannot
 * hold.
 */
function day(text: string, zone: string): Day {
  const date = DateTime.fromISO(text, { zone });
  if (!date.isValid) return { ok: false, code: 'no-such-date' };
  return isReadableYear(date.year)
    ? { ok: true, date: date.startOf('day') }
    : { ok: false, code: 'out-of-range' };
}

/**
 * Reads a period as people type it, in English or Polish, and resolves it in the viewer's
 * zone with Luxon, so days are 23 or 25 hours long across DST changes:
 * `today`/`dziś`/`dzisiaj`, `tomorrow`/`jutro`, `week`/`tydzień` (today and the next 6 days,
 * from now), `month`/`miesiąc` (30 days, from now), `this week`/`ten tydzień`,
 * `next week`/`przyszły tydzień`, `this month`/`ten miesiąc`, `next month`/`przyszły miesiąc`,
 * `weekend`/`w weekend`, a month's name (`september`, `wrzesień`, `w lipcu`: its next coming),
 * `YYYY-MM`, `YYYY-MM-DD` and `YYYY-MM-DD..YYYY-MM-DD` (both days included).
 */
export function parsePeriod(text: string, now: Date, zone: string): PeriodResult {
  const trimmed = text.trim();
  const here = DateTime.fromJSDate(now, { zone });
  const folded = foldForSearch(trimmed);
  const phrase = phrases.get(folded);
  if (phrase) return { ok: true, period: named(phrase, here) };
  const month = namedMonth(folded, here);
  if (month) return { ok: true, period: month };

  if (/^\d{4}-\d{2}$/.test(trimmed)) {
    const first = day(`${trimmed}-01`, zone);
    if (!first.ok) return { ok: false, code: first.code, text: trimmed };
    return {
      ok: true,
      period: period('calendar-month', first.date, first.date.plus({ months: 1 })),
    };
  }
  const range = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|–|—)\s*(\d{4}-\d{2}-\d{2})$/.exec(trimmed);
  if (range?.[1] && range[2]) {
    const start = day(range[1], zone);
    const end = day(range[2], zone);
    if (!start.ok) return { ok: false, code: start.code, text: trimmed };
    if (!end.ok) return { ok: false, code: end.code, text: trimmed };
    const [first, last] = [start.date, end.date];
    if (last < first) return { ok: false, code: 'range-reversed', text: trimmed };
    if (last.diff(first, 'days').days >= MAX_PERIOD_DAYS)
      return { ok: false, code: 'range-too-long', text: trimmed };
    return { ok: true, period: period('range', first, last.plus({ days: 1 })) };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const first = day(trimmed, zone);
    if (!first.ok) return { ok: false, code: first.code, text: trimmed };
    return { ok: true, period: period('day', first.date, first.date.plus({ days: 1 })) };
  }
  return { ok: false, code: 'unknown-period', text: trimmed };
}

/** What `events` shows with no period: the next 30 days (`month`). */
export function defaultPeriod(now: Date, zone: string): Period {
  return named('month', DateTime.fromJSDate(now, { zone }));
}
