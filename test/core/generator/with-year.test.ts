import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import { withYear } from "../../../src/core/generator/with-year";
import { numberCandidate } from "./number-candidate";

/** The prompt asked of `figure` in the one-sentence article `text`, with its year. */
function asked(prompt: string, figure: string, text: string): string {
  const analysis = analyseArticle(parseArticle(`Titre\n\n${text}`));
  return withYear(numberCandidate(analysis, figure, prompt), analysis.body).prompt;
}

describe("withYear", () => {
  it("says the year a past figure is given for (round 154: Lorient's eelgrass, « date manquante »)", () => {
    const text =
      "Selon ce décompte, les herbiers couvraient 38 hectares en 2016, contre 25 hectares cette année.";
    expect(asked("Combien d'hectares les herbiers couvraient-ils ?", "38 hectares", text)).toBe(
      "Combien d'hectares les herbiers couvraient-ils en 2016 ?",
    );
    expect(
      asked(
        "À combien la première estimation chiffrait-elle les travaux ?",
        "11,2 millions d'euros",
        "En 2023, la première estimation chiffrait les travaux à 11,2 millions d'euros.",
      ),
    ).toBe("À combien la première estimation chiffrait-elle les travaux en 2023 ?");
  });

  it("says it in any tense when the sentence sets the figure against another year's (round 160)", () => {
    expect(
      asked(
        "Combien de réparations l'entreprise a-t-elle effectuées ?",
        "1870 réparations",
        "L'entreprise a effectué 1870 réparations en 2025, contre 960 en 2023.",
      ),
    ).toBe("Combien de réparations l'entreprise a-t-elle effectuées en 2025 ?");
    // Round 161: set against `l'année précédente`.
    expect(
      asked(
        "Combien d'hospitalisations les centres de santé ont-ils enregistrées ?",
        "412 hospitalisations",
        "Les centres de santé ont enregistré 412 hospitalisations d'enfants pour paludisme grave en 2025, contre 665 l'année précédente.",
      ),
    ).toBe("Combien d'hospitalisations les centres de santé ont-ils enregistrées en 2025 ?");
  });

  it("leaves a present question, one that says a year, and a year of something else as they are", () => {
    const now = "Combien d'hectares les herbiers couvrent-ils ?";
    expect(asked(now, "25 hectares", "Les herbiers couvrent 25 hectares en 2026.")).toBe(now);
    const said = "Combien d'hectares les herbiers couvraient-ils en 2016 ?";
    expect(asked(said, "38 hectares", "Les herbiers couvraient 38 hectares en 2016.")).toBe(said);
    const founded = "Combien de personnes la fonderie employait-elle ?";
    expect(
      asked(
        founded,
        "310 personnes",
        "La fonderie employait 310 personnes, dont une majorité d'ouvriers venus des villages voisins, avant sa fermeture en 2019.",
      ),
    ).toBe(founded);
  });
});
