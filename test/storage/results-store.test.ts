import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { QuestionType } from "../../src/core/quiz/quiz";
import {
  decodeResultsCursor,
  encodeResultsCursor,
  getQuizResults,
  listResultSheets,
  type ResultsQuery,
} from "../../src/storage/results-store";
import { type GivenAnswer, saveSubmission } from "../../src/storage/submission-store";

const QUESTIONS: { id: string; type: QuestionType }[] = [
  { id: "q1", type: "short_answer" },
  { id: "q2", type: "single_choice" },
  { id: "q3", type: "true_false" },
];

type Mark = [given: GivenAnswer | null, correct: boolean];

/** Saves a sheet for q1…q3 and returns its id; the score is the number of right marks. */
async function save(
  quizId: string,
  id: string,
  createdAt: string,
  marks: Mark[],
  student?: string,
) {
  const score = marks.filter(([, correct]) => correct).length;
  await saveSubmission(env.DB, {
    id,
    quizId,
    student: student ?? null,
    answers: {},
    score,
    maxScore: QUESTIONS.length,
    createdAt,
    marks: marks.map(([given, correct], index) => ({
      questionId: QUESTIONS[index]?.id ?? `q${index + 1}`,
      given,
      correct,
    })),
  });
  return id;
}

function query(quizId: string, overrides: Partial<ResultsQuery> = {}): ResultsQuery {
  return { quizId, questions: QUESTIONS, maxScore: QUESTIONS.length, limit: 20, ...overrides };
}

const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, "0")}:00.000Z`;

describe("getQuizResults", () => {
  it("has nothing but zeros and nulls before any submission", async () => {
    const results = await getQuizResults(env.DB, query("results-empty"));
    expect(results).toEqual({
      submissions: 0,
      meanScore: null,
      medianScore: null,
      distribution: [0, 1, 2, 3].map((score) => ({ score, count: 0 })),
      questions: QUESTIONS.map(({ id }) => ({
        questionId: id,
        correctRate: null,
        discrimination: null,
        commonWrong: [],
      })),
      recent: [],
    });
  });

  it("computes every figure from four sheets", async () => {
    const quiz = "results-four";
    // Scores 2, 2, 1, 0. 27% of 4 rounds to 1 sheet per group: the top one is s1, the earlier
    // of the two 2s; the bottom one is s4.
    await save(quiz, "s1", at(1), [
      ["Jambon", true],
      ["a", false],
      [true, true],
    ]);
    await save(quiz, "s2", at(2), [
      ["jambon", true],
      ["b", true],
      [false, false],
    ]);
    await save(quiz, "s3", at(3), [
      ["jambonneau", false],
      ["a", false],
      ["vrai", true],
    ]);
    await save(quiz, "s4", at(4), [
      [" Jambonneau ", false],
      [" c ", false],
      ["Faux", false],
    ]);
    // Another quiz's sheet must not count.
    await save("results-other", "o1", at(5), [
      ["x", false],
      ["a", false],
      [false, false],
    ]);

    const results = await getQuizResults(env.DB, query(quiz));
    expect(results.submissions).toBe(4);
    expect(results.meanScore).toBe(1.25);
    expect(results.medianScore).toBe(1.5);
    expect(results.distribution).toEqual([
      { score: 0, count: 1 },
      { score: 1, count: 1 },
      { score: 2, count: 2 },
      { score: 3, count: 0 },
    ]);
    expect(results.questions).toEqual([
      {
        questionId: "q1",
        correctRate: 0.5,
        discrimination: 1,
        // Spaces and case aside, the same answer; shown in one of the forms given.
        commonWrong: [{ answer: "Jambonneau", count: 2 }],
      },
      {
        questionId: "q2",
        correctRate: 0.25,
        discrimination: 0,
        commonWrong: [
          { answer: "a", count: 2 },
          { answer: "c", count: 1 },
        ],
      },
      {
        questionId: "q3",
        correctRate: 0.5,
        discrimination: 1,
        // The boolean false and the word "Faux" are one answer.
        commonWrong: [{ answer: "Faux", count: 2 }],
      },
    ]);
    expect(results.recent.map((sheet) => sheet.id)).toEqual(["s4", "s3", "s2", "s1"]);
    expect(results.recent[0]).toEqual({
      id: "s4",
      student: null,
      score: 0,
      maxScore: 3,
      createdAt: at(4),
    });
    expect(results.next).toBeUndefined();
  });

  it("has no discrimination index under four sheets, and an odd count's median is the middle", async () => {
    const quiz = "results-three";
    await save(quiz, "t1", at(1), [
      ["a", true],
      ["b", true],
      [true, true],
    ]);
    await save(quiz, "t2", at(2), [
      ["a", true],
      ["a", false],
      [true, true],
    ]);
    await save(quiz, "t3", at(3), [
      [null, false],
      ["a", false],
      [true, true],
    ]);
    const results = await getQuizResults(env.DB, query(quiz));
    expect(results.medianScore).toBe(2);
    expect(results.questions.map((entry) => [entry.correctRate, entry.discrimination])).toEqual([
      [2 / 3, null],
      [1 / 3, null],
      [1, null],
    ]);
    // Skipped answers are not wrong answers given.
    expect(results.questions[0]?.commonWrong).toEqual([]);
  });

  it("lists the three commonest wrong answers, ties in answer order, blanks left out", async () => {
    const quiz = "results-wrong";
    const wrong = ["d", "b", "B ", "c", "a", "", "  "];
    for (const [index, given] of wrong.entries()) {
      await save(quiz, `w${index}`, at(index), [
        [given, false],
        ["a", false],
        [false, false],
      ]);
    }
    const results = await getQuizResults(env.DB, query(quiz));
    expect(results.questions[0]?.commonWrong).toEqual([
      { answer: "B", count: 2 },
      { answer: "a", count: 1 },
      { answer: "c", count: 1 },
    ]);
  });

  it("picks the 27% groups by rounding: 10 sheets make groups of 3", async () => {
    const quiz = "results-ten";
    // Sheet i answers q1 right when i >= 4, q2 when i is even, q3 when i >= 7.
    for (let i = 0; i < 10; i++) {
      await save(quiz, `n${i}`, at(i), [
        ["x", i >= 4],
        ["a", i % 2 === 0],
        [true, i >= 7],
      ]);
    }
    const results = await getQuizResults(env.DB, query(quiz));
    // Scores n0…n9: 1 0 1 0 2 1 2 2 3 2. Top three: n8, then n4 and n6, the earliest of the 2s;
    // bottom three: n1 and n3, then n0, the earliest of the 1s.
    const [q1, q2, q3] = results.questions.map((entry) => entry.discrimination ?? Number.NaN);
    expect(q1).toBeCloseTo(1 - 0); // top all right, bottom all wrong
    expect(q2).toBeCloseTo(1 - 1 / 3); // n0 is right in the bottom group
    expect(q3).toBeCloseTo(1 / 3 - 0); // only n8 among the top
  });

  it("pages recent sheets newest first, by date then id, each exactly once", async () => {
    const quiz = "results-pages";
    // Three sheets share a timestamp: the id decides their order.
    const times = [at(1), at(2), at(2), at(2), at(3), at(4), at(5)];
    const ids = ["p-a", "p-c", "p-b", "p-d", "p-e", "p-f", "p-g"];
    for (const [index, createdAt] of times.entries()) {
      await save(quiz, ids[index] ?? "", createdAt, [
        ["x", true],
        ["a", false],
        [true, false],
      ]);
    }
    const seen: string[] = [];
    let after: ResultsQuery["after"];
    for (let page = 0; page < 10; page++) {
      const results = await getQuizResults(env.DB, query(quiz, { limit: 3, after }));
      seen.push(...results.recent.map((sheet) => sheet.id));
      if (!results.next) break;
      expect(results.recent).toHaveLength(3);
      after = results.next;
    }
    expect(seen).toEqual(["p-g", "p-f", "p-e", "p-d", "p-c", "p-b", "p-a"]);
  });

  it("has no next page when the last page is exactly full", async () => {
    const quiz = "results-full-page";
    await save(quiz, "f1", at(1), [
      ["x", true],
      ["a", false],
      [true, false],
    ]);
    await save(quiz, "f2", at(2), [
      ["x", true],
      ["a", false],
      [true, false],
    ]);
    const first = await getQuizResults(env.DB, query(quiz, { limit: 1 }));
    expect(first.next).toEqual({ createdAt: at(2), id: "f2" });
    const second = await getQuizResults(env.DB, query(quiz, { limit: 1, after: first.next }));
    expect(second.recent.map((sheet) => sheet.id)).toEqual(["f1"]);
    expect(second.next).toBeUndefined();
  });
});

describe("listResultSheets", () => {
  it("gives every sheet oldest first with its marks in question order", async () => {
    const quiz = "results-sheets";
    await save(
      quiz,
      "r2",
      at(2),
      [
        [null, false],
        ["b", true],
        [false, false],
      ],
      "Zoé",
    );
    await save(
      quiz,
      "r1",
      at(1),
      [
        ["Jambon", true],
        ["a", false],
        ["vrai", true],
      ],
      "Léa",
    );
    expect(await listResultSheets(env.DB, quiz)).toEqual([
      {
        student: "Léa",
        createdAt: at(1),
        score: 2,
        maxScore: 3,
        marks: [
          { questionId: "q1", given: "Jambon", correct: true },
          { questionId: "q2", given: "a", correct: false },
          { questionId: "q3", given: "vrai", correct: true },
        ],
      },
      {
        student: "Zoé",
        createdAt: at(2),
        score: 1,
        maxScore: 3,
        marks: [
          { questionId: "q1", given: null, correct: false },
          { questionId: "q2", given: "b", correct: true },
          { questionId: "q3", given: false, correct: false },
        ],
      },
    ]);
  });
});

describe("results cursor", () => {
  it("round-trips a position, as URL-safe text", () => {
    const position = { createdAt: "2026-03-01T10:00:00.000Z", id: "é/+?&=" };
    const cursor = encodeResultsCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeResultsCursor(cursor)).toEqual(position);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "a+b/c="],
    ["not JSON", btoa("nope")],
    ["not a pair", btoa(JSON.stringify(["only one"]))],
    ["not strings", btoa(JSON.stringify([1, 2]))],
    ["too long", "A".repeat(301)],
  ])("rejects a cursor that is %s", (_, cursor) => {
    expect(decodeResultsCursor(cursor.replace(/=+$/, ""))).toBeUndefined();
  });
});
