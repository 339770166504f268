import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { requireJsonBody } from "../../src/middleware/json-body";

const echo = new Hono().post("/", requireJsonBody, async (c) => c.json(await c.req.json()));

function post(body: string, contentType?: string) {
  const headers: Record<string, string> = contentType ? { "Content-Type": contentType } : {};
  return echo.request("/", { method: "POST", body, headers });
}

describe("requireJsonBody", () => {
  it.each(["application/json", "application/json; charset=utf-8", "application/vnd.x+json"])(
    "lets %s through, body readable afterwards",
    async (contentType) => {
      const response = await post('{"a":1}', contentType);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ a: 1 });
    },
  );

  it.each([
    ["text/plain", "text/plain"],
    ["a form", "application/x-www-form-urlencoded"],
    ["no Content-Type", undefined],
  ])("answers 415 for %s", async (_, contentType) => {
    const response = await post('{"a":1}', contentType);
    expect(response.status).toBe(415);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(response.headers.get("Accept")).toBe("application/json");
  });

  it.each(["{", "", "{'a': 1}"])("answers 400 for malformed JSON %j", async (body) => {
    const response = await post(body, "application/json");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ title: "Malformed JSON", status: 400 });
  });
});
