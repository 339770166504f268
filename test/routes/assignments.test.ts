import { env, exports } from "cloudflare:workers";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET } from "../../src/core/assignment/join-code";
import type { KeyQuiz } from "../../src/core/quiz/to-key-view";
import { LIMIT_PERIOD_SECONDS } from "../../src/middleware/teacher-auth-limiter";
import { API_SCHEMAS } from "../../src/routes/api-schemas";
import { inOneWindow, WINDOW_TIMEOUT_MS } from "../rate-limit-window";

const QUIZ_ID = "belgique-maroc-dsiti-2016";
const TEACHER = { Authorization: `Bearer ${env.TEACHER_TOKEN}` };
const ORIGIN = "http://ardoise.test";

function call(path: string, init: RequestInit = {}) {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, init));
}

function teacher(path: string, method = "GET", body?: unknown) {
  return call(path, {
    method,
    headers: { ...TEACHER, ...(body ? { "Content-Type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

type AssignmentJson = v.InferOutput<typeof API_SCHEMAS.Assignment>;

async function assign(body: Record<string, unknown> = {}): Promise<AssignmentJson> {
  const response = await teacher("/api/assignments", "POST", {
    quizId: QUIZ_ID,
    label: "4e B",
    feedback: "immediate",
    ...body,
  });
  expect(response.status).toBe(201);
  return v.parse(API_SCHEMAS.Assignment, await response.json());
}

function handIn(code: string, body: unknown, headers: Record<string, string> = {}) {
  return call(`/api/join/${code}/submissions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

let key: KeyQuiz | undefined;
async function answerKey(): Promise<KeyQuiz> {
  key ??= (await (await teacher(`/api/quizzes/${QUIZ_ID}/key`)).json()) as KeyQuiz;
  return key;
}

/** Right answers to the first `right` questions, wrong ones to the rest. */
async function answers(right: number): Promise<Record<string, string | boolean>> {
  const quiz = await answerKey();
  return Object.fromEntries(
    quiz.questions.map((question, index) => {
      if (index < right) return [question.id, question.answer];
      if (question.type === "true_false") return [question.id, !question.answer];
      if (question.type === "single_choice") {
        return [question.id, question.options?.find((o) => o.id !== question.answer)?.id ?? ""];
      }
      return [question.id, "zzz"];
    }),
  );
}

async function results(id: string) {
  const response = await teacher(`/api/assignments/${id}/results`);
  expect(response.status).toBe(200);
  return v.parse(API_SCHEMAS.AssignmentResults, await response.json());
}

let nextHost = 1;
function newClient(): string {
  return `198.51.100.${nextHost++}`;
}

describe("POST /api/assignments", () => {
  it("gives a 6-character join code without look-alikes, its link, and lists it newest first", async () => {
    const first = await assign({ label: "4e A" });
    const second = await assign({ label: "  4e C  ", feedback: "after-close" });
    for (const assignment of [first, second]) {
      expect(assignment.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
      expect(assignment.joinCode).not.toMatch(/[01OIL]/);
      expect(assignment.joinUrl).toBe(`/j/${assignment.joinCode}`);
    }
    expect(second).toMatchObject({ label: "4e C", feedback: "after-close", closed: false });
    expect(first.joinCode).not.toBe(second.joinCode);

    const listed = v.parse(
      API_SCHEMAS.AssignmentList,
      await (await teacher("/api/assignments")).json(),
    );
    const ids = listed.assignments.map((assignment) => assignment.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    const read = await teacher(`/api/assignments/${first.id}`);
    expect(v.parse(API_SCHEMAS.Assignment, await read.json())).toEqual(first);
  });

  it("refuses bad bodies with the fields to fix, an unknown quiz and a past closing time", async () => {
    const bad = await teacher("/api/assignments", "POST", {
      quizId: QUIZ_ID,
      label: "  ",
      feedback: "later",
      extra: 1,
    });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["label", "feedback"]));
    const unknown = await teacher("/api/assignments", "POST", {
      quizId: "nope",
      label: "4e B",
      feedback: "immediate",
    });
    expect(unknown.status).toBe(422);
    const past = await teacher("/api/assignments", "POST", {
      quizId: QUIZ_ID,
      label: "4e B",
      feedback: "immediate",
      closesAt: "2020-01-01T10:00:00+01:00",
    });
    expect(past.status).toBe(422);
    expect((await call("/api/assignments")).status).toBe(401);
  });
});

describe("students joining with the code", () => {
  it("shows the quiz without any answer, whatever the case and spaces of the code", async () => {
    const assignment = await assign({ label: "5e D" });
    const typed = ` ${assignment.joinCode.slice(0, 3).toLowerCase()} ${assignment.joinCode.slice(3)}`;
    const response = await call(`/api/join/${encodeURIComponent(typed)}`);
    expect(response.status).toBe(200);
    const view = v.parse(API_SCHEMAS.JoinView, await response.json());
    expect(view).toMatchObject({ assignmentId: assignment.id, label: "5e D", closed: false });
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/"answer"|"accepted"|"evidence"/);
  });

  it("stores one sheet per name, compared without case or accents; the first is kept", async () => {
    const assignment = await assign();
    const first = await handIn(assignment.joinCode, {
      student: "Élodie Martin",
      answers: await answers(3),
    });
    expect(first.status).toBe(201);
    const marked = v.parse(API_SCHEMAS.AssignmentSubmission, await first.json());
    expect(marked).toMatchObject({ assignmentId: assignment.id, score: 3, feedback: "immediate" });
    expect(marked.results[0]).toHaveProperty("expected");

    const again = await handIn(assignment.joinCode, {
      student: "  elodie   MARTIN ",
      answers: await answers(10),
    });
    expect(again.status).toBe(409);
    expect(again.headers.get("Content-Type")).toBe("application/problem+json");
    expect(((await again.json()) as { detail: string }).detail).toMatch(/déjà été rendue/);
    const after = await results(assignment.id);
    expect(after.students).toEqual([expect.objectContaining({ name: "Élodie Martin", score: 3 })]);
  });

  it("holds under concurrency: two sheets under one name at once, one stored", async () => {
    const assignment = await assign();
    const sheet = { student: "Noé", answers: await answers(2) };
    const responses = await Promise.all([
      handIn(assignment.joinCode, sheet),
      handIn(assignment.joinCode, { ...sheet, student: "noe" }),
      handIn(assignment.joinCode, sheet, { "Idempotency-Key": crypto.randomUUID() }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect((await results(assignment.id)).submissions).toBe(1);
  });

  it("a keyed sheet refused as already handed in leaves its key free and nothing stored", async () => {
    const assignment = await assign();
    const sheet = { student: "Inès", answers: await answers(2) };
    expect((await handIn(assignment.joinCode, sheet)).status).toBe(201);
    const key = crypto.randomUUID();
    const refused = await handIn(assignment.joinCode, sheet, { "Idempotency-Key": key });
    expect(refused.status).toBe(409);
    const keyRow = await env.DB.prepare("SELECT 1 FROM idempotency_keys WHERE idempotency_key = ?")
      .bind(key)
      .first();
    expect(keyRow).toBeNull();
    expect((await results(assignment.id)).submissions).toBe(1);
    // The key was never taken: the sheet under the right name goes through with it.
    const fixed = await handIn(
      assignment.joinCode,
      { ...sheet, student: "Inès B." },
      { "Idempotency-Key": key },
    );
    expect(fixed.status).toBe(201);
    expect((await results(assignment.id)).submissions).toBe(2);
  });

  it("requires a name of 1 to 80 characters", async () => {
    const assignment = await assign();
    expect((await handIn(assignment.joinCode, { answers: {} })).status).toBe(400);
    expect(
      (await handIn(assignment.joinCode, { student: "x".repeat(81), answers: {} })).status,
    ).toBe(400);
    expect(
      (await handIn(assignment.joinCode, { student: "x".repeat(80), answers: {} })).status,
    ).toBe(201);
  });

  it("with after-close, shows the score but not the expected answers or evidence until it closes", async () => {
    const assignment = await assign({ feedback: "after-close" });
    const response = await handIn(assignment.joinCode, {
      student: "Léa",
      answers: await answers(4),
    });
    expect(response.status).toBe(201);
    const marked = v.parse(API_SCHEMAS.AssignmentSubmission, await response.json());
    expect(marked.score).toBe(4);
    expect(JSON.stringify(marked)).not.toMatch(/"expected"|"evidence"/);

    const closed = await teacher(`/api/assignments/${assignment.id}/close`, "POST");
    expect(v.parse(API_SCHEMAS.Assignment, await closed.json()).closed).toBe(true);
    const refused = await handIn(assignment.joinCode, {
      student: "Hugo",
      answers: await answers(4),
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { type: string }).type).toBe("/problems/assignment-closed");
    expect((await results(assignment.id)).submissions).toBe(1);
    const view = v.parse(
      API_SCHEMAS.JoinView,
      await (await call(`/api/join/${assignment.joinCode}`)).json(),
    );
    expect(view.closed).toBe(true);

    const reopened = await teacher(`/api/assignments/${assignment.id}/reopen`, "POST");
    expect(v.parse(API_SCHEMAS.Assignment, await reopened.json()).closed).toBe(false);
    expect((await handIn(assignment.joinCode, { student: "Hugo", answers: {} })).status).toBe(201);
  });

  it(
    "answers 404 to an unknown code and 429 with Retry-After past 30 wrong codes a minute",
    async () => {
      const client = { "CF-Connecting-IP": newClient() };
      await inOneWindow(LIMIT_PERIOD_SECONDS);
      for (let attempt = 1; attempt <= 30; attempt++) {
        const response = await call("/api/join/ZZZZZZ", { headers: client });
        expect(response.status, `attempt ${attempt}`).toBe(404);
      }
      const refused = await call("/api/join/ZZZZZZ", { headers: client });
      expect(refused.status).toBe(429);
      expect(refused.headers.get("Retry-After")).toBe(String(LIMIT_PERIOD_SECONDS));
      const other = await call("/api/join/ZZZZZZ", {
        headers: { "CF-Connecting-IP": newClient() },
      });
      expect(other.status).toBe(404);
    },
    WINDOW_TIMEOUT_MS,
  );
});

describe("results per assignment", () => {
  it("counts each class apart, the quiz's results all together, students sorted by name", async () => {
    const a = await assign({ label: "A" });
    const b = await assign({ label: "B" });
    const before = (await (await teacher(`/api/quizzes/${QUIZ_ID}/results`)).json()) as {
      submissions: number;
    };
    // The seed quiz has four questions: 4, 2 and 3 right make a mean of 3.
    await handIn(a.joinCode, { student: "Zoé", answers: await answers(4) });
    await handIn(a.joinCode, { student: "émile", answers: await answers(2) });
    await handIn(a.joinCode, { student: "Bastien", answers: await answers(3) });
    await handIn(b.joinCode, { student: "Zoé", answers: await answers(2) });

    const resultsA = await results(a.id);
    expect(resultsA).toMatchObject({
      assignmentId: a.id,
      label: "A",
      submissions: 3,
      meanScore: 3,
    });
    expect(resultsA.students.map((student) => student.name)).toEqual(["Bastien", "émile", "Zoé"]);
    expect(resultsA.students[0]?.marks).toHaveLength((await answerKey()).questions.length);
    expect(resultsA.questions[0]?.correctRate).toBeCloseTo(1);
    expect(resultsA.questions[2]?.correctRate).toBeCloseTo(2 / 3);
    expect(resultsA.questions[3]?.correctRate).toBeCloseTo(1 / 3);
    expect((await results(b.id)).submissions).toBe(1);
    const after = (await (await teacher(`/api/quizzes/${QUIZ_ID}/results`)).json()) as {
      submissions: number;
    };
    expect(after.submissions).toBe(before.submissions + 4);
  });

  it("downloads the class sheet as ;-separated UTF-8 CSV with a BOM, and as .xlsx", async () => {
    const assignment = await assign({ label: "3e; « Prévert »" });
    await handIn(assignment.joinCode, { student: "Zoé", answers: await answers(2) });
    await handIn(assignment.joinCode, { student: "Anaïs", answers: await answers(4) });

    const csv = await teacher(`/api/assignments/${assignment.id}/sheet?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get("Content-Disposition")).toMatch(/attachment; filename=".+\.csv"/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toMatch(/^Nom;Note;Sur;Rendu le;Q1 juste;Q1 réponse : /);
    expect(lines[1]).toMatch(/^Anaïs;4;\d+;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};1;/);
    expect(lines[2]).toMatch(/^Zoé;2;/);

    const xlsx = await teacher(`/api/assignments/${assignment.id}/sheet?format=xlsx`);
    expect(xlsx.status).toBe(200);
    const files = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
      ]),
    );
    const parser = new XMLParser({ ignoreAttributes: false });
    const workbook = parser.parse(strFromU8(files["xl/workbook.xml"] as Uint8Array));
    expect(workbook.workbook.sheets.sheet["@_name"]).toBe("3e; « Prévert »");
    const sheet = parser.parse(strFromU8(files["xl/worksheets/sheet1.xml"] as Uint8Array));
    const rows = sheet.worksheet.sheetData.row as {
      c: { is?: { t: { "#text": string } }; v?: number }[];
    }[];
    expect(rows).toHaveLength(3);
    expect(rows[1]?.c[0]?.is?.t["#text"]).toBe("Anaïs");
    expect(rows[1]?.c[1]?.v).toBe(4);

    expect((await teacher(`/api/assignments/${assignment.id}/sheet?format=ods`)).status).toBe(400);
  });

  it("deletes an assignment with its sheets, and nothing else", async () => {
    const keep = await assign();
    const gone = await assign();
    await handIn(keep.joinCode, { student: "Léo", answers: {} });
    await handIn(gone.joinCode, { student: "Léo", answers: {} });
    expect((await teacher(`/api/assignments/${gone.id}`, "DELETE")).status).toBe(204);
    expect((await teacher(`/api/assignments/${gone.id}`)).status).toBe(404);
    expect((await call(`/api/join/${gone.joinCode}`)).status).toBe(404);
    const row = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM submissions WHERE assignment_id = ?",
    )
      .bind(gone.id)
      .first<{ n: number }>();
    expect(row?.n).toBe(0);
    expect((await results(keep.id)).submissions).toBe(1);
  });
});

describe("GET /api/assignments/:id/live (server-sent events)", () => {
  async function nextEvent(
    reader: ReadableStreamDefaultReader<Uint8Array>,
    buffer: { text: string },
  ) {
    const decoder = new TextDecoder();
    for (;;) {
      const end = buffer.text.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.text.slice(0, end);
        buffer.text = buffer.text.slice(end + 2);
        if (block.startsWith(":")) continue;
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1] ?? "";
        return { event, data: JSON.parse(data) };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("stream ended");
      buffer.text += decoder.decode(value, { stream: true });
    }
  }

  it("sends the results at once, then again within 2 s of a new sheet", async () => {
    const assignment = await assign({ label: "Direct" });
    const controller = new AbortController();
    const response = await call(`/api/assignments/${assignment.id}/live`, {
      headers: TEACHER,
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const buffer = { text: "" };
    const first = await nextEvent(reader, buffer);
    expect(first.event).toBe("results");
    expect(first.data).toMatchObject({ submissions: 0, label: "Direct" });

    const sent = Date.now();
    await handIn(assignment.joinCode, { student: "Inès", answers: await answers(4) });
    const second = await nextEvent(reader, buffer);
    expect(Date.now() - sent).toBeLessThan(2000);
    expect(second.data).toMatchObject({ submissions: 1, meanScore: 4 });
    expect(second.data.recent[0].student).toBe("Inès");
    await reader.cancel();
    controller.abort();
  });
});

describe("who sees which quiz", () => {
  const ARTICLE = `Le maire de Lyon ouvre une nouvelle piscine

Lyon, 3 mars 2026. Le maire de Lyon, Jean Dupont, a inauguré mardi une piscine olympique dans le quartier de la Guillotière. La piscine a coûté 12 millions d'euros et accueillera 300 000 nageurs par an, selon la mairie.

Jean Dupont a déclaré que « chaque enfant de Lyon doit savoir nager ». Les travaux ont duré deux ans et ont employé 150 ouvriers.`;

  it("lists a created quiz only when public; the teacher sees every one", async () => {
    const created = await teacher("/api/quizzes", "POST", { text: ARTICLE, questionCount: 5 });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const publicIds = async () =>
      ((await (await call("/api/quizzes")).json()) as { quizzes: { id: string }[] }).quizzes.map(
        (q) => q.id,
      );
    expect(await publicIds()).not.toContain(id);
    expect(await (await call("/quizzes")).text()).not.toContain(id);
    const mine = v.parse(API_SCHEMAS.QuizList, await (await teacher("/api/quizzes")).json());
    expect(mine.quizzes.find((quiz) => quiz.id === id)).toMatchObject({ public: false });
    expect((await call(`/api/quizzes/${id}`)).status).toBe(200);

    const shown = await teacher(`/api/quizzes/${id}/visibility`, "POST", { public: true });
    expect(v.parse(API_SCHEMAS.QuizVisibility, await shown.json())).toEqual({ id, public: true });
    expect(await publicIds()).toContain(id);
    expect(await (await call("/quizzes")).text()).toContain(id);
    await teacher(`/api/quizzes/${id}/visibility`, "POST", { public: false });
    expect(await publicIds()).not.toContain(id);

    expect(
      (await teacher(`/api/quizzes/${QUIZ_ID}/visibility`, "POST", { public: false })).status,
    ).toBe(409);
    expect((await teacher(`/api/quizzes/${id}/visibility`, "POST", { public: "yes" })).status).toBe(
      400,
    );
    expect(
      (await call("/api/quizzes", { headers: { Authorization: "Bearer wrong" } })).status,
    ).toBe(401);
  });

  it("deleting a created quiz deletes its assignments", async () => {
    const created = await teacher("/api/quizzes", "POST", { text: ARTICLE, questionCount: 5 });
    const { id } = (await created.json()) as { id: string };
    const assignment = await assign({ quizId: id });
    await handIn(assignment.joinCode, { student: "Léna", answers: {} });
    expect((await teacher(`/api/quizzes/${id}`, "DELETE")).status).toBe(204);
    expect((await teacher(`/api/assignments/${assignment.id}`)).status).toBe(404);
  });
});
