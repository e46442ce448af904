import { describe, expect, it } from 'vitest';
import { createTranslator } from '@glokal/domain';
import { detectDelimiter, readCsv } from './csv-table';
import { importProblemText } from './import-problem';

const en = createTranslator('en', 'UTC');
const pl = createTranslator('pl', 'UTC');

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
    if (!table.ok) throw new Error(JSON.stringify(table.problems));
    expect(table.rows.map((row) => [row.line, row.cells.get('id')])).toEqual([
      [3, 'a'],
      [5, 'b'],
    ]);
  });

  it('reports rows with too few or too many cells by line', () => {
    const table = readCsv('id;name\na;b\nc\nd;e;f\n');
    expect(table).toEqual({
      ok: false,
      problems: [
        { code: 'cell-count', line: 3, cells: 1, header: 2 },
        { code: 'cell-count', line: 4, cells: 3, header: 2 },
      ],
    });
    if (table.ok) return;
    expect(table.problems.map((problem) => importProblemText(problem, en))).toEqual([
      'line 3: has 1 cell, the header has 2',
      'line 4: has 3 cells, the header has 2',
    ]);
    expect(table.problems.map((problem) => importProblemText(problem, pl))).toEqual([
      'wiersz 3: ma 1 komórkę, nagłówek ma 2',
      'wiersz 4: ma 3 komórki, nagłówek ma 2',
    ]);
  });

  it('says when a file is empty, has no rows, or is not CSV', () => {
    const said = (text: string, t = en) => {
      const table = readCsv(text);
      return table.ok ? [] : table.problems.map((problem) => importProblemText(problem, t));
    };
    expect(said('')).toEqual(['the file is empty: it needs a header row and at least one row']);
    expect(said('id;name\n\n')).toEqual(['the file has a header row but no rows']);
    expect(said('id;name\n"open;b\n')).toEqual(['the file is not valid CSV (check the quotes)']);
    expect(said('id;name\n"open;b\n', pl)).toEqual([
      'to nie jest poprawny plik CSV (sprawdź cudzysłowy)',
    ]);
  });
});
