import { describe, expect, it } from "vitest";
import {
  thirdPersonOf,
  thirdPersonOfPlural,
  toThirdPerson,
  toThirdPersonOf,
} from "../../../../src/core/french/grammar/third-person";

describe("thirdPersonOf", () => {
  it("turns a first person singular into the third the lexicon knows", () => {
    expect(
      ["ai", "suis", "voulais", "prends", "pense", "finis", "sors", "ferai"].map(thirdPersonOf),
    ).toEqual(["a", "est", "voulait", "prend", "pense", "finit", "sort", "fera"]);
    expect(thirdPersonOf("quitté")).toBeUndefined();
  });
});

describe("toThirdPerson", () => {
  it("tells a speaker's first person in the third, possessives and elisions with it", () => {
    expect(
      toThirdPerson(
        "J'ai quitté la maison à 5h parce que je ne veux pas que ma fille tombe malade",
        "Roselaure Pierre",
        "f",
      ),
    ).toBe(
      "Roselaure Pierre a quitté la maison à 5h parce qu'elle ne veut pas que sa fille tombe malade",
    );
    expect(toThirdPerson("Je ne suis pas contre", "le maire", "m")).toBe(
      "le maire n'est pas contre",
    );
  });
  it("gives up where another first or second person remains", () => {
    expect(
      toThirdPerson("J'ai refusé, parce que c'est notre façon de parler", "X", "f"),
    ).toBeUndefined();
    expect(
      toThirdPerson("J'ai voulu boucher des trous, puis je n'ai plus su m'arrêter", "X", "m"),
    ).toBeUndefined();
    expect(toThirdPerson("Nous avons refusé", "X", "m")).toBeUndefined();
  });
});

describe("thirdPersonOfPlural", () => {
  it("turns a first person plural to the third, the lexicon's word for it (the @example)", () => {
    expect(thirdPersonOfPlural("avons", false)).toBe("a");
    expect(thirdPersonOfPlural("refusons", true)).toBe("refusent");
    expect(thirdPersonOfPlural("refusons", false)).toBe("refuse");
    expect(thirdPersonOfPlural("perdions", false)).toBe("perdait");
    expect(thirdPersonOfPlural("choisissons", true)).toBe("choisissent");
    expect(thirdPersonOfPlural("xyzons", false)).toBeUndefined();
  });
});

describe("toThirdPersonOf", () => {
  it("tells a body's first person plural in its third person (the @example)", () => {
    expect(
      toThirdPersonOf(
        "Nous refusons des commandes parce que nos fours tournent déjà à plein régime",
        "la brasserie",
        false,
        "f",
      ),
    ).toBe("la brasserie refuse des commandes parce que ses fours tournent déjà à plein régime");
    expect(
      toThirdPersonOf("Nous avons choisi l'été parce que nous voulions …", "les CFL", true, "m"),
    ).toBe("les CFL ont choisi l'été parce qu'ils voulaient …");
  });

  it("gives up on a first person it cannot turn (`nous` as an object, `je`)", () => {
    expect(toThirdPersonOf("Nous avons dit que cela nous inquiète", "le club", false, "m")).toBe(
      undefined,
    );
    expect(toThirdPersonOf("Je pense que …", "le club", false, "m")).toBeUndefined();
  });
});
