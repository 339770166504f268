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
