import { describe, expect, it } from "vitest";
import { QUIZ_CSV_HEADER, toQuizCsv } from "../../../src/core/export/to-quiz-csv";
import { sampleQuiz } from "../quiz/sample-quiz";
import { readCsv } from "./read-csv";
import { trickyQuiz } from "./tricky-quiz";

describe("toQuizCsv", () => {
  it("has a header, then one row per question with options, answer, accepted and evidence", () => {
    expect(readCsv(toQuizCsv(sampleQuiz))).toEqual([
      [...QUIZ_CSV_HEADER],
      [
        "q1",
        "short_answer",
        "Qui est ministre ?",
        "",
        "Jan Jambon",
        "Jan Jambon\nJambon",
        "Jan Jambon est ministre.",
      ],
      [
        "q2",
        "single_choice",
        "Où était-il mardi ?",
        "a) Bruxelles\nb) Rabat\nc) Paris",
        "b) Rabat",
        "",
        "Il était à Rabat mardi.",
      ],
      [
        "q3",
        "true_false",
        "Jan Jambon est ministre.",
        "",
        "Vrai (V)",
        "",
        "Jan Jambon est ministre.",
      ],
    ]);
  });

  it("writes true and false as text no spreadsheet turns into a boolean", () => {
    // LibreOffice and Excel in French read a cell `Vrai` / `Faux` (any case) as TRUE / FALSE,
    // and every locale reads `TRUE` / `FALSE`.
    const booleanWord = /^(vrai|faux|true|false)$/i;
    const cells = readCsv(toQuizCsv(trickyQuiz)).flat();
    expect(cells.filter((cell) => booleanWord.test(cell.trim()))).toEqual([]);
    const answers = readCsv(toQuizCsv(trickyQuiz)).map((row) => row[4]);
    expect(answers).toContain("Vrai (V)");
    expect(answers).toContain("Faux (F)");
  });

  it("keeps a negative number as it is, and a formula behind a quote", () => {
    const rows = readCsv(toQuizCsv(trickyQuiz));
    expect(rows[1]?.[5]?.split("\n")).toContain("-5");
    expect(rows[4]?.[2]).toBe("'-1 > 0 ?");
    expect(rows[4]?.[6]).toBe("'=SOMME(A1:A2) n'est pas une preuve.");
  });

  it("keeps quotes, semicolons and multi-line prompts and evidence intact", () => {
    const rows = readCsv(toQuizCsv(trickyQuiz));
    expect(rows).toHaveLength(trickyQuiz.questions.length + 1);
    trickyQuiz.questions.forEach((question, index) => {
      const row = rows[index + 1];
      expect(row?.[0]).toBe(question.id);
      expect(row?.[1]).toBe(question.type);
      // The one prompt that starts like a formula comes back behind a quote.
      expect(row?.[2]).toBe(
        question.prompt.startsWith("-") ? `'${question.prompt}` : question.prompt,
      );
      expect(row?.[6]).toBe(
        question.evidence.text.startsWith("=")
          ? `'${question.evidence.text}`
          : question.evidence.text,
      );
    });
    expect(rows[1]?.[2]).toContain("\n");
    expect(rows[1]?.[6]).toBe(trickyQuiz.questions[0]?.evidence.text);
    expect(rows[1]?.[5]?.split("\n")).toEqual(
      trickyQuiz.questions[0]?.type === "short_answer" ? trickyQuiz.questions[0].accepted : [],
    );
    expect(rows[2]?.[3]).toBe(
      'a) =égal\nb) ~tilde & <b>gras</b>\nc) #dièse {x}: \\ fin\nd) "cité", virgule',
    );
    expect(rows[2]?.[4]).toBe("c) #dièse {x}: \\ fin");
  });
});
