import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askChange } from "../../../../src/core/generator/templates/ask-change";

function changes(...sentences: string[]) {
  return askChange(analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")))).map(
    (candidate) => [
      candidate.prompt,
      candidate.answer.kind === "number" ? candidate.answer.quantity.text : "",
    ],
  );
}

describe("askChange", () => {
  it("asks no by-how-much of where a level started, its end past a where (round 168: *De combien la jauge passe-t-elle ? → 420 places*)", () => {
    expect(
      changes(
        "La jauge passe de 420 places dans la salle à 300 places sur les gradins démontables.",
      ).filter(([prompt]) => prompt?.startsWith("De ")),
    ).toEqual([]);
    expect(
      changes(
        "Le taux de respect de la mesure est passé de 61 % la première année à 87 % cette saison.",
      ).filter(([, answer]) => answer === "61 %"),
    ).toEqual([]);
  });

  it("asks by how much a figure changed (the @example)", () => {
    expect(changes("Le prix du riz a chuté de 30 % en un an.")).toEqual([
      ["De quel pourcentage le prix du riz a-t-il chuté ?", "30 %"],
    ]);
    expect(changes("Le nombre de visiteurs augmente de 12 % par rapport à l'an dernier.")).toEqual([
      [
        "De quel pourcentage le nombre de visiteurs augmente-t-il par rapport à l'an dernier ?",
        "12 %",
      ],
    ]);
  });

  it("asks the rate of change set after a level or a count (`…, en hausse de 7,4 % par rapport à …`)", () => {
    expect(
      changes(
        "Les recettes touristiques de la Tunisie ont atteint 6 312 millions de dinars au 31 octobre, en hausse de 7,4 % par rapport à la même période de l'année précédente, selon la BCT.",
      ),
    ).toEqual([
      [
        "De quel pourcentage les recettes touristiques de la Tunisie ont-elles augmenté par rapport à la même période de l'année précédente ?",
        "7,4 %",
      ],
    ]);
    expect(
      changes(
        "Selon les chiffres de l'ANP, 1 214 escales de porte-conteneurs ont été enregistrées au cours des dix premiers mois de l'année, soit une hausse de 6 % par rapport à la même période de 2025.",
      ),
    ).toEqual([
      [
        "De quel pourcentage le nombre d'escales de porte-conteneurs a-t-il augmenté par rapport à la même période de 2025 ?",
        "6 %",
      ],
    ]);
    expect(
      changes(
        "Les banques de sang ont recueilli 38 400 unités en dix mois, soit une baisse de 23 %.",
      ),
    ).toEqual([]);
  });

  it("asks no rate of a count that is only a word of a complement (`entre les deux pays`)", () => {
    expect(
      changes(
        "Le commerce entre les quinze pays de la zone progresse fortement, en hausse de 12 % sur un an.",
      ),
    ).toEqual([]);
  });

  it("asks the figure a passive or `passer` reached, past a word of approximation; other verbs are ask-estimate's", () => {
    expect(
      changes(
        "La récolte de bleuets est passée de 61 millions de livres en 2022 à 28 millions de livres cette année.",
        "Le temps d'attente des camions a été réduit de huit jours à moins de 48 heures.",
        "Les ventes ont grimpé de 212 millions de dollars à 486 millions de dollars.",
      ),
    ).toEqual([
      ["À combien la récolte de bleuets est-elle passée ?", "28 millions de livres"],
      ["À combien le temps d'attente des camions a-t-il été réduit ?", "48 heures"],
    ]);
  });

  it("asks the figure reached when the first figure shares its unit, in the future too", () => {
    expect(
      changes(
        "La distribution d'eau courante sera ramenée de six à trois jours par semaine dès lundi.",
        "Le nombre de lits a été porté de 80 à 120 lits.",
      ),
    ).toEqual([
      ["À combien la distribution d'eau courante sera-t-elle ramenée ?", "trois jours"],
      ["À combien le nombre de lits a-t-il été porté ?", "120 lits"],
    ]);
  });

  it("asks nothing of a transitive verb's object, nor of a change without a figure", () => {
    expect(changes("L'entreprise a réduit ses effectifs de 10 %.")).toEqual([]);
    expect(changes("Le prix du riz a chuté de manière spectaculaire.")).toEqual([]);
  });
});

describe("askChange past an inserted `lui aussi`", () => {
  it("reads the change of `a lui aussi reculé de 9 %`", () => {
    expect(
      changes(
        "Le dioxyde d'azote, principalement émis par le trafic routier, a lui aussi reculé de 9 % au centre-ville.",
      ),
    ).toContainEqual(["De quel pourcentage le dioxyde d'azote a-t-il reculé ?", "9 %"]);
  });
});

describe("askChange on a change measured over a time and against a reference", () => {
  it("keeps `en 2025 par rapport à …` in the question and reads no figure reached in it", () => {
    expect(
      changes(
        "La fréquentation de la ligne a progressé de 8 % en 2025 par rapport à l'année précédente.",
      ),
    ).toEqual([
      [
        "De quel pourcentage la fréquentation de la ligne a-t-elle progressé en 2025 par rapport à l'année précédente ?",
        "8 %",
      ],
    ]);
  });

  it("still reads `de 1,1 million en 2019 à 1,6 million` as a figure reached, not a rate", () => {
    expect(
      changes(
        "La fréquentation de la ligne a progressé de 1,1 million de voyageurs en 2019 à 1,6 million en 2025.",
      ).map(([prompt]) => prompt),
    ).not.toContain(
      "De quel pourcentage la fréquentation de la ligne a-t-elle progressé en 2019 ?",
    );
  });
});

describe("askChange on a passive in the present", () => {
  it("asks by how much `Le trajet est rallongé d'environ 25 minutes`", () => {
    expect(changes("Le trajet est rallongé d'environ 25 minutes, précisent les TMR.")).toEqual([
      ["De combien le trajet est-il rallongé ?", "25 minutes"],
    ]);
    expect(changes("Les salaires sont revalorisés de 4 % dès janvier.")).toEqual([
      ["De quel pourcentage les salaires sont-ils revalorisés ?", "4 %"],
    ]);
  });
});

describe("askChange on `passer de … à …` and a change as an attribute", () => {
  it("asks the level a figure passed to, in the past with `être` and in the present", () => {
    expect(changes("En trois semaines, le bidon de gazole est passé de 17 à 23 dollars.")).toEqual([
      ["À combien le bidon de gazole est-il passé ?", "23 dollars"],
    ]);
    expect(changes("Les frais d'inscription passent de 5 000 à 25 000 francs CFA.")).toEqual([
      ["À combien les frais d'inscription passent-ils ?", "25 000 francs CFA"],
    ]);
  });

  it("asks by how much `Le budget 2026 est en hausse de 11 %`, not of `Ce volume`", () => {
    expect(
      changes("Le budget 2026 est en hausse de près de 11 % par rapport à celui de 2025."),
    ).toEqual([
      ["De quel pourcentage le budget 2026 a-t-il augmenté par rapport à celui de 2025 ?", "11 %"],
    ]);
    expect(changes("Les recettes sont en baisse de 12,5 % sur un an.")).toEqual([
      ["De quel pourcentage les recettes ont-elles baissé sur un an ?", "12,5 %"],
    ]);
    expect(changes("Ce volume est en hausse de 18 % par rapport à la saison précédente.")).toEqual(
      [],
    );
  });
});

describe("askChange on a level set, then its rate of change", () => {
  it("asks the rise of a price fixed (`a été fixé à …, soit une hausse de 14 %`) and of a price paid", () => {
    expect(
      changes(
        "Le prix d'achat du cacao aux producteurs a été fixé à 3 200 francs CFA le kilogramme, soit une hausse de 14 % par rapport à la campagne précédente.",
      ),
    ).toEqual([
      [
        "De quel pourcentage le prix d'achat du cacao aux producteurs a-t-il augmenté par rapport à la campagne précédente ?",
        "14 %",
      ],
    ]);
    expect(
      changes(
        "Les producteurs de pommes à cidre seront payés 168 euros la tonne, soit une hausse de 6 % par rapport à l'an dernier.",
      ),
    ).toEqual([
      [
        "De quel pourcentage le prix payé aux producteurs de pommes à cidre a-t-il augmenté par rapport à l'an dernier ?",
        "6 %",
      ],
    ]);
    // A level set with no rate after it is ask-estimate's.
    expect(
      changes("Le prix d'achat du cacao a été fixé à 3 200 francs CFA le kilogramme."),
    ).toEqual([]);
  });
});

describe("askChange on an estimate read as `être` and its attribute", () => {
  it("asks the rate after `est estimée à …, en hausse de …`", () => {
    expect(
      changes(
        "La production régionale est estimée cette saison à 24 500 tonnes, en hausse de 18 % par rapport à la campagne précédente.",
      ),
    ).toEqual([
      [
        "De quel pourcentage la production régionale a-t-elle augmenté par rapport à la campagne précédente ?",
        "18 %",
      ],
    ]);
    // An attribute that sets no level says nothing of what changed.
    expect(
      changes(
        "La production régionale est importante cette saison, en hausse de 18 % par rapport à la campagne précédente.",
      ),
    ).toEqual([]);
  });
});
