import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTranslator, type Locale, type MessageKey } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { loadSeason, SEASON_NOW } from '../testing/season.fixture';
import { requestFor } from '../testing/request.fixture';
import { formFields, type FieldValue, type FormContext, type FormField } from './form';
import { formCatalogue } from './form-catalogue';
import { readForm } from './read-form';
import { submitForm } from './submit-form';

/**
 * Every form, submitted with whatever a person (or a forged payload) could put in its fields.
 * The seed is fixed so a failure replays; fast-check prints it with the smallest failing case:
 * `FORMS_SEED=<seed> FORMS_PATH=<path> npx vitest run src/forms/form-values.property.test.ts`.
 */
const SEED = Number(process.env['FORMS_SEED'] ?? 20_261_203);
const PATH = process.env['FORMS_PATH'];
/** Reading is pure and cheap: thousands of cases. Submitting goes through the store: fewer. */
const READ_RUNS = 2000;
const SUBMIT_RUNS = 150;

let test: TestStore;
let deps: ChatDeps;
/** What the forms that edit something are about: real subjects of the season and others. */
let subjects: string[];

beforeAll(async () => {
  test = await createTestStore();
  deps = { ...(await loadSeason(test.store)), jobs: { relayNow: async () => undefined } };
  const meeting = await submitForm(
    { form: 'meeting-schedule' },
    {
      title: 'Partners meeting',
      kind: 'meeting',
      start: '2026-06-22 10:00',
      duration: '90 min',
      place: 'online',
      invitees: [],
      channel: [],
      language: 'pl',
    },
    context('en', 'Europe/Warsaw'),
    deps,
  );
  if (meeting.type !== 'done' || !meeting.subject) throw new Error('no meeting to edit');
  subjects = [meeting.subject, 'ka220-vet-2026', 'interreg-closed', 'e-board', 'C-GENERAL'];
});
afterAll(async () => test.close());

function context(locale: Locale, timeZone: string): FormContext {
  const request = requestFor('grant add', {}, { coordinator: true, locale, userId: 'U-COORD' });
  return {
    requester: request.requester,
    conversation: request.conversation,
    locale,
    timeZone,
    now: SEASON_NOW,
  };
}

/** Texts that have broken readers before, and ones each kind of field would accept. */
const pieces = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202e',
  '😀',
  '%_%',
  "'; drop table grant_calls; --",
  '__proto__',
  'constructor',
  'x'.repeat(5000),
  '2026-10-15',
  '2026-10-15 12:00',
  '2026-02-30 12:00',
  '2026-03-29 02:30',
  '0000-01-01 00:00',
  '9999-12-31 23:59',
  '15.10.2026 12:00',
  'jutro 10:00',
  'tomorrow 10am',
  '12:00',
  '25:61',
  '90 min',
  '2h',
  '-1',
  '1e309',
  'NaN',
  'Europe/Brussels',
  'Mars/Olympus',
  'https://example.org/call',
  'javascript:alert(1)',
  'open',
  'pl',
  'en',
  'online',
  '30d,7d,1d',
];

const text = fc.oneof(
  fc.constantFrom(...pieces),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A value of the shape the field's kind hands over, or of another shape (a forged payload). */
function valueFor(field: FormField): fc.Arbitrary<FieldValue | undefined> {
  const choices = (field.choices ?? []).map((choice) => choice.value);
  const oneText = choices.length > 0 ? fc.oneof(text, fc.constantFrom(...choices)) : text;
  const list = fc.array(oneText, { maxLength: 4 });
  const files = fc.array(fc.record({ name: text, text: fc.oneof(text, csvText) }), {
    maxLength: 2,
  });
  const expected =
    field.kind === 'many-of' || field.kind === 'people' || field.kind === 'channel'
      ? list
      : field.kind === 'file'
        ? files
        : oneText;
  return fc.oneof(
    { weight: 6, arbitrary: expected },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.oneof(oneText, list, files) },
  );
}

/** A CSV file's text: a header of the import's columns or none, and rows of anything. */
const csvText = fc
  .tuple(
    fc.constantFrom('', 'title,programme,deadline\n', 'name,email\n', '\ufefftitle;deadline\r\n'),
    fc.array(fc.array(fc.oneof(text, fc.constant('"')), { maxLength: 5 }), { maxLength: 4 }),
  )
  .map(([header, rows]) => header + rows.map((row) => row.join(',')).join('\n'));

/** The message a key names exists in both languages (i18next gives the key back when not). */
function missingIn(key: MessageKey, values: Record<string, string | number> = {}): Locale[] {
  const bare = key.slice(key.indexOf(':') + 1);
  return (['pl', 'en'] as const).filter((locale) => {
    const shown = createTranslator(locale, 'UTC').t(key, { count: 2, ...values });
    return shown === key || shown === bare;
  });
}

/** A rejection's errors: each on a field of the form, its message in both languages. */
function expectNamedErrors(
  errors: readonly {
    field: string;
    message: MessageKey;
    values?: Record<string, string | number>;
  }[],
  names: ReadonlySet<string>,
) {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(names.has(error.field) ? error.field : `no field ${error.field}`).toBe(error.field);
    expect({ key: error.message, missingIn: missingIn(error.message, error.values) }).toEqual({
      key: error.message,
      missingIn: [],
    });
  }
}

const who = fc.record({
  locale: fc.constantFrom<Locale>('pl', 'en'),
  timeZone: fc.constantFrom('Europe/Warsaw', 'America/Sao_Paulo', 'Pacific/Kiritimati'),
});

describe('every form submitted with arbitrary values', () => {
  for (const form of formCatalogue) {
    const fields = formFields(form);
    const names = new Set(fields.map((field) => field.name));
    const values = fc.record(
      Object.fromEntries(fields.map((field) => [field.name, valueFor(field)])),
      { requiredKeys: [] },
    );

    it(`${form.id}: is read without throwing; a rejection names its fields in both languages`, () => {
      fc.assert(
        fc.property(values, who, (submitted, person) => {
          const read = readForm(form, submitted, context(person.locale, person.timeZone));
          if (!read.ok) expectNamedErrors(read.errors, names);
        }),
        { seed: SEED, numRuns: READ_RUNS, ...(PATH ? { path: PATH } : {}) },
      );
    }, 120_000);

    it(`${form.id}: submitted, never throws, and a rejection writes nothing`, async () => {
      const subject = fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(...subjects),
        fc.string({ maxLength: 20 }),
      );
      await fc.assert(
        fc.asyncProperty(values, subject, who, async (submitted, about, person) => {
          const before = await deps.store.changes.version();
          const outcome = await submitForm(
            { form: form.id, ...(about === undefined ? {} : { subject: about }) },
            submitted,
            context(person.locale, person.timeZone),
            deps,
          );
          if (outcome.type === 'done') return;
          expect(await deps.store.changes.version()).toBe(before);
          if (outcome.type === 'invalid') expectNamedErrors(outcome.errors, names);
        }),
        { seed: SEED, numRuns: SUBMIT_RUNS, ...(PATH ? { path: PATH } : {}) },
      );
    }, 120_000);
  }
});
