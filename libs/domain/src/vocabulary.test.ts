import { describe, expect, it } from 'vitest';
import { sameMeaning } from './vocabulary';

describe('words of the same meaning in Polish and English', () => {
  it('gives a topic word in both languages, whichever is typed', () => {
    expect(sameMeaning('Robotics').sort()).toEqual(['robotics', 'robotyka']);
    expect(sameMeaning('robotyka').sort()).toEqual(['robotics', 'robotyka']);
    expect(sameMeaning('Przedsiębiorczość')).toContain('entrepreneurship');
  });

  it('leaves a word it does not know as it is, folded', () => {
    expect(sameMeaning('Łódź')).toEqual(['lodz']);
  });
});
