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

function field(value: string | number, separator: string): string {
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  const quoted = text.includes(separator) || /[",\r\n]/.test(text);
  return quoted ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV: a BOM, fields separated by commas, records ended by CRLF; a field holding a quote,
 * comma or line break is quoted, its quotes doubled. A string starting with `= + - @`, tab or
 * CR is prefixed with `'` so that no spreadsheet runs it; numbers are written as they are.
 *
 * @example
 * `separator` `;` makes the file French Excel opens in columns with a double click (it expects
 * `;` where the decimal separator is a comma).
 *
 * @example
 * toCsv([["id", "prompt"], ["q1", 'Qui a dit "oui", puis\nnon ?']]);
 * // '\uFEFFid,prompt\r\nq1,"Qui a dit ""oui"", puis\nnon ?"\r\n'
 * toCsv([["Nom", "Note"], ["Léa", 7]], ";"); // '\uFEFFNom;Note\r\nLéa;7\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number)[])[], separator = ","): string {
  const line = (row: readonly (string | number)[]) =>
    `${row.map((value) => field(value, separator)).join(separator)}\r\n`;
  return BOM + rows.map(line).join("");
}
