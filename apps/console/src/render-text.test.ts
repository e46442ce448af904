import { describe, expect, it } from 'vitest';
import { createTranslator } from '@glokal/domain';
import { reply } from '@glokal/chat';
import { renderText } from './render-text';

const t = createTranslator('en', 'Europe/Warsaw');

describe('renderText', () => {
  it('prints a list with links, fields, small print and numbered buttons', () => {
    const rendered = renderText(
      reply({
        title: 'Events',
        summary: '2 events · the next 7 days',
        items: [
          {
            title: 'Robotics workshop',
            url: 'https://calendar.example/robotics',
            fields: [{ label: 'Where', value: 'Łódź' }],
            context: ['Workshop · Tue, 16 Jun 2026, 09:00–13:00'],
            actions: [
              {
                label: 'More',
                action: { type: 'run', command: 'event', options: { name: 'e-1' }, page: 1 },
              },
            ],
          },
        ],
        paging: { page: 1, pages: 2 },
        actions: [
          { label: 'Next', action: { type: 'run', command: 'events', options: {}, page: 2 } },
        ],
      }),
      t,
    );
    expect(rendered.text).toBe(
      [
        '== Events ==',
        '2 events · the next 7 days',
        '',
        '• Robotics workshop',
        '   https://calendar.example/robotics',
        '   Where: Łódź',
        '   Workshop · Tue, 16 Jun 2026, 09:00–13:00',
        '   [1] More',
        '',
        'Page 1 of 2',
        '',
        '[2] Next',
      ].join('\n'),
    );
    expect(rendered.actions.map((action) => action.type === 'run' && action.page)).toEqual([1, 2]);
  });

  it('marks a notice and prints its lines as they are, markup included', () => {
    const rendered = renderText(
      reply({
        title: 'I did not understand',
        summary: 'No *bold* <@U1>\nExample: /glokal help',
        tone: 'notice',
      }),
      t,
    );
    expect(rendered.text).toBe('! I did not understand\nNo *bold* <@U1>\nExample: /glokal help');
    expect(rendered.actions).toEqual([]);
  });
});
