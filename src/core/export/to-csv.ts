/**
 * @module
 * A small CSV writer for French spreadsheets: RFC 4180 quoting, with the `;` separator and the
 * decimal comma that Excel and LibreOffice expect in French, so that a double click opens the
 * file in columns.
 */

/** Byte order mark: without it, Excel reads UTF-8 CSV as the local code page. */
const BOM = "\uFEFF";

/**
 * The field separator. French Excel splits a `.csv` opened with a double click on the list
 * separator of the French locale, `;` (a comma file lands in one column); LibreOffice offers it
 * too.
 */
const SEPARATOR = ";";

/**
 * First characters that make a spreadsheet read a cell as a formula. Cells come from articles
 * and, in results, from students, so such a cell gets a leading `'` (OWASP's advice): shown as
 * text, never evaluated.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as a spreadsheet reads one (`-5`, `+3`, `2,5`): no formula, nothing to neutralise. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function field(value: string | number): string {
  let text = typeof value === "number" ? String(value).replace(".", ",") : value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV: a BOM, fields separated by `;`, records ended by CRLF; a field holding a quote,
 * `;` or line break is quoted, its quotes doubled. A text starting with `= + - @`, tab or CR is
 * prefixed with `'` so that no spreadsheet runs it, unless it is a plain number (`-5` stays
 * `-5`); numbers are written with a decimal comma.
 *
 * @example
 * toCsv([["id", "prompt", "score"], ["q1", 'Qui a dit "oui"; puis\nnon ?', 2.5]]);
 * // '\uFEFFid;prompt;score\r\nq1;"Qui a dit ""oui""; puis\nnon ?";2,5\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => `${row.map(field).join(SEPARATOR)}\r\n`).join("");
}
