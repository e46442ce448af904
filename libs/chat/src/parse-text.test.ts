import { describe, expect, it } from 'vitest';
import { replyToUnparsed } from './run-command';
import { parseCommandText } from './parse-text';

describe('parseCommandText', () => {
  it('reads English and Polish command names, with or without /glokal and Polish letters', () => {
    const cases: [string, string][] = [
      ['events', 'events'],
      ['/glokal wydarzenia', 'events'],
      ['glokal WYDARZENIA', 'events'],
      ['wydarzenie e-1', 'event'],
      ['granty', 'grants'],
      ['grant ka220', 'grant'],
      ['dokumenty strategia', 'docs'],
      ['członkowie', 'members'],
      ['czlonkowie', 'members'],
      ['partnerzy robotyka', 'partners'],
      ['pomoc', 'help'],
      ['?', 'help'],
      ['subskrybuj granty', 'subscribe'],
      ['odsubskrybuj granty', 'unsubscribe'],
      ['ustawienia', 'settings'],
    ];
    for (const [line, command] of cases)
      expect(parseCommandText(line)).toMatchObject({ ok: true, command });
  });

  it('asks for help on an empty line', () => {
    expect(parseCommandText('  /glokal  ')).toEqual({ ok: true, command: 'help', options: {} });
  });

  it('splits the events period from the kind, in either order and language', () => {
    expect(parseCommandText('events week workshop')).toEqual({
      ok: true,
      command: 'events',
      options: { period: 'week', kind: 'workshop' },
    });
    expect(parseCommandText('wydarzenia warsztaty ten tydzień')).toEqual({
      ok: true,
      command: 'events',
      options: { period: 'ten tydzień', kind: 'warsztaty' },
    });
    expect(parseCommandText('events 2026-09-15..2026-09-20')).toEqual({
      ok: true,
      command: 'events',
      options: { period: '2026-09-15..2026-09-20' },
    });
    expect(parseCommandText('events next month')).toEqual({
      ok: true,
      command: 'events',
      options: { period: 'next month' },
    });
  });

  it('gives the rest of the line to commands that take words', () => {
    expect(parseCommandText('docs strategia klastra 2026')).toMatchObject({
      options: { words: 'strategia klastra 2026' },
    });
    expect(parseCommandText('event autumn conference')).toMatchObject({
      options: { name: 'autumn conference' },
    });
    expect(parseCommandText('grants erasmus ka2')).toMatchObject({
      options: { programme: 'erasmus ka2' },
    });
  });

  it('finds the kind and country among the members words', () => {
    expect(parseCommandText('members school PT robotics lab')).toMatchObject({
      options: { kind: 'school', country: 'PT', words: 'robotics lab' },
    });
    expect(parseCommandText('partnerzy energia odnawialna Niemcy')).toMatchObject({
      options: { specialisation: 'energia odnawialna', country: 'Niemcy' },
    });
    expect(parseCommandText('partners robotics')).toMatchObject({
      options: { specialisation: 'robotics' },
    });
  });

  it('reads settings in both languages', () => {
    expect(parseCommandText('settings language en')).toMatchObject({ options: { language: 'en' } });
    expect(parseCommandText('ustawienia język pl')).toMatchObject({ options: { language: 'pl' } });
    expect(parseCommandText('settings timezone Europe/Lisbon')).toMatchObject({
      options: { timezone: 'Europe/Lisbon' },
    });
    expect(parseCommandText('ustawienia strefa czasowa Europe/Warsaw')).toMatchObject({
      options: { timezone: 'Europe/Warsaw' },
    });
    expect(parseCommandText('ustawienia en Europe/Lisbon')).toMatchObject({
      options: { language: 'en', timezone: 'Europe/Lisbon' },
    });
  });

  it('drops NUL and other control characters before reading the words', () => {
    expect(parseCommandText('events\u0000 to\u001bmorrow')).toEqual({
      ok: true,
      command: 'events',
      options: { period: 'tomorrow' },
    });
    expect(parseCommandText('docs \u0000')).toEqual({ ok: true, command: 'docs', options: {} });
  });

  it('finds no kind or country in the names of what every object has', () => {
    expect(parseCommandText('events constructor')).toEqual({
      ok: true,
      command: 'events',
      options: { period: 'constructor' },
    });
    expect(parseCommandText('members __proto__ toString')).toEqual({
      ok: true,
      command: 'members',
      options: { words: '__proto__ toString' },
    });
  });

  it('names the word it did not understand', () => {
    expect(parseCommandText('wydarzeniaa tydzień')).toEqual({
      ok: false,
      problem: { code: 'unknown-command', word: 'wydarzeniaa' },
    });
  });
});

describe('replyToUnparsed', () => {
  it('asks "did you mean" with the one command a near miss meant, in the person\'s language', () => {
    const pl = replyToUnparsed(
      { code: 'unknown-command', word: 'wydarzeniaa' },
      'pl',
      'Europe/Warsaw',
    );
    expect(pl.tone).toBe('notice');
    expect(pl.summary).toBe('Nie znam polecenia „wydarzeniaa”. Czy chodziło o „wydarzenia”?');
    expect(pl.items).toHaveLength(1);
    expect(pl.items[0]?.title).toContain('wydarzenia');
    const en = replyToUnparsed({ code: 'unknown-command', word: 'evnts' }, 'en', 'Europe/Warsaw');
    expect(en.summary).toBe('I do not know the command “evnts”. Did you mean “events”?');
    expect(en.items).toHaveLength(1);
    // Accents do not count as mistakes; one letter is allowed in a short word.
    expect(
      replyToUnparsed({ code: 'unknown-command', word: 'czlonkowe' }, 'pl', 'Europe/Warsaw')
        .summary,
    ).toContain('Czy chodziło o');
    expect(
      replyToUnparsed({ code: 'unknown-command', word: 'dcs' }, 'en', 'Europe/Warsaw').summary,
    ).toBe('I do not know the command “dcs”. Did you mean “docs”?');
  });

  it('lists every command when nothing is near the word', () => {
    const pl = replyToUnparsed({ code: 'unknown-command', word: 'pizza' }, 'pl', 'Europe/Warsaw');
    expect(pl.tone).toBe('notice');
    expect(pl.summary).toBe('Nie znam polecenia „pizza”. Spróbuj: /glokal pomoc');
    expect(pl.items.length).toBeGreaterThanOrEqual(8);
    const en = replyToUnparsed({ code: 'unknown-command', word: 'xyzzy' }, 'en', 'Europe/Warsaw');
    expect(en.summary).toBe('I do not know the command “xyzzy”. Try: /glokal help');
  });
});
