import { describe, expect, it } from 'vitest';
import { localisedForm } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import { renderForm } from '../render/render-form';
import { everyKindForm, everyKindValues } from '../test-support/every-kind-form';
import { OpenedModal, submittedState } from '../test-support/modal-state';
import { readSubmission, ViewState } from './read-submission';

const t = createTranslator('en', 'Europe/London');

function opened(values = everyKindValues): OpenedModal {
  return OpenedModal.parse(
    renderForm(localisedForm({ form: everyKindForm, values, section: 0 }, t), t),
  );
}

function read(modal: OpenedModal, answers: Parameters<typeof submittedState>[1] = {}) {
  return readSubmission(everyKindForm, ViewState.parse({ values: submittedState(modal, answers) }));
}

describe('a submitted modal read as form values', () => {
  it('gives back the values it was opened with when nothing is changed', () => {
    const { values, problems } = read(opened());
    expect(problems).toEqual([]);
    expect(values).toEqual(everyKindValues);
  });

  it('reads emptied inputs as empty, so clearing a field clears it', () => {
    const { values } = read(opened(), {
      'f:long': null,
      'f:day': null,
      'f:status': null,
      'f:statuses': [],
      'f:who': [],
      'f:where': null,
      'f:count': null,
    });
    expect(values).toMatchObject({
      long: '',
      day: '',
      status: '',
      statuses: [],
      who: [],
      where: [],
      count: '',
    });
  });

  it('joins a date and a time into one date-time, or leaves the date alone for the form to ask for the time', () => {
    expect(
      read(opened(), { 'f:when:date': '2027-03-28', 'f:when:time': '02:30' }).values,
    ).toMatchObject({ when: '2027-03-28 02:30' });
    expect(read(opened(), { 'f:when:time': null }).values).toMatchObject({ when: '2027-03-15' });
    expect(read(opened(), { 'f:when:date': null, 'f:when:time': null }).values).toMatchObject({
      when: '',
    });
  });

  it('asks for the day of a date-time that has only a time', () => {
    const { problems } = read(opened(), { 'f:when:date': null, 'f:when:time': '10:00' });
    expect(problems).toEqual([{ blockId: 'f:when:date', message: 'forms:error.required' }]);
  });

  it('leaves out fields the modal did not show, so an edit keeps them', () => {
    const modal = opened({ ...everyKindValues, long: 'x'.repeat(3001) });
    const { values } = read(modal);
    expect(values).not.toHaveProperty('long');
    expect(values).not.toHaveProperty('attachment');
  });

  it('hands uploaded files over by id to be read, and no upload as nothing given', () => {
    const uploaded = read(opened(), {
      'f:attachment': [
        { id: 'F000000001', name: 'a.csv', url_private: 'https://files.slack.com/a.csv' },
        { id: 'F000000002', name: 'b.txt', url_private: 'https://files.slack.com/b.txt' },
      ],
    });
    expect(uploaded.uploads).toEqual([
      { field: 'attachment', blockId: 'f:attachment', fileIds: ['F000000001', 'F000000002'] },
    ]);
    expect(uploaded.values).not.toHaveProperty('attachment');
    expect(read(opened()).uploads).toEqual([]);
  });

  it('refuses state Slack would not send (a date that is no date)', () => {
    expect(
      ViewState.safeParse({
        values: { 'f:day': { value: { type: 'datepicker', selected_date: '15.01.2027' } } },
      }).success,
    ).toBe(false);
  });
});
