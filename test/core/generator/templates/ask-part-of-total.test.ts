import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askPartOfTotal } from "../../../../src/core/generator/templates/ask-part-of-total";

function asked(...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askPartOfTotal(analysis).map((candidate) => [
    candidate.prompt,
    candidate.answer.kind === "number" ? candidate.answer.quantity.value : undefined,
  ]);
}

describe("askPartOfTotal", () => {
  it("asks the part of a total given first, in digits or in words (the @example)", () => {
    expect(
      asked(
        "Sur les 37 cas confirmés, 29 concernent des enfants non vaccinés.",
        "Sur les 120 salariés, quarante ont été licenciés.",
      ),
    ).toEqual([
      ["Sur les 37 cas confirmés, combien concernent des enfants non vaccinés ?", 29],
      ["Sur les 120 salariés, combien ont été licenciés ?", 40],
    ]);
  });

  it("asks a part of a total in one subject (`près de 1 800 des quelque 2 600 ouvriers …`)", () => {
    expect(
      asked(
        "Depuis jeudi dernier, près de 1 800 des quelque 2 600 ouvriers des Plantations agricoles du Moungo (PAM) observent un arrêt de travail sur les sites de Njombé, Penja et Loum.",
        "Au total, 312 des 640 élèves inscrits ont été admis.",
        "Au total, 700 des 640 élèves inscrits ont été admis.",
      ),
    ).toEqual([
      [
        "Combien des quelque 2 600 ouvriers des Plantations agricoles du Moungo observent un arrêt de travail sur les sites de Njombé ?",
        1800,
      ],
      ["Combien des 640 élèves inscrits ont été admis ?", 312],
    ]);
  });

  it("asks nothing when the part is no smaller than the total or no verb of its own follows", () => {
    expect(
      asked(
        "Sur les 12 communes, 15 sont privées d'eau.",
        "Sur les 37 cas confirmés, 29 enfants non vaccinés.",
        "Sur le marché de Kaya, 29 commerçants ont fermé.",
      ),
    ).toEqual([]);
  });
});
