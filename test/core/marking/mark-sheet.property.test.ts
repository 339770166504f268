/**
 * Property tests of marking: on generated quizzes and answer sheets, `markSheet` and
 * `markAnswer` agree with a plain oracle for choice and true/false questions, mark a short
 * answer given exactly right, and do not depend on the order of the answers object (nor on
 * answers to ids the quiz does not have, `__proto__` and `constructor` among them).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markAnswer } from "../../../src/core/marking/mark-answer";
import { type AnswerSheet, markSheet } from "../../../src/core/marking/mark-sheet";
import type { Question, Quiz } from "../../../src/core/quiz/quiz";

const EVIDENCE = { text: "Une phrase.", start: 0, end: 11 };
const OPTION_IDS = ["a", "b", "c", "d"];

/** A proper name or two: text the fuzzy matcher reads as a name, not a date or a number. */
const nameArb = fc.stringMatching(/^[A-Z][a-zéè]{2,9}( [A-Z][a-z]{2,9})?$/);

const singleChoiceArb = fc.integer({ min: 2, max: 4 }).chain((count) =>
  fc.record({
    type: fc.constant("single_choice" as const),
    options: fc.constant(OPTION_IDS.slice(0, count).map((id) => ({ id, text: `Option ${id}` }))),
    answer: fc.constantFrom(...OPTION_IDS.slice(0, count)),
  }),
);
const trueFalseArb = fc.record({
  type: fc.constant("true_false" as const),
  answer: fc.boolean(),
});
const shortAnswerArb = nameArb.map((answer) => ({
  type: "short_answer" as const,
  answer,
  accepted: [answer],
  rejected: [] as string[],
}));

const quizArb: fc.Arbitrary<Quiz> = fc
  .array(fc.oneof(singleChoiceArb, trueFalseArb, shortAnswerArb), { minLength: 1, maxLength: 12 })
  .map((shapes) => ({
    id: "quiz-propriete",
    title: "Quiz de propriété",
    language: "fr" as const,
    article: { title: "Article", paragraphs: ["Une phrase."] },
    questions: shapes.map(
      (shape, index) =>
        ({
          ...shape,
          id: `q${index + 1}`,
          prompt: `Question ${index + 1} ?`,
          kind: "person",
          evidence: EVIDENCE,
        }) as Question,
    ),
  }));

/** Words a form or a client may send for true/false, in any case, with spaces around. */
const truthWordArb = fc
  .tuple(
    fc.constantFrom("true", "vrai", "false", "faux", "oui", "non", "", "1"),
    fc.boolean(),
    fc.constantFrom("", " ", "  \t"),
  )
  .map(([word, upper, pad]) => `${pad}${upper ? word.toUpperCase() : word}${pad}`);

/** What a student may give to `question`: right, wrong, near misses, the wrong type… */
function givenArb(question: Question): fc.Arbitrary<string | boolean> {
  const any = fc.oneof(fc.string({ maxLength: 12 }), fc.boolean());
  switch (question.type) {
    case "single_choice":
      return fc.oneof(
        fc.constantFrom(...OPTION_IDS, " a ", "A", ""),
        fc.constant(question.answer),
        fc.constant(` ${question.answer}\t`),
        any,
      );
    case "true_false":
      return fc.oneof(fc.boolean(), truthWordArb, any);
    case "short_answer":
      return fc.oneof(fc.constant(question.answer), nameArb, fc.constant(""), fc.boolean(), any);
  }
}

/** A quiz and a sheet: some questions answered, some skipped, some unknown ids thrown in. */
const quizAndSheetArb = quizArb.chain((quiz) =>
  fc
    .tuple(
      fc.tuple(
        ...quiz.questions.map((question) => fc.option(givenArb(question), { nil: undefined })),
      ),
      fc.array(
        fc.tuple(
          fc.constantFrom("q99", "__proto__", "constructor", "toString", "hasOwnProperty"),
          fc.oneof(fc.string({ maxLength: 5 }), fc.boolean()),
        ),
        { maxLength: 3 },
      ),
    )
    .map(([givens, strangers]) => {
      const entries: [string, string | boolean][] = [];
      quiz.questions.forEach((question, index) => {
        const given = givens[index];
        if (given !== undefined) entries.push([question.id, given]);
      });
      return { quiz, entries, strangers };
    }),
);

/** The oracle for choice and true/false; `undefined` where only the fuzzy matcher knows. */
function oracle(question: Question, given: string | boolean | undefined): boolean | undefined {
  switch (question.type) {
    case "single_choice":
      return typeof given === "string" && given.trim() === question.answer;
    case "true_false": {
      if (typeof given === "boolean") return given === question.answer;
      if (given === undefined) return false;
      const word = given.trim().toLowerCase();
      const value =
        word === "true" || word === "vrai"
          ? true
          : word === "false" || word === "faux"
            ? false
            : undefined;
      return value === question.answer;
    }
    case "short_answer":
      if (given === question.answer) return true;
      if (typeof given !== "string" || given.trim() === "") return false;
      return undefined;
  }
}

/** `Object.fromEntries`, whose own properties may be `__proto__` as in parsed JSON. */
function sheetOf(entries: [string, string | boolean][]): AnswerSheet {
  return Object.fromEntries(entries);
}

describe("markSheet and markAnswer, on generated quizzes and sheets", () => {
  it("agree with the oracle for every question, and score the number right", () => {
    fc.assert(
      fc.property(quizAndSheetArb, ({ quiz, entries }) => {
        const answers = sheetOf(entries);
        const given = new Map(entries);
        const sheet = markSheet(quiz, answers);
        expect(sheet.maxScore).toBe(quiz.questions.length);
        expect(sheet.results.map((result) => result.questionId)).toEqual(
          quiz.questions.map((question) => question.id),
        );
        quiz.questions.forEach((question, index) => {
          const result = sheet.results[index];
          const answer = given.get(question.id);
          expect(result?.given).toEqual(answer ?? null);
          expect(markAnswer(question, answer).correct).toBe(result?.correct);
          const expected = oracle(question, answer);
          if (expected !== undefined) expect(result?.correct, question.type).toBe(expected);
        });
        expect(sheet.score).toBe(sheet.results.filter((result) => result.correct).length);
      }),
      { numRuns: 500 },
    );
  });

  it("do not depend on the order of the answers, nor on answers to unknown ids", () => {
    fc.assert(
      fc.property(
        quizAndSheetArb.chain((case_) =>
          fc
            .shuffledSubarray([...case_.entries, ...case_.strangers], {
              minLength: case_.entries.length + case_.strangers.length,
            })
            .map((shuffled) => ({ ...case_, shuffled })),
        ),
        ({ quiz, entries, shuffled }) => {
          const inOrder = markSheet(quiz, sheetOf(entries));
          expect(markSheet(quiz, sheetOf(shuffled))).toEqual(inOrder);
          expect(markSheet(quiz, sheetOf([...entries].reverse()))).toEqual(inOrder);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leave Object.prototype alone whatever the ids", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(quizAndSheetArb, ({ quiz, entries, strangers }) => {
        markSheet(quiz, sheetOf([...strangers, ...entries]));
      }),
      { numRuns: 100 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});
