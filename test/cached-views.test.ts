/**
 * The student views rendered once, against real D1 in workerd: the JSON with ETags (304 on
 * If-None-Match, the Cache-Control of shipped and created quizzes, and every change of a
 * created quiz — an edit, a regrade, a publish — giving a new ETag); the page with a new form
 * key per view and kept by no cache.
 */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { FORM_KEY_SLOT } from "../src/cached-views";
import { TRAM_ARTICLE } from "./tram-article";

const BASE = "http://ardoise.test";
const SEED_ID = "belgique-maroc-dsiti-2016";
const TEACHER = { Authorization: `Bearer ${env.TEACHER_TOKEN}` };

const ARTICLE = TRAM_ARTICLE;

function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
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

async function teacher<T>(method: string, path: string, body?: unknown, status = 200): Promise<T> {
  const response = await call(method, path, body, TEACHER);
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

/** A student's GET: status, ETag, Cache-Control and body. */
async function get(path: string, ifNoneMatch?: string) {
  const response = await call(
    "GET",
    path,
    undefined,
    ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {},
  );
  return {
    status: response.status,
    etag: response.headers.get("ETag"),
    cacheControl: response.headers.get("Cache-Control"),
    contentType: response.headers.get("Content-Type"),
    body: await response.text(),
  };
}

/** The form key of a page: a new one per view. */
const formKeyOf = (html: string) => /name="idempotency-key" value="([^"]+)"/.exec(html)?.[1];

describe("a shipped quiz", () => {
  it("its JSON: a strong ETag, cacheable a day, 304 when the client has it", async () => {
    const path = `/api/quizzes/${SEED_ID}`;
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.contentType).toMatch(/^application\/json/);
    expect(first.etag).toMatch(/^"s-[0-9a-f]{24}"$/);
    expect(first.cacheControl).toBe("public, max-age=86400");
    const second = await get(path);
    expect(second).toEqual(first);

    const revalidated = await get(path, first.etag ?? "");
    expect(revalidated).toMatchObject({ status: 304, etag: first.etag, body: "" });
    expect(revalidated.cacheControl).toBe("public, max-age=86400");
    // Weak comparison, and a list of tags, as browsers and caches send them.
    expect((await get(path, `W/${first.etag}`)).status).toBe(304);
    expect((await get(path, `"other", ${first.etag}`)).status).toBe(304);
    expect((await get(path, '"s-000000000000000000000000"')).status).toBe(200);
  });

  for (const path of [`/quizzes/${SEED_ID}`, "/"]) {
    it(`${path}: the same page every time but for a new form key, kept by no cache`, async () => {
      const first = await get(path);
      const second = await get(path, '"anything"');
      for (const page of [first, second]) {
        expect(page.status).toBe(200);
        expect(page.contentType).toMatch(/^text\/html/);
        expect(page.etag).toBeNull();
        expect(page.cacheControl).toBe("no-store");
      }
      const [one, two] = [formKeyOf(first.body), formKeyOf(second.body)];
      expect(one).toMatch(/^[0-9a-f-]{36}$/);
      expect(two).toMatch(/^[0-9a-f-]{36}$/);
      expect(one).not.toBe(two);
      expect(first.body).not.toContain(FORM_KEY_SLOT);
      expect(second.body.replace(two ?? "", one ?? "")).toBe(first.body);
      const response = await call("GET", path);
      expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    });
  }

  it("no response unlocked by the teacher token may be kept by a shared cache", async () => {
    const key = await call("GET", `/api/quizzes/${SEED_ID}/key`, undefined, TEACHER);
    expect(key.status).toBe(200);
    expect(key.headers.get("Cache-Control")).toBe("private, no-store");
    expect(key.headers.get("ETag")).toBeNull();
    const list = await call("GET", "/api/quizzes", undefined, TEACHER);
    expect(list.headers.get("Cache-Control")).toBe("private, no-store");
  });
});

describe("a created quiz", () => {
  it("is revalidated on every use, and an edit changes its ETag and its body", async () => {
    const quiz = await teacher<{ id: string; questions: { id: string }[] }>(
      "POST",
      "/api/quizzes",
      { text: ARTICLE },
      201,
    );
    const path = `/api/quizzes/${quiz.id}`;
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"r1-[0-9a-f]{24}"$/);
    expect(first.cacheControl).toBe("no-cache");
    expect(await get(path, first.etag ?? "")).toMatchObject({ status: 304, body: "" });
    const page = await get(`/quizzes/${quiz.id}`);
    expect(page).toMatchObject({ status: 200, etag: null, cacheControl: "no-store" });

    const [question] = quiz.questions;
    await teacher("PATCH", `${path}/questions/${question?.id}`, {
      prompt: "Qui a conduit les travaux ?",
    });
    const edited = await get(path, first.etag ?? "");
    expect(edited.status).toBe(200);
    expect(edited.etag).toMatch(/^"r2-/);
    expect(edited.body).not.toBe(first.body);
    expect(edited.body).toContain("Qui a conduit les travaux ?");
    const editedPage = await get(`/quizzes/${quiz.id}`);
    expect(editedPage.status).toBe(200);
    // The page shows the prompt in French typography (a narrow no-break space before « ? »).
    expect(page.body).not.toContain("Qui a conduit les travaux\u202f?");
    expect(editedPage.body).toContain("Qui a conduit les travaux\u202f?");
    expect(await get(path, edited.etag ?? "")).toMatchObject({ status: 304 });
  });

  it("a regrade (an accepted answer) changes its ETag", async () => {
    const quiz = await teacher<{ id: string }>("POST", "/api/quizzes", { text: ARTICLE }, 201);
    const path = `/api/quizzes/${quiz.id}`;
    const added = await teacher<{ questions: { id: string }[] }>(
      "POST",
      `${path}/questions`,
      {
        type: "short_answer",
        prompt: "Quelle entreprise a conduit les travaux ?",
        answer: "Colas",
        evidence: { text: "Les travaux, conduits par l'entreprise Colas, ont duré trois ans" },
      },
      201,
    );
    const questionId = added.questions.at(-1)?.id ?? "";
    const before = await get(path);
    const sheet = await call("POST", `${path}/submissions`, {
      answers: { [questionId]: "Colas SA" },
    });
    expect(sheet.status).toBe(201);
    const regrade = await teacher<{ regraded: number }>(
      "POST",
      `${path}/questions/${questionId}/accepted`,
      { answer: "Colas SA" },
    );
    expect(regrade.regraded).toBe(1);
    const after = await get(path, before.etag ?? "");
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    // The accepted forms are the key's: the student's view itself is the same.
    expect(after.body).toBe(before.body);
  });

  it("a draft is a 404 without ETag until published; publishing gives it one", async () => {
    const draft = await teacher<{ id: string }>(
      "POST",
      "/api/quizzes",
      { text: ARTICLE, published: false },
      201,
    );
    const path = `/api/quizzes/${draft.id}`;
    // The teacher's look at the draft (withQuizOrDraft) is not what students get.
    await teacher("GET", `${path}/key`);
    const hidden = await get(path);
    expect(hidden.status).toBe(404);
    expect(hidden.etag).toBeNull();
    await teacher("POST", `${path}/publish`);
    const shown = await get(path, '"r1-000000000000000000000000"');
    expect(shown.status).toBe(200);
    expect(shown.etag).toMatch(/^"r2-/);
    expect(shown.body).not.toBe(hidden.body);
  });

  it("a deleted quiz is gone at once, though it was kept parsed", async () => {
    const quiz = await teacher<{ id: string }>("POST", "/api/quizzes", { text: ARTICLE }, 201);
    const path = `/api/quizzes/${quiz.id}`;
    const kept = await get(path);
    expect(kept.status).toBe(200);
    expect((await call("DELETE", path, undefined, TEACHER)).status).toBe(204);
    expect((await get(path, kept.etag ?? "")).status).toBe(404);
  });
});
