/**
 * @module
 * A one-sheet Office Open XML workbook (.xlsx), written with fflate's zip: the few parts
 * Excel, LibreOffice and Numbers need, text as inline strings, numbers as numbers. No
 * dependency beyond the zip writer the QTI export already uses.
 */
import { strToU8, zipSync } from "fflate";
import { escapeXml } from "./escape-xml";
import type { Cell } from "./to-class-sheet";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const MAX_SHEET_NAME = 31;
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;

/** `A`, `B`, … `Z`, `AA`…: the column letters of a 0-based index. */
function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function cellXml(value: Cell, reference: string): string {
  if (typeof value === "number") return `<c r="${reference}"><v>${value}</v></c>`;
  // Inline strings need no shared-strings part; xml:space keeps leading and trailing spaces.
  return `<c r="${reference}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function sheetXml(rows: readonly (readonly Cell[])[]): string {
  const body = rows
    .map((row, r) => {
      const cells = row.map((value, c) => cellXml(value, `${columnName(c)}${r + 1}`)).join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  // The header row stays in view while scrolling.
  const frozen =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${XML}<worksheet xmlns="${MAIN}">${frozen}<sheetData>${body}</sheetData></worksheet>`;
}

/**
 * The rows as an .xlsx file: one sheet named `sheetName` (cut to Excel's 31 characters, without
 * the characters it refuses), first row frozen.
 *
 * @example
 * const bytes = toXlsx([["Nom", "Note"], ["Léa", 7]], "4e B");
 * // a zip: [Content_Types].xml, _rels/.rels, xl/workbook.xml, xl/worksheets/sheet1.xml, …
 */
export function toXlsx(
  rows: readonly (readonly Cell[])[],
  sheetName: string,
): Uint8Array<ArrayBuffer> {
  const name =
    sheetName.replace(SHEET_NAME_FORBIDDEN, " ").trim().slice(0, MAX_SHEET_NAME) || "Feuille 1";
  const files = {
    "[Content_Types].xml": strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        "</Types>",
    ),
    "_rels/.rels": strToU8(
      `${XML}<Relationships xmlns="${PACKAGE_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
        "</Relationships>",
    ),
    "xl/workbook.xml": strToU8(
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        `<sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `${XML}<Relationships xmlns="${PACKAGE_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        "</Relationships>",
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml(rows)),
  };
  // fflate allocates a plain ArrayBuffer; its types just do not say so.
  return zipSync(files) as Uint8Array<ArrayBuffer>;
}
