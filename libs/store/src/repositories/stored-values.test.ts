import { describe, expect, it } from 'vitest';
import { storedValues } from './stored-values';

describe('storedValues', () => {
  it('parses one stored content once and answers its next reads with the same frozen value', () => {
    const values = storedValues<{ title: string; tags: string[] }>();
    let parses = 0;
    const parse = (json: string) => () => {
      parses += 1;
      return JSON.parse(json) as { title: string; tags: string[] };
    };
    const json = '{"title": "Seminar", "tags": ["ka2"]}';
    const first = values.read(json, parse(json));
    const second = values.read(json, parse(json));
    expect(second).toBe(first);
    expect(parses).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.tags)).toBe(true);
  });

  it('parses a changed content anew, never answering it with the older value', () => {
    const values = storedValues<{ title: string }>();
    const read = (json: string) => values.read(json, () => JSON.parse(json) as { title: string });
    expect(read('{"title": "Seminar"}').title).toBe('Seminar');
    expect(read('{"title": "Seminar, moved"}').title).toBe('Seminar, moved');
  });

  it('keeps at most the number of values it was given, forgetting the oldest first', () => {
    const values = storedValues<{ n: number }>(2);
    let parses = 0;
    const read = (n: number) =>
      values.read(String(n), () => {
        parses += 1;
        return { n };
      });
    read(1);
    read(2);
    read(3);
    read(3);
    read(2);
    expect(parses).toBe(3);
    read(1);
    expect(parses).toBe(4);
  });
});
