import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import type { Candidate } from "../../../src/core/generator/candidate";
import { isAmbiguousFigure, scopeOpening } from "../../../src/core/generator/is-ambiguous-figure";

/** A number candidate asking `figure` (as written) of the sentence that holds it. */
function asking(prompt: string, figure: string, ...paragraphs: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", ...paragraphs].join("\n\n")));
  const quantity = analysis.quantities.find((found) => found.text === figure);
  const sentence = analysis.sentences.find(
    (found) => quantity && found.start <= quantity.start && quantity.end <= found.end,
  );
  if (!quantity || !sentence) throw new Error(`no ${figure}`);
  const candidate: Candidate = {
    template: "clause-how-many",
    prompt,
    answer: { kind: "number", quantity },
    sentence,
    reliability: 0.85,
    topic: "t",
    choice: true,
  };
  return isAmbiguousFigure(candidate, analysis);
}

const school =
  "Le Complexe scolaire Tumaini s'est classé 1er établissement de la province, avec un taux de réussite de 97,6 %.";
const province =
  "Pour l'ensemble du Sud-Kivu, le taux de réussite s'établit à 71,3 %, contre 76,8 % l'année précédente.";

describe("isAmbiguousFigure", () => {
  it("finds another figure of the same unit whose sentence holds every word naming the one asked", () => {
    expect(asking("À combien s'établit le taux de réussite ?", "71,3 %", school, province)).toBe(
      true,
    );
    // The province named in the question tells the two rates apart.
    expect(
      asking(
        "À combien s'établit le taux de réussite pour l'ensemble du Sud-Kivu ?",
        "71,3 %",
        school,
        province,
      ),
    ).toBe(false);
  });

  it("lets a verb the other sentence lacks tell two counts apart, and a blank always", () => {
    const still = "Sept patients sont toujours hospitalisés, dont deux en réanimation.";
    const admitted = "L'alerte a été donnée après l'admission de trois patients.";
    expect(
      asking("Combien de patients sont toujours hospitalisés ?", "Sept patients", admitted, still),
    ).toBe(false);
    expect(
      asking(
        "Complétez : « Pour l'ensemble du Sud-Kivu, le taux de réussite s'établit à ……. »",
        "71,3 %",
        school,
        province,
      ),
    ).toBe(false);
  });

  it("finds a count whose sentence opens on its scope (`Au niveau national,`) asked without it", () => {
    const region =
      "Le ministère a lancé une campagne après l'enregistrement de 37 cas confirmés dans le mohafazat.";
    const country = "Au niveau national, 51 cas ont été enregistrés depuis septembre.";
    expect(asking("Combien de cas ont été enregistrés ?", "51 cas", region, country)).toBe(true);
    expect(
      asking("Combien de cas ont été enregistrés au niveau national ?", "51 cas", region, country),
    ).toBe(false);
    // No other count of cases: nothing to tell apart.
    expect(asking("Combien de cas ont été enregistrés ?", "51 cas", country)).toBe(false);
  });

  it("finds a count of the first noun of a list (`600 producteurs, acheteurs … et responsables`)", () => {
    const crowd =
      "La cérémonie a rassemblé plus de 600 producteurs, acheteurs agréés et responsables de coopératives.";
    expect(
      asking("Combien de producteurs la cérémonie a-t-elle rassemblés ?", "600 producteurs", crowd),
    ).toBe(true);
    expect(asking("Complétez : « … a rassemblé …… »", "600 producteurs", crowd)).toBe(true);
    // A place after the comma is no list of people.
    const alone = "La cérémonie a rassemblé 600 producteurs, samedi à Bondoukou.";
    expect(
      asking("Combien de producteurs la cérémonie a-t-elle rassemblés ?", "600 producteurs", alone),
    ).toBe(false);
    // A prompt that states the crowd's count as its first noun's is as false (round 134).
    const doctors =
      "La DSP a mobilisé 85 médecins, sages-femmes et paramédicaux pour la campagne de dépistage.";
    expect(asking("Qui a mobilisé 85 médecins ?", "85 médecins", doctors)).toBe(true);
  });
});

describe("scopeOpening", () => {
  it("reads the scope a sentence opens on (the @example), a province's too", () => {
    expect(scopeOpening("Au niveau national, le taux de réussite s'est établi à 37,4 %.")).toBe(
      "Au niveau national",
    );
    expect(scopeOpening("Pour l'ensemble du Sud-Kivu, le taux s'établit à 71,3 %.")).toBe(
      "Pour l'ensemble du Sud-Kivu",
    );
    expect(scopeOpening("Le taux s'établit à 71,3 %.")).toBeUndefined();
  });
});
