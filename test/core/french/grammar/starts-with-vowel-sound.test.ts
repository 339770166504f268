import { describe, expect, it } from "vitest";
import { startsWithVowelSound } from "../../../../src/core/french/grammar/starts-with-vowel-sound";

describe("startsWithVowelSound", () => {
  it("reads a mute h as a vowel, an aspirated one not", () => {
    expect(startsWithVowelSound("hôpital")).toBe(true);
    expect(startsWithVowelSound("héros")).toBe(false);
    expect(startsWithVowelSound("Hongrie")).toBe(false);
  });

  it("gives a plural the aspirated h of its singular (round 167: *… 18 kilomètres d'haies …*)", () => {
    expect(startsWithVowelSound("haies")).toBe(false);
    expect(startsWithVowelSound("hangars")).toBe(false);
    expect(startsWithVowelSound("hectares")).toBe(true);
    expect(startsWithVowelSound("heures")).toBe(true);
  });
});
