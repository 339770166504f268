import { describe, expect, it } from "vitest";
import { isRoleNoun, ROLE_NOUNS } from "../../../../src/core/french/lexicon/role-nouns";

describe("ROLE_NOUNS", () => {
  it("holds lowercase role nouns", () => {
    for (const noun of ROLE_NOUNS) expect(noun).toBe(noun.toLowerCase());
  });

  it.each([
    ["directeur", "directrice"],
    ["président", "présidente"],
    ["procureur", "procureure"],
    ["entraîneur", "entraîneuse"],
    ["chercheur", "chercheuse"],
    ["sénateur", "sénatrice"],
    ["préfet", "préfète"],
  ])("knows both %s and %s", (masculine, feminine) => {
    expect(ROLE_NOUNS.has(masculine)).toBe(true);
    expect(ROLE_NOUNS.has(feminine)).toBe(true);
  });

  it("knows roles of two words (`premier ministre`, `metteur en scène`)", () => {
    expect(ROLE_NOUNS.has("premier ministre")).toBe(true);
    expect(ROLE_NOUNS.has("metteur en scène")).toBe(true);
  });
});

describe("isRoleNoun", () => {
  it("reads a role noun singular or plural, and nothing else", () => {
    expect(isRoleNoun("gardien")).toBe(true);
    expect(isRoleNoun("directeurs")).toBe(true);
    expect(isRoleNoun("budget")).toBe(false);
  });
});
