import { describe, expect, it } from "vitest";
import { toCsv } from "../../../src/core/export/to-csv";
import { readCsv } from "./read-csv";

describe("toCsv", () => {
  it("starts with a BOM and ends every record with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", 1],
      ]),
    ).toBe("\uFEFFa,b\r\nc,1\r\n");
  });

  it("quotes fields with quotes, commas or line breaks, doubling the quotes", () => {
    expect(toCsv([['il a dit "oui"', "a,b", "deux\nlignes", "cr\r\nlf", "simple"]])).toBe(
      '\uFEFF"il a dit ""oui""","a,b","deux\nlignes","cr\r\nlf",simple\r\n',
    );
  });

  it("reads back field for field with an RFC 4180 reader", () => {
    const rows = [
      ["id", "texte"],
      ["1", 'Un "texte", sur\ndeux lignes'],
      ["2", ""],
      ["3", "fin\r\n"],
    ];
    expect(readCsv(toCsv(rows))).toEqual(rows);
  });

  it("keeps spreadsheets from running a cell as a formula", () => {
    const [row] = readCsv(toCsv([["=1+1", "+33", "-2", "@SUM(A1)", "\tx", "a=b"]]));
    expect(row).toEqual(["'=1+1", "'+33", "'-2", "'@SUM(A1)", "'\tx", "a=b"]);
  });

  it("writes numbers as they are, even negative ones", () => {
    expect(toCsv([[-1, 2.5]])).toBe("\uFEFF-1,2.5\r\n");
  });
});
