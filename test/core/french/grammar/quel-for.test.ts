import { describe, expect, it } from "vitest";
import { quelFor } from "../../../../src/core/french/grammar/quel-for";

describe("quelFor", () => {
  it.each([
    ["m", false, "Quel"],
    ["f", false, "Quelle"],
    ["m", true, "Quels"],
    ["f", true, "Quelles"],
  ] as const)("gender %s, plural %s → %s", (gender, plural, expected) => {
    expect(quelFor(gender, plural)).toBe(expected);
  });

  it("is singular by default (the @example)", () => {
    expect(quelFor("f")).toBe("Quelle");
    expect(`${quelFor("m")} office a examiné le dossier ?`).toBe(
      "Quel office a examiné le dossier ?",
    );
  });
});
