import type { z } from 'zod';
import type { MessageKey, Translator } from '@glokal/domain';

/** What is wrong with a cell, as words exist for it in both languages. */
export type CellReason =
  | 'country'
  | 'local_time'
  | 'dst_gap'
  | 'zone'
  | 'date_format'
  | 'no_date'
  | 'one_of'
  | 'email'
  | 'url'
  | 'too_long'
  | 'too_short'
  | 'invalid';

/**
 * One problem of a CSV file, as a code and its values, so the reader gets it in their language:
 * the file as a whole (`line` 0), the header (`line` 1, with the column) or a row.
 */
export type ImportProblem =
  | { code: 'not-csv' | 'empty-file' | 'no-rows'; line: 0 }
  | { code: 'cell-count'; line: number; cells: number; header: number }
  | { code: 'unknown-column' | 'column-twice' | 'column-missing'; line: 1; column: string }
  | { code: 'required-empty'; line: number; column: string }
  | { code: 'duplicate-id'; line: number; column: 'id'; id: string; first: number }
  | {
      code: 'cell';
      line: number;
      column: string;
      reason: CellReason;
      values: Record<string, string | number>;
    };

/**
 * The domain schemas' own words for a cell, by reason. They are English; the reader gets the
 * reason's message instead, in their language.
 */
const schemaMessages = new Map<string, CellReason>([
  ['a two-letter country code such as PL', 'country'],
  ['a local time as YYYY-MM-DDTHH:mm', 'local_time'],
  ['that local time does not exist in that zone (it falls in a DST gap)', 'dst_gap'],
  ['unknown IANA time zone', 'zone'],
  ['a date as YYYY-MM-DD', 'date_format'],
  ['no such date', 'no_date'],
]);

/** Why a schema refused a cell, with what the message needs. */
export function cellReason(issue: z.core.$ZodIssue): {
  reason: CellReason;
  values: Record<string, string | number>;
} {
  const known = schemaMessages.get(issue.message);
  if (known) return { reason: known, values: {} };
  switch (issue.code) {
    case 'invalid_value':
      return { reason: 'one_of', values: { values: issue.values.map(String).join(', ') } };
    case 'invalid_format':
      if (issue.format === 'email') return { reason: 'email', values: {} };
      if (issue.format === 'url') return { reason: 'url', values: {} };
      return { reason: 'invalid', values: {} };
    case 'too_big':
      return { reason: 'too_long', values: { count: Number(issue.maximum) } };
    case 'too_small':
      return { reason: 'too_short', values: { count: Number(issue.minimum) } };
    default:
      return { reason: 'invalid', values: {} };
  }
}

/** A problem as one line in `t`'s language: `line 3: kind: …` / `wiersz 3: kind: …`. */
export function importProblemText(problem: ImportProblem, t: Translator): string {
  const say = (key: string, values: Record<string, string | number> = {}) =>
    t.t(`forms:import.problem.${key}` as MessageKey, values);
  switch (problem.code) {
    case 'not-csv':
    case 'empty-file':
    case 'no-rows':
      return say(problem.code);
    case 'cell-count':
      return say('at_line', {
        line: problem.line,
        problem: say('cell-count', { count: problem.cells, header: problem.header }),
      });
    case 'duplicate-id':
      return say('at_cell', {
        line: problem.line,
        column: problem.column,
        problem: say('duplicate-id', { id: problem.id, first: problem.first }),
      });
    case 'cell':
      return say('at_cell', {
        line: problem.line,
        column: problem.column,
        problem: say(`cell.${problem.reason}`, problem.values),
      });
    default:
      return say('at_cell', {
        line: problem.line,
        column: problem.column,
        problem: say(problem.code),
      });
  }
}
