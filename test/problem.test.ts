import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { invalidInput, problem } from "../src/problem";

describe("problem", () => {
  it("responds with application/problem+json, the status and extra headers", async () => {
    const app = new Hono().get("/", (c) =>
      problem(
        c,
        { type: "/problems/x", title: "X", status: 409, detail: "Because." },
        { "Retry-After": "1" },
      ),
    );
    const response = await app.request("/");
    expect(response.status).toBe(409);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(response.headers.get("Retry-After")).toBe("1");
    expect(await response.json()).toEqual({
      type: "/problems/x",
      title: "X",
      status: 409,
      detail: "Because.",
    });
  });
});

describe("invalidInput", () => {
  it("responds 400 with the field errors", async () => {
    const errors = [{ path: "answers.q9", message: "Unknown question id q9." }];
    const app = new Hono().get("/", (c) => invalidInput(c, errors));
    const response = await app.request("/");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      type: "/problems/invalid-input",
      title: "Invalid input",
      status: 400,
      detail: "The request has 1 problem; see errors.",
      errors,
    });
  });
});
