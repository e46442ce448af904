import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { InteractionActor } from '@glokal/testing/discord';
import { loadSeason, SEASON_NOW } from '@glokal/chat/testing';
import { embedText, startBotOnFake, type BotOnFake } from './testing/bot-on-fake.fixture';

let test: TestStore;
let on: BotOnFake;

beforeAll(async () => {
  test = await createTestStore({ clock: fixedClock(SEASON_NOW) });
  await loadSeason(test.store);
  on = await startBotOnFake(test.store);
});
afterAll(async () => {
  await on?.close();
  await test?.close();
});

const tom: InteractionActor = { userId: '3100000000000000001', username: 'Tom', locale: 'en-US' };
const ola: InteractionActor = { userId: '3100000000000000002', username: 'Ola', locale: 'pl' };

/** The answer's text with Discord's markdown escapes taken out, as a person reads it. */
async function shown(
  actor: InteractionActor,
  subcommand: string,
  options: Record<string, string | number>,
): Promise<string> {
  const answer = await on.ask(actor, subcommand, options);
  expect(answer.callbackType).toBe(4);
  return embedText(answer.message).replace(/\\(.)/g, '$1');
}

describe('hostile option values on Discord', () => {
  it.each([
    [
      tom,
      'members',
      { kind: '__proto__' },
      '“__proto__” is not one of: Kind of organisation. Choose from: school,',
    ],
    [
      ola,
      'members',
      { kind: 'constructor' },
      '„constructor” nie pasuje do: Rodzaj organizacji. Możliwe: szkoła,',
    ],
    [
      tom,
      'events',
      { kind: 'constructor' },
      '“constructor” is not one of: Kind. Choose from: meeting,',
    ],
    [tom, 'events', { period: 'hasOwnProperty' }, 'I do not know the period “hasOwnProperty”.'],
    [
      ola,
      'events',
      { period: '0000-01-01' },
      'Nie umiem odczytać daty „0000-01-01”: podaj rok od 1900 do 2999.',
    ],
    [
      tom,
      'partners',
      { specialisation: 'robotyka', country: 'toString' },
      'I do not know the country “toString”.',
    ],
    [tom, 'event', { name: '\u0000' }, "Give the event's id or words from its title."],
    [tom, 'grant', { name: 'zz\u0000qq' }, 'I found no grant call “zzqq”.'],
  ] as const)(
    'shows %#: %s with %j as text, saying what it read',
    async (actor, subcommand, options, expected) => {
      const text = await shown(actor, subcommand, options);
      expect(text).toContain(expected);
      expect(text).not.toMatch(/\[object|undefined|NaN|Invalid DateTime|\u0000/);
    },
  );

  it('suggests nothing for typed NUL and object keys, without failing the autocomplete', async () => {
    for (const typed of ['\u0000', 'constructor\u0000', '__proto__']) {
      const interaction = on.fake.autocomplete(tom, {
        command: 'glokal',
        subcommand: 'event',
        options: { name: typed },
        focused: 'name',
      });
      const callback = await on.fake.waitForCallback(interaction);
      expect(callback.type).toBe(8);
      expect(JSON.stringify(callback.data)).not.toMatch(/\[object|undefined/);
    }
  });

  it('offers typed periods without their control characters', async () => {
    const interaction = on.fake.autocomplete(tom, {
      command: 'glokal',
      subcommand: 'events',
      options: { period: '2026-09\u0000' },
      focused: 'period',
    });
    const callback = await on.fake.waitForCallback(interaction);
    expect(callback.type).toBe(8);
    const data = callback.data as { choices: { name: string; value: string }[] };
    expect(data.choices[0]?.value).toBe('2026-09');
    expect(JSON.stringify(data)).not.toContain('\\u0000');
  });

  it('sends only what Discord accepts', () => {
    expect(on.fake.problems()).toEqual([]);
  });
});
