import { describe, expect, it } from 'vitest';
import type { ChatAction } from '../reply';
import { canEncodeAction, decodeAction, encodeAction, MAX_ACTION_LENGTH } from './action-codec';

describe('action codec', () => {
  const actions: ChatAction[] = [
    {
      type: 'run',
      command: 'events',
      options: { period: 'ten tydzień', kind: 'workshop' },
      page: 2,
    },
    { type: 'run', command: 'docs', options: { words: 'a|b&c=d#e%f' }, page: 1 },
    { type: 'run', command: 'grants', options: {}, page: 3 },
    { type: 'run', command: 'events', options: { limit: 7 }, page: 1 },
    { type: 'attend', eventId: 'abc123_20260612T080000Z', answer: 'going' },
    { type: 'attend', eventId: 'demo-event-1', answer: 'not-going' },
    { type: 'attend', eventId: 'demo-event-1', answer: 'maybe' },
    { type: 'attendees', eventId: 'abc123_20260612T080000Z', page: 3 },
    { type: 'attendees-csv', eventId: 'a|b%c' },
    { type: 'follow', grantId: 'KA220-VET-2026', following: true },
    { type: 'share' },
    { type: 'set-locale', locale: 'en' },
    { type: 'renew-feed' },
    { type: 'retry-calendar-write', eventId: 'glokal-meeting_2026%06|x' },
  ];

  it('gives back every action it encoded, within 100 characters', () => {
    for (const action of actions) {
      const encoded = encodeAction(action);
      expect(encoded.length).toBeLessThanOrEqual(MAX_ACTION_LENGTH);
      expect(decodeAction(encoded)).toEqual(action);
    }
  });

  it('reads the "I\'m going" and "Not going" buttons of messages posted before "Maybe" existed', () => {
    expect(decodeAction('a|1|demo-event-1')).toEqual({
      type: 'attend',
      eventId: 'demo-event-1',
      answer: 'going',
    });
    expect(decodeAction('a|0|demo-event-1')).toEqual({
      type: 'attend',
      eventId: 'demo-event-1',
      answer: 'not-going',
    });
  });

  it('keeps Polish letters as one character each', () => {
    expect(
      encodeAction({ type: 'run', command: 'events', options: { period: 'dziś' }, page: 1 }),
    ).toBe('r|events|1|period=dziś');
  });

  it('refuses an action that would not fit a Discord custom id', () => {
    const long: ChatAction = { type: 'attend', eventId: 'x'.repeat(120), answer: 'going' };
    expect(canEncodeAction(long)).toBe(false);
    expect(() => encodeAction(long)).toThrow(RangeError);
  });

  it('decodes nothing from values it did not write', () => {
    for (const value of [
      '',
      'x',
      'r|events',
      'r|events|0|',
      'r|events|1|period',
      'a|2|id',
      'a|1|',
      'l|de',
      'p|0|id',
      'p|x|id',
      'p|1|',
      'x|',
      'x|a|b',
      'w|',
      'w|a|b',
      's|x',
      'r|events|1|Bad=1',
      'y'.repeat(101),
    ]) {
      expect(decodeAction(value)).toBeUndefined();
    }
  });
});
