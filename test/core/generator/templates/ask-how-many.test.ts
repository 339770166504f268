import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askHowMany } from "../../../../src/core/generator/templates/ask-how-many";

function promptsFor(...sentences: string[]): string[] {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askHowMany(analysis).map((candidate) => candidate.prompt);
}

describe("askHowMany", () => {
  it("asks a prison term as years of prison, not as a time", () => {
    expect(promptsFor("Le parquet avait requis quatre ans de prison ferme.")).toEqual([
      "Combien d'années de prison ferme avait requises le parquet ?",
    ]);
    // `cinq ans ferme`: the kind of term after the years, no `de prison` (round 71).
    expect(promptsFor("Le ministère public avait requis cinq ans ferme contre l'accusé.")).toEqual([
      "Combien d'années de prison ferme avait requises le ministère public ?",
    ]);
    expect(promptsFor("Le chantier a duré trois ans.")).toEqual([
      "Combien de temps a duré le chantier ?",
    ]);
  });

  it("asks how much the works cost (the @example), as a choice on the quantity", () => {
    const analysis = analyseArticle(
      parseArticle("Titre\n\nLes travaux ont coûté 120 millions d'euros."),
    );
    const [candidate, ...others] = askHowMany(analysis);
    expect(others).toEqual([]);
    expect(candidate?.prompt).toBe("Combien ont coûté les travaux ?");
    expect(candidate?.choice).toBe(true);
    expect(candidate?.answer).toMatchObject({
      kind: "number",
      quantity: { text: "120 millions d'euros", value: 120, unit: "millions d'euros" },
    });
  });

  it.each([
    ["Le chantier a duré trois ans.", "Combien de temps a duré le chantier ?"],
    ["Le club a remporté 3 victoires cette saison.", "Combien de victoires a remportées le club ?"],
    ["Le musée accueille 300 000 visiteurs par an.", "Combien de visiteurs accueille le musée ?"],
    ["La commune compte 15 000 habitants.", "Combien d'habitants compte la commune ?"],
    [
      "La procureure, Claire Vasseur, avait requis trois ans de prison.",
      "Combien d'années de prison avait requises la procureure ?",
    ],
    [
      "Les travaux ont duré deux ans et ont coûté 3,5 millions d'euros.",
      "Combien ont coûté les travaux ?",
    ],
  ])("%j → %j", (sentence, prompt) => {
    expect(promptsFor(sentence)).toContain(prompt);
  });

  it.each([
    ["a preposition before the number", "Les joueurs ont gagné contre 3 équipes."],
    ["a vote `par 35 voix`", "Le conseil a voté le budget par 35 voix contre 12."],
    ["a percentage", "Le chômage a baissé de 15 % en un an."],
    ["a subject that is not a noun phrase", "Nantes a accueilli 40 000 spectateurs."],
    ["a quantity far from the verb", "Le club a remporté le titre devant 40 000 spectateurs."],
  ])("asks nothing for %s", (_, sentence) => {
    expect(promptsFor(sentence)).toEqual([]);
  });

  it("puts a plural subject before its verb when a plural count could be read as the subject", () => {
    expect(promptsFor("Les travaux mobiliseront environ 600 familles riveraines.")).toEqual([
      "Combien de familles les travaux mobiliseront-ils ?",
    ]);
  });

  it("asks how many stations the line serves (the module's second example)", () => {
    expect(promptsFor("La ligne dessert 18 stations.")).toEqual([
      "Combien de stations dessert la ligne ?",
    ]);
  });

  it("lowers an elided subject (`L'équipe compte …` → `… compte l'équipe ?`)", () => {
    expect(promptsFor("L'équipe compte 25 joueurs.")).toEqual([
      "Combien de joueurs compte l'équipe ?",
    ]);
  });

  it("reads a demonstrative subject whole (`Cette usine emploie …`)", () => {
    expect(promptsFor("Cette usine emploie 300 salariés.")).toEqual([
      "Combien de salariés emploie cette usine ?",
    ]);
  });

  it("asks nothing when the words before the figure are a clause, not the subject and its verb", () => {
    expect(
      promptsFor(
        "Les fraudeurs s'exposent à des sanctions pouvant atteindre 300 000 euros d'amende.",
      ),
    ).toEqual([]);
  });

  it("counts the noun, not the millions, of a large count", () => {
    expect(promptsFor("La ligne transporte 12 millions de voyageurs chaque année.")).toEqual([
      "Combien de voyageurs transporte la ligne ?",
    ]);
  });

  it("asks what a relative clause in the subject's incise counts", () => {
    expect(
      promptsFor(
        "La coopérative, qui regroupe 640 producteurs dans la région de Kara, prévoit une hausse de sa production.",
      ),
    ).toEqual(["Combien de producteurs regroupe la coopérative ?"]);
  });

  it("asks no how-long of a subject that is itself a time (`le temps d'attente`)", () => {
    expect(promptsFor("Le temps d'attente peut atteindre huit jours à la frontière.")).toEqual([]);
  });
});

describe("askHowMany on a delay", () => {
  it("asks no time taken of `a pris six mois de retard`", () => {
    expect(
      askHowMany(
        analyseArticle(
          parseArticle(
            ["Titre", "Le chantier a pris six mois de retard à cause des pluies."].join("\n\n"),
          ),
        ),
      ).map((c) => c.prompt),
    ).toEqual([]);
  });
});

describe("askHowMany on a time between two events", () => {
  it("asks no time of `intervient cinq ans après le séisme`", () => {
    expect(
      promptsFor("Ce renforcement intervient cinq ans après le tremblement de terre de 2021."),
    ).toEqual([]);
  });

  it("asks what a measure weighs and the year it counts (`96 000 onces d'or l'an dernier`)", () => {
    expect(
      promptsFor(
        "La mine traite quelque 1 350 tonnes de minerai par jour et a produit 96 000 onces d'or l'an dernier.",
      ),
    ).toEqual(["Combien d'onces d'or a produites la mine l'an dernier ?"]);
  });
});

describe("askHowMany on what it cannot write right", () => {
  it("asks no count whose participle agreement the lexicon cannot tell, nor a sum a text provides", () => {
    const prompts = (sentence: string) =>
      askHowMany(analyseArticle(parseArticle(["Titre", sentence].join("\n\n")))).map(
        (candidate) => candidate.prompt,
      );
    expect(prompts("Les observateurs ont dénombré 211 couples nicheurs.")).toEqual([]);
    expect(prompts("Les gendarmes ont saisi 211 motos volées.")).toEqual([
      "Combien de motos les gendarmes ont-ils saisies ?",
    ]);
    expect(
      prompts(
        "Le document prévoit 142 millions d'euros en fonctionnement et 56 millions en investissement.",
      ),
    ).toEqual([]);
  });
});

describe("askHowMany on a split count (round 151)", () => {
  it("asks no part of a count whose second part elides the noun", () => {
    expect(
      promptsFor(
        "Le bâtiment compte 296 emplacements pour des vélos classiques et 24 pour des vélos cargos.",
      ),
    ).toEqual([]);
    expect(promptsFor("Le bâtiment compte 320 emplacements sur deux niveaux.")).toEqual([
      "Combien d'emplacements compte le bâtiment ?",
    ]);
  });
});
