/**
 * Property test of regrading: on generated quizzes, sheets and key edits, applying what
 * `regradeSheets` says changed to the stored marks gives exactly the marks and scores of
 * marking the sheets afresh against the new key, and a regrade with an unchanged key changes
 * nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markSheet } from "../../../src/core/marking/mark-sheet";
import type { Question, Quiz } from "../../../src/core/quiz/quiz";
import { regradeSheets, type StoredSheet } from "../../../src/core/review/regrade";

const EVIDENCE = { text: "Une phrase.", start: 0, end: 11 };
const OPTION_IDS = ["a", "b", "c", "d"];
const NAMES = ["Jan Jambon", "Charles Michel", "la DSITI", "Rabat", "Bruxelles", "Maroc"];

const questionArb: fc.Arbitrary<Omit<Question, "id">> = fc
  .oneof(
    fc.record({
      type: fc.constant("single_choice" as const),
      options: fc.constant(OPTION_IDS.map((id) => ({ id, text: `Option ${id}` }))),
      answer: fc.constantFrom(...OPTION_IDS),
    }),
    fc.record({ type: fc.constant("true_false" as const), answer: fc.boolean() }),
    fc.record({
      type: fc.constant("short_answer" as const),
      answer: fc.constantFrom(...NAMES),
      accepted: fc.subarray(NAMES),
      rejected: fc.subarray(NAMES, { maxLength: 2 }),
    }),
  )
  .map(
    (shape) =>
      ({ ...shape, prompt: "Question ?", kind: "person", evidence: EVIDENCE }) as Omit<
        Question,
        "id"
      >,
  );

function quizOf(questions: Omit<Question, "id">[]): Quiz {
  return {
    id: "regrade",
    title: "Regrade",
    language: "fr",
    article: { title: "Article", paragraphs: ["Une phrase."] },
    questions: questions.map(
      (question, index) => ({ ...question, id: `q${index + 1}` }) as Question,
    ),
  };
}

/** A new key for the same questions: answers and accepted forms may change, nothing else. */
function rekey(quiz: Quiz, changes: Omit<Question, "id">[]): Quiz {
  return {
    ...quiz,
    questions: quiz.questions.map((question, index): Question => {
      const change = changes[index] as Question | undefined;
      if (!change || change.type !== question.type) return question;
      if (question.type === "short_answer" && change.type === "short_answer") {
        return { ...question, answer: change.answer, accepted: change.accepted };
      }
      return { ...question, answer: change.answer } as Question;
    }),
  };
}

const answerArb = fc.oneof(
  fc.constantFrom(...OPTION_IDS, ...NAMES, "vrai", "faux", " jambon ", "Michel"),
  fc.boolean(),
);

const caseArb = fc.array(questionArb, { minLength: 1, maxLength: 8 }).chain((questions) =>
  fc.record({
    quiz: fc.constant(quizOf(questions)),
    rekeyed: fc.array(questionArb, { minLength: questions.length, maxLength: questions.length }),
    sheets: fc.array(
      fc.dictionary(fc.constantFrom(...questions.map((_, index) => `q${index + 1}`)), answerArb),
      { maxLength: 12 },
    ),
  }),
);

function store(quiz: Quiz, sheets: Record<string, string | boolean>[]): StoredSheet[] {
  return sheets.map((answers, index) => {
    const { score, results } = markSheet(quiz, answers);
    return {
      id: `s${index}`,
      answers,
      score,
      marks: results.map(({ questionId, correct }) => ({ questionId, correct })),
    };
  });
}

describe("regradeSheets", () => {
  it("gives the marks and scores of marking the sheets afresh against the new key", () => {
    fc.assert(
      fc.property(caseArb, ({ quiz, rekeyed, sheets }) => {
        const next = rekey(quiz, rekeyed);
        const stored = store(quiz, sheets);
        const regrade = regradeSheets(next, stored);
        expect(regrade.regraded).toBe(stored.length);
        const changes = new Map(regrade.changes.map((change) => [change.id, change]));
        let changedMarks = 0;
        for (const sheet of stored) {
          // What the storage does: the changed marks and the new score over the stored ones.
          const change = changes.get(sheet.id);
          const marks = new Map(sheet.marks.map((mark) => [mark.questionId, mark.correct]));
          for (const mark of change?.marks ?? []) marks.set(mark.questionId, mark.correct);
          changedMarks += change?.marks.length ?? 0;
          const fresh = markSheet(next, sheet.answers);
          expect(change?.score ?? sheet.score).toBe(fresh.score);
          expect([...marks]).toEqual(
            fresh.results.map((result) => [result.questionId, result.correct]),
          );
        }
        expect(regrade.changedMarks).toBe(changedMarks);
        // Only sheets that changed are listed.
        for (const change of regrade.changes) expect(change.marks.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("changes nothing when the key is the same", () => {
    fc.assert(
      fc.property(caseArb, ({ quiz, sheets }) => {
        const regrade = regradeSheets(quiz, store(quiz, sheets));
        expect(regrade.changes).toEqual([]);
        expect(regrade.changedMarks).toBe(0);
      }),
    );
  });
});
