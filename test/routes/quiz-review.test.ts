/**
 * The review routes against real D1 in workerd: every route and refusal, drafts hidden from
 * students, the 409 once students have answered, and regrades that change stored scores.
 */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { KeyQuestion, KeyQuiz } from "../../src/core/quiz/to-key-view";
import type { Problem } from "../../src/problem";
import { expectProblem } from "../expect-problem";
import { getSubmission } from "../storage/get-submission";
import { TRAM_ARTICLE } from "../tram-article";

const BASE = "http://ardoise.test";
const SEED_ID = "belgique-maroc-dsiti-2016";
const TEACHER = { Authorization: `Bearer ${env.TEACHER_TOKEN}` };

const ARTICLE = TRAM_ARTICLE;

type Reviewed = KeyQuiz & { published: boolean; revision: number };
interface Regraded {
  regraded: number;
  changed: { sheets: number; marks: number };
  quiz: Reviewed;
}
function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = TEACHER,
) {
  return exports.default.fetch(
    new Request(`${BASE}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
}

async function ok<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function createDraft(questionCount = 6): Promise<Reviewed> {
  return ok(
    await call("POST", "/api/quizzes", { text: ARTICLE, questionCount, published: false }),
    201,
  );
}

function paths(problem: Problem): string[] {
  return (problem.errors ?? []).map((error) => error.path);
}

function submit(quizId: string, answers: Record<string, string | boolean>, student?: string) {
  return call("POST", `/api/quizzes/${quizId}/submissions`, { answers, student }, {});
}

function byId(quiz: KeyQuiz, id: string): KeyQuestion {
  const question = quiz.questions.find((entry) => entry.id === id);
  if (!question) throw new Error(`no ${id}`);
  return question;
}

describe("drafts", () => {
  it("are hidden from students until published, and listed for the teacher", async () => {
    const draft = await createDraft();
    expect(draft.published).toBe(false);
    expect(draft.revision).toBe(1);
    const id = draft.id;
    await expectProblem(await call("GET", `/api/quizzes/${id}`, undefined, {}), 404);
    await expectProblem(await submit(id, {}), 404);
    const page = await exports.default.fetch(new Request(`${BASE}/quizzes/${id}`));
    expect(page.status).toBe(404);
    const list = async (headers: Record<string, string>) =>
      (
        await ok<{ quizzes: { id: string; published: boolean }[] }>(
          await call("GET", "/api/quizzes", undefined, headers),
        )
      ).quizzes;
    // Even marked public (listed to everyone), a draft stays off the students' list.
    await ok(await call("POST", `/api/quizzes/${id}/visibility`, { public: true }));
    expect((await list({})).map((quiz) => quiz.id)).not.toContain(id);
    expect(await list(TEACHER)).toContainEqual(
      expect.objectContaining({ id, public: true, published: false }),
    );
    const html = await (await exports.default.fetch(new Request(`${BASE}/quizzes`))).text();
    expect(html).not.toContain(id);
    // A wrong token is refused, not taken for no token.
    await expectProblem(
      await call("GET", "/api/quizzes", undefined, { Authorization: "Bearer no" }),
      401,
    );
    // The teacher still has the key, results and exports of a draft.
    expect((await ok<Reviewed>(await call("GET", `/api/quizzes/${id}/key`))).published).toBe(false);
    expect((await call("GET", `/api/quizzes/${id}/results`)).status).toBe(200);

    // Nor can it be handed to a class before it is published.
    const assign = () =>
      call("POST", "/api/assignments", { quizId: id, label: "4e B", feedback: "immediate" });
    const draftAssignment = await expectProblem(await assign(), 422);
    expect(draftAssignment.type).toBe("/problems/draft-quiz");

    const published = await ok<Reviewed>(await call("POST", `/api/quizzes/${id}/publish`));
    expect((await assign()).status).toBe(201);
    expect(published).toMatchObject({ published: true, revision: 2 });
    expect((await call("GET", `/api/quizzes/${id}`, undefined, {})).status).toBe(200);
    expect((await list({})).map((quiz) => quiz.id)).toContain(id);
    // Again: nothing changes, no new revision.
    expect(await ok<Reviewed>(await call("POST", `/api/quizzes/${id}/publish`))).toMatchObject({
      revision: 2,
    });
  });

  it("POST /api/quizzes still publishes by default", async () => {
    const created = await ok<Reviewed>(await call("POST", "/api/quizzes", { text: ARTICLE }), 201);
    expect(created.published).toBe(true);
    expect((await call("GET", `/api/quizzes/${created.id}`, undefined, {})).status).toBe(200);
    const problem = await expectProblem(
      await call("POST", "/api/quizzes", { text: ARTICLE, published: "no" }),
      400,
    );
    expect(paths(problem)).toEqual(["published"]);
  });
});

describe("editing a draft", () => {
  it("changes a question's fields, keeping its id, and refuses what does not fit", async () => {
    const draft = await createDraft();
    const [first] = draft.questions;
    if (!first) throw new Error("no question");
    const path = `/api/quizzes/${draft.id}/questions/${first.id}`;
    const { quiz: edited } = await ok<Regraded>(
      await call("PATCH", path, {
        type: "single_choice",
        prompt: "  Qui est maire de Nantes ?  ",
        options: [
          { id: "x", text: "Johanna Rolland" },
          { id: "y", text: "Bertrand Affilé" },
          { id: "z", text: "Alain Juppé" },
        ],
        answer: "x",
        evidence: { text: "La maire de Nantes, Johanna Rolland, a inauguré samedi 14 mai" },
      }),
    );
    const question = byId(edited, first.id);
    expect(question).toMatchObject({
      type: "single_choice",
      prompt: "Qui est maire de Nantes ?",
      // Sorted alphabetically and renamed, so that the order says nothing of the key.
      options: [
        { id: "a", text: "Alain Juppé" },
        { id: "b", text: "Bertrand Affilé" },
        { id: "c", text: "Johanna Rolland" },
      ],
      answer: "c",
    });
    const body = (
      await ok<KeyQuiz>(await call("GET", `/api/quizzes/${draft.id}/key`))
    ).article.paragraphs.join("\n\n");
    expect(body.slice(question.evidence.start, question.evidence.end)).toBe(question.evidence.text);
    expect(edited.revision).toBe(2);

    const cases: [unknown, string[]][] = [
      [
        {
          options: [
            { id: "a", text: "Un" },
            { id: "b", text: "un" },
            { id: "c", text: "Trois" },
          ],
        },
        ["options.1.text"],
      ],
      [
        {
          options: [
            { id: "a", text: "Un" },
            { id: "b", text: "Deux" },
          ],
        },
        ["options", "answer"],
      ],
      [{ answer: "q" }, ["answer"]],
      [{ answer: true }, ["answer"]],
      [{ type: "true_false" }, ["answer"]],
      [{ evidence: { start: 0, end: 99_999 } }, ["evidence.end"]],
      [{ evidence: { text: "Une phrase qui n'est pas dans l'article." } }, ["evidence.text"]],
      [{ prompt: "   " }, ["prompt"]],
      [{ colour: "red" }, ["colour"]],
      [{}, [""]],
      [[], [""]],
    ];
    for (const [patch, expected] of cases) {
      const problem = await expectProblem(await call("PATCH", path, patch), 400);
      expect(paths(problem), JSON.stringify(patch)).toEqual(expected);
      for (const error of problem.errors ?? []) expect(error.message.length).toBeGreaterThan(10);
    }
    await expectProblem(
      await call("PATCH", `/api/quizzes/${draft.id}/questions/q99`, { prompt: "?" }),
      404,
    );
    await expectProblem(
      await call("PATCH", `/api/quizzes/nope/questions/q1`, { prompt: "?" }),
      404,
    );
    await expectProblem(await call("PATCH", path, { prompt: "?" }, {}), 401);
    // Nothing refused was stored.
    expect((await ok<Reviewed>(await call("GET", `/api/quizzes/${draft.id}/key`))).revision).toBe(
      2,
    );
  });

  it("adds, deletes, reorders and swaps, never reusing an id", async () => {
    const draft = await createDraft(5);
    const id = draft.id;
    const ids = draft.questions.map((question) => question.id);
    const added = await ok<Reviewed>(
      await call("POST", `/api/quizzes/${id}/questions`, {
        type: "short_answer",
        prompt: "Quelle entreprise a conduit les travaux ?",
        answer: "Colas",
        accepted: ["l'entreprise Colas"],
        evidence: { text: "Les travaux, conduits par l'entreprise Colas, ont duré trois ans" },
      }),
      201,
    );
    const newId = added.questions.at(-1)?.id ?? "";
    expect(ids).not.toContain(newId);
    expect(added.questions.at(-1)).toMatchObject({
      answer: "Colas",
      accepted: ["Colas", "l'entreprise Colas"],
    });

    const deleted = await ok<Reviewed>(
      await call("DELETE", `/api/quizzes/${id}/questions/${newId}`),
    );
    expect(deleted.questions.map((question) => question.id)).toEqual(ids);
    const again = await ok<Reviewed>(
      await call("POST", `/api/quizzes/${id}/questions`, {
        type: "true_false",
        prompt: "La ligne dessert 18 stations.",
        answer: true,
        evidence: { text: "La ligne dessert 18 stations" },
      }),
      201,
    );
    const laterId = again.questions.at(-1)?.id ?? "";
    expect(laterId).not.toBe(newId);
    expect([...ids, newId]).not.toContain(laterId);

    const reversed = [...ids, laterId].reverse();
    const moved = await ok<Reviewed>(
      await call("PUT", `/api/quizzes/${id}/order`, { questionIds: reversed }),
    );
    expect(moved.questions.map((question) => question.id)).toEqual(reversed);
    for (const [questionIds, path] of [
      [reversed.slice(1), "questionIds"],
      [[...reversed, "q99"], "questionIds.6"],
      [[...reversed.slice(1), reversed[1]], "questionIds.5"],
    ] as const) {
      expect(
        paths(
          await expectProblem(await call("PUT", `/api/quizzes/${id}/order`, { questionIds }), 400),
        ),
      ).toContain(path);
    }

    const { alternatives } = await ok<{ alternatives: KeyQuestion[] }>(
      await call("GET", `/api/quizzes/${id}/alternatives`),
    );
    expect(alternatives.length).toBeGreaterThan(0);
    const [alternative] = alternatives;
    if (!alternative) throw new Error("no alternative");
    expect(alternative.id).toBe("a1");
    expect(alternative.evidence.text.length).toBeGreaterThan(0);
    const target = reversed[2] ?? "";
    const swapped = await ok<Reviewed>(
      await call("POST", `/api/quizzes/${id}/questions/${target}/swap`, { alternativeId: "a1" }),
    );
    const put = swapped.questions[2];
    expect(put).toMatchObject({ prompt: alternative.prompt, answer: alternative.answer });
    expect([...ids, newId, laterId]).not.toContain(put?.id);
    const left = await ok<{ alternatives: KeyQuestion[] }>(
      await call("GET", `/api/quizzes/${id}/alternatives`),
    );
    expect(left.alternatives.map((entry) => entry.id)).not.toContain("a1");
    const unknown = await expectProblem(
      await call("POST", `/api/quizzes/${id}/questions/${put?.id}/swap`, { alternativeId: "a1" }),
      400,
    );
    expect(paths(unknown)).toEqual(["alternativeId"]);
    await expectProblem(
      await call("POST", `/api/quizzes/${id}/questions/${target}/swap`, { alternativeId: "a2" }),
      404,
    );

    // Every change is in the history, newest first, with before and after.
    const { revisions } = await ok<{
      revisions: {
        revision: number;
        action: string;
        questionId: string | null;
        before: unknown;
        after: unknown;
      }[];
    }>(await call("GET", `/api/quizzes/${id}/revisions`));
    expect(revisions.map((entry) => entry.action)).toEqual([
      "swap",
      "move",
      "add",
      "delete",
      "add",
      "create",
    ]);
    expect(revisions[0]).toMatchObject({
      revision: 6,
      questionId: target,
      before: expect.objectContaining({ id: target }),
      after: { alternativeId: "a1", question: expect.objectContaining({ id: put?.id }) },
    });
    expect(revisions[1]).toMatchObject({ before: [...ids, laterId], after: reversed });

    // And the exports are the edited quiz.
    const exported = await call("GET", `/api/quizzes/${id}/export?format=json`);
    expect(((await exported.json()) as KeyQuiz).questions.map((question) => question.id)).toEqual(
      swapped.questions.map((question) => question.id),
    );
    const gift = await (await call("GET", `/api/quizzes/${id}/export?format=gift`)).text();
    expect(gift).toContain("La ligne dessert 18 stations");
  });

  it("refuses a new question without what its type needs, naming each field", async () => {
    const draft = await createDraft(5);
    const problem = await expectProblem(
      await call("POST", `/api/quizzes/${draft.id}/questions`, {
        type: "single_choice",
        prompt: "Qui ?",
        answer: "a",
        evidence: { text: "pas dans l'article" },
      }),
      400,
    );
    expect(paths(problem).sort()).toEqual(["evidence.text", "options"]);
    const missing = await expectProblem(
      await call("POST", `/api/quizzes/${draft.id}/questions`, { type: "true_false" }),
      400,
    );
    expect(paths(missing).sort()).toEqual(["answer", "evidence", "prompt"].sort());
  });
});

describe("shipped quizzes", () => {
  it("are not edited but copied, and the copy is an editable draft", async () => {
    const problem = await expectProblem(
      await call("PATCH", `/api/quizzes/${SEED_ID}/questions/q1`, { prompt: "Autre ?" }),
      409,
    );
    expect(problem.detail).toContain(`POST /api/quizzes/${SEED_ID}/copy`);
    await expectProblem(await call("DELETE", `/api/quizzes/${SEED_ID}/questions/q1`), 409);
    const seed = await ok<Reviewed>(await call("GET", `/api/quizzes/${SEED_ID}/key`));
    expect(seed).toMatchObject({ published: true, revision: 0 });

    const copyResponse = await call("POST", `/api/quizzes/${SEED_ID}/copy`);
    const copy = await ok<Reviewed>(copyResponse, 201);
    expect(copyResponse.headers.get("Location")).toBe(`/api/quizzes/${copy.id}`);
    expect(copy).toMatchObject({ published: false, revision: 1, title: `${seed.title} (copie)` });
    expect(copy.questions).toEqual(seed.questions);
    expect(copy.article).toEqual(seed.article);
    const alternatives = await ok<{ alternatives: KeyQuestion[] }>(
      await call("GET", `/api/quizzes/${copy.id}/alternatives`),
    );
    expect(alternatives.alternatives.length).toBeGreaterThan(0);
    const edited = await ok<Reviewed>(
      await call("PATCH", `/api/quizzes/${copy.id}/questions/q1`, { prompt: "Autre ?" }),
    );
    expect(edited.questions[0]?.prompt).toBe("Autre ?");
    const { revisions } = await ok<{ revisions: { action: string; after: unknown }[] }>(
      await call("GET", `/api/quizzes/${copy.id}/revisions`),
    );
    expect(revisions.map((entry) => entry.action)).toEqual(["edit", "copy"]);
    expect(revisions[1]?.after).toMatchObject({ from: SEED_ID });
    // The copy has no sheets of its own.
    const results = await ok<{ submissions: number }>(
      await call("GET", `/api/quizzes/${copy.id}/results`),
    );
    expect(results.submissions).toBe(0);
  });
});

describe("once students have answered", () => {
  async function answeredQuiz() {
    const draft = await createDraft(6);
    await ok(await call("POST", `/api/quizzes/${draft.id}/publish`));
    const short = draft.questions.find((question) => question.type === "short_answer");
    const other = draft.questions.find((question) => question.type !== "short_answer");
    if (!short || !other) throw new Error("the article gives both kinds of question");
    return { draft, short, other };
  }

  it("refuses changes to what they saw with 409, pointing to the copy", async () => {
    const { draft, short, other } = await answeredQuiz();
    await ok(await submit(draft.id, {}), 201);
    const id = draft.id;
    const attempts = [
      call("PATCH", `/api/quizzes/${id}/questions/${short.id}`, { prompt: "Autre ?" }),
      call("PATCH", `/api/quizzes/${id}/questions/${short.id}`, {
        type: "true_false",
        answer: true,
      }),
      call("DELETE", `/api/quizzes/${id}/questions/${other.id}`),
      call("POST", `/api/quizzes/${id}/questions`, {
        type: "true_false",
        prompt: "Vrai ?",
        answer: true,
        evidence: { start: 0, end: 5 },
      }),
      call("PUT", `/api/quizzes/${id}/order`, {
        questionIds: draft.questions.map((question) => question.id).reverse(),
      }),
      call("POST", `/api/quizzes/${id}/questions/${short.id}/swap`, { alternativeId: "a1" }),
    ];
    if (other.type === "single_choice") {
      attempts.push(
        call("PATCH", `/api/quizzes/${id}/questions/${other.id}`, {
          options: other.options?.map((option) => ({ ...option, text: `${option.text} !` })),
        }),
      );
    }
    for (const attempt of attempts) {
      const problem = await expectProblem(await attempt, 409);
      expect(problem.type).toBe("/problems/quiz-answered");
      expect(problem.detail).toContain(`POST /api/quizzes/${id}/copy`);
    }
    const key = await ok<Reviewed>(await call("GET", `/api/quizzes/${id}/key`));
    expect(key.questions).toEqual(draft.questions);
    expect(key.revision).toBe(2);
  });

  it("regrades every stored sheet when an answer is accepted, in scores and results", async () => {
    const { draft, short } = await answeredQuiz();
    const id = draft.id;
    const right = Object.fromEntries(
      draft.questions.map((question) => [question.id, question.answer]),
    );
    const sheets = [
      await ok<{ id: string; score: number }>(
        await submit(id, { ...right, [short.id]: "Gérard Collomb" }, "Léa"),
        201,
      ),
      await ok<{ id: string; score: number }>(
        await submit(id, { ...right, [short.id]: " gérard collomb " }, "Hugo"),
        201,
      ),
      await ok<{ id: string; score: number }>(
        await submit(id, { [short.id]: "Quelqu'un d'autre" }, "Inès"),
        201,
      ),
    ];
    const max = draft.questions.length;
    expect(sheets.map((sheet) => sheet.score)).toEqual([max - 1, max - 1, 0]);

    const before = await ok<{
      questions: { questionId: string; commonWrong: { answer: string; count: number }[] }[];
    }>(await call("GET", `/api/quizzes/${id}/results`));
    const wrong = before.questions.find((entry) => entry.questionId === short.id)?.commonWrong;
    expect(wrong?.[0]).toEqual({ answer: "Gérard Collomb", count: 2 });

    const regraded = await ok<Regraded>(
      await call("POST", `/api/quizzes/${id}/questions/${short.id}/accepted`, {
        answer: "Gérard Collomb",
      }),
    );
    expect(regraded).toMatchObject({ regraded: 3, changed: { sheets: 2, marks: 2 } });
    expect(byId(regraded.quiz, short.id).accepted).toContain("Gérard Collomb");
    const stored = await Promise.all(sheets.map((sheet) => getSubmission(env.DB, sheet.id)));
    expect(stored.map((sheet) => sheet?.score)).toEqual([max, max, 0]);
    expect(stored[0]?.marks.find((mark) => mark.questionId === short.id)?.correct).toBe(true);

    const after = await ok<{
      meanScore: number;
      questions: { questionId: string; correctRate: number; commonWrong: unknown[] }[];
    }>(await call("GET", `/api/quizzes/${id}/results`));
    expect(after.meanScore).toBeCloseTo((2 * max) / 3);
    const entry = after.questions.find((question) => question.questionId === short.id);
    expect(entry?.correctRate).toBeCloseTo(2 / 3);
    const csv = await (await call("GET", `/api/quizzes/${id}/results.csv`)).text();
    expect(csv).toContain(`Léa`);
    expect(csv.split("\n").find((line) => line.includes("Léa"))).toContain(String(max));

    // Accepting again changes nothing (no regrade, no revision); a key edit by PATCH answers
    // the same shape.
    expect(
      await ok<Regraded>(
        await call("POST", `/api/quizzes/${id}/questions/${short.id}/accepted`, {
          answer: "Gérard Collomb",
        }),
      ),
    ).toMatchObject({
      regraded: 0,
      changed: { sheets: 0, marks: 0 },
      quiz: { revision: regraded.quiz.revision },
    });
    const narrowed = await ok<Regraded>(
      await call("PATCH", `/api/quizzes/${id}/questions/${short.id}`, { accepted: [] }),
    );
    expect(narrowed).toMatchObject({ regraded: 3, changed: { sheets: 2, marks: 2 } });
    const { revisions } = await ok<{ revisions: { action: string; regrade: unknown }[] }>(
      await call("GET", `/api/quizzes/${id}/revisions`),
    );
    expect(revisions.slice(0, 3)).toMatchObject([
      { action: "edit", regrade: { regraded: 3, changedSheets: 2, changedMarks: 2 } },
      { action: "accept", regrade: { regraded: 3, changedSheets: 2, changedMarks: 2 } },
      { action: "publish", regrade: null },
    ]);
  });

  it("regrades a change of the right option, and refuses accepting on a choice question", async () => {
    const { draft, other } = await answeredQuiz();
    const id = draft.id;
    const right = Object.fromEntries(
      draft.questions.map((question) => [question.id, question.answer]),
    );
    const sheet = await ok<{ id: string; score: number }>(await submit(id, right), 201);
    expect(sheet.score).toBe(draft.questions.length);
    const flipped =
      other.type === "true_false"
        ? !other.answer
        : other.options?.find((option) => option.id !== other.answer)?.id;
    const regraded = await ok<Regraded>(
      await call("PATCH", `/api/quizzes/${id}/questions/${other.id}`, { answer: flipped }),
    );
    expect(regraded).toMatchObject({ regraded: 1, changed: { sheets: 1, marks: 1 } });
    expect((await getSubmission(env.DB, sheet.id))?.score).toBe(draft.questions.length - 1);
    const problem = await expectProblem(
      await call("POST", `/api/quizzes/${id}/questions/${other.id}/accepted`, { answer: "x" }),
      400,
    );
    expect(paths(problem)).toEqual(["answer"]);
  });
});
