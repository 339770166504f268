import { describe, expect, it } from "vitest";
import { scoreComment } from "../../src/views/score-comment";

describe("scoreComment", () => {
  it("counts right answers, in the singular up to one", () => {
    expect(scoreComment(0, 10)).toMatch(/^0 réponse juste sur 10\. /);
    expect(scoreComment(1, 10)).toMatch(/^1 réponse juste sur 10\. /);
    expect(scoreComment(7, 10)).toMatch(/^7 réponses justes sur 10\. /);
  });

  it("says what to do next, by share of right answers", () => {
    expect(scoreComment(10, 10)).toContain("Parfait");
    expect(scoreComment(7, 10)).toContain("Très bien");
    expect(scoreComment(5, 10)).toContain("bon début");
    expect(scoreComment(4, 10)).toContain("Relisez l'article");
    expect(scoreComment(0, 0)).toContain("pas de question");
  });
});
