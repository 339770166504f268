import { describe, expect, it } from "vitest";
import { isSplitCount } from "../../../src/core/french/is-split-count";

describe("isSplitCount", () => {
  it("takes a count whose noun a second count elides for one part (the @example)", () => {
    expect(isSplitCount(" pour des vélos classiques et 24 pour des vélos cargos")).toBe(true);
    expect(isSplitCount(" en CDI, 12 en CDD")).toBe(true);
    expect(isSplitCount(" de première classe et deux de seconde")).toBe(true);
  });
  it("leaves a count whose complement goes on alone", () => {
    expect(isSplitCount(" pour les écoles du canton")).toBe(false);
    expect(isSplitCount(" pour des vélos classiques, selon la mairie")).toBe(false);
    expect(isSplitCount(" de plus qu'en 2022 et 24 nouveaux")).toBe(false);
  });
});
