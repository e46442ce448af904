import { describe, expect, it } from 'vitest';
import { createTranslator } from '@glokal/domain';
import { everyKindForm } from '../test-support/every-kind-form';
import { errorsByBlock } from './field-errors';

const pl = createTranslator('pl', 'Europe/Warsaw');
const en = createTranslator('en', 'Europe/London');
const shown = ['f:short', 'f:when:date', 'f:when:time', 'f:status'];

describe('field errors as Slack shows them', () => {
  it('puts each error under its input, a date-time’s under its time picker, in the person’s language', () => {
    const errors = [
      { field: 'short', message: 'forms:error.too_long', values: { max: 500 } },
      {
        field: 'when',
        message: 'forms:error.date_time.in-dst-gap',
        values: { text: '2027-03-28 02:30' },
      },
    ] as const;
    for (const t of [pl, en])
      expect(errorsByBlock(everyKindForm, errors, [], shown, t)).toEqual({
        'f:short': t.t('forms:error.too_long', { max: 500 }),
        'f:when:time': t.t('forms:error.date_time.in-dst-gap', { text: '2027-03-28 02:30' }),
      });
  });

  it('names a field the modal does not show under the first input, with the problems before it', () => {
    const errors = [{ field: 'attachment', message: 'forms:error.required' }] as const;
    const problems = [{ blockId: 'f:short', message: 'forms:error.unreadable' }] as const;
    expect(errorsByBlock(everyKindForm, errors, problems, shown, en)).toEqual({
      'f:short': [
        en.t('forms:error.unreadable'),
        en.t('forms:error.field', {
          label: en.t('forms:grant.description.label'),
          problem: en.t('forms:error.required'),
        }),
      ].join('\n'),
    });
  });
});
