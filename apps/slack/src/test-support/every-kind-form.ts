import { z } from 'zod';
import type { FormDefinition, FormValues } from '@glokal/chat';

/**
 * A form with a field of every kind Slack renders, for renderer tests (labels borrowed from
 * the grant form: only the elements matter here).
 */
export const everyKindForm: FormDefinition = {
  id: 'every-kind',
  audience: 'coordinator',
  title: 'forms:grant.add_title',
  submit: 'forms:grant.add_submit',
  sections: [
    [
      {
        name: 'short',
        kind: 'short-text',
        required: true,
        label: 'forms:grant.title.label',
        maxLength: 500,
      },
      {
        name: 'long',
        kind: 'long-text',
        required: false,
        label: 'forms:grant.description.label',
        maxLength: 4000,
      },
      { name: 'day', kind: 'date', required: false, label: 'forms:grant.opens_on.label' },
      { name: 'hour', kind: 'time', required: false, label: 'forms:grant.deadline.label' },
      {
        name: 'when',
        kind: 'date-time',
        required: true,
        label: 'forms:grant.deadline.label',
        hint: 'forms:grant.deadline.hint',
        placeholder: 'forms:grant.deadline.placeholder',
      },
    ],
    [
      { name: 'length', kind: 'duration', required: false, label: 'forms:grant.funding.label' },
      { name: 'count', kind: 'number', required: false, label: 'forms:grant.funding.label' },
      {
        name: 'status',
        kind: 'one-of',
        required: true,
        label: 'forms:grant.status.label',
        choices: [
          { value: 'open', label: 'grants:status.open' },
          { value: 'closed', label: 'grants:status.closed' },
        ],
      },
      {
        name: 'statuses',
        kind: 'many-of',
        required: false,
        label: 'forms:grant.status.label',
        choices: [
          { value: 'open', label: 'grants:status.open' },
          { value: 'closed', label: 'grants:status.closed' },
          { value: 'cancelled', label: 'grants:status.cancelled' },
        ],
      },
      { name: 'who', kind: 'people', required: false, label: 'forms:grant.lead.label' },
    ],
    [
      { name: 'where', kind: 'channel', required: false, label: 'forms:grant.lead.label' },
      { name: 'attachment', kind: 'file', required: false, label: 'forms:grant.description.label' },
    ],
  ],
  schema: () => z.unknown(),
  apply: () => Promise.resolve({ type: 'invalid', errors: [] }),
};

/** Values for every kind, in the shapes renderers hand back. */
export const everyKindValues: FormValues = {
  short: 'Partnerstwa <współpracy> & więcej',
  long: 'Pierwsza linia\nDruga linia',
  day: '2027-01-15',
  hour: '09:30',
  when: '2027-03-15 12:00',
  length: '1h30',
  count: '12',
  status: 'closed',
  statuses: ['open', 'cancelled'],
  who: ['U0ANNA', 'U0JOHN'],
  where: ['C0OGOLNY'],
};
