/**
 * The views of shipped quizzes answered from memory (src/middleware/replay-views.ts): on its own
 * with a route that counts its calls, and in the app, where a replayed answer must be the very
 * answer of the whole chain — every header (security headers first), the same bytes, a new form
 * key per page — and a 304 only its validators and caching headers.
 */
import { env, exports } from "cloudflare:workers";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { CACHE_SHIPPED, prerender, sendPrerendered } from "../../src/middleware/http-cache";
import {
  keepForReplay,
  replayShippedView,
  replayShippedViews,
} from "../../src/middleware/replay-views";
import { securityHeaders } from "../../src/middleware/security-headers";
import { DOCUMENT_HEADERS, EVERY_ANSWER_HEADERS, SECURITY_HEADERS } from "../security-header-names";
import { TRAM_ARTICLE } from "../tram-article";

const BASE = "http://ardoise.test";
const SEED_ID = "belgique-maroc-dsiti-2016";
const TEACHER = { Authorization: `Bearer ${env.TEACHER_TOKEN}` };

function send(path: string, headers: Record<string, string> = {}, method = "GET") {
  return exports.default.fetch(new Request(`${BASE}${path}`, { method, headers }));
}

async function read(response: Response) {
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

describe("the middleware on its own", () => {
  function counted() {
    let calls = 0;
    const app = new Hono();
    app.use(replayShippedViews);
    app.use(securityHeaders);
    app.get("/view/:id", async (c) => {
      calls++;
      const view = await prerender(c.json({ id: c.req.param("id") }), "s");
      // Offered for ids "kept-…" only: the others go through the route every time. (What is
      // kept is kept per isolate, whichever app: each test has paths of its own.)
      if (c.req.param("id").startsWith("kept-"))
        keepForReplay(c, { view, cacheControl: CACHE_SHIPPED });
      return sendPrerendered(c, view, CACHE_SHIPPED);
    });
    return { app, calls: () => calls };
  }

  it("answers an offered view from memory after the first time, with the chain's headers", async () => {
    const { app, calls } = counted();
    const first = await read(await app.request("/view/kept-1"));
    const second = await read(await app.request("/view/kept-1"));
    expect(calls()).toBe(1);
    expect(second).toEqual(first);
    const names = first.headers.map(([name]) => name);
    for (const name of EVERY_ANSWER_HEADERS) expect(names).toContain(name);
  });

  it("leaves what was not offered, requests with Authorization and other methods to the chain", async () => {
    const { app, calls } = counted();
    await app.request("/view/other");
    await app.request("/view/other");
    expect(calls()).toBe(2);
    await app.request("/view/kept-2");
    await app.request("/view/kept-2", { headers: { Authorization: "Bearer x" } });
    await app.request("/view/kept-2", { method: "HEAD" });
    expect(calls()).toBe(5);
  });

  it("keeps nothing from a 304: the next plain GET goes to the route and is kept", async () => {
    const { app, calls } = counted();
    const etag = (
      await app.request("/view/kept-3", { headers: { Authorization: "x" } })
    ).headers.get("ETag");
    const revalidated = await app.request("/view/kept-3", {
      headers: { "If-None-Match": etag ?? "" },
    });
    expect(revalidated.status).toBe(304);
    await app.request("/view/kept-3");
    await app.request("/view/kept-3");
    expect(calls()).toBe(3);
  });
});

describe("before routing (the Worker's entry)", () => {
  it("answers a view the middleware kept, plain GETs only, with the chain's answer", async () => {
    const { app } = (() => {
      const app = new Hono();
      app.use(replayShippedViews);
      app.use(securityHeaders);
      app.get("/early/:id", async (c) => {
        const view = await prerender(c.json({ id: c.req.param("id") }), "s");
        keepForReplay(c, { view, cacheControl: CACHE_SHIPPED });
        return sendPrerendered(c, view, CACHE_SHIPPED);
      });
      return { app };
    })();
    const url = `${BASE}/early/one`;
    expect(replayShippedView(new Request(url))).toBeUndefined();
    const chain = await read(await app.request(url));
    const early = replayShippedView(new Request(`${url}?page=2`));
    expect(early && (await read(early))).toEqual(chain);
    // Each answer's headers are its own: changing one changes no later answer.
    early?.headers.set("Content-Security-Policy", "changed");
    early?.headers.delete("ETag");
    const later = replayShippedView(new Request(url));
    expect(later && (await read(later))).toEqual(chain);
    const etag = Object.fromEntries(chain.headers).etag ?? "";
    const revalidated = replayShippedView(new Request(url, { headers: { "If-None-Match": etag } }));
    expect(revalidated?.status).toBe(304);
    // Left to the app: credentials, other methods, escaped paths, other paths.
    expect(
      replayShippedView(new Request(url, { headers: { Authorization: "x" } })),
    ).toBeUndefined();
    expect(replayShippedView(new Request(url, { method: "HEAD" }))).toBeUndefined();
    expect(replayShippedView(new Request(`${BASE}/early/%6Fne`))).toBeUndefined();
    expect(replayShippedView(new Request(`${BASE}/early/two`))).toBeUndefined();
  });

  it("is what the Worker answers a shipped quiz's JSON with, once served", async () => {
    const path = `/api/quizzes/${SEED_ID}`;
    const chain = await read(await send(path));
    const early = replayShippedView(new Request(`${BASE}${path}`));
    expect(early && (await read(early))).toEqual(chain);
  });
});

describe("in the app", () => {
  it("a shipped quiz's JSON: the same status, headers and bytes every time", async () => {
    const path = `/api/quizzes/${SEED_ID}`;
    const [first, second, third] = [await send(path), await send(path), await send(path)];
    const answers = [await read(first), await read(second), await read(third)];
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // The chain's answer (Authorization skips the replay; a shipped quiz's route keeps its Cache-Control).
    expect(await read(await send(path, TEACHER))).toEqual(answers[0]);
    const names = answers[0]?.headers.map(([name]) => name) ?? [];
    for (const name of [...EVERY_ANSWER_HEADERS, "etag", "cache-control", "content-type"]) {
      expect(names).toContain(name);
    }
    // JSON is no document: no header that acts on documents only.
    for (const name of DOCUMENT_HEADERS) expect(names).not.toContain(name);
  });

  it("a 304 carries its ETag and Cache-Control only (RFC 9110, 15.4.5), replayed or not", async () => {
    const path = `/api/quizzes/${SEED_ID}`;
    const etag = (await send(path)).headers.get("ETag") ?? "";
    for (const headers of [{}, TEACHER]) {
      const revalidated = await send(path, { ...headers, "If-None-Match": etag });
      expect(revalidated.status).toBe(304);
      expect(Object.fromEntries(revalidated.headers)).toEqual({
        etag,
        "cache-control": "public, max-age=86400",
      });
    }
  });

  for (const path of [`/quizzes/${SEED_ID}`, "/"]) {
    it(`${path}: the same headers and page every time, but a new form key`, async () => {
      const answers = [await read(await send(path)), await read(await send(path))];
      const keys = answers.map(
        ({ body }) => /name="idempotency-key" value="([^"]+)"/.exec(body)?.[1],
      );
      expect(keys[0]).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(keys[1]).toMatch(/^[0-9a-f-]{36}$/);
      expect(keys[1]).not.toBe(keys[0]);
      expect(answers[1]?.headers).toEqual(answers[0]?.headers);
      expect(answers[1]?.body.replace(keys[1] ?? "", keys[0] ?? "")).toBe(answers[0]?.body);
      const names = answers[0]?.headers.map(([name]) => name) ?? [];
      for (const name of SECURITY_HEADERS) expect(names).toContain(name);
      expect(Object.fromEntries(answers[0]?.headers ?? [])["cache-control"]).toBe("no-store");
    });
  }

  it("a created quiz is never replayed: an edit shows at once, and its 304 is as short", async () => {
    const made = await exports.default.fetch(
      new Request(`${BASE}/api/quizzes`, {
        method: "POST",
        headers: { ...TEACHER, "Content-Type": "application/json" },
        body: JSON.stringify({ text: TRAM_ARTICLE }),
      }),
    );
    expect(made.status).toBe(201);
    const { id, questions } = await made.json<{ id: string; questions: { id: string }[] }>();
    const path = `/api/quizzes/${id}`;
    const first = await send(path);
    const etag = first.headers.get("ETag") ?? "";
    expect(first.headers.get("Content-Security-Policy")).toMatch(/^default-src 'none'/);
    await send(path);
    const revalidated = await send(path, { "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    expect(Object.fromEntries(revalidated.headers)).toEqual({ etag, "cache-control": "no-cache" });
    const edit = await exports.default.fetch(
      new Request(`${BASE}${path}/questions/${questions[0]?.id}`, {
        method: "PATCH",
        headers: { ...TEACHER, "Content-Type": "application/json" },
        body: JSON.stringify({ prompt: "Qui a conduit les travaux ?" }),
      }),
    );
    expect(edit.status).toBe(200);
    const edited = await send(path);
    expect(edited.headers.get("ETag")).not.toBe(etag);
    expect(await edited.text()).toContain("Qui a conduit les travaux ?");
  });
});
