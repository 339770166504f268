/**
 * The static files of public/ are served by the assets server, without running the Worker
 * (wrangler.toml `[assets]`): their headers come from public/_headers, not from the Worker's
 * middleware. Checked against `wrangler dev` (the Workers test pool does not serve assets),
 * header for header with what src/middleware/security-headers.ts sets on the Worker's responses.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { securityHeaders } from "../../src/middleware/security-headers";
import {
  DOCUMENT_HEADERS,
  EVERY_ANSWER_HEADERS,
  LEGACY_HEADERS,
  SECURITY_HEADERS,
} from "../security-header-names";
import { url } from "./helpers";

/**
 * Every header the Worker's middleware sets, with its value, on a response that is not JSON, as
 * the static files are (stylesheets, scripts, an SVG).
 */
let expected: [string, string][];

beforeAll(async () => {
  const bare = new Hono()
    .use(securityHeaders)
    .get("/", (c) => c.body("", 200, { "Content-Type": "text/css; charset=utf-8" }));
  const response = await bare.request("/");
  expected = [...response.headers].filter(([name]) => name !== "content-type");
});

/** The files the assets server serves: public/ but the rules file and the one page. */
function assetPaths(): string[] {
  return readdirSync(join(inject("root"), "public"))
    .filter((name) => !name.startsWith("_") && !name.startsWith(".") && !name.endsWith(".html"))
    .map((name) => `/${name}`);
}

describe("static assets", () => {
  it("are the files of public/", () => {
    expect(assetPaths()).toEqual(
      expect.arrayContaining([
        "/quiz.js",
        "/teacher.js",
        "/ardoise.css",
        "/tools.css",
        "/favicon.svg",
        "/openapi.json",
      ]),
    );
    expect(expected.map(([name]) => name).sort()).toEqual(SECURITY_HEADERS);
  });

  it.each(assetPaths())("%s carries the Worker's security headers", async (path) => {
    const response = await fetch(url(path));
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    const missing = expected.filter(([name, value]) => response.headers.get(name) !== value);
    expect(missing).toEqual([]);
    expect(LEGACY_HEADERS.filter((name) => response.headers.has(name))).toEqual([]);
  });

  it("carry the same headers as the Worker's responses, which the Worker did set", async () => {
    // JSON: the headers of every answer, none of those for documents.
    const api = await fetch(url("/api/quizzes?limit=1"));
    await api.arrayBuffer();
    for (const [name, value] of expected.filter(([name]) => EVERY_ANSWER_HEADERS.includes(name))) {
      expect(api.headers.get(name), name).toBe(value);
    }
    for (const name of DOCUMENT_HEADERS) expect(api.headers.has(name), name).toBe(false);
    // A page: the headers for documents too.
    const page = await fetch(url("/"));
    await page.arrayBuffer();
    for (const [name, value] of expected.filter(([name]) => DOCUMENT_HEADERS.includes(name))) {
      expect(page.headers.get(name), name).toBe(value);
    }
  });

  it("include the API's documentation page, /docs, with the headers of the Worker's pages", async () => {
    const docs = await fetch(url("/docs"));
    expect(docs.status).toBe(200);
    expect(docs.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(await docs.text()).toContain("<h1>API documentation</h1>");
    const page = await fetch(url("/"));
    await page.arrayBuffer();
    for (const name of SECURITY_HEADERS) {
      expect(docs.headers.get(name), name).toBe(page.headers.get(name));
    }
    expect(page.headers.get("Content-Security-Policy")).toContain("style-src 'self'");
    expect(LEGACY_HEADERS.filter((name) => docs.headers.has(name))).toEqual([]);
  });

  it("include the OpenAPI document, as JSON, built from the routes the Worker serves", async () => {
    const response = await fetch(url("/openapi.json"));
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    const document = (await response.json()) as { paths: Record<string, object> };
    expect(Object.keys(document.paths)).toContain("/api/quizzes/{id}/submissions");
  });

  it("do not include the rules file itself", async () => {
    const response = await fetch(url("/_headers"));
    await response.arrayBuffer();
    expect(response.status).toBe(404);
  });
});
