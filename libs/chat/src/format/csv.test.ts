import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvField, csvText, UTF8_BOM } from './csv';

describe('CSV text', () => {
  it('leaves plain fields as they are and quotes those with commas, quotes or line breaks', () => {
    expect(csvField('Anna Kowalska')).toBe('Anna Kowalska');
    expect(csvField('Szkoła, Łódź')).toBe('"Szkoła, Łódź"');
    expect(csvField('Zespół „Orzeł” i "Sokół"')).toBe('"Zespół „Orzeł” i ""Sokół"""');
    expect(csvField('pierwsza\ndruga')).toBe('"pierwsza\ndruga"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' wcięcie')).toBe('" wcięcie"');
    expect(csvField('')).toBe('');
  });

  it('starts with the byte order mark and ends every row with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(`${UTF8_BOM}a,b\r\nc,d\r\n`);
  });

  it('reads back, through a CSV parser, as the same rows with Polish letters intact', () => {
    const rows = [
      ['Imię i nazwisko', 'Organizacja'],
      ['Żaneta Łęcka-Ślązak', 'Zespół Szkół nr 1, Łódź'],
      ['Jan "Janek" Nowak', 'ul. Długa 5\nlokal 2'],
      ['Zoë', ''],
    ];
    const text = csvText(rows);
    expect(parse(text, { bom: true, relax_column_count: false })).toEqual(rows);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
