import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Clock, Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import type { ChatAction } from '../reply';
import { runAction, type ActionContext } from '../run-action';
import { loadSeason } from '../testing/season.fixture';
import { asReply, replyTo, requestFor } from '../testing/request.fixture';

let test: TestStore;
let season: ChatDeps;
let storeNow = new Date('2026-06-01T08:00:00Z');
const storeClock: Clock = { now: () => new Date(storeNow) };

/** Who answers the robotics workshop, what, and when (the store stamps the answer). */
const robotics = [
  {
    platform: 'slack',
    userId: 'U-ANNA',
    name: 'Anna Wiśniewska',
    at: '2026-06-02T07:05:00Z',
    answer: 'going',
  },
  {
    platform: 'discord',
    userId: 'D-JAN',
    name: 'Jan "Janek" Nowak',
    at: '2026-06-02T09:30:00Z',
    answer: 'going',
  },
  {
    platform: 'slack',
    userId: 'U-ZOFIA',
    name: 'Kowalska, Zofia',
    at: '2026-06-03T10:00:00Z',
    answer: 'going',
  },
  {
    platform: 'slack',
    userId: 'U-LECH',
    name: 'Łukasz Żółć',
    at: '2026-06-04T11:00:00Z',
    answer: 'going',
  },
  {
    platform: 'discord',
    userId: 'D-EWA',
    name: 'Ewa\nDruga linia',
    at: '2026-06-05T12:00:00Z',
    answer: 'going',
  },
  {
    platform: 'slack',
    userId: 'U-PIOTR',
    name: 'Piotr Ślęzak',
    at: '2026-06-06T13:00:00Z',
    answer: 'maybe',
  },
  {
    platform: 'discord',
    userId: 'D-OLA',
    name: 'Ola Kaczmarek',
    at: '2026-06-07T14:00:00Z',
    answer: 'not-going',
  },
] as const;

beforeAll(async () => {
  test = await createTestStore({ clock: storeClock });
  season = await loadSeason(test.store);
  for (const [index, who] of robotics.entries()) {
    const person = await test.store.people.ensure(
      { platform: who.platform, userId: who.userId },
      who.name,
    );
    if (index === 0)
      await test.opened.query('update people set organisation_id = $1 where id = $2', [
        'o-school',
        person.id,
      ]);
    storeNow = new Date(who.at);
    await test.store.attendance.answer(person.id, 'e-robotics', who.answer);
    if (index === 1) await test.store.attendance.answer(person.id, 'e-lisbon', 'going');
  }
});
afterAll(async () => test.close());

function context(who: { coordinator: boolean; locale?: Locale }): ActionContext {
  const request = requestFor('help', {}, { userId: 'U-COORD', ...who });
  return { ...request, locale: who.locale ?? 'en' };
}
const coordinator = (locale: Locale = 'en') => context({ coordinator: true, locale });
const member = (locale: Locale = 'en') => context({ coordinator: false, locale });

const press = async (action: ChatAction, who: ActionContext) =>
  asReply(await runAction(action, who, season));
const labels = (reply: { actions: readonly { label: string }[] }) =>
  reply.actions.map((action) => action.label);

describe('the Attendees button on an event', () => {
  it('is there for coordinators, also on a cancelled event, and not for members', async () => {
    const asCoordinator = await replyTo(
      requestFor('event', { name: 'e-robotics' }, { coordinator: true, locale: 'en' }),
      season,
    );
    expect(asCoordinator.actions.at(-1)).toEqual({
      label: 'Attendees',
      action: { type: 'attendees', eventId: 'e-robotics', page: 1 },
    });
    const cancelled = await replyTo(
      requestFor('event', { name: 'e-cancelled' }, { coordinator: true, locale: 'pl' }),
      season,
    );
    expect(labels(cancelled)).toEqual(['Uczestnicy']);
    const asMember = await replyTo(
      requestFor('event', { name: 'e-robotics' }, { locale: 'en' }),
      season,
    );
    expect(labels(asMember)).not.toContain('Attendees');
  });
});

describe('the attendance list', () => {
  it('lists who answered in the order they answered, five a page, with the counts, organisation, platform, answer and time', async () => {
    const first = await press({ type: 'attendees', eventId: 'e-robotics', page: 1 }, coordinator());
    expect(first.title).toBe('Attendees: Warsztaty robotyki dla nauczycieli');
    expect(first.summary).toBe('7 people have answered\nGoing 5 · Maybe 1 · Not going 1');
    expect(first.paging).toEqual({ page: 1, pages: 2 });
    expect(first.items.map((item) => item.title)).toEqual(robotics.slice(0, 5).map((w) => w.name));
    expect(first.items[0]?.context).toEqual([
      'Szkoła Podstawowa nr 5',
      'Slack',
      'Going',
      'Answered Tue, 2 Jun 2026, 09:05',
    ]);
    expect(first.items[1]?.context).toEqual([
      'Discord',
      'Going',
      'Answered Tue, 2 Jun 2026, 11:30',
    ]);
    expect(first.actions).toEqual([
      { label: 'Next', action: { type: 'attendees', eventId: 'e-robotics', page: 2 } },
      {
        label: 'Export CSV',
        action: { type: 'attendees-csv', eventId: 'e-robotics' },
        style: 'primary',
      },
      {
        label: 'Back to the event',
        action: { type: 'run', command: 'event', options: { name: 'e-robotics' }, page: 1 },
      },
    ]);

    const second = await press(
      { type: 'attendees', eventId: 'e-robotics', page: 2 },
      coordinator(),
    );
    expect(second.items.map((item) => item.title)).toEqual(['Piotr Ślęzak', 'Ola Kaczmarek']);
    expect(second.items.map((item) => item.context.at(-2))).toEqual(['Maybe', 'Not going']);
    expect(labels(second)).toEqual(['Previous', 'Export CSV', 'Back to the event']);
  });

  it('shows the last page for a page past the end', async () => {
    const past = await press({ type: 'attendees', eventId: 'e-robotics', page: 9 }, coordinator());
    expect(past.paging).toEqual({ page: 2, pages: 2 });
    expect(past.items).toHaveLength(2);
  });

  it('counts in Polish with its plural forms', async () => {
    const seven = await press(
      { type: 'attendees', eventId: 'e-robotics', page: 1 },
      coordinator('pl'),
    );
    expect(seven.summary).toBe(
      '7 osób odpowiedziało\nIdzie 5 osób · Może 1 osoba · Nie idzie 1 osoba',
    );
    expect(seven.items[0]?.context.at(-2)).toBe('Idę');
    expect(seven.items[0]?.context.at(-1)).toBe('Zapis: wt., 2 cze 2026, 09:05');
    expect(labels(seven)).toEqual(['Dalej', 'Eksportuj CSV', 'Wróć do wydarzenia']);
    const one = await press({ type: 'attendees', eventId: 'e-lisbon', page: 1 }, coordinator('pl'));
    expect(one.summary).toBe(
      '1 osoba odpowiedziała\nIdzie 1 osoba · Może 0 osób · Nie idzie 0 osób',
    );
    expect(one.paging).toBeUndefined();
  });

  it('says nobody has answered yet and offers no export', async () => {
    const empty = await press({ type: 'attendees', eventId: 'e-board', page: 1 }, coordinator());
    expect(empty.summary).toBe('Nobody has answered yet.');
    expect(empty.items).toEqual([]);
    expect(labels(empty)).toEqual(['Back to the event']);
  });

  it('says an event that is gone is not found', async () => {
    const gone = await press({ type: 'attendees', eventId: 'e-gone', page: 1 }, coordinator());
    expect(gone.tone).toBe('notice');
    expect(gone.refusal).toBe('not-found');
  });
});

describe('coordinators only', () => {
  it('refuses the list and the CSV to a member, also from a forged button, saying nothing of who goes', async () => {
    for (const action of [
      { type: 'attendees', eventId: 'e-robotics', page: 1 },
      { type: 'attendees-csv', eventId: 'e-robotics' },
      { type: 'attendees-csv', eventId: 'e-gone' },
    ] as const) {
      const refused = await press(action, member('pl'));
      expect(refused.tone).toBe('notice');
      expect(refused.refusal).toBe('coordinator-only');
      expect(refused.title).toBe('Tylko dla koordynatorów');
      expect(refused.summary).toContain('Uczestnicy wydarzenia');
      expect(refused.items).toEqual([]);
      expect(refused.files).toBeUndefined();
      expect(refused.summary).not.toContain('Anna');
    }
  });
});

describe('the CSV export', () => {
  it('gives everyone who answered as a CSV file Excel reads: BOM, quoted fields, the answer as a stable code, ISO times in the cluster zone', async () => {
    const exported = await press({ type: 'attendees-csv', eventId: 'e-robotics' }, coordinator());
    expect(exported.summary).toBe(
      'The file attendees-warsztaty-robotyki-dla-nauczycieli.csv lists 7 people.',
    );
    const [file, ...more] = exported.files ?? [];
    expect(more).toEqual([]);
    expect(file?.name).toBe('attendees-warsztaty-robotyki-dla-nauczycieli.csv');
    const text = file?.text ?? '';
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(
      '\r\n"Jan ""Janek"" Nowak",,Discord,going,2026-06-02T11:30:00+02:00\r\n',
    );
    expect(text).toContain('\r\n"Kowalska, Zofia",,Slack,');
    expect(text).toContain('\r\n"Ewa\nDruga linia",,Discord,');
    expect(parse(text, { bom: true })).toEqual([
      ['Name', 'Organisation', 'Platform', 'Answer', 'Answered at'],
      ...robotics.map((who, index) => [
        who.name,
        index === 0 ? 'Szkoła Podstawowa nr 5' : '',
        who.platform === 'slack' ? 'Slack' : 'Discord',
        who.answer,
        warsaw(who.at),
      ]),
    ]);
  });

  it('names its columns and its file in Polish for a Polish coordinator', async () => {
    const exported = await press({ type: 'attendees-csv', eventId: 'e-lisbon' }, coordinator('pl'));
    expect(exported.summary).toBe('W pliku uczestnicy-wymiana-kadry-w-lizbonie.csv jest 1 osoba.');
    const rows: string[][] = parse(exported.files?.[0]?.text ?? '', { bom: true });
    expect(rows).toEqual([
      ['Imię i nazwisko', 'Organizacja', 'Platforma', 'Odpowiedź', 'Data odpowiedzi'],
      ['Jan "Janek" Nowak', '', 'Discord', 'going', '2026-06-02T11:30:00+02:00'],
    ]);
  });
});

/** `2026-06-02T09:30:00Z` as Warsaw's summer time writes it. */
function warsaw(utc: string): string {
  const at = new Date(new Date(utc).getTime() + 2 * 3600_000).toISOString();
  return `${at.slice(0, 19)}+02:00`;
}
