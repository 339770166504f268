import { env, exports } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import seedArticle from "../../src/content/seed-article.fr.txt";
import { QUIZ_EXPORT_FORMATS } from "../../src/core/export/export-quiz";
import app from "../../src/index";
import { teacherAuth } from "../../src/middleware/teacher-auth";
import { apiDocFiles } from "../../src/routes/api-docs";
import { API_SCHEMAS } from "../../src/routes/api-schemas";
import { PARAGRAPHS } from "../core/article/language-samples";

const BASE = "http://ardoise.test";
const SEED_ID = "belgique-maroc-dsiti-2016";
const TEACHER = { Authorization: `Bearer ${env.TEACHER_TOKEN}` };
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

type Json = Record<string, unknown>;

interface Operation {
  operationId: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; schema: Json }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Json }> }>;
}

interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  components: {
    schemas: Record<string, Json>;
    responses: Record<string, { content: Record<string, { schema: Json }> }>;
    securitySchemes: Record<string, Json>;
  };
}

let document: Document;

beforeAll(async () => {
  // The very file scripts/build-api-docs.mjs writes to public/openapi.json, which the assets
  // server serves (test/browser/static-assets.browser.ts fetches it from wrangler dev).
  document = JSON.parse((await apiDocFiles(app))["openapi.json"]);
});

/** `/api/quizzes/:id/key` → `/api/quizzes/{id}/key`. */
function toOpenApiPath(path: string): string {
  return path.replace(/:(\w+)/g, "{$1}");
}

/** Every `METHOD path` the app serves under /api, from the app's own routing table. */
function apiRoutes(): { method: string; path: string; teacher: boolean }[] {
  const routes = new Map<string, { method: string; path: string; teacher: boolean }>();
  for (const route of app.routes) {
    if (!route.path.startsWith("/api/") || route.method === "ALL") continue;
    const key = `${route.method} ${route.path}`;
    const entry = routes.get(key) ?? { method: route.method, path: route.path, teacher: false };
    // Sub-app routes keep their handlers as they are: the guard is this very middleware.
    if (route.handler === teacherAuth) entry.teacher = true;
    routes.set(key, entry);
  }
  return [...routes.values()];
}

function operation(method: string, path: string): Operation {
  const found = document.paths[path]?.[method as (typeof METHODS)[number]];
  if (!found) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  return found;
}

/** Every `$ref` anywhere in a value. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === "$ref" && typeof inner === "string" ? [inner] : refs(inner),
    );
  }
  return [];
}

function resolvePointer(pointer: string): unknown {
  expect(pointer.startsWith("#/")).toBe(true);
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      document,
    );
}

describe("the OpenAPI document (/openapi.json)", () => {
  it("is an OpenAPI 3.1 document of the Ardoise API", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.title).toBe("Ardoise API");
    expect(document.components.securitySchemes.teacherToken).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
  });

  it("describes every /api route the app serves, and nothing else", () => {
    const served = apiRoutes()
      .map((route) => `${route.method} ${toOpenApiPath(route.path)}`)
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([path, item]) =>
        METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(documented).toEqual(served);
    expect(served).toEqual(
      [
        "GET /api/quizzes",
        "POST /api/quizzes",
        "GET /api/quizzes/{id}",
        "DELETE /api/quizzes/{id}",
        "GET /api/quizzes/{id}/key",
        "POST /api/quizzes/{id}/submissions",
        "GET /api/quizzes/{id}/results",
        "GET /api/quizzes/{id}/results.csv",
        "GET /api/quizzes/{id}/results.svg",
        "GET /api/quizzes/{id}/export",
        "POST /api/quizzes/{id}/visibility",
        "POST /api/assignments",
        "GET /api/assignments",
        "GET /api/assignments/{id}",
        "DELETE /api/assignments/{id}",
        "POST /api/assignments/{id}/close",
        "POST /api/assignments/{id}/reopen",
        "GET /api/assignments/{id}/results",
        "GET /api/assignments/{id}/live",
        "GET /api/assignments/{id}/sheet",
        "GET /api/join/{code}",
        "POST /api/join/{code}/submissions",
        "PATCH /api/quizzes/{id}/questions/{questionId}",
        "DELETE /api/quizzes/{id}/questions/{questionId}",
        "POST /api/quizzes/{id}/questions",
        "PUT /api/quizzes/{id}/order",
        "GET /api/quizzes/{id}/alternatives",
        "POST /api/quizzes/{id}/questions/{questionId}/swap",
        "POST /api/quizzes/{id}/questions/{questionId}/accepted",
        "POST /api/quizzes/{id}/publish",
        "GET /api/quizzes/{id}/revisions",
        "POST /api/quizzes/{id}/copy",
      ].sort(),
    );
  });

  it("asks for the bearer token exactly where teacherAuth guards the route, with its 401", () => {
    for (const route of apiRoutes()) {
      const described = operation(route.method.toLowerCase(), toOpenApiPath(route.path));
      const name = `${route.method} ${route.path}`;
      if (name === "GET /api/quizzes") {
        // Anyone's list, or with the token the teacher's: the token is optional.
        expect(described.security, name).toEqual([{}, { teacherToken: [] }]);
        expect(described.responses["401"]?.$ref, name).toBe(
          "#/components/responses/TeacherTokenRequired",
        );
      } else if (route.teacher) {
        expect(described.security, name).toEqual([{ teacherToken: [] }]);
        expect(described.responses["401"]?.$ref, name).toBe(
          "#/components/responses/TeacherTokenRequired",
        );
        expect(described.responses["429"]?.$ref, name).toBe(
          "#/components/responses/TooManyTeacherAttempts",
        );
        expect(described.responses["503"], name).toBeDefined();
      } else {
        expect(described.security, name).toBeUndefined();
        expect(described.responses["401"], name).toBeUndefined();
        // Wrong join codes are rate-limited: the students' routes answer 429 of their own.
        if (!route.path.startsWith("/api/join/")) {
          expect(described.responses["429"], name).toBeUndefined();
        }
      }
      if (route.path.includes(":id")) {
        expect(
          described.parameters?.find((parameter) => parameter.name === "id"),
          name,
        ).toEqual(expect.objectContaining({ in: "path", required: true }));
        if (route.path.startsWith("/api/quizzes/")) {
          expect(described.responses["404"]?.$ref, name).toBe(
            "#/components/responses/QuizNotFound",
          );
        } else expect(described.responses["404"], name).toBeDefined();
      }
    }
  });

  it("answers errors as problem details, and every reference resolves", () => {
    for (const [name, response] of Object.entries(document.components.responses)) {
      expect(Object.keys(response.content), name).toEqual(["application/problem+json"]);
      expect(response.content["application/problem+json"]?.schema).toEqual({
        $ref: "#/components/schemas/Problem",
      });
    }
    for (const item of Object.values(document.paths)) {
      for (const described of Object.values(item)) {
        for (const [status, response] of Object.entries(described.responses)) {
          if (Number(status) < 400) continue;
          // A shared response, or one of this route only: problem details either way.
          const content = response.$ref
            ? document.components.responses[response.$ref.split("/").pop() ?? ""]?.content
            : response.content;
          expect(content, `${described.operationId} ${status}`).toEqual({
            "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
          });
        }
      }
    }
    const all = refs(document);
    expect(all.length).toBeGreaterThan(20);
    for (const ref of new Set(all)) expect(resolvePointer(ref), ref).toBeDefined();
  });

  it("gives the request bodies as the validators check them", () => {
    const create = operation("post", "/api/quizzes").requestBody;
    expect(create?.required).toBe(true);
    expect(create?.content["application/json"]?.schema).toEqual({
      type: "object",
      properties: {
        title: { type: "string", minLength: 1, maxLength: 200 },
        text: { type: "string", minLength: 200, maxLength: 50000 },
        language: { type: "string" },
        questionCount: { type: "integer", minimum: 5, maximum: 20 },
        public: { type: "boolean" },
        published: { type: "boolean" },
      },
      required: ["text"],
      additionalProperties: false,
    });
    const submit = operation("post", "/api/quizzes/{id}/submissions").requestBody;
    expect(submit?.content["application/json"]?.schema).toMatchObject({
      type: "object",
      properties: {
        answers: {
          type: "object",
          additionalProperties: {
            anyOf: [{ type: "string", maxLength: 500 }, { type: "boolean" }],
          },
        },
        student: { type: "string", minLength: 1, maxLength: 100 },
      },
      required: ["answers"],
      additionalProperties: false,
    });
  });

  it("gives the parameters: paging of the lists, export formats, idempotency key", () => {
    // limit and cursor, the same on both paged lists but for limit's default.
    const paging = (defaultLimit: number) => [
      {
        name: "limit",
        in: "query",
        required: false,
        description: expect.stringContaining(`1 to 100, default ${defaultLimit}`),
        schema: { type: "string", pattern: "^\\d{1,3}$" },
      },
      {
        name: "cursor",
        in: "query",
        required: false,
        description: expect.stringContaining("nextCursor"),
        schema: { type: "string" },
      },
    ];
    const results = operation("get", "/api/quizzes/{id}/results").parameters ?? [];
    expect(results.filter((parameter) => parameter.in === "query")).toEqual(paging(20));
    expect(operation("get", "/api/quizzes").parameters).toEqual([
      ...paging(50),
      {
        name: "q",
        in: "query",
        required: false,
        description: expect.stringMatching(/case and accents aside/),
        schema: { type: "string", maxLength: 200 },
      },
    ]);
    expect(document.components.schemas.QuizList).toMatchObject({
      required: ["quizzes", "nextCursor"],
      properties: { nextCursor: { anyOf: [{ type: "string" }, { type: "null" }] } },
    });
    const exported = operation("get", "/api/quizzes/{id}/export").parameters ?? [];
    expect(exported.find((parameter) => parameter.name === "format")).toMatchObject({
      in: "query",
      required: true,
      schema: {
        type: "string",
        enum: [...QUIZ_EXPORT_FORMATS.map((format) => format.name), "results-csv"],
      },
    });
    const submit = operation("post", "/api/quizzes/{id}/submissions").parameters ?? [];
    expect(submit.find((parameter) => parameter.in === "header")).toMatchObject({
      name: "Idempotency-Key",
      required: false,
    });
    const chart = operation("get", "/api/quizzes/{id}/results.svg");
    expect(Object.keys(chart.responses["200"]?.content ?? {})).toEqual(["image/svg+xml"]);
  });
});

describe("the documented response schemas", () => {
  /**
   * Parses a real response with the schema the document names, and checks that it documents
   * every field: valibot's objects drop unknown keys, so anything undocumented would be lost.
   */
  async function expectDocumented(
    response: Response,
    status: number,
    schema: keyof typeof API_SCHEMAS,
  ): Promise<unknown> {
    expect(response.status).toBe(status);
    const body = await response.json();
    const parsed = v.safeParse(API_SCHEMAS[schema], body);
    expect(parsed.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`)).toBe(
      undefined,
    );
    expect(parsed.output).toEqual(body);
    return body;
  }

  function request(path: string, init: RequestInit = {}) {
    return exports.default.fetch(new Request(`${BASE}${path}`, init));
  }

  function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
    return request(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  }

  it("match what the routes send, field for field", async () => {
    await expectDocumented(await request("/api/quizzes"), 200, "QuizList");
    await expectDocumented(await request("/api/quizzes?limit=1&q=maroc"), 200, "QuizList");
    await expectDocumented(await request(`/api/quizzes/${SEED_ID}`), 200, "StudentQuiz");
    await expectDocumented(
      await request(`/api/quizzes/${SEED_ID}/key`, { headers: TEACHER }),
      200,
      "KeyQuiz",
    );
    const created = (await expectDocumented(
      await postJson("/api/quizzes", { text: seedArticle, questionCount: 8 }, TEACHER),
      201,
      "KeyQuiz",
    )) as { id: string; questions: { id: string; type: string; answer: string | boolean }[] };
    // Right but for the short answers, so that the results have both verdicts.
    const answers = Object.fromEntries(
      created.questions.map((question) => [
        question.id,
        question.type === "short_answer" ? "zzz" : question.answer,
      ]),
    );
    await expectDocumented(
      await postJson(`/api/quizzes/${created.id}/submissions`, { answers, student: "Léa" }),
      201,
      "MarkedSubmission",
    );
    await expectDocumented(
      await request(`/api/quizzes/${created.id}/results?limit=1`, { headers: TEACHER }),
      200,
      "QuizResults",
    );
    // A near miss accepted: the result carries the right spelling, documented too.
    const seedKey = (await (
      await request(`/api/quizzes/${SEED_ID}/key`, { headers: TEACHER })
    ).json()) as { questions: { id: string; answer: string | boolean }[] };
    const michel = seedKey.questions.find((question) => question.answer === "Charles Michel");
    if (!michel) throw new Error("the seed quiz no longer asks for Charles Michel");
    const marked = (await expectDocumented(
      await postJson(`/api/quizzes/${SEED_ID}/submissions`, {
        answers: { [michel.id]: "Charle Michel" },
      }),
      201,
      "MarkedSubmission",
    )) as { results: { questionId: string; spelling?: string }[] };
    expect(marked.results.find((result) => result.questionId === michel.id)?.spelling).toBe(
      "Charles Michel",
    );
    await expectDocumented(await request("/api/quizzes", { headers: TEACHER }), 200, "QuizList");
    // The review routes, on the answered quiz (key edits) and on a copy (the rest).
    const short = created.questions.find((question) => question.type === "short_answer");
    if (!short) throw new Error("the seed article gives a short-answer question");
    await expectDocumented(
      await postJson(
        `/api/quizzes/${created.id}/questions/${short.id}/accepted`,
        { answer: "zzz" },
        TEACHER,
      ),
      200,
      "Regrade",
    );
    await expectDocumented(
      await request(`/api/quizzes/${created.id}/revisions`, { headers: TEACHER }),
      200,
      "RevisionList",
    );
    const copy = (await expectDocumented(
      await postJson(`/api/quizzes/${created.id}/copy`, {}, TEACHER),
      201,
      "KeyQuiz",
    )) as { id: string; questions: { id: string }[] };
    const alternatives = (await expectDocumented(
      await request(`/api/quizzes/${copy.id}/alternatives`, { headers: TEACHER }),
      200,
      "AlternativeList",
    )) as { alternatives: { id: string }[] };
    const [first, second] = copy.questions;
    const edits: [string, string, unknown, number][] = [
      ["PATCH", `questions/${first?.id}`, { prompt: "Qui est ministre ?" }, 200],
      [
        "POST",
        `questions/${first?.id}/swap`,
        { alternativeId: alternatives.alternatives[0]?.id },
        200,
      ],
      ["DELETE", `questions/${second?.id}`, undefined, 200],
      [
        "POST",
        "questions",
        { type: "true_false", prompt: "Vrai ?", answer: true, evidence: { start: 0, end: 10 } },
        201,
      ],
      ["POST", "publish", undefined, 200],
    ];
    for (const [method, path, body, status] of edits) {
      await expectDocumented(
        await request(`/api/quizzes/${copy.id}/${path}`, {
          method,
          headers: { ...TEACHER, "Content-Type": "application/json" },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
        status,
        "KeyQuiz",
      );
    }
  });

  it("match the problem details of every kind of error", async () => {
    const problems = [
      await request(`/api/quizzes/${SEED_ID}/key`),
      await request("/api/quizzes/nope"),
      await postJson(`/api/quizzes/${SEED_ID}/submissions`, { answers: { q99: "x" } }),
      await request(`/api/quizzes/${SEED_ID}/results?limit=0`, { headers: TEACHER }),
      await request(`/api/quizzes/${SEED_ID}`, { method: "DELETE", headers: TEACHER }),
      await postJson("/api/quizzes", { text: "x".repeat(300), language: "de" }, TEACHER),
      await postJson(`/api/quizzes/${SEED_ID}/questions`, { prompt: "?" }, TEACHER),
      await postJson(`/api/quizzes/${SEED_ID}/publish`, {}, TEACHER),
      await postJson(
        `/api/quizzes/${SEED_ID}/questions/q99/swap`,
        { alternativeId: "a1" },
        TEACHER,
      ),
      await postJson("/api/quizzes", { text: PARAGRAPHS.en.join("\n\n") }, TEACHER),
      await request("/api/quizzes?cursor=nope"),
    ];
    expect(problems.map((response) => response.status)).toEqual([
      401, 404, 400, 400, 409, 422, 400, 200, 409, 422, 400,
    ]);
    // Publishing a shipped quiz is no error: it is published already.
    problems.splice(7, 1);
    for (const response of problems) {
      expect(response.headers.get("Content-Type")).toBe("application/problem+json");
      await expectDocumented(response, response.status, "Problem");
    }
  });
});
