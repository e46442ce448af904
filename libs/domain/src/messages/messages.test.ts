import { describe, expect, it } from 'vitest';
import { messageAreas } from './index';

type Tree = { readonly [key: string]: string | Tree };

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(`${prefix}${key}`, value);
    else for (const [leaf, text] of leaves(value, `${prefix}${key}.`)) found.set(leaf, text);
  }
  return found;
}

function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((key) => key.replace(pluralSuffix, '')));
}

function pluralForms(keys: Iterable<string>): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of keys) {
    const match = pluralSuffix.exec(key);
    if (!match?.[1]) continue;
    const base = key.replace(pluralSuffix, '');
    forms.set(base, (forms.get(base) ?? new Set()).add(match[1]));
  }
  return forms;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  for (const [area, messages] of Object.entries(messageAreas)) {
    const pl = leaves(messages.pl);
    const en = leaves(messages.en);

    it(`has the same keys in Polish and English in ${area}`, () => {
      expect([...baseKeys(pl.keys())].sort()).toEqual([...baseKeys(en.keys())].sort());
    });

    it(`has every Polish plural form (one, few, many, other) in ${area}`, () => {
      for (const [base, forms] of pluralForms(pl.keys())) {
        expect({ base, forms: [...forms].sort() }).toEqual({
          base,
          forms: ['few', 'many', 'one', 'other'],
        });
      }
      for (const [base, forms] of pluralForms(en.keys())) {
        expect({ base, forms: [...forms].sort() }).toEqual({ base, forms: ['one', 'other'] });
      }
    });

    it(`uses the same placeholders in both languages in ${area}`, () => {
      for (const [key, text] of en) {
        const base = key.replace(pluralSuffix, '');
        const polish = pl.get(key) ?? pl.get(`${base}_many`) ?? '';
        expect({ key, placeholders: placeholders(polish) }).toEqual({
          key,
          placeholders: placeholders(text),
        });
      }
    });
  }
});
