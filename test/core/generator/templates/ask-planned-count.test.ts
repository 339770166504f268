import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askPlannedCount } from "../../../../src/core/generator/templates/ask-planned-count";

function counts(...sentences: string[]) {
  return askPlannedCount(
    analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n"))),
  ).map((candidate) => [
    candidate.prompt,
    candidate.answer.kind === "number" ? candidate.answer.quantity.value : undefined,
  ]);
}

describe("askPlannedCount", () => {
  it("asks how many a plan counts, its noun of action turned into a verb (the @example)", () => {
    expect(
      counts(
        "Le fabricant de vélos Cyclonord a annoncé, jeudi 12 septembre, la suppression de 240 postes dans son usine de Roubaix.",
        "La convention prévoit la formation de 6.000 jeunes aux métiers de l'aéronautique.",
      ),
    ).toEqual([
      ["Combien de postes le fabricant de vélos Cyclonord va-t-il supprimer ?", 240],
      ["Combien de jeunes la convention prévoit-elle de former ?", 6000],
    ]);
  });

  it("inverts a plural subject without `-t-` (`vont-elles`)", () => {
    expect(
      counts("Les deux communes ont annoncé la construction de 600 logements sociaux."),
    ).toEqual([["Combien de logements les deux communes vont-elles construire ?", 600]]);
  });

  it("asks nothing of a sum, of a noun it does not know, nor without a verb of planning", () => {
    expect(counts("Les deux villes ont décidé la création de 3 millions d'euros.")).toEqual([]);
    expect(counts("Le Conseil annonce la venue de 120 experts.")).toEqual([]);
    expect(counts("Le Conseil a salué la création de 120 emplois.")).toEqual([]);
  });
});

describe("askPlannedCount on a text that provides for a count (round 111)", () => {
  it("asks what an accord provides for, counted with the noun's complement (`demandeurs d'emploi`)", () => {
    expect(
      counts("L'accord prévoit le recrutement de 320 demandeurs d'emploi de la région."),
    ).toEqual([["Combien de demandeurs d'emploi l'accord prévoit-il de recruter ?", 320]]);
  });
});
