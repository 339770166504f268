/**
 * The API's documentation files, as scripts/build-api-docs.mjs writes them into public/ from the
 * app itself. Their headers, once served by the assets server, are checked against wrangler dev
 * (test/browser/static-assets.browser.ts), and the page in a browser (teacher.browser.ts).
 */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../src/index";
import { type ApiDocFiles, apiDocFiles } from "../../src/routes/api-docs";
import { API_SCHEMAS } from "../../src/routes/api-schemas";
import { selectElements } from "../pages/select-elements";

let files: ApiDocFiles;

beforeAll(async () => {
  files = await apiDocFiles(app);
});

describe("/openapi.json", () => {
  it("is the same document each time it is built", async () => {
    expect((await apiDocFiles(app))["openapi.json"]).toBe(files["openapi.json"]);
  });

  it("is a static file: the Worker neither generates nor serves it", async () => {
    for (const path of ["/openapi.json", "/docs"]) {
      const response = await exports.default.fetch(new Request(`http://ardoise.test${path}`));
      await response.arrayBuffer();
      expect(response.status, path).toBe(404);
    }
  });
});

describe("/docs (docs.html)", () => {
  function page(): { html: string } {
    return { html: files["docs.html"] };
  }

  it("is a page of the site in English throughout: same stylesheet, no script", async () => {
    const { html } = page();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(await selectElements(html, "script")).toEqual([]);
    const sheets = await selectElements(html, 'link[rel="stylesheet"]');
    expect(sheets.map((sheet) => sheet.attributes.href)).toEqual(["/ardoise.css", "/tools.css"]);
    expect(await selectElements(html, 'a[href="/openapi.json"]')).toHaveLength(1);
    // One language: no French left in the frame, and no part marked as another language.
    expect((await selectElements(html, "h1"))[0]?.text).toBe("API documentation");
    expect((await selectElements(html, ".site-header nav"))[0]?.text).toBe("All quizzes");
    expect(html).not.toMatch(/Tous les quiz|Documentation de l|quiz de compréhension/);
    expect(await selectElements(html, "main [lang]")).toEqual([]);
  });

  it("lists every operation of the document, with its parameters, body and responses", async () => {
    const document = JSON.parse(files["openapi.json"]) as {
      paths: Record<string, Record<string, { operationId: string; summary: string }>>;
    };
    const { html } = page();
    const headings = (await selectElements(html, ".api-operation h2")).map((h) => h.text);
    const expected = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(headings).toEqual(expected);
    const sections = await selectElements(html, "section.api-operation");
    expect(sections.map((section) => section.attributes.id)).toEqual(
      Object.values(document.paths).flatMap((item) =>
        Object.values(item).map((operation) => `op-${operation.operationId}`),
      ),
    );
    // The table of contents links to each of them.
    for (const section of sections) {
      expect(await selectElements(html, `a[href="#${section.attributes.id}"]`)).toHaveLength(1);
    }
    const [create] = await selectElements(html, "#op-createQuiz");
    expect(create?.text).toContain("Teacher token");
    expect(create?.text).toContain("200–50000 characters");
    expect(create?.text).toContain("application/problem+json");
    const [results] = await selectElements(html, "#op-getResults");
    expect(results?.text).toContain("limit");
    expect(results?.text).toContain("cursor");
    const [exported] = await selectElements(html, "#op-exportQuiz");
    expect(exported?.text).toContain('one of "gift", "moodle-xml", "qti", "csv", "json"');
  });

  it("shows every schema, each field with its type", async () => {
    const { html } = page();
    const ids = (await selectElements(html, "section.api-schema")).map((s) => s.attributes.id);
    expect(ids.sort()).toEqual(
      Object.keys(API_SCHEMAS)
        .map((name) => `schema-${name}`)
        .sort(),
    );
    const [problem] = await selectElements(html, "#schema-Problem");
    expect(problem?.text).toMatch(/detail\s+string\s+required/);
    expect(problem?.text).toMatch(/errors\s+array of FieldError\s+optional/);
  });
});
