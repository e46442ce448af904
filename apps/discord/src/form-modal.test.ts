import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formById, type FormDefinition, type FormOpening } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import { modalFields, modalProblems } from '@glokal/testing/discord';
import { formModal } from './form-modal';

const pl = createTranslator('pl', 'Europe/Warsaw');
const en = createTranslator('en', 'Europe/Warsaw');

/** A form whose texts are longer than Discord allows, with every kind a modal can hold. */
const crowded: FormDefinition = {
  id: 'crowded-form',
  audience: 'coordinator',
  title: 'forms:grant.deadline_zone.hint',
  submit: 'forms:grant.add_submit',
  sections: [
    [
      {
        name: 'zone',
        kind: 'short-text',
        required: true,
        label: 'forms:grant.deadline_zone.hint',
        hint: 'forms:grant.deadline_zone.hint',
        placeholder: 'forms:grant.deadline_zone.hint',
        maxLength: 9000,
      },
      { name: 'about', kind: 'long-text', required: false, label: 'forms:grant.description.label' },
      {
        name: 'status',
        kind: 'one-of',
        required: false,
        label: 'forms:grant.status.label',
        choices: [
          { value: 'open', label: 'grants:status.open' },
          { value: 'closed', label: 'grants:status.closed' },
        ],
      },
      { name: 'who', kind: 'people', required: true, label: 'forms:grant.lead.label' },
      { name: 'where', kind: 'channel', required: false, label: 'forms:grant.lead.label' },
    ],
  ],
  schema: () => z.object({}),
  apply: () => Promise.reject(new Error('not submitted here')),
};

describe('formModal', () => {
  it('cuts what is too long for Discord and stays within every limit', () => {
    const opening: FormOpening = {
      form: crowded,
      subject: 'ka220-vet-2026',
      values: { zone: 'x'.repeat(5000), status: 'closed', about: 'Opis' },
      section: 0,
    };
    const modal = formModal(opening, en);
    expect(modalProblems(modal)).toEqual([]);
    expect(modal.custom_id).toBe('m|crowded-form|0|ka220-vet-2026');
    expect(modal.title).toHaveLength(45);
    expect(modal.title.endsWith('…')).toBe(true);
    const [zone, about, status, who, where] = modal.components;
    expect(zone).toMatchObject({
      type: 18,
      label: expect.stringMatching(/^EU calls close at .{20,}…$/),
      // The hint is too long for a description: its first sentence is kept.
      description:
        'EU calls close at 12:00 or 17:00 Brussels time (Europe/Brussels), depending on the programme.',
      component: { type: 4, style: 1, required: true, max_length: 4000 },
    });
    if (zone?.type !== 18 || zone.component.type !== 4) throw new Error('not a text input');
    expect(zone.component.value).toHaveLength(4000);
    expect(zone.component.placeholder).toHaveLength(100);
    expect(about).toMatchObject({
      component: { type: 4, style: 2, value: 'Opis', required: false },
    });
    expect(status).toMatchObject({
      component: {
        type: 3,
        required: false,
        min_values: 0,
        max_values: 1,
        options: [
          { value: 'open', label: 'Open' },
          { value: 'closed', label: 'Closed', default: true },
        ],
      },
    });
    expect(who).toMatchObject({ component: { type: 5, required: true, min_values: 1 } });
    expect(where).toMatchObject({ component: { type: 8, required: false, max_values: 1 } });
  });

  it('shows the section asked for, in the person’s language', () => {
    const edit = formById('grant-edit');
    if (!edit) throw new Error('no grant-edit form');
    const modal = formModal({ form: edit, subject: 'ka220-vet-2026', values: {}, section: 2 }, pl);
    expect(modalProblems(modal)).toEqual([]);
    expect(modal.title).toBe('Zmień nabór');
    expect(modalFields(modal).map((field) => field.custom_id)).toEqual(['lead', 'description']);
    expect(modal.components[1]).toMatchObject({
      label: 'Opis',
      component: { style: 2, max_length: 4000 },
    });
  });
});
