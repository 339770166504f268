import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  countSubmissions,
  type Submission,
  saveSubmission,
} from "../../src/storage/submission-store";
import { getSubmission } from "./get-submission";

function aSubmission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: crypto.randomUUID(),
    quizId: "store-test",
    student: "Léa",
    answers: { q1: "Jambon", q2: true },
    score: 1,
    maxScore: 3,
    createdAt: "2026-01-02T03:04:05.678Z",
    marks: [
      { questionId: "q1", given: "Jambon", correct: true },
      { questionId: "q2", given: true, correct: false },
      { questionId: "q3", given: null, correct: false },
    ],
    ...overrides,
  };
}

describe("submission store", () => {
  it("saves a submission and reads it back as it was, marks in order", async () => {
    const submission = aSubmission();
    await saveSubmission(env.DB, submission);
    expect(await getSubmission(env.DB, submission.id)).toEqual(submission);
  });

  it("keeps a string answer 'true' apart from the boolean true", async () => {
    const submission = aSubmission({
      marks: [{ questionId: "q1", given: "true", correct: false }],
    });
    await saveSubmission(env.DB, submission);
    expect((await getSubmission(env.DB, submission.id))?.marks[0]?.given).toBe("true");
  });

  it("counts submissions per quiz", async () => {
    const quizId = `count-${crypto.randomUUID()}`;
    expect(await countSubmissions(env.DB, quizId)).toBe(0);
    await saveSubmission(env.DB, aSubmission({ quizId }));
    await saveSubmission(env.DB, aSubmission({ quizId }));
    expect(await countSubmissions(env.DB, quizId)).toBe(2);
  });

  it("writes nothing when one row fails", async () => {
    const quizId = `atomic-${crypto.randomUUID()}`;
    const submission = aSubmission({
      quizId,
      marks: [
        { questionId: "q1", given: "a", correct: true },
        { questionId: "q1", given: "b", correct: false }, // same key twice: the batch fails
      ],
    });
    await expect(saveSubmission(env.DB, submission)).rejects.toThrow();
    expect(await countSubmissions(env.DB, quizId)).toBe(0);
    expect(await getSubmission(env.DB, submission.id)).toBeNull();
  });

  it("stores sheets sent at once each exactly once, as sent, in one batch of two statements each", async () => {
    const quizId = `burst-${crypto.randomUUID()}`;
    const sheets = Array.from({ length: 12 }, (_, i) =>
      aSubmission({
        quizId,
        student: `Élève ${i}`,
        answers: { q1: `réponse ${i}`, q2: i % 2 === 0 },
      }),
    );
    // The binding, counting its batches and their statements.
    const batches: number[] = [];
    const db = {
      prepare: (sql: string) => env.DB.prepare(sql),
      batch: (statements: D1PreparedStatement[]) => {
        batches.push(statements.length);
        return env.DB.batch(statements);
      },
    } as unknown as D1Database;
    await Promise.all(sheets.map((sheet) => saveSubmission(db, sheet)));
    expect(batches).toEqual(sheets.map(() => 2));
    expect(await countSubmissions(env.DB, quizId)).toBe(sheets.length);
    for (const sheet of sheets) expect(await getSubmission(env.DB, sheet.id)).toEqual(sheet);
  });

  it("fails only the broken sheet of those sent at once: the others are stored once", async () => {
    const quizId = `burst-broken-${crypto.randomUUID()}`;
    const good = Array.from({ length: 5 }, () => aSubmission({ quizId }));
    const broken = aSubmission({
      quizId,
      marks: [
        { questionId: "q1", given: "a", correct: true },
        { questionId: "q1", given: "b", correct: false },
      ],
    });
    // Sent together, the broken sheet among them.
    const outcomes = await Promise.allSettled(
      [good[0], good[1], broken, ...good.slice(2)].map((sheet) =>
        saveSubmission(env.DB, sheet as Submission),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
      "fulfilled",
    ]);
    expect(await countSubmissions(env.DB, quizId)).toBe(good.length);
    expect(await getSubmission(env.DB, broken.id)).toBeNull();
    for (const sheet of good) expect(await getSubmission(env.DB, sheet.id)).toEqual(sheet);
  });

  it("finds nothing for an unknown id", async () => {
    expect(await getSubmission(env.DB, "nope")).toBeNull();
  });
});
