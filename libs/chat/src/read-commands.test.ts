import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from './command';
import { parseCommandText } from './parse-text';
import { loadSeason } from './testing/season.fixture';
import { replyText, requestFor, replyTo } from './testing/request.fixture';
import type { Locale } from '@glokal/domain';

let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
});
afterAll(async () => test.close());

async function run(line: string, who: Parameters<typeof requestFor>[2] = {}) {
  const parsed = parseCommandText(line);
  if (!parsed.ok) throw new Error(`not a command: ${line}`);
  return replyTo(requestFor(parsed.command, parsed.options, who), deps);
}

const en = { locale: 'en' as Locale };

describe('events', () => {
  it('lists the next 30 days in Polish, soonest first, without cancelled events', async () => {
    const reply = await run('wydarzenia');
    expect(reply.title).toBe('Wydarzenia');
    expect(reply.summary).toMatch(
      /^10 wydarzeń · najbliższe 30 dni, pt\.?, 12 cze 2026 – sob\.?, 11 lip 2026$/,
    );
    expect(reply.items.map((item) => item.title)).toEqual([
      'Spotkanie zarządu klastra',
      'Warsztaty robotyki dla nauczycieli',
      'Konferencja „Szkoła jutra”',
      'Wymiana kadry w Lizbonie',
      'Szkolenie Erasmus+ część 1',
    ]);
    expect(reply.paging).toEqual({ page: 1, pages: 2 });
    expect(reply.actions.map((action) => action.label)).toEqual(['Dalej']);
  });

  it('shows kind, time in the viewer zone, place and a More button for each event', async () => {
    const reply = await run('events next week', en);
    const robotics = reply.items.find((item) => item.title.startsWith('Warsztaty'));
    expect(robotics?.context).toEqual([
      'Workshop · Tue, 16 Jun 2026, 09:00–13:00',
      'CKZiU Łódź, ul. Kopcińskiego 5',
    ]);
    expect(robotics?.url).toBe('https://calendar.google.com/calendar/event?eid=robotics');
    expect(robotics?.actions).toEqual([
      {
        label: 'More',
        action: { type: 'run', command: 'event', options: { name: 'e-robotics' }, page: 1 },
      },
    ]);
    expect(replyText(await run('events today', en))).toContain(
      'Meeting · Fri, 12 Jun 2026, 14:00–15:30\nOnline',
    );
  });

  it('shows a multi-day all-day event as a range of dates', async () => {
    const reply = await run('wydarzenia 2026-06-18 konferencja');
    expect(reply.items[0]?.context[0]).toMatch(
      /^Konferencja · czw\.?, 18 cze 2026 – pt\.?, 19 cze 2026$/,
    );
  });

  it('shows a Lisbon event at Warsaw time, or at Lisbon time for a viewer in Lisbon', async () => {
    const warsaw = await run('events 2026-06-22', en);
    expect(warsaw.items[0]?.context[0]).toBe('Exchange · Mon, 22 Jun 2026, 11:00–17:00');
    const lisbon = await run('events 2026-06-22', { ...en, timeZone: 'Europe/Lisbon' });
    expect(lisbon.items[0]?.context[0]).toBe('Exchange · Mon, 22 Jun 2026, 10:00–16:00');
  });

  it('reads week as the next 7 days from today and this week as Monday to Sunday, as help says', async () => {
    const help = replyText(await run('pomoc wydarzenia'));
    expect(help).toContain('tydzień (najbliższe 7 dni, od dziś)');
    expect(help).toContain('ten tydzień (od poniedziałku do niedzieli)');
    expect(help).toContain('tydzień (7 dni), miesiąc (30 dni)');
    const week = await run('wydarzenia tydzień');
    expect(week.summary).toMatch(/najbliższe 7 dni, pt\.?, 12 cze 2026 – czw\.?, 18 cze 2026$/);
    const titles = week.items.map((item) => item.title);
    expect(titles).toContain('Konferencja „Szkoła jutra”');
    expect(titles).not.toContain('Wymiana kadry w Lizbonie');
    const thisWeek = await run('wydarzenia ten tydzień');
    expect(thisWeek.summary).toMatch(/ten tydzień, pon\.?, 8 cze 2026 – niedz\.?, 14 cze 2026$/);
    expect(thisWeek.items.map((item) => item.title)).toEqual(['Spotkanie zarządu klastra']);

    const helpEn = replyText(await run('help events', en));
    expect(helpEn).toContain('week (the next 7 days, from today)');
    expect(helpEn).toContain('this week (Monday to Sunday)');
    expect(helpEn).toContain('week (7 days), month (30 days)');
    expect((await run('events week', en)).summary).toMatch(
      /the next 7 days, Fri, 12 Jun 2026 – Thu, 18 Jun 2026$/,
    );
  });

  it('reads the period and kind in either order and in both languages', async () => {
    for (const line of [
      'events next week workshop',
      'events workshop next week',
      'wydarzenia przyszły tydzień warsztaty',
      'wydarzenia warsztaty w przyszłym tygodniu',
    ]) {
      const reply = await run(line);
      expect(reply.items.map((item) => item.title)).toEqual(['Warsztaty robotyki dla nauczycieli']);
    }
    expect((await run('wydarzenia ten tydzień warsztaty')).items).toEqual([]);
    expect((await run('wydarzenia przyszły tydzień warsztaty')).title).toBe(
      'Wydarzenia: Warsztaty',
    );
  });

  it('says there is nothing in a period and suggests a longer one', async () => {
    const pl = await run('wydarzenia 2026-08');
    expect(pl.items).toEqual([]);
    expect(pl.summary).toContain('W tym okresie nie ma wydarzeń.');
    expect(pl.summary).toContain('/glokal wydarzenia miesiąc');
    expect((await run('events 2026-08', en)).summary).toContain('/glokal events month');
    expect((await run('events 2026-06-16 conference', en)).summary).toContain(
      'See every kind: /glokal events 2026-06-16',
    );
  });

  it('explains a period it does not understand, with an example, in both languages', async () => {
    const pl = await run('wydarzenia kiedyś');
    expect(pl.tone).toBe('notice');
    expect(pl.summary).toContain('Nie znam okresu „kiedyś”.');
    expect(pl.summary).toContain('Przykład: /glokal wydarzenia ten tydzień warsztaty');
    const en2 = await run('events 2026-02-30', en);
    expect(en2.summary).toContain('There is no such date: “2026-02-30”.');
    expect(en2.summary).toContain('Example: /glokal events this week workshop');
  });

  it('refuses an unknown kind with the kinds it knows', async () => {
    const reply = await replyTo(requestFor('events', { kind: 'party' }, en), deps);
    expect(reply.tone).toBe('notice');
    expect(reply.summary).toContain('meeting, conference, seminar, training, workshop, exchange');
  });

  it('pages through a long month with Next and Previous', async () => {
    const second = await run('events 2026-07', { ...en, page: 2 });
    expect(second.items.map((item) => item.title)).toEqual([
      'Szkolenie Erasmus+ część 6',
      'Szkolenie Erasmus+ część 7',
    ]);
    expect(second.paging).toEqual({ page: 2, pages: 2 });
    expect(second.actions).toEqual([
      {
        label: 'Previous',
        action: { type: 'run', command: 'events', options: { period: '2026-07' }, page: 1 },
      },
    ]);
    const beyond = await run('events 2026-07', { ...en, page: 9 });
    expect(beyond.paging).toEqual({ page: 2, pages: 2 });
  });

  it('counts an October event after the DST change at the right Warsaw hour', async () => {
    const reply = await run('wydarzenia 2026-10-26');
    expect(reply.items[0]?.context[0]).toMatch(/^Seminarium · pon\.?, 26 paź 2026, 09:00–11:00$/);
  });
});

describe('event', () => {
  it('shows an event by id with when, where, attendees and I am going', async () => {
    const reply = await run('event e-robotics', en);
    expect(reply.title).toBe('Workshop');
    expect(reply.items[0]?.title).toBe('Warsztaty robotyki dla nauczycieli');
    expect(reply.items[0]?.fields).toContainEqual({
      label: 'When',
      value: 'Tue, 16 Jun 2026, 09:00–13:00',
    });
    expect(reply.items[0]?.context).toContain('Nobody has said they are going yet');
    expect(reply.actions).toEqual([
      {
        label: "I'm going",
        action: { type: 'attend', eventId: 'e-robotics', answer: 'going' },
        style: 'primary',
      },
      { label: 'Maybe', action: { type: 'attend', eventId: 'e-robotics', answer: 'maybe' } },
      {
        label: 'Not going',
        action: { type: 'attend', eventId: 'e-robotics', answer: 'not-going' },
      },
    ]);
  });

  it('finds an event by words of its title, without Polish letters', async () => {
    const reply = await run('wydarzenie wymiana lizbonie');
    expect(reply.items[0]?.title).toBe('Wymiana kadry w Lizbonie');
    expect(reply.items[0]?.context).toContain(
      'Czas lokalny wydarzenia: 10:00–16:00 (Europe/Lisbon)',
    );
  });

  it('lists the matches when several events fit', async () => {
    const reply = await run('event szkolenie erasmus', en);
    expect(reply.title).toBe('Events matching “szkolenie erasmus”');
    expect(reply.items).toHaveLength(5);
  });

  it('says when no event fits, with a hint, in both languages', async () => {
    expect((await run('wydarzenie bal')).summary).toBe(
      'Nie znalazłem wydarzenia „bal”.\nSprawdź nazwę albo zobacz listę: /glokal wydarzenia miesiąc',
    );
    expect((await run('event ball', en)).summary).toContain('I found no event “ball”.');
  });

  it('asks for the name when none is given', async () => {
    const reply = await run('event', en);
    expect(reply.tone).toBe('notice');
    expect(reply.summary).toContain('“event” needs: name.');
    expect(reply.summary).toContain('Example: /glokal event GreenVET');
  });
});

describe('grants', () => {
  it('lists open calls, nearest deadline first, with Polish plurals of the time left', async () => {
    const reply = await run('granty');
    expect(reply.items.map((item) => item.title)).toEqual([
      'Mobilidade de professores',
      'Kształcenie kadr szkół zawodowych',
      'Partnerstwa na małą skalę w edukacji szkolnej',
      'Partnerstwa współpracy w kształceniu zawodowym',
    ]);
    const deadlines = reply.items.map(
      (item) => item.fields.find((field) => field.label === 'Termin')?.value,
    );
    expect(deadlines[0]).toMatch(/18:00 · zostało 8 godzin$/);
    expect(deadlines[1]).toMatch(/12:00 · został 1 dzień$/);
    expect(deadlines[2]).toMatch(/12:00 · zostały 2 dni$/);
    expect(deadlines[3]).toMatch(/12:00 · zostało 111 dni$/);
    expect(reply.summary).toBe('4 nabory · najbliższy termin na górze');
  });

  it("shows the deadline in the call's own zone when it differs from the viewer's", async () => {
    const reply = await run('grants fundo', en);
    expect(reply.items[0]?.context).toEqual([
      "Deadline in the call's zone: Fri, 12 Jun 2026, 17:00 (Europe/Lisbon)",
    ]);
    expect(reply.items[0]?.fields[1]?.value).toBe('Fri, 12 Jun 2026, 18:00 · 8 hours left');
    const inLisbon = await run('grants fundo', { ...en, timeZone: 'Europe/Lisbon' });
    expect(inLisbon.items[0]?.context).toEqual([]);
  });

  it('filters by programme and offers More and Follow on each call', async () => {
    const reply = await run('grants erasmus', en);
    expect(reply.title).toBe('Grant calls: erasmus');
    expect(reply.items).toHaveLength(2);
    expect(reply.items[0]?.actions.map((action) => action.label)).toEqual(['More', 'Follow']);
  });

  it('says when a programme has no open calls', async () => {
    expect((await run('granty horyzont')).summary).toContain(
      'Nie ma otwartych naborów programu „horyzont”.',
    );
  });
});

describe('grant', () => {
  it('shows a call with deadline, days left, code and funding', async () => {
    const reply = await run('grant ka220-vet-2026', en);
    expect(reply.title).toBe('Erasmus+');
    expect(replyText(reply)).toContain('Call code: KA220-VET');
    expect(replyText(reply)).toContain('Funding: do 400 000 EUR');
    expect(reply.items[0]?.context[0]).toBe('111 days left');
    expect(reply.actions.map((action) => action.label)).toEqual(['Follow']);
  });

  it('finds a call by words and says when none fits', async () => {
    expect((await run('grant fers')).items[0]?.title).toBe('Kształcenie kadr szkół zawodowych');
    expect((await run('grant horyzont')).summary).toContain('Nie znalazłem naboru „horyzont”.');
  });
});

describe('docs', () => {
  it('finds documents with folder, kind and link, in both languages', async () => {
    // The words in a name come above the same words elsewhere (a folder, a description).
    const pl = await run('dokumenty 2026');
    expect(pl.items.map((item) => item.title)).toEqual([
      'Strategia klastra 2026–2030',
      'Protokół zebrania zarządu',
    ]);
    // The minutes say "o strategii": any form of the word finds them too.
    for (const word of ['strategia', 'strategię', 'strategy'])
      expect((await run(`dokumenty ${word}`)).items.map((item) => item.title)).toEqual([
        'Strategia klastra 2026–2030',
        'Protokół zebrania zarządu',
      ]);
    expect((await run('dokumenty strategia klastra')).items.map((item) => item.title)).toEqual([
      'Strategia klastra 2026–2030',
    ]);
    expect(pl.items[0]?.url).toBe('https://docs.google.com/document/d/strategy/edit');
    expect(pl.items[0]?.context).toEqual([
      'Dokument Google · Zmieniony śr., 20 maj 2026',
      'Folder: Strategia',
    ]);
    const english = await run('docs protokol', en);
    expect(english.items[0]?.context).toEqual([
      'PDF · Changed Tue, 2 Jun 2026',
      'Folder: Protokoły/2026',
    ]);
    expect(english.summary).toBe('1 document, best matches first, then most recently changed');
  });

  it('asks for words, and says when nothing is found', async () => {
    expect((await run('docs', en)).summary).toContain('“docs” needs: words.');
    expect((await run('dokumenty budżet 1999')).summary).toContain(
      'Nie znalazłem dokumentów ze słowami „budżet 1999”.',
    );
  });
});

describe('members and partners', () => {
  it('lists members with kind, place, specialisations and contact', async () => {
    const reply = await run('członkowie');
    expect(reply.items.map((item) => item.title)).toEqual([
      'CKZiU nr 1 w Łodzi',
      'Szkoła Podstawowa nr 5',
    ]);
    expect(reply.items[0]?.context).toEqual([
      'Centrum kształcenia zawodowego · Członek klastra · Łódź, łódzkie, Polska',
    ]);
    expect(reply.items[0]?.fields).toEqual([
      { label: 'Specjalizacje', value: 'mechatronika, robotyka' },
      { label: 'Kontakt', value: 'Anna Nowak · anna.nowak@ckziu.example.org' },
    ]);
    expect(reply.summary).toBe('2 organizacje, alfabetycznie');
  });

  it('filters members by kind, country and words typed in any order', async () => {
    expect((await run('czlonkowie szkoła')).items.map((item) => item.title)).toEqual([
      'Szkoła Podstawowa nr 5',
    ]);
    expect((await run('members robotyka PL', en)).items.map((item) => item.title)).toEqual([
      'CKZiU nr 1 w Łodzi',
    ]);
    const none = await run('members PT', en);
    expect(none.summary).toBe(
      'Filters: Portugal\nI found no organisations for these filters.\nTry fewer filters, e.g. /glokal members school',
    );
  });

  it('finds partners by specialisation and country, members and partners alike', async () => {
    const all = await run('partners robotyka', en);
    expect(all.items.map((item) => item.title)).toEqual([
      'CKZiU nr 1 w Łodzi',
      'Escola Profissional de Lisboa',
    ]);
    const portugal = await run('partnerzy robotyka Portugalia');
    expect(portugal.items.map((item) => item.title)).toEqual(['Escola Profissional de Lisboa']);
    expect(portugal.items[0]?.context[0]).toBe(
      'Centrum kształcenia zawodowego · Partner zagraniczny · Lisboa, Portugalia',
    );
    expect((await run('partners', en)).summary).toContain('“partners” needs: specialisation.');
  });
});

describe('help', () => {
  it('lists every read command with an example, in both languages', async () => {
    const pl = await run('pomoc');
    expect(pl.items.map((item) => item.title)).toContain('/glokal wydarzenia [okres] [rodzaj]');
    expect(replyText(pl)).toContain('Przykład: /glokal dokumenty strategia 2026');
    const english = await run('help', en);
    expect(english.items.map((item) => item.title)).toContain(
      '/glokal partners <specialisation> [country]',
    );
    expect(replyText(english)).toContain('Coordinators only');
  });

  it('explains one command with its options', async () => {
    const reply = await run('help wydarzenia', en);
    expect(reply.items).toHaveLength(1);
    expect(reply.items[0]?.fields.map((field) => field.label)).toEqual(['period', 'kind']);
  });
});
