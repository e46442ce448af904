import { describe, expect, it } from 'vitest';
import { eventKinds } from '../event';
import { eventKindFromWord, organisationKindFromWord } from './kind-words';

describe('kind words', () => {
  it('knows every event kind in English and by the Polish words people use', () => {
    for (const kind of eventKinds) expect(eventKindFromWord(kind)).toBe(kind);
    expect(
      ['spotkanie', 'konferencja', 'seminarium', 'szkolenie', 'warsztaty', 'wymiana'].map(
        eventKindFromWord,
      ),
    ).toEqual(['meeting', 'conference', 'seminar', 'training', 'workshop', 'exchange']);
  });

  it('ignores case and plural', () => {
    expect(eventKindFromWord('Workshops')).toBe('workshop');
    expect(eventKindFromWord('KONFERENCJE')).toBe('conference');
    expect(eventKindFromWord('week')).toBeUndefined();
  });

  it('names no kind with the names of what every object has', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(eventKindFromWord(word)).toBeUndefined();
      expect(organisationKindFromWord(word)).toBeUndefined();
    }
  });

  it('reads organisation kinds with or without Polish letters', () => {
    expect(organisationKindFromWord('szkoła')).toBe('school');
    expect(organisationKindFromWord('samorzad')).toBe('local_government');
    expect(organisationKindFromWord('vocational_centre')).toBe('vocational_centre');
    expect(organisationKindFromWord('robotics')).toBeUndefined();
  });
});
