import { describe, expect, it } from "vitest";
import type { ArticleResult } from "./corpus-eval";
import { byDateDescending, parseGrading, renderGradings } from "./grades";
import { renderGradingSheet } from "./grading-sheet";
import { shortAnswer, singleChoice, trueFalse } from "./question-fixtures";

const sentence = "Kamel Bensalem a inauguré mardi la station d'Oran.";
const quiz10 = [
  shortAnswer("q1", "Qui a inauguré la station ?", "Kamel Bensalem", sentence),
  singleChoice("q2", "Complétez : « … la station d'…… »", ["Oran", "Alger", "Tlemcen"], sentence),
  trueFalse("q3", "La station a été inaugurée mardi.", true, sentence),
  shortAnswer("q4", "Que permettra la station ?", "d'alimenter la ville", sentence, {
    accepted: ["d'alimenter la ville", "alimenter la ville"],
  }),
];
const heldOut = [
  {
    topic: "oran-station",
    article: {
      title: "Oran : une station inaugurée",
      caption: "La station, mardi.",
      paragraphs: [sentence, "Elle alimentera la ville."],
    },
    quiz10,
  } as unknown as ArticleResult,
];

describe("renderGradingSheet", () => {
  it("lists the article in full, then each question with its ids and key, nothing else", () => {
    const sheet = renderGradingSheet(heldOut);
    expect(sheet).toContain("## Article `oran-station`");
    expect(sheet).toContain("### Oran : une station inaugurée");
    expect(sheet).toContain("*La station, mardi.*");
    expect(sheet).toContain("Elle alimentera la ville.");
    expect(sheet).toContain("**q1** (short answer) Qui a inauguré la station ?");
    expect(sheet).toContain("- b) Alger");
    expect(sheet).toContain("Keyed answer: a) Oran");
    expect(sheet).toContain("Keyed answer: vrai");
    // A phrase's other accepted wordings, as the teacher sees them; none for a name.
    expect(sheet).toContain("Also accepted: alimenter la ville");
    expect(sheet.match(/Also accepted/gu)).toHaveLength(1);
    // Nothing on how the questions were made.
    expect(sheet).not.toMatch(/gap-fill|template|defect-|kind|evidence/iu);
  });
});

describe("parseGrading", () => {
  it("reads a valid grades file and its date and label from the name", () => {
    const grading = parseGrading("2026-12-01-reviewer-a.json", [
      { article: "oran-station", question: "q1", verdict: "GOOD" },
    ]);
    expect(grading).toMatchObject({ date: "2026-12-01", label: "reviewer-a" });
    expect(grading.grades).toHaveLength(1);
  });

  it("names the file and the problem when it is wrong", () => {
    expect(() => parseGrading("grades.json", [])).toThrow(/grades\.json: name it/u);
    expect(() =>
      parseGrading("2026-12-01-a.json", [{ article: "x", question: "q1", verdict: "BAD" }]),
    ).toThrow(/2026-12-01-a\.json: 0\.verdict/u);
  });

  it("sorts gradings newest first", () => {
    const old = parseGrading("2026-11-01-a.json", []);
    const recent = parseGrading("2026-12-01-b.json", []);
    expect([old, recent].sort(byDateDescending).map((g) => g.label)).toEqual(["b", "a"]);
    const sameDay = ["round-1", "round-10", "round-2"].map((label) => ({ ...recent, label }));
    expect(sameDay.sort(byDateDescending).map((g) => g.label)).toEqual([
      "round-10",
      "round-2",
      "round-1",
    ]);
    const paired = ["round-6-start-b", "round-6-final-b"].map((label) => ({ ...recent, label }));
    expect(paired.sort(byDateDescending).map((g) => g.label)).toEqual([
      "round-6-final-b",
      "round-6-start-b",
    ]);
  });
});

describe("renderGradings", () => {
  it("tables verdicts by form, by cause and in total, matched by slug and question id", () => {
    const grading = parseGrading("2026-12-01-reviewer-a.json", [
      { article: "oran-station", question: "q1", verdict: "GOOD" },
      { article: "oran-station", question: "q2", verdict: "DEFECT", cause: "name cut" },
      { article: "oran-station", question: "q3", verdict: "WEAK", cause: "copied sentence" },
      { article: "gone", question: "q1", verdict: "WEAK" },
    ]);
    const text = renderGradings([grading], heldOut).join("\n");
    expect(text).toContain("### Grading « reviewer-a » (2026-12-01");
    expect(text).toContain("| who | 1 (100 %) | 0 (0 %) | 0 (0 %) | 1 |");
    expect(text).toContain("| gap-fill | 0 (0 %) | 0 (0 %) | 1 (100 %) | 1 |");
    expect(text).toContain("| true-false | 0 (0 %) | 1 (100 %) | 0 (0 %) | 1 |");
    expect(text).toContain("| (not in the current quiz) | 0 (0 %) | 1 (100 %) | 0 (0 %) | 1 |");
    expect(text).toContain("| **total** | 1 (25 %) | 2 (50 %) | 1 (25 %) | 4 |");
    expect(text).toContain("| name cut | 0 | 1 | 1 |");
    expect(text).toContain("GOOD 25.0 %, WEAK 50.0 %, DEFECT 25.0 % of 4 questions");
  });

  it("says how to grade when there is no grading", () => {
    expect(renderGradings([], heldOut).join("\n")).toContain("--grading-sheet");
  });
});
