import { describe, expect, it } from "vitest";
import { newQuizId } from "../../src/routes/new-quiz-id";

describe("newQuizId", () => {
  it("is 22 URL-safe characters: base64url without padding", () => {
    for (let i = 0; i < 200; i++) expect(newQuizId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("encodes 16 bytes, so that decoding gives them back", () => {
    const id = newQuizId();
    const bytes = atob(id.replace(/-/g, "+").replace(/_/g, "/"));
    expect(bytes).toHaveLength(16);
  });

  it("is different on each call", () => {
    const ids = Array.from({ length: 1000 }, () => newQuizId());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses the whole alphabet over many ids, URL-safe characters included", () => {
    const seen = new Set(Array.from({ length: 2000 }, () => newQuizId()).join(""));
    expect(seen.has("-")).toBe(true);
    expect(seen.has("_")).toBe(true);
    expect(seen.size).toBe(64);
  });
});
