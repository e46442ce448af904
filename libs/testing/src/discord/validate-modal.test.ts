import { describe, expect, it } from 'vitest';
import { modalFields, modalProblems } from './validate-modal';

const input = (customId: string, extra: Record<string, unknown> = {}) => ({
  type: 18,
  label: 'Programme',
  component: { type: 4, custom_id: customId, style: 1, ...extra },
});

describe('modalProblems', () => {
  it('accepts a modal of labelled text inputs and a string select', () => {
    const modal = {
      custom_id: 'm|grant-add|0|',
      title: 'New grant call',
      components: [
        input('programme', { value: 'Erasmus+', max_length: 100, placeholder: 'Erasmus+ KA2' }),
        {
          type: 18,
          label: 'Status',
          description: 'Whether the call is open',
          component: {
            type: 3,
            custom_id: 'status',
            options: [
              { label: 'Open', value: 'open', default: true },
              { label: 'Closed', value: 'closed' },
            ],
          },
        },
      ],
    };
    expect(modalProblems(modal)).toEqual([]);
    expect(modalFields(modal).map((field) => field.custom_id)).toEqual(['programme', 'status']);
  });

  it('refuses what Discord refuses', () => {
    const problems = modalProblems({
      custom_id: 'x'.repeat(101),
      title: 'A title that is longer than forty-five characters',
      components: [
        { ...input('a'), label: 'L'.repeat(46), description: 'D'.repeat(101) },
        input('a', { label: 'own label' }),
        input('c', { max_length: 5, value: 'too long' }),
        input('d', { placeholder: 'p'.repeat(101), max_length: 4001 }),
        {
          type: 18,
          label: 'Status',
          component: { type: 3, custom_id: 'e', options: [], disabled: true, min_values: 0 },
        },
        input('f'),
      ],
    });
    expect(problems).toEqual([
      'custom_id: 101 characters, at most 100',
      'title: 49 characters, at most 45',
      'components: 6, 1 to 5',
      'components.0.label: 46 characters, at most 45',
      'components.0.description: 101 characters, at most 100',
      'components.1.component.custom_id: duplicate a',
      'components.1.component.label: a text input in a label has no label of its own',
      'components.2.component.value: 8 characters, at most 5',
      'components.3.component.max_length: 4001, 1 to 4000',
      'components.3.component.placeholder: 101 characters, at most 100',
      'components.4.component.disabled: modals cannot have disabled components',
      'components.4.component.min_values: a required select needs at least 1',
      'components.4.component.options: 0, 1 to 25',
      'components.4.component.max_values: 1, more than the 0 options',
    ]);
  });

  it('refuses a modal without components or with a message button in it', () => {
    expect(modalProblems({ custom_id: 'm', title: 'T', components: [] })).toEqual([
      'components: 0, 1 to 5',
    ]);
    expect(
      modalProblems({
        custom_id: 'm',
        title: 'T',
        components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'b' }] }],
      }),
    ).not.toEqual([]);
  });
});
