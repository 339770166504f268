import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import seedText from "../src/content/seed-article.fr.txt";
import { seedQuizzes } from "../src/content/seed-quizzes";
import { parseArticle } from "../src/core/article/parse-article";
import { generateQuiz } from "../src/core/generator/generate-quiz";
import {
  decodeQuizListCursor,
  encodeQuizListCursor,
  findQuiz,
  isShippedQuiz,
  listQuizzes,
  type QuizListPosition,
  REVISION_FRESH_MS,
  shippedQuizDraft,
} from "../src/quiz-catalog";
import { deleteQuiz, saveQuiz } from "../src/storage/quiz-store";
import { sampleQuiz } from "./core/quiz/sample-quiz";
import { countingDb } from "./counting-db";

const SEED_ID = "belgique-maroc-dsiti-2016";

describe("quiz catalog", () => {
  it("lists the shipped quizzes first, with their question counts", async () => {
    const { quizzes } = await listQuizzes(env.DB, { limit: 100 });
    expect(quizzes.slice(0, seedQuizzes.length).map((quiz) => quiz.id)).toEqual(
      seedQuizzes.map((seed) => seed.id),
    );
    expect(quizzes[0]).toMatchObject({
      language: "fr",
      questionCount: shippedQuizDraft(SEED_ID)?.quiz.questions.length,
    });
    // Four or more: the generator leaves low-value questions and extra gap-fills to the
    // alternatives rather than pad (generate-quiz.test.ts).
    expect(quizzes[0]?.questionCount).toBeGreaterThanOrEqual(4);
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
    const { quizzes: listed } = await listQuizzes(env.DB, { limit: 100 });
    expect(listed).toContainEqual({
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
    const listed2 = (await listQuizzes(env.DB, { limit: 100 })).quizzes.map((quiz) => quiz.id);
    expect(listed2).not.toContain("created-2");
    const all = await listQuizzes(env.DB, { limit: 100, includePrivate: true });
    expect(all.quizzes.find((quiz) => quiz.id === "created-2")?.public).toBe(false);
  });

  it("finds nothing for an unknown id", async () => {
    expect(await findQuiz(env.DB, "nope")).toBeUndefined();
  });
});

/** Every page of the list, `limit` at a time, in order. */
async function allPages(limit: number, search?: string, includePrivate = false) {
  const pages: { ids: string[]; next?: QuizListPosition }[] = [];
  let after: QuizListPosition | undefined;
  do {
    const page = await listQuizzes(env.DB, {
      limit,
      includePrivate,
      ...(after ? { after } : {}),
      ...(search ? { search } : {}),
    });
    pages.push({
      ids: page.quizzes.map((quiz) => quiz.id),
      ...(page.next ? { next: page.next } : {}),
    });
    after = page.next;
  } while (after && pages.length < 100);
  return pages;
}

describe("quiz catalog: how often a created quiz's revision is read from D1", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A write straight to D1, not through the store: as another isolate's. */
  async function elsewhere(sql: string, id: string) {
    await env.DB.prepare(sql).bind(id).run();
  }

  async function created(id: string) {
    const quiz = generateQuiz(parseArticle(seedText), { id, title: id });
    await saveQuiz(env.DB, quiz, new Date().toISOString(), true);
    return quiz;
  }

  it("a student's GET lookup takes a revision read within the last second: no D1 read", async () => {
    await created("fresh-1");
    const first = countingDb();
    const quiz = await findQuiz(first.db, "fresh-1", { fresh: true });
    expect(first.roundTrips()).toBe(1);
    const again = countingDb();
    expect(await findQuiz(again.db, "fresh-1", { fresh: true })).toBe(quiz);
    expect(again.roundTrips()).toBe(0);
  });

  it("every other lookup (sheets, teachers) reads the revision every time", async () => {
    await created("fresh-2");
    await findQuiz(env.DB, "fresh-2", { fresh: true });
    const strict = countingDb();
    await findQuiz(strict.db, "fresh-2");
    await findQuiz(strict.db, "fresh-2", { drafts: true });
    expect(strict.roundTrips()).toBe(2);
  });

  it("after a write in this isolate, the next lookup reads D1 again and sees the change", async () => {
    await created("fresh-3");
    expect(await findQuiz(env.DB, "fresh-3", { fresh: true })).toBeDefined();
    // Through the store, as every route writes: the isolate knows.
    await deleteQuiz(env.DB, "fresh-3");
    const after = countingDb();
    expect(await findQuiz(after.db, "fresh-3", { fresh: true })).toBeUndefined();
    expect(after.roundTrips()).toBe(1);
  });

  it("a change made in another isolate shows once the second is over", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    await created("fresh-4");
    expect(await findQuiz(env.DB, "fresh-4", { fresh: true })).toBeDefined();
    // Deleted behind this isolate's back, as another isolate would.
    await elsewhere("DELETE FROM quizzes WHERE id = ?", "fresh-4");
    vi.setSystemTime(Date.now() + REVISION_FRESH_MS - 1);
    // Within the second: the revision read a moment ago (the price of no D1 read).
    expect(await findQuiz(env.DB, "fresh-4", { fresh: true })).toBeDefined();
    vi.setSystemTime(Date.now() + 1);
    expect(await findQuiz(env.DB, "fresh-4", { fresh: true })).toBeUndefined();
  });

  it("a student's list reads D1 once a second, again after a write, never for the teacher", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const search = `fraiche${crypto.randomUUID().slice(0, 8)}`;
    const ids = (page: { quizzes: { id: string }[] }) => page.quizzes.map(({ id }) => id);
    const first = countingDb();
    expect(ids(await listQuizzes(first.db, { limit: 10, search, fresh: true }))).toEqual([]);
    expect(first.roundTrips()).toBe(1);
    // Stored private, then made public behind this isolate's back, as another isolate would.
    const quiz = generateQuiz(parseArticle(seedText), { id: `${search}-q`, title: search });
    await saveQuiz(env.DB, quiz, new Date().toISOString(), false);
    expect(ids(await listQuizzes(env.DB, { limit: 10, search, fresh: true }))).toEqual([]);
    await elsewhere("UPDATE quizzes SET public = 1 WHERE id = ?", quiz.id);
    const teacher = countingDb();
    const all = { limit: 10, search, includePrivate: true, fresh: true };
    expect(ids(await listQuizzes(teacher.db, all))).toEqual([quiz.id]);
    expect(teacher.roundTrips()).toBe(1);
    const within = countingDb();
    expect(ids(await listQuizzes(within.db, { limit: 10, search, fresh: true }))).toEqual([]);
    expect(within.roundTrips()).toBe(0);
    vi.setSystemTime(Date.now() + REVISION_FRESH_MS);
    expect(ids(await listQuizzes(env.DB, { limit: 10, search, fresh: true }))).toEqual([quiz.id]);
    await deleteQuiz(env.DB, quiz.id);
    expect(ids(await listQuizzes(env.DB, { limit: 10, search, fresh: true }))).toEqual([]);
  });

  it("a student's lookup within the second still finds no draft", async () => {
    const quiz = generateQuiz(parseArticle(seedText), { id: "fresh-5", title: "Brouillon" });
    await saveQuiz(env.DB, quiz, new Date().toISOString(), true, { published: false });
    // The teacher's lookup reads D1, and what it read serves the students' within the second.
    expect(await findQuiz(env.DB, "fresh-5", { drafts: true })).toBeDefined();
    const again = countingDb();
    expect(await findQuiz(again.db, "fresh-5", { fresh: true })).toBeUndefined();
    expect(again.roundTrips()).toBe(0);
  });
});

describe("quiz catalog: the list a page at a time", () => {
  const created = [
    ["paged-old", "2026-01-01T00:00:00.000Z"],
    ["paged-b", "2026-02-01T00:00:00.000Z"],
    ["paged-a", "2026-02-01T00:00:00.000Z"],
    ["paged-new", "2026-03-01T00:00:00.000Z"],
  ] as const;

  beforeAll(async () => {
    for (const [id, createdAt] of created) {
      await saveQuiz(env.DB, { ...sampleQuiz, id, title: `Pagination ${id}` }, createdAt, true);
    }
  });

  it("gives the shipped quizzes first, then the created ones newest first, each once", async () => {
    const whole = (await listQuizzes(env.DB, { limit: 100 })).quizzes.map((quiz) => quiz.id);
    expect(whole.slice(0, seedQuizzes.length)).toEqual(seedQuizzes.map((seed) => seed.id));
    const mine = whole.filter((id) => id.startsWith("paged-"));
    // Same date: by id, descending, as the keyset (created_at, id) walks them.
    expect(mine).toEqual(["paged-new", "paged-b", "paged-a", "paged-old"]);

    for (const limit of [1, 2, 3]) {
      const pages = await allPages(limit);
      expect(
        pages.flatMap((page) => page.ids),
        `limit ${limit}`,
      ).toEqual(whole);
      expect(pages.every((page) => page.ids.length <= limit)).toBe(true);
      expect(pages.slice(0, -1).every((page) => page.ids.length === limit)).toBe(true);
      expect(pages.at(-1)?.next).toBeUndefined();
    }
  });

  it("moves from the shipped quizzes to the created ones with a shipped quiz's position", async () => {
    const first = await listQuizzes(env.DB, { limit: seedQuizzes.length });
    expect(first.next).toEqual({ shippedId: seedQuizzes.at(-1)?.id });
    const second = await listQuizzes(env.DB, {
      limit: 1,
      ...(first.next ? { after: first.next } : {}),
    });
    expect(second.quizzes[0]?.id).not.toBe(seedQuizzes[0]?.id);
    expect(second.next).toMatchObject({ createdAt: expect.any(String), id: second.quizzes[0]?.id });
  });

  it("finds by title words, in any case and with or without accents, shipped quizzes too", async () => {
    await saveQuiz(
      env.DB,
      { ...sampleQuiz, id: "search-etat", title: "L'État et la Région : un accord à Nantes" },
      "2026-04-01T00:00:00.000Z",
      true,
    );
    // Not public: in the teacher's list only, searched and paged the same way.
    await saveQuiz(
      env.DB,
      { ...sampleQuiz, id: "search-etat-draft", title: "L'État, brouillon" },
      "2026-04-02T00:00:00.000Z",
    );
    const ids = async (search: string) => (await allPages(1, search)).flatMap((page) => page.ids);
    expect(await ids("etat")).toEqual(["search-etat"]);
    expect((await allPages(1, "etat", true)).flatMap((page) => page.ids)).toEqual([
      "search-etat-draft",
      "search-etat",
    ]);
    expect(await ids("RÉGION état")).toEqual(["search-etat"]);
    expect(await ids("  accord, nantes ! ")).toEqual(["search-etat"]);
    expect(await ids("etat lyon")).toEqual([]);
    expect(await ids("maroc")).toEqual([SEED_ID]);
    expect(await ids("MAROC cooperation")).toEqual([SEED_ID]);
  });

  it("round-trips its cursors, and knows none it did not make", () => {
    const positions: QuizListPosition[] = [
      { shippedId: SEED_ID },
      { createdAt: "2026-01-01T00:00:00.000Z", id: "é/+?&=" },
    ];
    for (const position of positions) {
      const cursor = encodeQuizListCursor(position);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeQuizListCursor(cursor)).toEqual(position);
    }
    for (const forged of [[], ["a"], [null, null], ["a", "b", "c"], [1, "b"]]) {
      const cursor = btoa(JSON.stringify(forged)).replace(/=+$/, "");
      expect(decodeQuizListCursor(cursor), JSON.stringify(forged)).toBeUndefined();
    }
    expect(decodeQuizListCursor("nope!")).toBeUndefined();
  });
});
