import { describe, expect, it } from "vitest";
import { listedCauses } from "../../../../src/core/generator/templates/listed-causes";

describe("listedCauses", () => {
  it("keys two causes a colon lists, each up to its incise", () => {
    expect(
      listedCauses(
        "la force du franc, qui a renchéri ses produits, et la chute des commandes horlogères.",
      ),
    ).toEqual({
      text: "la force du franc et la chute des commandes horlogères",
      each: ["la force du franc", "la chute des commandes horlogères"],
    });
  });

  it("keys no list of three, nor a cause whose apposition may be a third", () => {
    expect(listedCauses("la pluie, le manque de main-d'œuvre et la hausse des prix")).toBe(
      undefined,
    );
    expect(
      listedCauses("la chute des ventes, son principal débouché, et la hausse des coûts"),
    ).toBe(undefined);
  });
});

describe("listedCauses, typed back", () => {
  it("accepts a long cause up to a complement, and keys none that cannot be typed", () => {
    const cut = (cause: string) => cause.split(" ").slice(0, 6).join(" ");
    const listed = listedCauses(
      "les funérailles d'un chef de terre, et le retard dans le versement d'une partie de la subvention publique",
      cut,
    );
    expect(listed?.each).toEqual([
      "les funérailles d'un chef de terre",
      "le retard dans le versement d'une partie de la subvention publique",
      "le retard dans le versement d'une",
    ]);
    expect(
      listedCauses(
        "les funérailles d'un chef de terre, et le retard dans le versement d'une partie de la subvention publique",
      ),
    ).toBe(undefined);
  });
});
