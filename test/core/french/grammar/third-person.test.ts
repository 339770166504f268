import { describe, expect, it } from "vitest";
import { thirdPersonOf, toThirdPerson } from "../../../../src/core/french/grammar/third-person";

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
