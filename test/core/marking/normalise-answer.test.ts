import { describe, expect, it } from "vitest";
import { normaliseAnswer } from "../../../src/core/marking/normalise-answer";

describe("normaliseAnswer", () => {
  it.each([
    ["Charles Michel", "charles michel"],
    ["CHARLES MICHEL", "charles michel"],
    ["  Charles   Michel  ", "charles michel"],
    ["Charles\u00a0Michel", "charles michel"], // non-breaking space
    ["Charles\u202fMichel", "charles michel"], // narrow non-breaking space
    ["Sûreté nationale", "surete nationale"],
    ["Élysée", "elysee"],
    ["Jean-Claude", "jean claude"],
    ["«\u00a0Rabat\u00a0»", "rabat"],
    ["“optimale”", "optimale"],
    ["Rabat.", "rabat"],
    ["d’identification", "identification"], // curly apostrophe
    ["d'identification", "identification"],
    ["L’Office des étrangers", "office des etrangers"],
    ["l'Office des étrangers", "office des etrangers"],
    ["la DSITI", "dsiti"],
    ["le Maroc", "maroc"],
    ["les Belges", "belges"],
    ["un ministre", "ministre"],
    ["une délégation", "delegation"],
    ["des cartes", "cartes"],
    ["du Maroc", "maroc"],
    ["de la Sécurité", "securite"],
    ["de l'Intérieur", "interieur"],
    ["cœur", "coeur"],
    ["1ᵉʳ mars", "1er mars"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseAnswer(input)).toBe(expected);
  });

  it("drops only a leading determiner", () => {
    expect(normaliseAnswer("Direction des systèmes d'information")).toBe(
      "direction des systemes d information",
    );
  });

  it("drops one determiner, not a chain of them", () => {
    expect(normaliseAnswer("le la")).toBe("la");
  });

  it("keeps a determiner that is the whole answer", () => {
    expect(normaliseAnswer("La")).toBe("la");
  });

  it("does not take the start of a word for a determiner", () => {
    expect(normaliseAnswer("Lemaire")).toBe("lemaire");
    expect(normaliseAnswer("Dupont")).toBe("dupont");
  });

  it("turns punctuation-only input into an empty answer", () => {
    expect(normaliseAnswer(" ?! … ")).toBe("");
  });
});
