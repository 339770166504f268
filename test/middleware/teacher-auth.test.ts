import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { teacherAuth } from "../../src/middleware/teacher-auth";

const guarded = new Hono<{ Bindings: Env }>().get("/secret", teacherAuth, (c) => c.text("key"));

function request(env: Partial<Env>, authorization?: string) {
  const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
  return guarded.request("/secret", { headers }, env);
}

describe("teacherAuth", () => {
  const env = { TEACHER_TOKEN: "s3cret" };

  it("lets the right Bearer token through, whatever the scheme's case", async () => {
    expect(await (await request(env, "Bearer s3cret")).text()).toBe("key");
    expect((await request(env, "bearer s3cret")).status).toBe(200);
  });

  it.each([
    ["no Authorization header", undefined],
    ["a wrong token", "Bearer s3cre"],
    ["a longer token", "Bearer s3cret-and-more"],
    ["another scheme", "Basic s3cret"],
    ["an empty token", "Bearer "],
  ])("answers 401 with WWW-Authenticate for %s", async (_, authorization) => {
    const response = await request(env, authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.text()).not.toContain("s3cret");
  });

  it.each([
    ["unset", {}],
    ["empty", { TEACHER_TOKEN: "" }],
  ])("answers 503 saying how to configure it when TEACHER_TOKEN is %s", async (_, env) => {
    const response = await request(env, "Bearer ");
    expect(response.status).toBe(503);
    const problem = await response.json<{ status: number; title: string; detail: string }>();
    expect(problem.status).toBe(503);
    expect(problem.detail).toContain("TEACHER_TOKEN");
  });
});
