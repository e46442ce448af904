import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { Locale } from '@glokal/domain';
import type { ChatDeps } from './command';
import { catalogue } from './catalogue';
import { isFormOpening } from './forms/form';
import { parseCommandText } from './parse-text';
import type { Reply } from './reply';
import { replyToUnparsed, runCommand } from './run-command';
import { loadSeason } from './testing/season.fixture';
import { replyText, requestFor } from './testing/request.fixture';

/**
 * The seed of every run here, so a failure replays: fast-check prints the seed and the path
 * of the smallest failing line; run again with `HOSTILE_SEED=<seed> HOSTILE_PATH=<path>
 * npx vitest run src/hostile-words.test.ts`. Without them the runs are the same every time.
 */
const SEED = Number(process.env['HOSTILE_SEED'] ?? 20_261_203);
const PATH = process.env['HOSTILE_PATH'];
const RUNS = 300;

let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
});
afterAll(async () => test.close());

/** What a reply must never show, whatever was typed: a value that leaked past its reading. */
const leaks = /\[object|undefined|NaN|Invalid DateTime/;

/** Names every plain object answers to: a word table looked up on one would find them. */
const objectKeys = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
];

/** Days outside the years a period is read in, and days that do not exist. */
const badDays = [
  '0000-01-01',
  '0001-01-01',
  '0001',
  '0001-01',
  '0000-12',
  '0001-01-01..0001-02-01',
  '9999-99-99',
  '9999-12',
  '2026-02-30',
];

/** Other pieces that have broken readers before: SQL wildcards, controls, marks, long words. */
const otherPieces = [
  '%',
  '_',
  '%_%',
  '\\',
  "'",
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  '\u0085',
  '😀',
  '👩‍👩‍👧',
  '\u200f',
  '\u202e',
  '\u202eabc',
  'שלום',
  'x'.repeat(250),
  'ż'.repeat(120),
  '00:00',
  '-1',
  '1e309',
  'Infinity',
  'zażółć gęślą jaźń',
  'Łódź',
  'ŁÓDŹ',
];

/** Words the readers know, so hostile words come mixed with meaningful ones. */
const knownWords = ['w', 'we', 'pl', 'en', 'PT', 'szkoła', 'warsztaty', 'tydzień', 'jutro', 'week'];

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...objectKeys) },
  { weight: 3, arbitrary: fc.constantFrom(...badDays) },
  { weight: 3, arbitrary: fc.constantFrom(...otherPieces) },
  { weight: 2, arbitrary: fc.constantFrom(...knownWords) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

const separator = fc.constantFrom(' ', '  ', '\t', ' \u0000', '\u00a0');

/** A command, by any of its names (sometimes after `/glokal`), then one or a few hostile words. */
const commandLine = fc
  .tuple(
    fc.constantFrom('', '/glokal ', 'glokal '),
    fc
      .constantFrom(...catalogue)
      .chain((command) =>
        fc.constantFrom(command.name, command.namePl, ...(command.aliases ?? [])),
      ),
    fc.oneof(
      fc.tuple(separator, word).map((one) => [one]),
      fc.array(fc.tuple(separator, word), { maxLength: 3 }),
    ),
  )
  .map(
    ([prefix, command, rest]) =>
      `${prefix}${command}${rest.map(([gap, piece]) => `${gap}${piece}`).join('')}`,
  );

/** Lines of any text at all, and lines built of hostile pieces with no command in front. */
const anyLine = fc.oneof(
  { weight: 4, arbitrary: commandLine },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' ')),
  },
);

const asker = fc.record({
  locale: fc.constantFrom<Locale>('pl', 'en'),
  coordinator: fc.boolean(),
  timeZone: fc.constantFrom('Europe/Warsaw', 'Europe/Lisbon', 'Pacific/Kiritimati', 'Etc/GMT+12'),
});

type Asker = { locale: Locale; coordinator: boolean; timeZone: string };

/** The reply's text with what the person typed taken out, so an echoed word is no leak. */
function shownBeyondTyped(reply: Reply, line: string): string {
  const typed = line.split(/[\s\p{Cc}]+/u).filter((piece) => piece.length > 0);
  return typed.reduce((text, piece) => text.split(piece).join(' '), replyText(reply));
}

async function answerTo(line: string, who: Asker): Promise<Reply | null> {
  const parsed = parseCommandText(line);
  if (!parsed.ok) return replyToUnparsed(parsed.problem, who.locale, who.timeZone);
  const answer = await runCommand(
    requestFor(parsed.command, parsed.options, { ...who, userId: 'U-HOSTILE' }),
    deps,
  );
  return isFormOpening(answer) ? null : answer;
}

describe('hostile words', () => {
  it('answers every line with a localised reply, never a thrown error or a leaked value', async () => {
    await fc.assert(
      fc.asyncProperty(anyLine, asker, async (line, who) => {
        const reply = await answerTo(line, who);
        if (reply === null) return;
        expect(reply.title.trim()).not.toBe('');
        expect(shownBeyondTyped(reply, line)).not.toMatch(leaks);
      }),
      { numRuns: RUNS, seed: SEED, ...(PATH ? { path: PATH } : {}), endOnFailure: true },
    );
  }, 120_000);

  it.each([
    ['events constructor', 'pl', 'Nie znam okresu „constructor”.'],
    ['events __proto__', 'en', 'I do not know the period “__proto__”.'],
    ['events w constructor', 'pl', 'Nie znam okresu „w constructor”.'],
    ['members __proto__', 'en', 'Filters: __proto__'],
    ['members constructor', 'pl', 'Filtry: constructor'],
    [
      'events 0000-01-01',
      'en',
      'I cannot read the date “0000-01-01”: give a year from 1900 to 2999.',
    ],
    ['events 0001-01', 'pl', 'Nie umiem odczytać daty „0001-01”: podaj rok od 1900 do 2999.'],
    ['events 0001', 'en', 'I do not know the period “0001”.'],
    ['event \u0000', 'en', '“event” needs: name.'],
    ['grant zz\u0000qq', 'en', 'I found no grant call “zzqq”.'],
  ])('answers %j in %s with a notice saying what it read', async (line, locale, expected) => {
    const reply = await answerTo(line, {
      locale: locale as Locale,
      coordinator: false,
      timeZone: 'Europe/Warsaw',
    });
    expect(reply && replyText(reply)).toContain(expected);
  });
});
