import { describe, expect, it } from 'vitest';
import { formCatalogue, localisedForm, type FormOpening } from '@glokal/chat';
import { createTranslator, locales } from '@glokal/domain';
import { modalProblems } from '@glokal/testing/slack';
import { everyKindForm, everyKindValues } from '../test-support/every-kind-form';
import { inputsOf, OpenedModal } from '../test-support/modal-state';
import { renderForm, splitDateTime } from './render-form';

const pl = createTranslator('pl', 'Europe/Warsaw');

function modalOf(opening: FormOpening, t = pl, channelId?: string): OpenedModal {
  return OpenedModal.parse(
    renderForm(localisedForm(opening, t), t, channelId ? { channelId } : {}),
  );
}

describe('a form as a Slack modal', () => {
  it('gives every field kind its element, starting from the values it is opened with', () => {
    const modal = modalOf({ form: everyKindForm, values: everyKindValues, section: 0 });
    expect(modalProblems(modal)).toEqual([]);
    const inputs = inputsOf(modal);
    const element = (id: string) => inputs.get(id)?.element;
    expect(element('f:short')).toMatchObject({
      type: 'plain_text_input',
      max_length: 500,
      initial_value: 'Partnerstwa <współpracy> & więcej',
    });
    expect(element('f:short')).not.toHaveProperty('multiline');
    expect(element('f:long')).toMatchObject({ multiline: true, max_length: 3000 });
    expect(element('f:day')).toMatchObject({ type: 'datepicker', initial_date: '2027-01-15' });
    expect(element('f:hour')).toMatchObject({ type: 'timepicker', initial_time: '09:30' });
    expect(element('f:when:date')).toMatchObject({
      type: 'datepicker',
      initial_date: '2027-03-15',
      placeholder: { text: '2027-03-15' },
    });
    expect(element('f:when:time')).toMatchObject({
      type: 'timepicker',
      initial_time: '12:00',
      placeholder: { text: '12:00' },
    });
    expect(inputs.get('f:when:time')?.hint?.text).toBe(pl.t('forms:grant.deadline.hint'));
    expect(inputs.get('f:when:date')?.hint).toBeUndefined();
    expect(element('f:length')).toMatchObject({ type: 'plain_text_input', initial_value: '1h30' });
    expect(element('f:count')).toMatchObject({ type: 'number_input', initial_value: '12' });
    expect(element('f:status')).toMatchObject({
      type: 'static_select',
      initial_option: { value: 'closed', text: { text: 'Zamknięty' } },
    });
    expect(element('f:statuses')?.initial_options?.map((option) => option.value)).toEqual([
      'open',
      'cancelled',
    ]);
    expect(element('f:who')).toMatchObject({
      type: 'multi_users_select',
      initial_users: ['U0ANNA', 'U0JOHN'],
    });
    expect(element('f:where')).toMatchObject({
      type: 'conversations_select',
      initial_conversation: 'C0OGOLNY',
    });
    expect(element('f:attachment')).toEqual({
      type: 'file_input',
      action_id: 'value',
      max_files: 10,
    });
    expect(inputs.get('f:short')?.optional).toBeUndefined();
    expect(inputs.get('f:long')?.optional).toBe(true);
    expect(modal.blocks.filter((block) => block['type'] === 'divider')).toHaveLength(2);
  });

  it('fits every form of the catalogue, in both languages, within Slack’s limits', () => {
    for (const form of formCatalogue) {
      for (const locale of locales) {
        const t = createTranslator(locale, 'Europe/Warsaw');
        const opening = { form: form as never, values: {}, section: 0, subject: 'ka220-vet-2026' };
        const modal = modalOf(opening, t, 'C0OGOLNY');
        expect({ form: form.id, locale, problems: modalProblems(modal) }).toEqual({
          form: form.id,
          locale,
          problems: [],
        });
        expect(modal.title.text.length).toBeLessThanOrEqual(24);
      }
    }
  });

  it('leaves out a stored text longer than Slack’s inputs hold, so an edit keeps it as it is', () => {
    const modal = modalOf({
      form: everyKindForm,
      values: { ...everyKindValues, long: 'x'.repeat(3001) },
      section: 0,
    });
    expect(modalProblems(modal)).toEqual([]);
    expect(inputsOf(modal).has('f:long')).toBe(false);
  });

  it('starts pickers and selects empty when the stored value is not theirs', () => {
    const modal = modalOf({
      form: everyKindForm,
      values: { day: 'jutro', when: 'next friday', status: 'gone', who: ['not-a-user'] },
      section: 0,
    });
    expect(modalProblems(modal)).toEqual([]);
    const inputs = inputsOf(modal);
    expect(inputs.get('f:day')?.element).not.toHaveProperty('initial_date');
    expect(inputs.get('f:when:date')?.element).not.toHaveProperty('initial_date');
    expect(inputs.get('f:status')?.element).not.toHaveProperty('initial_option');
    expect(inputs.get('f:who')?.element).not.toHaveProperty('initial_users');
  });

  it('splits a date-time as pickers need it, and only a well-formed one', () => {
    expect(splitDateTime('2027-03-15 12:00')).toEqual({ date: '2027-03-15', time: '12:00' });
    expect(splitDateTime('2027-03-15T08:05')).toEqual({ date: '2027-03-15', time: '08:05' });
    expect(splitDateTime('jutro 10:00')).toBeUndefined();
    expect(splitDateTime(undefined)).toBeUndefined();
  });
});
