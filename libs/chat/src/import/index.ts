export { readCsv, detectDelimiter, type CsvTable, type CsvRow } from './csv-table';
export {
  validateRows,
  listCell,
  type CsvFormat,
  type ColumnSpec,
  type Validated,
} from './validate-rows';
export {
  importProblemText,
  cellReason,
  type ImportProblem,
  type CellReason,
} from './import-problem';
export { grantsFormat } from './grants-format';
export { membersFormat } from './members-format';
export {
  checkImport,
  importKinds,
  type ImportKind,
  type PreparedImport,
  type ImportCheck,
} from './importers';
