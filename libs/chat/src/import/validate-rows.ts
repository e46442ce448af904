import type { z } from 'zod';
import type { CsvRow, CsvTable } from './csv-table';
import { cellReason, type ImportProblem } from './import-problem';

export interface ColumnSpec {
  name: string;
  required: boolean;
  /** What the column holds, for the documentation. */
  meaning: string;
}

/** How one kind of CSV file becomes entities. */
export interface CsvFormat<T extends { id: string }> {
  /** What the rows are, e.g. `members`. */
  what: string;
  columns: readonly ColumnSpec[];
  /** The candidate entity from a row's non-empty cells (validated afterwards). */
  toCandidate(cell: (column: string) => string | undefined): unknown;
  schema: z.ZodType<T>;
  /** The column a schema problem at `path` belongs to. */
  columnOf(path: ReadonlyArray<PropertyKey>): string;
}

export type Validated<T> = { ok: true; items: T[] } | { ok: false; problems: ImportProblem[] };

/** The items of a list cell: `a|b|c`, blanks dropped. */
export function listCell(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
}

function checkHeader(header: readonly string[], columns: readonly ColumnSpec[]): ImportProblem[] {
  const known = new Set(columns.map((column) => column.name));
  const problems: ImportProblem[] = header
    .filter((name) => !known.has(name))
    .map((name) => ({ code: 'unknown-column', line: 1, column: name || '""' }));
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push({ code: 'column-twice', line: 1, column: name });
    seen.add(name);
  }
  for (const column of columns) {
    if (column.required && !header.includes(column.name))
      problems.push({ code: 'column-missing', line: 1, column: column.name });
  }
  return problems;
}

function validateRow<T extends { id: string }>(
  row: CsvRow,
  format: CsvFormat<T>,
): { item?: T; problems: ImportProblem[] } {
  const cell = (column: string) => {
    const value = row.cells.get(column)?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const problems = format.columns
    .filter((column) => column.required && cell(column.name) === undefined)
    .map((column): ImportProblem => ({
      code: 'required-empty',
      line: row.line,
      column: column.name,
    }));
  if (problems.length > 0) return { problems };
  const parsed = format.schema.safeParse(format.toCandidate(cell));
  if (parsed.success) return { item: parsed.data, problems: [] };
  // One problem per column and reason (a list cell may fail the same way twice).
  const byKey = new Map<string, ImportProblem>();
  for (const issue of mostSpecific(parsed.error.issues)) {
    const column = format.columnOf(issue.path);
    const { reason, values } = cellReason(issue);
    byKey.set(`${column}\u0000${reason}`, { code: 'cell', line: row.line, column, reason, values });
  }
  return { problems: [...byKey.values()] };
}

/**
 * Leaves out a problem of a whole field when one of its parts has its own (a malformed deadline
 * time says so; that it then "falls in no real time" would only confuse).
 */
function mostSpecific<I extends { path: ReadonlyArray<PropertyKey> }>(issues: readonly I[]): I[] {
  const within = (outer: I, inner: I) =>
    inner.path.length > outer.path.length &&
    outer.path.every((key, index) => inner.path[index] === key);
  return issues.filter((issue) => !issues.some((other) => within(issue, other)));
}

/**
 * Every row validated by the format's schema; problems by line and column (see
 * `importProblemText`), all of them, so a person can fix the whole file at once. Two rows with
 * one id are a problem too.
 */
export function validateRows<T extends { id: string }>(
  table: CsvTable,
  format: CsvFormat<T>,
): Validated<T> {
  if (!table.ok) return table;
  const problems = checkHeader(table.header, format.columns);
  if (problems.length > 0) return { ok: false, problems };
  const items: T[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const { item, problems: rowProblems } = validateRow(row, format);
    problems.push(...rowProblems);
    if (!item) continue;
    const earlier = firstLineOf.get(item.id);
    if (earlier !== undefined) {
      problems.push({
        code: 'duplicate-id',
        line: row.line,
        column: 'id',
        id: item.id,
        first: earlier,
      });
      continue;
    }
    firstLineOf.set(item.id, row.line);
    items.push(item);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}
