import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/core/french/split-sentences";

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("splits on sentence ends and keeps offsets into the text", () => {
    const input = "Le conseil a voté. Le maire a parlé !\n\nUn autre paragraphe ? Oui.";
    const sentences = splitSentences(input);
    expect(sentences.map((s) => s.text)).toEqual([
      "Le conseil a voté.",
      "Le maire a parlé !",
      "Un autre paragraphe ?",
      "Oui.",
    ]);
    for (const sentence of sentences) {
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it.each([
    ["M. Dupont et Mme. Durand sont arrivés. Ils ont parlé.", 2],
    ["Mme Durand a parlé avec le Dr. Martin. Puis elle est partie.", 2],
    ["Il est né en 52 av. J.-C. à Rome. Il est mort plus tard.", 2],
    ["Le budget atteint 3.5 millions. Il augmente.", 2],
    ["Selon J. K. Rowling, le livre est fini. Elle l'a dit.", 2],
    ["Pommes, poires, etc. sont en vente. Les prix baissent.", 2],
    ["« Nous gagnerons. » Le ministre l'a promis.", 2],
    // A letter then a pronoun ends a sentence; a letter then a name is an initial.
    ["Les pertes touchent la saison culturale B. Il estime les dégâts à 180 millions.", 2],
    ["Le prix a été remis à Jean B. Dupont et à Marie J. Le Gall.", 1],
    // An article before a common noun opens the next sentence (round 135: `hépatite B. Le coût`).
    ["Elle sera élargie au dépistage de l'hépatite B. Le coût est évalué à 6,8 millions.", 2],
    ["La vitamine D. L'apport est faible.", 2],
  ])("survives abbreviations, initials and numbers: %s", (input, count) => {
    expect(texts(input)).toHaveLength(count);
  });

  it("ends a sentence after a temperature in degrees (`24 °C.`)", () => {
    expect(
      splitSentences(
        "Les coureurs ont pris le départ à 7h, sous une température de 24 °C. Le parcours a été tracé par la Ligue.",
      ).map((sentence) => sentence.text),
    ).toEqual([
      "Les coureurs ont pris le départ à 7h, sous une température de 24 °C.",
      "Le parcours a été tracé par la Ligue.",
    ]);
  });

  it("always ends a sentence at a paragraph break", () => {
    expect(texts("Titre sans point\n\nCorps du texte.")).toEqual([
      "Titre sans point",
      "Corps du texte.",
    ]);
  });
});
