/**
 * Every class of bad input gets a clear 4xx (problem details on the API, French HTML on the
 * pages), never a 5xx, and a refused submission stores nothing. Through the whole Worker.
 */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { MAX_ANSWERS } from "../../src/core/marking/sheet-limits";
import app from "../../src/index";
import { NEW_QUIZ_BODY_LIMIT, SUBMISSION_BODY_LIMIT } from "../../src/middleware/body-limits";
import { MAX_QUIZ_ID_LENGTH } from "../../src/middleware/quiz-id-guard";
import { countSubmissions } from "../../src/storage/submission-store";
import { expectProblem } from "../expect-problem";
import { getSubmission } from "../storage/get-submission";

const QUIZ_ID = "belgique-maroc-dsiti-2016";
const ORIGIN = "http://ardoise.test";
const SUBMISSIONS = `${ORIGIN}/api/quizzes/${QUIZ_ID}/submissions`;
const PAGE = `${ORIGIN}/quizzes/${QUIZ_ID}`;
const TEACHER = { Authorization: `Bearer ${env.TEACHER_TOKEN}` };
const JSON_TYPE = { "Content-Type": "application/json" };

function send(url: string, init: RequestInit = {}) {
  return exports.default.fetch(new Request(url, init));
}

function postJson(url: string, body: string, headers: Record<string, string> = {}) {
  return send(url, { method: "POST", headers: { ...JSON_TYPE, ...headers }, body });
}

/** A body with no Content-Length: sent as a stream, in chunks, as `Transfer-Encoding: chunked`. */
function streamOf(text: string, chunkSize = 8192): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

async function expectFrenchPage(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
  const html = await response.text();
  expect(html).toContain('<html lang="fr">');
  return html;
}

/** A multipart/form-data body, as a browser sends a form with `enctype="multipart/form-data"`. */
function multipart(fields: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

/** Runs `request` and checks that it stored no submission. */
async function storesNothing(request: () => Promise<Response>): Promise<Response> {
  const before = await countSubmissions(env.DB, QUIZ_ID);
  const response = await request();
  await response.clone().arrayBuffer();
  expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before);
  return response;
}

describe("malformed and empty JSON → 400", () => {
  it.each([
    ["an empty body", ""],
    ["a truncated object", '{"answers": {'],
    ["a trailing comma", '{"answers": {},}'],
    ["single quotes", "{'answers': {}}"],
    ["a byte-order mark and garbage", "\uFEFF\u0000"],
  ])("%s", async (_, body) => {
    const response = await storesNothing(() => postJson(SUBMISSIONS, body));
    const problem = await expectProblem(response, 400);
    expect(problem.type).toBe("/problems/malformed-json");
  });

  it.each([
    ["null", "null"],
    ["an array", "[]"],
    ["a number", "42"],
    ["a string", '"answers"'],
  ])("valid JSON that is not an object: %s", async (_, body) => {
    const problem = await expectProblem(
      await storesNothing(() => postJson(SUBMISSIONS, body)),
      400,
    );
    expect(problem.errors?.length).toBeGreaterThan(0);
  });
});

describe("wrong content types → 415", () => {
  it.each([
    ["no Content-Type", undefined],
    ["text/plain", "text/plain"],
    ["a form", "application/x-www-form-urlencoded"],
    ["multipart", "multipart/form-data; boundary=x"],
    ["XML", "application/xml"],
    ["a near miss", "application/jsonp"],
  ])("%s on the JSON API", async (_, contentType) => {
    const headers: Record<string, string> = contentType ? { "Content-Type": contentType } : {};
    const response = await storesNothing(() =>
      send(SUBMISSIONS, { method: "POST", headers, body: '{"answers":{}}' }),
    );
    await expectProblem(response, 415);
  });

  it("JSON on the form post: a French 415 page", async () => {
    const response = await storesNothing(() => postJson(PAGE, '{"answers":{}}'));
    await expectFrenchPage(response, 415);
  });
});

describe("deep nesting → 400, parsed without trouble", () => {
  it.each([
    ["arrays in an answer", `{"answers":{"q1":${"[".repeat(20_000)}${"]".repeat(20_000)}}}`],
    ["objects as the body", `${'{"a":'.repeat(6_000)}1${"}".repeat(6_000)}`],
    ["a truncated deep array", "[".repeat(60_000)],
  ])("%s", async (_, body) => {
    expect(body.length).toBeLessThan(SUBMISSION_BODY_LIMIT);
    await expectProblem(await storesNothing(() => postJson(SUBMISSIONS, body)), 400);
  });
});

describe("wrong types → 400 naming the field", () => {
  it.each([
    ["answers as an array", { answers: ["a"] }, "answers"],
    ["answers as an empty array", { answers: [] }, "answers"],
    ["answers as a string", { answers: "a" }, "answers"],
    ["answers null", { answers: null }, "answers"],
    ["an answer as an object", { answers: { q1: { $ne: 1 } } }, "answers.q1"],
    ["an answer as null", { answers: { q1: null } }, "answers.q1"],
    ["student as a number", { answers: {}, student: 7 }, "student"],
    ["student as an array", { answers: {}, student: ["Léa"] }, "student"],
  ])("%s", async (_, body, path) => {
    const response = await storesNothing(() => postJson(SUBMISSIONS, JSON.stringify(body)));
    const problem = await expectProblem(response, 400);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
  });
});

describe("__proto__, constructor and prototype keys → 400 as unknown fields, nothing polluted", () => {
  it.each([
    ["__proto__ at the top", '{"answers":{},"__proto__":{"polluted":true}}', "__proto__"],
    ["constructor at the top", '{"answers":{},"constructor":{"prototype":{"x":1}}}', "constructor"],
    ["__proto__ as a question id", '{"answers":{"__proto__":"a"}}', "answers.__proto__"],
    ["constructor as a question id", '{"answers":{"constructor":"a"}}', "answers.constructor"],
    ["prototype as a question id", '{"answers":{"prototype":true}}', "answers.prototype"],
  ])("%s", async (_, body, path) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const response = await storesNothing(() => postJson(SUBMISSIONS, body));
    const problem = await expectProblem(response, 400);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("on the form post: no pollution, and such fields never reach the stored sheet", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const response = await storesNothing(() =>
      send(PAGE, {
        method: "POST",
        body: new URLSearchParams([
          ["__proto__", "a"],
          ["constructor", "b"],
          ["prototype", "c"],
          ["q1", ""],
        ]),
      }),
    );
    const html = await expectFrenchPage(response, 400);
    for (const name of ["__proto__", "constructor", "prototype"]) {
      expect(html).toContain(`Champ inconnu «\u00a0${name}\u00a0»`);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    const { results } = await env.DB.prepare(
      "SELECT answers FROM submissions WHERE answers LIKE '%proto%' OR answers LIKE '%constructor%'",
    ).run<{ answers: string }>();
    expect(results).toEqual([]);
  });

  it.each([
    ["__proto__", "urlencoded", new URLSearchParams([["__proto__", "a"]])],
    ["constructor", "urlencoded", new URLSearchParams([["constructor", "a"]])],
    ["__proto__", "multipart", multipart([["__proto__", "a"]])],
    ["constructor", "multipart", multipart([["constructor", "a"]])],
  ])("on the form post: %s alone (%s) → 400 naming it, as the JSON API", async (name, _, body) => {
    const response = await storesNothing(() => send(PAGE, { method: "POST", body }));
    const html = await expectFrenchPage(response, 400);
    expect(html).toContain(`Champ inconnu «\u00a0${name}\u00a0»`);
  });
});

describe("huge strings and too many answers", () => {
  it("a 10,000-character student name → 400", async () => {
    const body = JSON.stringify({ answers: {}, student: "L".repeat(10_000) });
    const problem = await expectProblem(
      await storesNothing(() => postJson(SUBMISSIONS, body)),
      400,
    );
    expect(problem.errors?.[0]?.path).toBe("student");
  });

  it(`more than ${MAX_ANSWERS} answers → 400, saying how many are allowed`, async () => {
    const answers = Object.fromEntries(
      Array.from({ length: MAX_ANSWERS + 1 }, (_, i) => [`x${i}`, "a"]),
    );
    const response = await storesNothing(() => postJson(SUBMISSIONS, JSON.stringify({ answers })));
    const problem = await expectProblem(response, 400);
    expect(problem.errors).toEqual([
      { path: "answers", message: expect.stringContaining(`at most ${MAX_ANSWERS}`) },
    ]);
  });
});

describe("body limits → 413 (64 KiB per sheet, 256 KiB per new quiz), with or without Content-Length", () => {
  const bigSheet = JSON.stringify({ answers: {}, student: "x".repeat(SUBMISSION_BODY_LIMIT) });

  it("a sheet over 64 KiB, with Content-Length", async () => {
    const problem = await expectProblem(
      await storesNothing(() => postJson(SUBMISSIONS, bigSheet)),
      413,
    );
    expect(problem.detail).toContain("64 KiB");
  });

  it("a sheet over 64 KiB, chunked", async () => {
    const response = await storesNothing(() =>
      send(SUBMISSIONS, { method: "POST", headers: JSON_TYPE, body: streamOf(bigSheet) }),
    );
    await expectProblem(response, 413);
  });

  it("a small chunked sheet is read and stored as usual", async () => {
    const before = await countSubmissions(env.DB, QUIZ_ID);
    const response = await send(SUBMISSIONS, {
      method: "POST",
      headers: JSON_TYPE,
      body: streamOf(JSON.stringify({ answers: {}, student: "Flux" }), 5),
    });
    expect(response.status).toBe(201);
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before + 1);
  });

  it("a form post over 64 KiB: a French 413 page, chunked or not", async () => {
    const form = new URLSearchParams({ student: "x".repeat(SUBMISSION_BODY_LIMIT) }).toString();
    const formType = { "Content-Type": "application/x-www-form-urlencoded" };
    for (const body of [form, streamOf(form)]) {
      const response = await storesNothing(() =>
        send(PAGE, { method: "POST", headers: formType, body }),
      );
      expect(await expectFrenchPage(response, 413)).toContain("Formulaire trop volumineux");
    }
  });

  it("a new quiz over 256 KiB, with Content-Length or chunked", async () => {
    const body = JSON.stringify({ text: "é".repeat(NEW_QUIZ_BODY_LIMIT / 2 + 1) });
    for (const sent of [body, streamOf(body)]) {
      const response = await send(`${ORIGIN}/api/quizzes`, {
        method: "POST",
        headers: { ...JSON_TYPE, ...TEACHER },
        body: sent,
      });
      expect((await expectProblem(response, 413)).detail).toContain("256 KiB");
    }
  });
});

describe("control characters become spaces; lone surrogates → 400", () => {
  it("a student name with a tab, a NUL and a C1 control is stored with spaces", async () => {
    const response = await postJson(
      SUBMISSIONS,
      JSON.stringify({ answers: {}, student: "\u0007Léa\tMartin\u0000\u0085" }),
    );
    expect(response.status).toBe(201);
    const { id } = await response.json<{ id: string }>();
    expect((await getSubmission(env.DB, id))?.student).toBe("Léa Martin");
  });

  it("an answer made of control characters is stored as spaces, marked wrong", async () => {
    const response = await postJson(
      SUBMISSIONS,
      JSON.stringify({ answers: { q1: "\u0001\u001f\u007f" } }),
    );
    // q1 may be any type: a choice or a text is marked wrong, a true/false too.
    expect([201, 400]).toContain(response.status);
    if (response.status === 201) {
      const sheet = await response.json<{ results: { questionId: string; given: unknown }[] }>();
      expect(sheet.results.find((result) => result.questionId === "q1")?.given).toBe("   ");
    }
  });

  it.each([
    ["in the student name", '{"answers":{},"student":"L\\ud800a"}', "student"],
    ["in an answer", '{"answers":{"q1":"\\udc00"}}', "answers.q1"],
    ["as a question id", '{"answers":{"\\ud83d":"a"}}', "answers.\ud83d"],
  ])("a lone surrogate %s", async (_, body, path) => {
    const response = await storesNothing(() => postJson(SUBMISSIONS, body));
    const problem = await expectProblem(response, 400);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
  });

  it("a paired surrogate (an emoji) is fine", async () => {
    const response = await postJson(SUBMISSIONS, '{"answers":{},"student":"Léa \\ud83d\\ude00"}');
    expect(response.status).toBe(201);
  });

  it("a lone surrogate in a new quiz's title → 400", async () => {
    const response = await send(`${ORIGIN}/api/quizzes`, {
      method: "POST",
      headers: { ...JSON_TYPE, ...TEACHER },
      body: `{"title":"\\udfff","text":${JSON.stringify("Un article. ".repeat(30))}}`,
    });
    const problem = await expectProblem(response, 400);
    expect(problem.errors?.map((error) => error.path)).toContain("title");
  });
});

describe("absurd ids and paths → 404, long ids without a database lookup", () => {
  const longId = "x".repeat(5_000);
  /** A database that fails the test if anything reaches it. */
  const untouchable = new Proxy({} as D1Database, {
    get(_, property) {
      throw new Error(`D1 was used (${String(property)}) for an id no quiz can have`);
    },
  });

  it.each([
    ["GET", ""],
    ["GET", "/key"],
    ["DELETE", ""],
    ["POST", "/submissions"],
    ["GET", "/results"],
    ["GET", "/results.csv"],
    ["GET", "/export?format=gift"],
  ])("%s /api/quizzes/<5,000 characters>%s", async (method, rest) => {
    const response = await app.request(
      `/api/quizzes/${longId}${rest}`,
      {
        method,
        headers: { ...JSON_TYPE, ...TEACHER },
        ...(method === "POST" ? { body: '{"answers":{}}' } : {}),
      },
      { ...env, DB: untouchable },
    );
    const problem = await expectProblem(response, 404);
    expect(problem.detail).toContain("5000 characters");
    expect(problem.detail.length).toBeLessThan(300);
  });

  it("the page of a 5,000-character id: a French 404 page, without a database lookup", async () => {
    for (const method of ["GET", "POST"]) {
      const response = await app.request(
        `/quizzes/${longId}`,
        { method, body: method === "POST" ? "q1=a" : null },
        { ...env, DB: untouchable },
      );
      const html = await expectFrenchPage(response, 404);
      expect(html).toContain("Quiz introuvable");
      expect(html.length).toBeLessThan(10_000);
    }
  });

  it(`an id of ${MAX_QUIZ_ID_LENGTH} characters is still looked up (and not found)`, async () => {
    const id = "y".repeat(MAX_QUIZ_ID_LENGTH);
    const problem = await expectProblem(await send(`${ORIGIN}/api/quizzes/${id}`), 404);
    expect(problem.detail).toContain(id);
  });

  it.each([
    "/api/quizzes/a/b/c/d",
    "/api/quizzes/%E0%A4%A",
    "/api/quizzes/%ZZ/key",
    "/api//quizzes",
    "/api/quizzes/../../etc/passwd",
    "/api/%00",
  ])("%s", async (path) => {
    const response = await send(`${ORIGIN}${path}`, { headers: TEACHER });
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  });
});

/** The database of the tests, with every query failing as D1 does when it is unreachable. */
function unreachableDb(): D1Database {
  const lost = () => Promise.reject(new Error("D1_ERROR: Network connection lost."));
  const statement = new Proxy({} as D1PreparedStatement, {
    get: (_, property) => (property === "bind" ? () => statement : lost),
  });
  return new Proxy(env.DB, {
    get(target, property) {
      if (property === "prepare") return () => statement;
      if (property === "batch" || property === "exec") return lost;
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("D1 unavailable on the pages → a French 503 page with Retry-After, not 500", () => {
  it.each([
    ["the list of quizzes", "/quizzes", undefined],
    ["a created quiz", "/quizzes/a-created-quiz", undefined],
    [
      "a sheet posted with the form",
      `/quizzes/${QUIZ_ID}`,
      new URLSearchParams({ q1: "", "hand-in": "anyway" }),
    ],
    ["an assignment's page", "/j/ABCDEF", undefined],
    ["a sheet posted for an assignment", "/j/ABCDEF", new URLSearchParams({ student: "Léa" })],
  ])("%s", async (_, path, form) => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await app.request(path, form ? { method: "POST", body: form } : {}, {
      ...env,
      DB: unreachableDb(),
    });
    const html = await expectFrenchPage(response, 503);
    expect(response.headers.get("Retry-After")).toBe("2");
    expect(html).toContain("Service momentanément indisponible");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe("D1 unavailable → 503 with Retry-After, not 500", () => {
  it("when a transient D1 error outlasts the retry", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const down = new Proxy(env.DB, {
      get(target, property) {
        if (property === "batch") {
          return () => Promise.reject(new Error("D1_ERROR: Network connection lost."));
        }
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const response = await app.request(
      `/api/quizzes/${QUIZ_ID}/submissions`,
      { method: "POST", headers: JSON_TYPE, body: '{"answers":{}}' },
      { ...env, DB: down },
    );
    const problem = await expectProblem(response, 503);
    expect(response.headers.get("Retry-After")).toBe("2");
    expect(problem.detail).toContain("nothing was stored");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
