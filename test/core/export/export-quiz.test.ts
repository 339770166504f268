import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  exportQuiz,
  isQuizExportFormat,
  QUIZ_EXPORT_FORMATS,
} from "../../../src/core/export/export-quiz";
import { toKeyView } from "../../../src/core/quiz/to-key-view";
import { sampleQuiz } from "../quiz/sample-quiz";

describe("exportQuiz", () => {
  it("offers gift, moodle-xml, qti, csv and json", () => {
    expect(QUIZ_EXPORT_FORMATS.map((format) => format.name)).toEqual([
      "gift",
      "moodle-xml",
      "qti",
      "csv",
      "json",
    ]);
    expect(isQuizExportFormat("qti")).toBe(true);
    expect(isQuizExportFormat("toString")).toBe(false);
  });

  it.each([
    ["gift", "exemple.gift.txt", "text/plain; charset=utf-8"],
    ["moodle-xml", "exemple.xml", "application/xml; charset=utf-8"],
    ["qti", "exemple.zip", "application/zip"],
    ["csv", "exemple.csv", "text/csv; charset=utf-8; header=present"],
    ["json", "exemple.json", "application/json; charset=utf-8"],
  ] as const)("names a %s file after the title", (format, filename, contentType) => {
    expect(exportQuiz(sampleQuiz, format)).toMatchObject({ filename, contentType });
  });

  it("gives the key view as JSON and the QTI package as zip bytes", () => {
    const json = exportQuiz(sampleQuiz, "json").body;
    expect(JSON.parse(json as string)).toEqual(JSON.parse(JSON.stringify(toKeyView(sampleQuiz))));
    const zip = exportQuiz(sampleQuiz, "qti").body as Uint8Array;
    expect(strFromU8(unzipSync(zip)["imsmanifest.xml"] ?? new Uint8Array())).toContain(
      "imsqti_item_xmlv3p0",
    );
  });
});
