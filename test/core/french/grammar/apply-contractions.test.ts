import { describe, expect, it } from "vitest";
import { applyContractions } from "../../../../src/core/french/grammar/apply-contractions";

describe("applyContractions", () => {
  it("contracts no object pronoun before its verb (round 168: « obligés des contourner »)", () => {
    expect(applyContractions("les piétons étaient obligés de les contourner")).toBe(
      "les piétons étaient obligés de les contourner",
    );
    expect(applyContractions("il refuse de le dire")).toBe("il refuse de le dire");
    expect(applyContractions("le prix de les produits à les marchés")).toBe(
      "le prix des produits aux marchés",
    );
  });

  it.each([
    ["Qui a dit que il viendrait ?", "Qui a dit qu'il viendrait ?"],
    ["la réforme de le ministre", "la réforme du ministre"],
    ["De le côté des supporters", "Du côté des supporters"],
    ["la liste de les élus", "la liste des élus"],
    ["une lettre à le maire", "une lettre au maire"],
    ["À le stade, le public a chanté", "Au stade, le public a chanté"],
    ["la coupe de Europe", "la coupe d'Europe"],
    ["les vins de Italie", "les vins d'Italie"],
    ["le ami de le élu", "l'ami de l'élu"],
    ["à le hôpital de la ville", "à l'hôpital de la ville"],
    ["la histoire de une victoire", "l'histoire d'une victoire"],
    ["Combien de heures a duré le procès ?", "Combien d'heures a duré le procès ?"],
    ["Qui a dit que elle se est trompée ?", "Qui a dit qu'elle s'est trompée ?"],
    ["lorsque il a parlé, puisque elle a voté", "lorsqu'il a parlé, puisqu'elle a voté"],
    ["jusque à la fin", "jusqu'à la fin"],
    ["Le ordre du jour", "L'ordre du jour"],
  ])("%j → %j", (input, expected) => {
    expect(applyContractions(input)).toBe(expected);
  });

  it.each([
    ["le héros du match"],
    ["la hausse des prix"],
    ["le hockey sur glace"],
    ["les vins de Hollande"],
    ["la Hongrie et le Honduras"],
    ["le harcèlement scolaire"],
  ])("keeps %j whole before an aspirated h", (input) => {
    expect(applyContractions(input)).toBe(input);
  });

  it("leaves a word that only ends in `de` or `le` alone (`code`, `Adele`)", () => {
    expect(applyContractions("le code a expiré et Adele est partie")).toBe(
      "le code a expiré et Adele est partie",
    );
  });

  it("tidies the spaces that building from pieces leaves", () => {
    expect(applyContractions("  Qui a conduit  la délégation , hier ? ")).toBe(
      "Qui a conduit la délégation, hier ?",
    );
  });

  it("contracts `à les` into `aux` (the @example)", () => {
    expect(applyContractions("le séjour de le ministre à les élèves")).toBe(
      "le séjour du ministre aux élèves",
    );
    expect(applyContractions("À les Nantais, le maire a promis une ligne")).toBe(
      "Aux Nantais, le maire a promis une ligne",
    );
  });

  it("contracts `de le` and `à le` before an aspirated h (`du héros`, `au hockey`)", () => {
    expect(applyContractions("le but de le héros")).toBe("le but du héros");
    expect(applyContractions("Il joue à le hockey")).toBe("Il joue au hockey");
  });

  it("elides before the œ ligature (`d'œuvres`, `l'œil`)", () => {
    expect(applyContractions("Combien de œuvres réunit la exposition ?")).toBe(
      "Combien d'œuvres réunit l'exposition ?",
    );
    expect(applyContractions("le œil du cyclone")).toBe("l'œil du cyclone");
  });
});
