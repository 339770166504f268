/**
 * @module
 * A small RFC 4180 CSV writer, for spreadsheets.
 */

/** Byte order mark: without it, Excel reads UTF-8 CSV as the local code page. */
const BOM = "\uFEFF";

/**
 * First characters that make a spreadsheet read a cell as a formula. Cells come from articles
 * and, in results, from students, so such a cell gets a leading `'` (OWASP's advice): shown as
 * text, never evaluated.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV: a BOM, fields separated by commas, records ended by CRLF; a field holding a quote,
 * comma or line break is quoted, its quotes doubled. A string starting with `= + - @`, tab or
 * CR is prefixed with `'` so that no spreadsheet runs it; numbers are written as they are.
 *
 * @example
 * toCsv([["id", "prompt"], ["q1", 'Qui a dit "oui", puis\nnon ?']]);
 * // '\uFEFFid,prompt\r\nq1,"Qui a dit ""oui"", puis\nnon ?"\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => `${row.map(field).join(",")}\r\n`).join("");
}
