import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv } from './csv-table';

describe('reading CSV', () => {
  it('detects a semicolon or a comma from the header', () => {
    expect(detectDelimiter('id;name;city\n')).toBe(';');
    expect(detectDelimiter('id,name,city\n')).toBe(',');
    expect(detectDelimiter('"a;b",name,city\n')).toBe(',');
  });

  it('reads UTF-8 with a BOM, keys cells by lower-case header and keeps Polish letters', () => {
    const table = readCsv('\uFEFFID;Name;City\r\nzsz2;"Zespół Szkół; nr 2";Łódź\r\n');
    expect(table).toEqual({
      ok: true,
      header: ['id', 'name', 'city'],
      rows: [
        {
          line: 2,
          cells: new Map([
            ['id', 'zsz2'],
            ['name', 'Zespół Szkół; nr 2'],
            ['city', 'Łódź'],
          ]),
        },
      ],
    });
  });

  it('drops NUL and other control characters from cells, keeping line breaks', () => {
    const table = readCsv('id;name\nzsz2;"Zesp\u0000ół\u001b\nnr 2"\n');
    expect(table.ok && table.rows[0]?.cells.get('name')).toBe('Zespół\nnr 2');
  });

  it('numbers rows by the line they start on, past empty lines and quoted line breaks', () => {
    const table = readCsv('id,description\n\na,"two\nlines"\nb,one\n');
    if (!table.ok) throw new Error(table.problems.join('\n'));
    expect(table.rows.map((row) => [row.line, row.cells.get('id')])).toEqual([
      [3, 'a'],
      [5, 'b'],
    ]);
  });

  it('reports rows with too few or too many cells by line', () => {
    expect(readCsv('id;name\na;b\nc\nd;e;f\n')).toEqual({
      ok: false,
      problems: ['line 3: has 1 cells, the header has 2', 'line 4: has 3 cells, the header has 2'],
    });
  });

  it('says when a file is empty, has no rows, or is not CSV', () => {
    expect(readCsv('')).toMatchObject({ ok: false, problems: [expect.stringContaining('empty')] });
    expect(readCsv('id;name\n\n')).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('no rows')],
    });
    expect(readCsv('id;name\n"open;b\n')).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('not valid CSV')],
    });
  });
});
