import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { KeyQuestion, KeyQuiz } from "../../src/core/quiz/to-key-view";
import type { StudentQuiz } from "../../src/core/quiz/to-student-view";
import { saveQuiz } from "../../src/storage/quiz-store";
import { countSubmissions } from "../../src/storage/submission-store";
import { PARAGRAPHS } from "../core/article/language-samples";
import { sampleQuiz } from "../core/quiz/sample-quiz";
import { expectProblem } from "../expect-problem";
import { getSubmission } from "../storage/get-submission";

const QUIZ_ID = "belgique-maroc-dsiti-2016";
const BASE = `http://ardoise.test/api/quizzes/${QUIZ_ID}`;
const TEACHER = { Authorization: `Bearer ${env.TEACHER_TOKEN}` };

function get(url: string, headers: Record<string, string> = {}) {
  return exports.default.fetch(new Request(url, { headers }));
}

function submit(body: unknown, quizId = QUIZ_ID) {
  return exports.default.fetch(
    new Request(`http://ardoise.test/api/quizzes/${quizId}/submissions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
}

async function answerKey(): Promise<KeyQuiz> {
  const response = await get(`${BASE}/key`, TEACHER);
  expect(response.status).toBe(200);
  return response.json();
}

function rightAnswer(question: KeyQuestion): string | boolean {
  return question.answer;
}

function wrongAnswer(question: KeyQuestion): string | boolean {
  if (question.type === "true_false") return !question.answer;
  if (question.type === "single_choice") {
    const other = question.options?.find((option) => option.id !== question.answer);
    if (!other) throw new Error(`${question.id} has no wrong option`);
    return other.id;
  }
  return "zzz";
}

function keysAnywhere(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysAnywhere);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysAnywhere(inner)]);
  }
  return [];
}

interface SubmissionResponse {
  id: string;
  quizId: string;
  score: number;
  maxScore: number;
  results: {
    questionId: string;
    correct: boolean;
    given: string | boolean | null;
    expected: string;
    spelling?: string;
    evidence: { text: string; start: number; end: number };
  }[];
}

interface QuizListResponse {
  quizzes: { id: string; title: string }[];
  nextCursor: string | null;
}

describe("GET /api/quizzes", () => {
  const LIST = "http://ardoise.test/api/quizzes";

  it("lists the seed quiz first, with its question count", async () => {
    const response = await get(LIST);
    expect(response.status).toBe(200);
    const { quizzes } = await response.json<QuizListResponse>();
    const key = await answerKey();
    expect(quizzes[0]).toEqual({
      id: QUIZ_ID,
      title: key.title,
      language: "fr",
      questionCount: key.questions.length,
      public: true,
      published: true,
    });
  });

  describe("a page at a time", () => {
    const WORD = "Pagination";
    const COUNT = 120;

    const idOf = (index: number) => `api-page-${String(index).padStart(3, "0")}`;

    beforeAll(async () => {
      for (let index = 0; index < COUNT; index++) {
        const createdAt = new Date(Date.UTC(2025, 0, 1, 0, index)).toISOString();
        const id = idOf(index);
        // Every tenth one not public: listed with the teacher token only.
        const quiz = { ...sampleQuiz, id, title: `${WORD} n° ${index}` };
        await saveQuiz(env.DB, quiz, createdAt, index % 10 !== 0);
      }
    });

    /** A page as the teacher sees it (every quiz), or as anyone (`publicOnly`). */
    async function page(query: string, publicOnly = false): Promise<QuizListResponse> {
      const response = await get(`${LIST}?${query}`, publicOnly ? {} : TEACHER);
      expect(response.status).toBe(200);
      return response.json();
    }

    /** Every quiz id of the list, 7 at a time, following the cursors. */
    async function walk(publicOnly: boolean): Promise<string[]> {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const next: QuizListResponse = await page(
          `limit=7${cursor ? `&cursor=${cursor}` : ""}`,
          publicOnly,
        );
        expect(next.quizzes.length).toBeLessThanOrEqual(7);
        seen.push(...next.quizzes.map((quiz) => quiz.id));
        cursor = next.nextCursor;
      } while (cursor);
      return seen;
    }

    it("50 by default, at most 100, newest first, then the rest with nextCursor", async () => {
      const first = await page(`q=${WORD}`);
      expect(first.quizzes).toHaveLength(50);
      expect(first.quizzes[0]?.id).toBe("api-page-119");
      expect(first.nextCursor).toEqual(expect.any(String));

      const big = await page(`q=${WORD}&limit=100`);
      expect(big.quizzes.map((quiz) => quiz.id)).toEqual(
        Array.from({ length: 100 }, (_, index) => idOf(119 - index)),
      );
      const last = await page(`q=${WORD}&limit=100&cursor=${big.nextCursor}`);
      expect(last.quizzes.map((quiz) => quiz.id)).toEqual(
        Array.from({ length: 20 }, (_, index) => idOf(19 - index)),
      );
      expect(last.nextCursor).toBe(null);
    });

    it("walks the whole list with the cursors, the shipped quiz first, each quiz once", async () => {
      const seen = await walk(false);
      expect(seen[0]).toBe(QUIZ_ID);
      expect(new Set(seen).size).toBe(seen.length);
      const mine = seen.filter((id) => id.startsWith("api-page-"));
      expect(mine).toHaveLength(COUNT);
      expect(mine).toEqual([...mine].sort().reverse());
    });

    it("pages the public quizzes only without the teacher token", async () => {
      const seen = await walk(true);
      expect(seen[0]).toBe(QUIZ_ID);
      const mine = seen.filter((id) => id.startsWith("api-page-"));
      expect(mine).toEqual(
        Array.from({ length: COUNT }, (_, index) => COUNT - 1 - index)
          .filter((index) => index % 10 !== 0)
          .map(idOf),
      );
    });

    it("searches titles with q, in any case and with or without accents", async () => {
      expect((await page("q=PAGINATION%20n%C2%B0%20117")).quizzes.map((quiz) => quiz.id)).toEqual([
        "api-page-117",
      ]);
      expect((await page("q=cooperation%20MAROC")).quizzes.map((quiz) => quiz.id)).toEqual([
        QUIZ_ID,
      ]);
      expect(await page("q=nothing-has-this-title")).toEqual({ quizzes: [], nextCursor: null });
    });

    it.each([
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["limit=ten", "limit"],
      ["cursor=made-up", "cursor"],
      [`cursor=${btoa(JSON.stringify([1, 2]))}`, "cursor"],
      [`q=${"x".repeat(201)}`, "q"],
    ])("refuses %s with a 400 naming the parameter", async (query, path) => {
      const problem = await expectProblem(await get(`${LIST}?${query}`), 400);
      expect(problem.errors?.map((error) => error.path)).toEqual([path]);
    });
  });
});

describe("GET /api/quizzes/:id", () => {
  it("gives the article and the questions", async () => {
    const response = await get(BASE);
    expect(response.status).toBe(200);
    const quiz = await response.json<StudentQuiz>();
    expect(quiz.id).toBe(QUIZ_ID);
    expect(quiz.article.published).toBe("2016-03-01T13:33");
    expect(quiz.article.paragraphs.length).toBeGreaterThan(0);
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const question of quiz.questions) {
      expect(Object.keys(question).sort()).toEqual(
        question.type === "single_choice"
          ? ["id", "options", "prompt", "type"]
          : ["id", "prompt", "type"],
      );
    }
  });

  it("leaks nothing of the answer key", async () => {
    const quiz = await (await get(BASE)).json<StudentQuiz>();
    const keys = keysAnywhere(quiz);
    for (const secret of ["answer", "accepted", "rejected", "evidence", "kind"]) {
      expect(keys).not.toContain(secret);
    }
    // Outside the article, a short answer may show only as text the article itself contains
    // (a name among the options of another question, say), and never in its own question.
    const key = await answerKey();
    const body = key.article.paragraphs.join("\n\n").toLowerCase();
    const outsideArticle = JSON.stringify({ ...quiz, article: undefined }).toLowerCase();
    for (const question of key.questions) {
      if (question.type !== "short_answer") continue;
      const answer = String(question.answer).toLowerCase();
      const own = quiz.questions.find((shown) => shown.id === question.id);
      expect(JSON.stringify(own).toLowerCase(), `${question.id} gives its answer`).not.toContain(
        answer,
      );
      if (!body.includes(answer)) {
        expect(outsideArticle, `answer of ${question.id} leaks`).not.toContain(answer);
      }
    }
  });

  it("answers 404 problem for an unknown quiz", async () => {
    const problem = await expectProblem(await get("http://ardoise.test/api/quizzes/nope"), 404);
    expect(problem.detail).toContain('"nope"');
  });
});

describe("GET /api/quizzes/:id/key", () => {
  it("answers 401 without a token, asking for a Bearer token", async () => {
    const response = await get(`${BASE}/key`);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    await expectProblem(response, 401);
  });

  it("answers 401 with a wrong token", async () => {
    const response = await get(`${BASE}/key`, { Authorization: "Bearer not-the-token" });
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    await expectProblem(response, 401);
  });

  it("gives answers and evidence that matches the article body", async () => {
    const key = await answerKey();
    const student = await (await get(BASE)).json<StudentQuiz>();
    expect(key.questions.map((question) => question.id)).toEqual(
      student.questions.map((question) => question.id),
    );
    const body = key.article.paragraphs.join("\n\n");
    for (const question of key.questions) {
      expect(question).toHaveProperty("answer");
      expect(body.slice(question.evidence.start, question.evidence.end)).toBe(
        question.evidence.text,
      );
      if (question.type === "short_answer") expect(question.accepted).toContain(question.answer);
    }
  });

  it("checks the token before looking up the quiz", async () => {
    await expectProblem(await get("http://ardoise.test/api/quizzes/nope/key"), 401);
    await expectProblem(await get("http://ardoise.test/api/quizzes/nope/key", TEACHER), 404);
  });
});

describe("POST /api/quizzes/:id/submissions", () => {
  it("marks every right answer right and stores the submission once", async () => {
    const key = await answerKey();
    const before = await countSubmissions(env.DB, QUIZ_ID);
    const answers = Object.fromEntries(key.questions.map((q) => [q.id, rightAnswer(q)]));
    const response = await submit({ answers, student: "  Léa Martin  " });
    expect(response.status).toBe(201);
    const result = await response.json<SubmissionResponse>();
    expect(result).toMatchObject({
      quizId: QUIZ_ID,
      score: key.questions.length,
      maxScore: key.questions.length,
    });
    expect(result.results.map((r) => r.questionId)).toEqual(key.questions.map((q) => q.id));
    for (const [i, r] of result.results.entries()) {
      expect(r.correct).toBe(true);
      expect(r.given).toEqual(answers[r.questionId]);
      expect(r.evidence).toEqual(key.questions[i]?.evidence);
    }

    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before + 1);
    const stored = await getSubmission(env.DB, result.id);
    expect(stored).toMatchObject({
      id: result.id,
      quizId: QUIZ_ID,
      student: "Léa Martin",
      answers,
      score: result.score,
      maxScore: result.maxScore,
    });
    expect(new Date(stored?.createdAt ?? "").toISOString()).toBe(stored?.createdAt);
    expect(stored?.marks).toEqual(
      result.results.map(({ questionId, given, correct }) => ({ questionId, given, correct })),
    );
    const { results } = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM submission_marks WHERE submission_id = ?",
    )
      .bind(result.id)
      .run<{ n: number }>();
    expect(results[0]?.n).toBe(key.questions.length);
  });

  it("stores sheets sent at the same time each exactly once, each with its own marks", async () => {
    const key = await answerKey();
    const before = await countSubmissions(env.DB, QUIZ_ID);
    // Half right, half wrong, each named: every sheet must come back and be stored as sent.
    const sheets = Array.from({ length: 10 }, (_, i) => ({
      student: `Élève ${i}`,
      answers: Object.fromEntries(
        key.questions.map((q) => [q.id, i % 2 === 0 ? rightAnswer(q) : wrongAnswer(q)]),
      ),
    }));
    const responses = await Promise.all(sheets.map((sheet) => submit(sheet)));
    const results = await Promise.all(
      responses.map(async (response) => {
        expect(response.status).toBe(201);
        return response.json<SubmissionResponse>();
      }),
    );
    expect(new Set(results.map((result) => result.id)).size).toBe(sheets.length);
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before + sheets.length);
    for (const [i, result] of results.entries()) {
      expect(result.score).toBe(i % 2 === 0 ? key.questions.length : 0);
      const stored = await getSubmission(env.DB, result.id);
      expect(stored).toMatchObject({ student: sheets[i]?.student, answers: sheets[i]?.answers });
      expect(stored?.marks.map((mark) => mark.correct)).toEqual(
        key.questions.map(() => i % 2 === 0),
      );
    }
  });

  it("marks every wrong answer wrong, showing the expected answer", async () => {
    const key = await answerKey();
    const answers = Object.fromEntries(key.questions.map((q) => [q.id, wrongAnswer(q)]));
    const result = await (await submit({ answers })).json<SubmissionResponse>();
    expect(result.score).toBe(0);
    expect(result.maxScore).toBe(key.questions.length);
    for (const r of result.results) {
      expect(r.correct).toBe(false);
      expect(r.expected).not.toBe("");
    }
    expect((await getSubmission(env.DB, result.id))?.student).toBeNull();
  });

  it("scores part right, part wrong, part unanswered (given: null, no point)", async () => {
    const key = await answerKey();
    const [first, second, ...rest] = key.questions;
    const answers: Record<string, string | boolean> = {};
    if (first) answers[first.id] = rightAnswer(first);
    if (second) answers[second.id] = wrongAnswer(second);
    const result = await (await submit({ answers })).json<SubmissionResponse>();
    expect(result.score).toBe(first ? 1 : 0);
    expect(result.maxScore).toBe(key.questions.length);
    for (const question of rest) {
      expect(result.results.find((r) => r.questionId === question.id)).toMatchObject({
        correct: false,
        given: null,
      });
    }
    const stored = await getSubmission(env.DB, result.id);
    expect(stored?.marks).toHaveLength(key.questions.length);
    expect(stored?.marks.filter((mark) => mark.given === null)).toHaveLength(rest.length);
  });

  it("accepts a person named with a role or a title, and shows the right spelling of a near miss", async () => {
    const key = await answerKey();
    const question = key.questions.find((q) => q.answer === "Charles Michel");
    if (!question) throw new Error("the seed quiz no longer asks for Charles Michel");
    const mark = async (given: string) => {
      const sheet = await (await submit({ answers: { [question.id]: given } })).json();
      return (sheet as SubmissionResponse).results.find((r) => r.questionId === question.id);
    };
    expect(await mark("le Premier ministre Charle Michel")).toEqual({
      questionId: question.id,
      correct: true,
      given: "le Premier ministre Charle Michel",
      expected: "Charles Michel",
      spelling: "Charles Michel",
      evidence: question.evidence,
    });
    // Written right, or wrong: no spelling to show.
    expect(await mark("M. Michel")).not.toHaveProperty("spelling");
    expect(await mark("M. Michel")).toMatchObject({ correct: true });
    expect(await mark("le Premier ministre Jan Jambon")).toMatchObject({ correct: false });
    expect(await mark("le Premier ministre Jan Jambon")).not.toHaveProperty("spelling");
  });

  describe("refuses bad input with 400 and stores nothing", () => {
    async function expectRefused(response: Response, status = 400) {
      const before = await countSubmissions(env.DB, QUIZ_ID);
      const problem = await expectProblem(response, status);
      expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before);
      return problem;
    }

    it("an unknown field", async () => {
      const problem = await expectRefused(await submit({ answers: {}, score: 10 }));
      expect(problem.errors).toEqual([
        { path: "score", message: expect.stringContaining("score") },
      ]);
    });

    it("an unknown question id, naming the ids the quiz has", async () => {
      const key = await answerKey();
      const problem = await expectRefused(await submit({ answers: { q999: "x" } }));
      expect(problem.errors).toEqual([
        { path: "answers.q999", message: expect.stringContaining("Unknown question id q999") },
      ]);
      expect(problem.errors?.[0]?.message).toContain(key.questions[0]?.id);
    });

    it("an answer of the wrong type", async () => {
      const key = await answerKey();
      const questionId = key.questions[0]?.id ?? "q1";
      const problem = await expectRefused(await submit({ answers: { [questionId]: 42 } }));
      expect(problem.errors).toEqual([
        { path: `answers.${questionId}`, message: expect.stringContaining("string") },
      ]);
    });

    it("true/false given for a question that wants text or an option", async () => {
      const key = await answerKey();
      const question = key.questions.find((q) => q.type !== "true_false");
      if (!question) return;
      const problem = await expectRefused(await submit({ answers: { [question.id]: true } }));
      expect(problem.errors?.[0]?.path).toBe(`answers.${question.id}`);
    });

    it("an answer that is too long, or a blank student name", async () => {
      const key = await answerKey();
      const questionId = key.questions[0]?.id ?? "q1";
      const problem = await expectRefused(
        await submit({ answers: { [questionId]: "x".repeat(501) }, student: "   " }),
      );
      expect(problem.errors?.map((error) => error.path).sort()).toEqual([
        `answers.${questionId}`,
        "student",
      ]);
    });

    it("no answers object", async () => {
      const problem = await expectRefused(await submit({ student: "Léa" }));
      expect(problem.errors).toEqual([{ path: "answers", message: expect.any(String) }]);
    });

    it("malformed JSON", async () => {
      const response = await exports.default.fetch(
        new Request(`${BASE}/submissions`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: '{"answers": {',
        }),
      );
      await expectRefused(response);
    });

    it("a body that is not JSON (415)", async () => {
      const response = await exports.default.fetch(
        new Request(`${BASE}/submissions`, {
          method: "POST",
          headers: { "Content-Type": "text/plain" },
          body: JSON.stringify({ answers: {} }),
        }),
      );
      expect(response.headers.get("Accept")).toBe("application/json");
      await expectRefused(response, 415);
    });
  });

  it("answers 404 for an unknown quiz", async () => {
    await expectProblem(await submit({ answers: {} }, "nope"), 404);
  });
});

const CREATED_ARTICLE = `Le maire de Nantes inaugure une nouvelle ligne de tramway

La maire de Nantes, Johanna Rolland, a inauguré samedi 14 mai la ligne 6 du tramway, en présence du président de la Société d'économie mixte des transports (SEMITAN), Bertrand Affilé.

"Cette ligne change la vie des habitants du nord de la ville", a déclaré, samedi 14 mai à Nantes, la maire, Johanna Rolland.

Les travaux, conduits par l'entreprise Colas, ont duré trois ans et ont coûté 120 millions d'euros. La ligne dessert 18 stations et doit transporter 40 000 voyageurs par jour.

Le 14/05/2022 à 18h05`;

function createQuiz(body: unknown, headers: Record<string, string> = TEACHER) {
  return exports.default.fetch(
    new Request("http://ardoise.test/api/quizzes", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe("POST /api/quizzes (teacher creates a quiz)", () => {
  it("generates the quiz once, stores it, and serves it on every quiz route", async () => {
    const response = await createQuiz({ text: CREATED_ARTICLE, questionCount: 6 });
    expect(response.status).toBe(201);
    const created = (await response.json()) as KeyQuiz;
    expect(response.headers.get("Location")).toBe(`/api/quizzes/${created.id}`);
    expect(created.id).toMatch(/^[\w-]{22}$/);
    expect(created.title).toBe("Le maire de Nantes inaugure une nouvelle ligne de tramway");
    expect(created.questions.length).toBeGreaterThanOrEqual(5);
    expect(created.questions.length).toBeLessThanOrEqual(6);
    expect(created.questions.every((q) => q.evidence && q.answer !== undefined)).toBe(true);

    // Not published: in the teacher's list only (test/routes/assignments.test.ts has the rest).
    const listed = (await (await get("http://ardoise.test/api/quizzes", TEACHER)).json()) as {
      quizzes: { id: string }[];
    };
    expect(listed.quizzes.map((quiz) => quiz.id)).toContain(created.id);
    const student = (await (
      await get(`http://ardoise.test/api/quizzes/${created.id}`)
    ).json()) as StudentQuiz;
    expect(student.questions.map((q) => q.prompt)).toEqual(created.questions.map((q) => q.prompt));
    const key = (await (
      await get(`http://ardoise.test/api/quizzes/${created.id}/key`, TEACHER)
    ).json()) as KeyQuiz;
    expect(key).toEqual(created);

    const answers = Object.fromEntries(created.questions.map((q) => [q.id, rightAnswer(q)]));
    const marked = await submit({ answers }, created.id);
    expect(marked.status).toBe(201);
    expect(await marked.json()).toMatchObject({ score: created.questions.length });
  });

  it("gives random ids, and the same questions for the same article", async () => {
    const first = (await (await createQuiz({ text: CREATED_ARTICLE })).json()) as KeyQuiz;
    const second = (await (await createQuiz({ text: CREATED_ARTICLE })).json()) as KeyQuiz;
    expect(first.id).not.toBe(second.id);
    expect(first.questions.map((q) => q.prompt)).toEqual(second.questions.map((q) => q.prompt));
  });

  it.each([
    [{ text: "Trop court." }, "text"],
    [{ text: "x".repeat(50_001) }, "text"],
    [{ text: CREATED_ARTICLE, questionCount: 4 }, "questionCount"],
    [{ text: CREATED_ARTICLE, questionCount: 21 }, "questionCount"],
    [{ text: CREATED_ARTICLE, id: "mine" }, "id"],
    [{}, "text"],
  ])("refuses %j with a 400 naming the field", async (body, path) => {
    const response = await createQuiz(body);
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors.map((error) => error.path)).toContain(path);
  });

  it("answers 422 for another language, naming the supported ones", async () => {
    const response = await createQuiz({ text: CREATED_ARTICLE, language: "en" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/fr/);
  });

  it("needs the teacher token", async () => {
    expect((await createQuiz({ text: CREATED_ARTICLE }, {})).status).toBe(401);
  });
});

describe("POST /api/quizzes: the title never eats the article", () => {
  const [headline = "", ...blocks] = CREATED_ARTICLE.split("\n\n");
  const lede = blocks[0] ?? "";
  const body = blocks.join("\n\n");

  async function created(request: unknown): Promise<KeyQuiz> {
    const response = await createQuiz(request);
    expect(response.status, await response.clone().text()).toBe(201);
    return response.json();
  }

  it("without a title, takes the first line as the title and the rest as the article", async () => {
    const quiz = await created({ text: CREATED_ARTICLE });
    expect(quiz.title).toBe(headline);
    expect(quiz.article.title).toBe(headline);
    expect(quiz.article.paragraphs[0]).toBe(lede);
  });

  it("with a title, keeps the lede: the text's first paragraph is the article's first", async () => {
    const quiz = await created({ text: body, title: "Le tram arrive au nord de Nantes" });
    expect(quiz.title).toBe("Le tram arrive au nord de Nantes");
    expect(quiz.article.title).toBe("Le tram arrive au nord de Nantes");
    expect(quiz.article.paragraphs[0]).toBe(lede);
    expect(quiz.questions.some((question) => lede.includes(question.evidence.text))).toBe(true);
  });

  it("with a title, makes a quiz of a one-paragraph article", async () => {
    const paragraph = blocks.slice(0, 3).join(" ");
    const quiz = await created({ text: paragraph, title: "Tram" });
    expect(quiz.article.paragraphs).toEqual([paragraph]);
    expect(quiz.questions.length).toBeGreaterThan(0);
  });

  it("with a title that the text repeats on its first line, shows the headline once", async () => {
    const quiz = await created({
      text: `${headline.toUpperCase()} !\n\n${body}`,
      title: headline,
    });
    expect(quiz.article.paragraphs[0]).toBe(lede);
    expect(quiz.article.paragraphs.join(" ")).not.toContain(headline.toUpperCase());
  });
});

describe("POST /api/quizzes: an article clearly not in French is refused", () => {
  const english = PARAGRAPHS.en.join("\n\n");

  it.each([
    ["English", { text: english }, "anglais (en)", "en"],
    ["English sent as fr", { text: english, language: "fr" }, "anglais (en)", "en"],
    [
      "Spanish with a title",
      { text: PARAGRAPHS.es.join("\n\n"), title: "Sevilla" },
      "espagnol (es)",
      "es",
    ],
    ["German", { text: PARAGRAPHS.de.slice(0, 2).join("\n\n") }, "allemand (de)", "de"],
  ])("%s: 422 naming the language in French, with its code", async (_, request, named, code) => {
    const response = await createQuiz(request);
    const problem = await expectProblem(response, 422);
    expect(problem.type).toBe("/problems/not-french");
    expect(problem.detail).toContain(`écrit en ${named}, pas en français`);
    expect(problem).toMatchObject({ language: code });
    expect(response.headers.get("Content-Language")).toBe("fr");
  });

  it("stores nothing when it refuses", async () => {
    const count = async () =>
      (await env.DB.prepare("SELECT COUNT(*) AS n FROM quizzes").first<{ n: number }>())?.n;
    const before = await count();
    expect((await createQuiz({ text: english })).status).toBe(422);
    expect(await count()).toBe(before);
  });

  it("accepts a French article that quotes a paragraph of English", async () => {
    const quote =
      '"We will not abandon the people of the north of the city, today, tomorrow and for as long as it takes", said the mayor in English to the foreign journalists.';
    const text = CREATED_ARTICLE.replace("\n\nLes travaux", `\n\n${quote}\n\nLes travaux`);
    const response = await createQuiz({ text });
    expect(response.status).toBe(201);
  });
});

describe("DELETE /api/quizzes/:id", () => {
  function remove(id: string, headers: Record<string, string> = TEACHER) {
    return exports.default.fetch(
      new Request(`http://ardoise.test/api/quizzes/${id}`, { method: "DELETE", headers }),
    );
  }

  it("removes a created quiz and its submissions", async () => {
    const created = (await (await createQuiz({ text: CREATED_ARTICLE })).json()) as KeyQuiz;
    await submit({ answers: {} }, created.id);
    expect(await countSubmissions(env.DB, created.id)).toBe(1);
    expect((await remove(created.id, {})).status).toBe(401);
    expect((await remove(created.id)).status).toBe(204);
    expect((await get(`http://ardoise.test/api/quizzes/${created.id}`)).status).toBe(404);
    expect(await countSubmissions(env.DB, created.id)).toBe(0);
    expect((await remove(created.id)).status).toBe(404);
  });

  it("refuses to delete a shipped quiz", async () => {
    const response = await remove(QUIZ_ID);
    expect(response.status).toBe(409);
    expect((await get(BASE)).status).toBe(200);
  });
});
