import { describe, expect, it } from "vitest";
import { seedQuizzes } from "../../src/content/seed-quizzes";

describe("seedQuizzes", () => {
  it("ships the Belgium–Morocco article as raw text, dated like its dateline", () => {
    expect(seedQuizzes).toEqual([
      { id: "belgique-maroc-dsiti-2016", sourceDate: "2016-03-01", text: expect.any(String) },
    ]);
    const [seed] = seedQuizzes;
    expect(seed?.text).toMatch(/^Le ministre de l'Intérieur belge/);
    expect(seed?.text).toContain("Le 01/03/2016 à 13h33");
  });

  it("has unique, URL-safe ids", () => {
    const ids = seedQuizzes.map((seed) => seed.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});
