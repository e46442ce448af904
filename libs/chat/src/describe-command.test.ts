import { describe, expect, it } from 'vitest';
import { locales } from '@glokal/domain';
import { catalogue } from './catalogue';
import { describeCommand } from './describe-command';

/** Discord's rules for command and option names. */
const discordName = /^[-_\p{L}\p{N}]{1,32}$/u;

describe('describeCommand', () => {
  it('describes every command in both languages within Discord limits', () => {
    for (const command of catalogue) {
      for (const locale of locales) {
        const described = describeCommand(command, locale);
        // Two-word commands (`grant add`) become one Discord name joined by `-`.
        expect(described.name.replace(' ', '-')).toMatch(discordName);
        expect(described.name).toBe(described.name.toLowerCase());
        expect(described.description.length).toBeGreaterThan(0);
        expect(described.description.length).toBeLessThanOrEqual(100);
        expect(described.description).not.toBe(command.name);
        for (const option of described.options) {
          expect(option.name).toMatch(discordName);
          expect(option.description.length).toBeLessThanOrEqual(100);
          expect(option.description).not.toBe(option.key);
        }
      }
    }
  });

  it('gives Polish names and words for Polish', () => {
    const events = catalogue.find((command) => command.name === 'events');
    if (!events) throw new Error('no events command');
    const pl = describeCommand(events, 'pl');
    expect(pl.name).toBe('wydarzenia');
    expect(pl.usage).toBe('wydarzenia [okres] [rodzaj]');
    expect(pl.options.map((option) => option.name)).toEqual(['okres', 'rodzaj']);
    expect(pl.options[1]?.choices?.find((choice) => choice.value === 'workshop')?.name).toBe(
      'warsztaty',
    );
    expect(
      describeCommand(events, 'en').options[1]?.choices?.find(
        (choice) => choice.value === 'workshop',
      )?.name,
    ).toBe('workshop');
  });

  it('keeps required options before optional ones, as Discord demands', () => {
    for (const command of catalogue) {
      const required = command.options.map((option) => option.required);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });
});
