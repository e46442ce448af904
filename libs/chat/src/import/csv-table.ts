import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { ImportProblem } from './import-problem';
import { withoutControls } from '../option-values';

/** What csv-parse gives with `info` and `raw` (its typings do not say so). */
const ParsedRecords = z.array(
  z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }), raw: z.string() }),
);

/** One data row: its line in the file (1 is the header) and its cells by header name. */
export interface CsvRow {
  line: number;
  cells: ReadonlyMap<string, string>;
}

export type CsvTable =
  { ok: true; header: string[]; rows: CsvRow[] } | { ok: false; problems: ImportProblem[] };

/** `;` or `,`, whichever the header line has more of (outside quotes). */
export function detectDelimiter(text: string): ';' | ',' {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (character: string) => header.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** The line a record starts on: csv-parse counts to its end, and its raw text may span lines. */
function startLine(endLine: number, raw: string): number {
  const ownText = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  return endLine - (ownText.match(/\n/g)?.length ?? 0);
}

/**
 * Reads CSV text (UTF-8, with or without BOM, `;` or `,` delimited, a header row first) into rows
 * keyed by the header's names (trimmed, lower case). Empty lines are skipped; a row with another
 * number of cells than the header is a problem, reported by line. Cells lose their control
 * characters (a NUL in a cell would make the store refuse the whole import).
 */
export function readCsv(text: string): CsvTable {
  let records: z.infer<typeof ParsedRecords>;
  try {
    const parsed: unknown = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
    records = ParsedRecords.parse(parsed);
  } catch {
    return { ok: false, problems: [{ code: 'not-csv', line: 0 }] };
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, problems: [{ code: 'empty-file', line: 0 }] };
  const header = head.record.map((name) => name.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  const rows: CsvRow[] = [];
  for (const { record, info, raw } of body) {
    const line = startLine(info.lines, raw);
    if (record.every((cell) => cell === '')) continue;
    if (record.length !== header.length) {
      problems.push({ code: 'cell-count', line, cells: record.length, header: header.length });
      continue;
    }
    const cell = (index: number) => withoutControls(record[index] ?? '');
    rows.push({ line, cells: new Map(header.map((name, index) => [name, cell(index)])) });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ code: 'no-rows', line: 0 });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, header, rows };
}
