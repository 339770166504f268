import { env, exports } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import app from "../src/index";

describe("Worker entry", () => {
  it("serves the student page at /", async () => {
    const response = await exports.default.fetch(new Request("http://ardoise.test/"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<html lang="fr">');
  });

  it("answers unknown routes with a 404 problem", async () => {
    const response = await exports.default.fetch(new Request("http://ardoise.test/api/nothing"));
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: expect.stringContaining("/api/nothing"),
    });
  });

  it("answers a browser's mistyped address with a French 404 page and a way home", async () => {
    const response = await exports.default.fetch(
      new Request("http://ardoise.test/quizes", {
        headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
      }),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("Page introuvable");
    expect(page).toContain('<a href="/">');
    expect(page).toContain("/quizes");
  });

  it("keeps problem details for API clients, even asking for HTML under /api/", async () => {
    for (const [path, accept] of [
      ["/quizes", "*/*"],
      ["/api/nothing", "text/html"],
    ] as const) {
      const response = await exports.default.fetch(
        new Request(`http://ardoise.test${path}`, { headers: { Accept: accept } }),
      );
      expect(response.status, path).toBe(404);
      expect(response.headers.get("Content-Type"), path).toBe("application/problem+json");
    }
  });

  it("answers a wrong method with 405 and Allow, as a page for browsers and a problem for the API", async () => {
    const page = await exports.default.fetch(
      new Request("http://ardoise.test/teacher", {
        method: "POST",
        headers: { Accept: "text/html" },
      }),
    );
    expect(page.status).toBe(405);
    expect(page.headers.get("Allow")).toBe("GET, HEAD");
    expect(await page.text()).toContain("Action impossible à cette adresse");
    const api = await exports.default.fetch(
      new Request("http://ardoise.test/api/quizzes", { method: "PUT" }),
    );
    expect(api.status).toBe(405);
    expect(api.headers.get("Allow")).toBe("GET, HEAD, POST");
    expect(await api.json()).toMatchObject({ status: 405, title: "Method Not Allowed" });
  });

  it("answers 503 on teacher routes when TEACHER_TOKEN is not configured", async () => {
    const response = await app.request(
      "/api/quizzes/belgique-maroc-dsiti-2016/key",
      { headers: { Authorization: "Bearer anything" } },
      { ...env, TEACHER_TOKEN: undefined },
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 503,
      detail: expect.stringContaining("TEACHER_TOKEN"),
    });
  });

  it("answers 500 without internals when something breaks", async () => {
    const brokenDb = {
      prepare: () => ({ bind: () => ({}) }),
      batch: () => Promise.reject(new Error("D1_ERROR: secret internals")),
    } as unknown as D1Database;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await app.request(
      "/api/quizzes/belgique-maroc-dsiti-2016/submissions",
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers: {} }),
      },
      { ...env, DB: brokenDb },
    );
    expect(response.status).toBe(500);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.text()).not.toContain("secret internals");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
