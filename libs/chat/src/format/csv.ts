/** Excel reads a CSV file as UTF-8 only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or
 * space at either end, with its quotes doubled.
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Rows as a CSV file's text: comma-separated, CRLF after every row, and the byte order mark
 * first so that spreadsheet programs keep Polish letters.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
