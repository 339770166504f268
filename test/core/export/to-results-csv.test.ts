import { describe, expect, it } from "vitest";
import { toResultsCsv } from "../../../src/core/export/to-results-csv";
import type { ResultSheet } from "../../../src/core/marking/result-sheet";
import { sampleQuiz } from "../quiz/sample-quiz";
import { readCsv } from "./read-csv";

const sheet = (overrides: Partial<ResultSheet>): ResultSheet => ({
  student: "Léa",
  createdAt: "2026-01-02T03:04:05.678Z",
  score: 0,
  maxScore: 3,
  marks: [],
  ...overrides,
});

describe("toResultsCsv", () => {
  it("writes a row per sheet: student, date, score, then ✓ or ✗ and each answer", () => {
    const csv = toResultsCsv(sampleQuiz, [
      sheet({
        score: 2,
        marks: [
          { questionId: "q1", given: " jambon ", correct: true },
          { questionId: "q2", given: "a", correct: false },
          { questionId: "q3", given: true, correct: true },
        ],
      }),
      sheet({
        student: null,
        createdAt: "2026-01-02T03:05:00.000Z",
        marks: [
          { questionId: "q1", given: null, correct: false },
          { questionId: "q2", given: "c", correct: false },
          { questionId: "q3", given: "faux", correct: false },
        ],
      }),
    ]);
    expect(csv.startsWith("\uFEFFstudent;createdAt;score;maxScore;")).toBe(true);
    expect(readCsv(csv)).toEqual([
      [
        "student",
        "createdAt",
        "score",
        "maxScore",
        "q1: Qui est ministre ?",
        "q2: Où était-il mardi ?",
        "q3: Jan Jambon est ministre.",
      ],
      ["Léa", "02/01/2026 04:04", "2", "3", "✓ jambon", "✗ Bruxelles", "✓ Vrai"],
      ["", "02/01/2026 04:05", "0", "3", "✗", "✗ Paris", "✗ Faux"],
    ]);
  });

  it("keeps a student's formula from running in a spreadsheet", () => {
    const csv = toResultsCsv(sampleQuiz, [
      sheet({
        student: '=HYPERLINK("http://x")',
        marks: [{ questionId: "q1", given: "=1+1", correct: false }],
      }),
    ]);
    const [, row] = readCsv(csv);
    expect(row?.[0]).toBe('\'=HYPERLINK("http://x")');
    // The verdict comes first: the cell does not start with what the student typed.
    expect(row?.[4]).toBe("✗ =1+1");
  });

  it("shows a negative number as typed, with no quote before it", () => {
    const csv = toResultsCsv(sampleQuiz, [
      sheet({ student: "-5", marks: [{ questionId: "q1", given: "-5", correct: false }] }),
    ]);
    const [, row] = readCsv(csv);
    expect(row?.[0]).toBe("-5");
    expect(row?.[4]).toBe("✗ -5");
  });

  it("has only the header with no submissions", () => {
    expect(readCsv(toResultsCsv(sampleQuiz, []))).toHaveLength(1);
  });
});
