import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import seedText from "../src/content/seed-article.fr.txt";
import { seedQuizzes } from "../src/content/seed-quizzes";
import { parseArticle } from "../src/core/article/parse-article";
import { generateQuiz } from "../src/core/generator/generate-quiz";
import { findQuiz, isShippedQuiz, listQuizzes, shippedQuizDraft } from "../src/quiz-catalog";
import { saveQuiz } from "../src/storage/quiz-store";

const SEED_ID = "belgique-maroc-dsiti-2016";

describe("quiz catalog", () => {
  it("lists the shipped quizzes first, with their question counts", async () => {
    const quizzes = await listQuizzes(env.DB);
    expect(quizzes.slice(0, seedQuizzes.length).map((quiz) => quiz.id)).toEqual(
      seedQuizzes.map((seed) => seed.id),
    );
    expect(quizzes[0]).toMatchObject({
      language: "fr",
      questionCount: shippedQuizDraft(SEED_ID)?.quiz.questions.length,
    });
    expect(quizzes[0]?.questionCount).toBeGreaterThanOrEqual(8);
  });

  it("builds each shipped quiz once and hands out the same one afterwards", async () => {
    expect(await findQuiz(env.DB, SEED_ID)).toBe(await findQuiz(env.DB, SEED_ID));
    expect(isShippedQuiz(SEED_ID)).toBe(true);
  });

  it("parses the seed article: title, dateline, paragraphs", async () => {
    const quiz = await findQuiz(env.DB, SEED_ID);
    expect(quiz?.article.title).toMatch(/^Le ministre de l'Intérieur belge/);
    expect(quiz?.article.published).toBe("2016-03-01T13:33");
    expect(quiz?.article.paragraphs.length).toBeGreaterThan(3);
  });

  it("finds created quizzes in D1 and lists them after the shipped ones", async () => {
    const created = generateQuiz(parseArticle(seedText), { id: "created-1", title: "Ma copie" });
    await saveQuiz(env.DB, created, "2026-11-29T09:00:00.000Z", true);
    expect(await findQuiz(env.DB, "created-1")).toEqual(created);
    expect(isShippedQuiz("created-1")).toBe(false);
    const listed = await listQuizzes(env.DB);
    expect(listed.at(-1)).toEqual({
      id: "created-1",
      title: "Ma copie",
      language: "fr",
      questionCount: created.questions.length,
      public: true,
      published: true,
    });
    // Not public: found by its id, listed to the teacher only.
    const hidden = { ...created, id: "created-2" };
    await saveQuiz(env.DB, hidden, "2026-11-29T10:00:00.000Z");
    expect(await findQuiz(env.DB, "created-2")).toEqual(hidden);
    expect((await listQuizzes(env.DB)).map((quiz) => quiz.id)).not.toContain("created-2");
    const all = await listQuizzes(env.DB, { includePrivate: true });
    expect(all.find((quiz) => quiz.id === "created-2")?.public).toBe(false);
  });

  it("finds nothing for an unknown id", async () => {
    expect(await findQuiz(env.DB, "nope")).toBeUndefined();
  });
});
