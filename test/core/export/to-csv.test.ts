import { describe, expect, it } from "vitest";
import { toCsv } from "../../../src/core/export/to-csv";
import { readCsv } from "./read-csv";

describe("toCsv", () => {
  it("starts with a BOM, separates fields with ; and ends every record with CRLF", () => {
    // French Excel splits a double-clicked .csv on `;` and reads UTF-8 only after a BOM.
    expect(
      toCsv([
        ["a", "b"],
        ["c", 1],
      ]),
    ).toBe("\uFEFFa;b\r\nc;1\r\n");
  });

  it("quotes fields with quotes, semicolons or line breaks, doubling the quotes", () => {
    expect(toCsv([['il a dit "oui"', "a;b", "a,b", "deux\nlignes", "cr\r\nlf", "simple"]])).toBe(
      '\uFEFF"il a dit ""oui""";"a;b";a,b;"deux\nlignes";"cr\r\nlf";simple\r\n',
    );
  });

  it("reads back field for field with an RFC 4180 reader", () => {
    const rows = [
      ["id", "texte"],
      ["1", 'Un "texte"; sur\ndeux lignes, avec virgule'],
      ["2", ""],
      ["3", "fin\r\n"],
    ];
    expect(readCsv(toCsv(rows))).toEqual(rows);
  });

  it("keeps spreadsheets from running a cell as a formula", () => {
    const [row] = readCsv(
      toCsv([["=1+1", "+A1", "-2+3", "-1 > 0 ?", "@SUM(A1)", "\tx", "\r", "a=b", "-"]]),
    );
    expect(row).toEqual([
      "'=1+1",
      "'+A1",
      "'-2+3",
      "'-1 > 0 ?",
      "'@SUM(A1)",
      "'\tx",
      "'\r",
      "a=b",
      "'-",
    ]);
  });

  it("leaves a plain number as it is, even with a sign: no formula there", () => {
    const [row] = readCsv(toCsv([["-5", "+33", "-2,5", "-2.5", "14"]]));
    expect(row).toEqual(["-5", "+33", "-2,5", "-2.5", "14"]);
  });

  it("writes numbers with a decimal comma, as a French spreadsheet reads them", () => {
    expect(toCsv([[-1, 2.5, 0]])).toBe("\uFEFF-1;2,5;0\r\n");
  });
});
