/**
 * Property test of the whole Worker: generated requests (random methods, paths and ids, random
 * headers and content types, random JSON, strings, forms, deep nesting, huge and chunked bodies)
 * to every route. The contract: never a 5xx; on the API every error is problem details; the
 * student pages answer errors in French HTML; every response carries a Content-Security-Policy;
 * and a submission is stored exactly when one is acknowledged (201 or a marked page).
 */
import { env, exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Question, Quiz } from "../../src/core/quiz/quiz";
import { findQuiz } from "../../src/quiz-catalog";

const ORIGIN = "http://ardoise.test";
const QUIZ_ID = "belgique-maroc-dsiti-2016";
/** Addresses of this file only (TEST-NET-2): the teacher limiter's counts are per address. */
const CLIENTS = Array.from({ length: 4 }, (_, i) => `198.51.100.${i + 1}`);

const visibleAscii = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});

/** Any code units, lone surrogates and controls included. */
const anyText = fc.string({ unit: "binary", maxLength: 60 });

/** Percent-encodes every UTF-8 byte (lone surrogates become U+FFFD, as a browser sends them). */
function encodeSegment(text: string): string {
  return Array.from(
    new TextEncoder().encode(text),
    (byte) => `%${byte.toString(16).padStart(2, "0")}`,
  ).join("");
}

const idArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant(QUIZ_ID) },
  fc.constant("nope"),
  visibleAscii.map(encodeSegment),
  anyText.map(encodeSegment),
  fc.integer({ min: 60, max: 3000 }).map((length) => "z".repeat(length)),
  fc.constantFrom("%", "%zz", "%E0%A4%A", "..", "%2F", "a%00b", "__proto__", "constructor"),
);

const queryArb = fc.oneof(
  fc.constant(""),
  fc
    .record({
      format: fc.oneof(fc.constantFrom("gift", "moodle-xml", "qti", "csv", "json"), visibleAscii),
      limit: fc.oneof(fc.constantFrom("1", "100", "0", "-1", "1e3", "abc"), visibleAscii),
      cursor: fc.oneof(visibleAscii, anyText),
    })
    .map(
      (query) =>
        `?${Object.entries(query)
          .map(([name, value]) => `${name}=${encodeSegment(value)}`)
          .join("&")}`,
    ),
);

const pathArb = fc
  .tuple(
    fc.constantFrom(
      "/api/quizzes",
      "/api/quizzes/{id}",
      "/api/quizzes/{id}/key",
      "/api/quizzes/{id}/submissions",
      "/api/quizzes/{id}/results",
      "/api/quizzes/{id}/results.csv",
      "/api/quizzes/{id}/export",
      "/api/quizzes/{id}/{id}/{id}",
      "/api/{id}",
      "/",
      "/quizzes",
      "/quizzes/{id}",
      "/quizzes/{id}/{id}",
      "/{id}",
    ),
    idArb,
    queryArb,
  )
  .map(([template, id, query]) => `${template.replaceAll("{id}", id)}${query}`);

const methodArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("GET", "POST") },
  { weight: 1, arbitrary: fc.constantFrom("PUT", "DELETE", "PATCH", "HEAD", "OPTIONS") },
);

const contentTypeArb = fc.option(
  fc.oneof(
    fc.constantFrom(
      "application/json",
      "application/json; charset=utf-8",
      "APPLICATION/JSON",
      "application/problem+json",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
      "multipart/form-data; boundary=----x",
      "text/plain",
      "application/xml",
      "",
    ),
    visibleAscii,
  ),
  { nil: undefined },
);

/** Question ids of the shipped quiz, and names that should never be special. */
const answerIdArb = fc.oneof(
  fc.constantFrom("q1", "q2", "q3", "q4", "q5", "q10", "__proto__", "constructor", "prototype"),
  anyText,
);
const answerArb = fc.oneof(
  fc.constantFrom("a", "b", "c", "d", "vrai", "faux", "Bruxelles", ""),
  anyText,
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
);
const sheetArb = fc
  .record(
    {
      answers: fc.oneof(
        { weight: 5, arbitrary: fc.dictionary(answerIdArb, answerArb, { maxKeys: 12 }) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
      ),
      student: fc.oneof(anyText, fc.jsonValue({ maxDepth: 1 })),
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((sheet) => {
    const { extra, ...rest } = sheet;
    // JSON.stringify, not String(): fast-check may build objects without a prototype.
    return extra === undefined ? rest : { ...rest, [JSON.stringify(extra).slice(0, 10)]: extra };
  });

const bodyArb: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 6, arbitrary: sheetArb.map((sheet) => JSON.stringify(sheet)) },
  { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: fc.json() },
  { weight: 2, arbitrary: anyText },
  {
    weight: 2,
    arbitrary: fc
      .dictionary(answerIdArb, anyText, { maxKeys: 8 })
      .map((fields) => new URLSearchParams(Object.entries(fields)).toString()),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("[", '{"a":', '{"answers":'), fc.integer({ min: 1, max: 20_000 }))
      .map(([open, depth]) => open.repeat(depth)),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 60_000, max: 300_000 })
      .map((size) => JSON.stringify({ answers: {}, student: "x".repeat(size) })),
  },
);

const headersArb = fc.record(
  {
    contentType: contentTypeArb,
    authorization: fc.option(
      fc.oneof(
        fc.constant(`Bearer ${env.TEACHER_TOKEN}`),
        visibleAscii.map((token) => `Bearer ${token}`),
        visibleAscii,
      ),
      { nil: undefined },
    ),
    origin: fc.option(
      fc.oneof(fc.constantFrom(ORIGIN, "https://evil.example", "null"), visibleAscii),
      {
        nil: undefined,
      },
    ),
    secFetchSite: fc.option(
      fc.oneof(fc.constantFrom("same-origin", "same-site", "cross-site", "none"), visibleAscii),
      { nil: undefined },
    ),
    idempotencyKey: fc.option(fc.oneof(fc.uuid(), visibleAscii, fc.constant("k".repeat(300))), {
      nil: undefined,
    }),
    accept: fc.option(
      fc.oneof(fc.constantFrom("text/html", "application/json", "*/*"), visibleAscii),
      {
        nil: undefined,
      },
    ),
    client: fc.constantFrom(...CLIENTS),
  },
  { requiredKeys: ["client"] },
);

/** Anything, anywhere. */
const chaosArb = fc.record({
  method: methodArb,
  path: pathArb,
  headers: headersArb,
  body: bodyArb,
  chunked: fc.boolean(),
});

/** Sheets that fit the quiz (every answer of the right type), with a hostile name now and then. */
function fittingSheetArb(quiz: Quiz): fc.Arbitrary<string> {
  const answerFor = (question: Question): fc.Arbitrary<string | boolean> => {
    if (question.type === "single_choice") {
      return fc.constantFrom(...question.options.map((option) => option.id));
    }
    if (question.type === "true_false")
      return fc.oneof(fc.boolean(), fc.constantFrom("vrai", "faux"));
    return anyText.filter((text) => text.length <= 500);
  };
  return fc
    .record({
      answers: fc
        .tuple(
          ...quiz.questions.map((question) => fc.option(answerFor(question), { nil: undefined })),
        )
        .map((given) =>
          Object.fromEntries(
            quiz.questions.flatMap((question, index) =>
              given[index] === undefined ? [] : [[question.id, given[index]]],
            ),
          ),
        ),
      student: fc.option(anyText, { nil: undefined }),
    })
    .map((sheet) => JSON.stringify(sheet));
}

/** Requests that get past the content type, to reach validation, marking and storage. */
const submissionArb = (quiz: Quiz) =>
  fc.record({
    method: fc.constant("POST"),
    path: fc.constant(`/api/quizzes/${QUIZ_ID}/submissions`),
    headers: headersArb.map((headers) => ({
      ...headers,
      contentType: "application/json",
      // A few keys, so that some requests reuse one: replays and 422s.
      idempotencyKey: headers.idempotencyKey === undefined ? undefined : `k-${headers.client}`,
    })),
    body: fc.oneof(
      { weight: 3, arbitrary: fittingSheetArb(quiz) },
      { weight: 3, arbitrary: sheetArb.map((sheet) => JSON.stringify(sheet)) },
      { weight: 1, arbitrary: bodyArb },
    ),
    chunked: fc.boolean(),
  });

const formPostArb = fc.record({
  method: fc.constant("POST"),
  path: fc.constant(`/quizzes/${QUIZ_ID}`),
  headers: headersArb.map((headers) => ({
    ...headers,
    contentType: "application/x-www-form-urlencoded",
  })),
  body: fc
    .dictionary(
      fc.oneof(answerIdArb, fc.constant("student")),
      fc.oneof(fc.constantFrom("a", "b", "true", "false", ""), anyText),
      { maxKeys: 10 },
    )
    .map((fields) => new URLSearchParams(Object.entries(fields)).toString()),
  chunked: fc.boolean(),
});

const newQuizArb = fc.record({
  method: fc.constant("POST"),
  path: fc.constant("/api/quizzes"),
  headers: headersArb.map((headers) => ({
    ...headers,
    contentType: "application/json",
    authorization: `Bearer ${env.TEACHER_TOKEN}`,
  })),
  body: fc.oneof(
    fc
      .record(
        {
          title: fc.oneof(anyText, fc.jsonValue({ maxDepth: 1 })),
          text: fc.oneof(anyText, fc.string({ minLength: 200, maxLength: 400 })),
          language: fc.oneof(fc.constantFrom("fr", "FR", "en"), anyText),
          questionCount: fc.oneof(fc.integer(), fc.double(), fc.string()),
        },
        { requiredKeys: [] },
      )
      .map((body) => JSON.stringify(body)),
    bodyArb,
  ),
  chunked: fc.boolean(),
});

const requestArb = (quiz: Quiz) =>
  fc.oneof(
    { weight: 5, arbitrary: chaosArb },
    { weight: 4, arbitrary: submissionArb(quiz) },
    { weight: 2, arbitrary: formPostArb },
    { weight: 1, arbitrary: newQuizArb },
  );

type GeneratedRequest = typeof chaosArb extends fc.Arbitrary<infer T> ? T : never;

function toRequest({ method, path, headers, body, chunked }: GeneratedRequest): Request {
  const sent = new Headers({ "CF-Connecting-IP": headers.client });
  if (headers.contentType !== undefined) sent.set("Content-Type", headers.contentType);
  if (headers.authorization !== undefined) sent.set("Authorization", headers.authorization);
  if (headers.origin !== undefined) sent.set("Origin", headers.origin);
  if (headers.secFetchSite !== undefined) sent.set("Sec-Fetch-Site", headers.secFetchSite);
  if (headers.idempotencyKey !== undefined) sent.set("Idempotency-Key", headers.idempotencyKey);
  if (headers.accept !== undefined) sent.set("Accept", headers.accept);
  const hasBody = body !== undefined && method !== "GET" && method !== "HEAD";
  let payload: BodyInit | null = null;
  if (hasBody) {
    const bytes = new TextEncoder().encode(body);
    payload = chunked
      ? new ReadableStream({
          start(controller) {
            for (let offset = 0; offset < bytes.length; offset += 16_384) {
              controller.enqueue(bytes.slice(offset, offset + 16_384));
            }
            controller.close();
          },
        })
      : bytes;
  }
  return new Request(`${ORIGIN}${path}`, { method, headers: sent, body: payload });
}

async function submissionCount(): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions").first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * Whether the answer is a French HTML page: the student pages' routes, and any address outside
 * /api/ asked for by a browser (Accept: text/html), which gets the French 404 or 405 page.
 */
function isPageRoute(method: string, path: string, accept = ""): boolean {
  // The router takes `/quizzes/` for `/quizzes` (its pages answer with a trailing slash too).
  const pathname = path.length > 1 ? path.replace(/\/$/u, "") : path;
  const outsideApi = pathname !== "/api" && !pathname.startsWith("/api/");
  if (outsideApi && /\btext\/html\b/i.test(accept)) return true;
  const quizPage = /^\/quizzes\/[^/]+$/.test(pathname);
  if (method === "POST") return quizPage;
  const page = pathname === "/" || pathname === "/quizzes" || quizPage;
  return page && (method === "GET" || method === "HEAD");
}

describe("hostile requests to every route", () => {
  it("never a 5xx, the right error format, and stored only when acknowledged", async () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    let acknowledged = 0;
    const statuses = new Map<number, number>();
    const start = await submissionCount();
    const quiz = await findQuiz(env.DB, QUIZ_ID);
    if (!quiz) throw new Error(`${QUIZ_ID} is missing`);

    await fc.assert(
      fc.asyncProperty(requestArb(quiz), async (generated) => {
        const request = toRequest(generated);
        const pathname = new URL(request.url).pathname;
        const before = await submissionCount();
        const response = await exports.default.fetch(request);
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);

        expect(response.status, `${request.method} ${request.url.slice(0, 200)}`).toBeLessThan(500);
        expect(response.headers.get("Content-Security-Policy")).toBeTruthy();
        expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");

        const type = response.headers.get("Content-Type") ?? "";
        if (response.status >= 400 && generated.method !== "HEAD") {
          if (isPageRoute(generated.method, pathname, request.headers.get("Accept") ?? "")) {
            expect(type).toMatch(/^text\/html/);
            expect(text).toContain('<html lang="fr">');
          } else {
            expect(type).toBe("application/problem+json");
            const problem = JSON.parse(text) as { status: number; detail: string; title: string };
            expect(problem.status).toBe(response.status);
            expect(problem.title).toEqual(expect.any(String));
            expect(problem.detail.length).toBeGreaterThan(0);
          }
        }

        const stored = (await submissionCount()) - before;
        const isSubmission =
          generated.method === "POST" &&
          (/^\/api\/quizzes\/[^/]+\/submissions$/.test(pathname) ||
            /^\/quizzes\/[^/]+$/.test(pathname));
        const acknowledges =
          isSubmission &&
          ((response.status === 201 && response.headers.get("Idempotency-Replayed") === null) ||
            (response.status === 200 && pathname.startsWith("/quizzes/")));
        expect(stored, `${request.method} ${pathname.slice(0, 100)} → ${response.status}`).toBe(
          acknowledges ? 1 : 0,
        );
        if (acknowledges) acknowledged++;
      }),
      { numRuns: 400 },
    );

    expect(await submissionCount()).toBe(start + acknowledged);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    // The generators do reach the deep end: refusals of every kind, and some sheets stored.
    for (const status of [200, 201, 400, 404]) {
      expect(statuses.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);
    }
  }, 180_000);
});
