import { describe, expect, it } from 'vitest';
import { modalId, readModalId, readReopenId, reopenId } from './form-ids';

describe('form ids', () => {
  it('carries form, section and subject through a modal id and back', () => {
    const place = { form: 'grant-edit', section: 2, subject: 'ka220|vet%2026' };
    const id = modalId(place);
    expect(id).toBe('m|grant-edit|2|ka220%7Cvet%252026');
    expect(readModalId(id)).toEqual(place);
    expect(readModalId(modalId({ form: 'grant-add', section: 0 }))).toEqual({
      form: 'grant-add',
      section: 0,
    });
  });

  it('carries a draft token in a reopen button', () => {
    const id = reopenId({ form: 'grant-add', section: 0 }, 'AbC_12-x');
    expect(readReopenId(id)).toEqual({
      place: { form: 'grant-add', section: 0 },
      token: 'AbC_12-x',
    });
    expect(readModalId(id)).toBeUndefined();
  });

  it('reads nothing from ids it did not make', () => {
    for (const id of [
      '',
      'm|grant-add|0',
      'm|Grant Add|0|',
      'm|grant-add|x|',
      'm|grant-add|10|',
      'm|grant-add|0||extra',
      `m|grant-add|0|${'a'.repeat(65)}`,
      'o|grant-add|0|',
      'd|grant-add|0||',
      'd|grant-add|0||bad token',
    ]) {
      expect({ id, modal: readModalId(id), reopen: readReopenId(id) }).toEqual({
        id,
        modal: undefined,
        reopen: undefined,
      });
    }
  });

  it('refuses to make an id longer than Discord’s 100 characters', () => {
    expect(() => modalId({ form: 'grant-edit', section: 0, subject: '|'.repeat(40) })).toThrow(
      RangeError,
    );
  });
});
