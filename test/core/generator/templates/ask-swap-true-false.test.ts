import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { COUNTRIES } from "../../../../src/core/french/lexicon/countries";
import { askSwapTrueFalse } from "../../../../src/core/generator/templates/ask-swap-true-false";

function analysisOf(...paragraphs: string[]) {
  return analyseArticle(parseArticle(["Titre", ...paragraphs].join("\n\n")));
}

function statements(...paragraphs: string[]): [string, boolean | undefined][] {
  return askSwapTrueFalse(analysisOf(...paragraphs)).map((c) => [
    c.prompt,
    c.answer.kind === "truth" ? c.answer.value : undefined,
  ]);
}

describe("askSwapTrueFalse", () => {
  it("swaps no city that ends an institution's name (`la Société de transport de Sherbrooke`)", () => {
    expect(
      statements(
        "Les chauffeurs de la Société de transport de Sherbrooke ont déclenché une grève.",
        "Le syndicat compare leurs salaires à ceux de Gatineau et de Montréal.",
      ).map(([statement]) => statement),
    ).not.toContainEqual(expect.stringMatching(/Société de transport de (?!Sherbrooke)/u));
  });

  it("swaps no city that names a lake or a port (`le lac de Neuchâtel` → not `de Lausanne`)", () => {
    expect(
      statements(
        "Le Léman contient 2,3 fois plus de particules de plastique que le lac de Neuchâtel.",
        "Les prélèvements ont été analysés à Lausanne et à Genève.",
      ).map(([statement]) => statement),
    ).not.toContainEqual(expect.stringMatching(/lac de (?!Neuchâtel)/u));
  });

  it("swaps a person for another of the same known gender, and never copies a sentence as true", () => {
    expect(
      statements(
        "Mme Johanna Rolland a inauguré la ligne 6 du tramway à Nantes. Mme Anne Dupont a présenté le budget à Rennes. M. Paul Martin a applaudi.",
      ),
    ).toEqual([
      ["Mme Anne Dupont a inauguré la ligne 6 du tramway à Nantes.", false],
      ["Mme Johanna Rolland a présenté le budget à Rennes.", false],
    ]);
  });

  it("does not swap people whose gender is unknown (`Le maire, Nathalie X` would read wrong)", () => {
    expect(
      statements("Johanna Rolland a inauguré la ligne 6. Bertrand Affilé a présenté le budget."),
    ).toEqual([]);
  });

  it("makes statements as short answers on the sentence itself, one topic per sentence", () => {
    const analysis = analysisOf(
      "Johanna Rolland a inauguré la ligne 6 du tramway à Nantes. Bertrand Affilé a présenté le budget à Rennes.",
    );
    const candidates = askSwapTrueFalse(analysis);
    expect(candidates.map((c) => c.sentence)).toEqual(analysis.sentences);
    expect(candidates.map((c) => c.topic)).toEqual(
      analysis.sentences.map((sentence) => `statement:${sentence.start}`),
    );
    for (const candidate of candidates) expect(candidate.choice).toBe(false);
  });

  it("swaps a place when the sentence names no person that can be swapped", () => {
    expect(
      statements("La ligne 6 a été inaugurée à Nantes. Le budget a été présenté à Rennes."),
    ).toEqual([
      ["La ligne 6 a été inaugurée à Rennes.", false],
      ["Le budget a été présenté à Nantes.", false],
    ]);
  });

  it("swaps a country only for one with the same article (`au Maroc` → `au Portugal`)", () => {
    const candidates = askSwapTrueFalse(
      analysisOf(
        "La délégation a visité la Belgique en mars. Le ministre est ensuite arrivé au Maroc. Le Portugal a envoyé un observateur. La France a salué la visite.",
      ),
    );
    const swapped = candidates.find((c) => c.prompt.startsWith("Le ministre est ensuite arrivé"));
    expect(swapped?.prompt).toBe("Le ministre est ensuite arrivé au Portugal.");
    for (const candidate of candidates) {
      const country = [...COUNTRIES.keys()].find((name) => candidate.prompt.includes(name));
      const original = candidate.sentence.text;
      const before = [...COUNTRIES.keys()].find((name) => original.includes(name));
      if (country && before) expect(COUNTRIES.get(country)).toBe(COUNTRIES.get(before));
    }
  });

  it("skips sentences that lean on the one before, questions and long sentences", () => {
    expect(
      statements(
        "Johanna Rolland a inauguré la ligne 6 du tramway à Nantes.",
        "Elle a ensuite remercié Bertrand Affilé à Rennes. Bertrand Affilé viendra-t-il à Rennes ? Cette ligne relie Nantes à Rennes.",
        `Bertrand Affilé a présenté ${"un budget très détaillé et ".repeat(6)}ambitieux à Rennes.`,
      ),
    ).toEqual([["Johanna Rolland a inauguré la ligne 6 du tramway à Rennes.", false]]);
  });

  it("ends an exclamation with a full stop", () => {
    const [first, second] = statements(
      "Johanna Rolland a inauguré la ligne 6 à Nantes ! Bertrand Affilé a applaudi à Rennes !",
    );
    expect(first?.[0]).toBe("Johanna Rolland a inauguré la ligne 6 à Rennes.");
    expect(second?.[0]).toBe("Bertrand Affilé a applaudi à Nantes.");
  });

  it("makes no statement without an entity to swap for", () => {
    expect(statements("Johanna Rolland a inauguré la ligne 6 du tramway samedi.")).toEqual([]);
  });

  it("swaps a name only for one that fits the elision before it (`l'Inrae` → not `l'TBI`)", () => {
    const candidates = askSwapTrueFalse(
      analysisOf(
        "Le Toulouse Biotechnology Institute (TBI) a publié une étude. Un brevet a été déposé par l'Inrae et le TBI.",
        "L'étude a été financée par l'Agence nationale de la recherche (ANR). Un second brevet a été déposé par l'Inrae.",
      ),
    );
    for (const candidate of candidates) expect(candidate.prompt).not.toMatch(/[ld]['’]TBI/u);
  });

  it("swaps no city named for its government (`Pour Kinshasa, …`, a sentence opening on it)", () => {
    const analysis = analysisOf(
      "Le poste sera installé à Lubumbashi, près de la frontière. Pour Kinshasa, l'enjeu est aussi budgétaire. Kinshasa espère des recettes nouvelles.",
    );
    const statements = askSwapTrueFalse(analysis).map((candidate) => candidate.prompt);
    expect(statements.some((statement) => statement.startsWith("Pour Lubumbashi"))).toBe(false);
    expect(statements.some((statement) => statement.startsWith("Lubumbashi espère"))).toBe(false);
  });
});

describe("askSwapTrueFalse on a province", () => {
  it("never swaps a province for a country (Québec is no country: a grader spotted `le Japon`)", () => {
    const swapped = statements(
      "Le Québec est le premier producteur mondial de bleuets sauvages.",
      "Le Japon et la Chine achètent une part croissante de la récolte.",
    ).filter(([prompt]) => prompt.startsWith("Le Japon est") || prompt.startsWith("La Chine est"));
    expect(swapped).toEqual([]);
    expect(COUNTRIES.has("Québec")).toBe(false);
  });
});

describe("askSwapTrueFalse on a place opening a name", () => {
  it("swaps no city followed by the rest of a name (`Genève Aéroport`)", () => {
    expect(
      statements(
        "Le trafic devrait reprendre samedi, a averti Genève Aéroport.",
        "Les vols vers Londres et Porto sont annulés.",
      ).map(([statement]) => statement),
    ).not.toContainEqual(expect.stringMatching(/(?:Londres|Porto) Aéroport/u));
  });
});

describe("askSwapTrueFalse on areas", () => {
  it("swaps no city into `les cantons de …` (Lausanne is no canton)", () => {
    const swapped = statements(
      "La ligne entre Lausanne et Vallorbe a été interrompue lundi.",
      "Les cantons de Fribourg et de Neuchâtel ont aussi été touchés, mais dans une moindre mesure.",
    ).map(([statement]) => statement);
    expect(swapped.join(" ")).not.toMatch(
      /cantons de (?:Lausanne|Vallorbe)|et de (?:Lausanne|Vallorbe)/u,
    );
  });
});

describe("askSwapTrueFalse on a quotation", () => {
  it("changes no word of a quotation (a misquote)", () => {
    expect(
      statements(
        "L'usine de Bouaké rouvrira en janvier, selon le ministre.",
        "« Ma priorité, c'est que la première bouteille d'huile sorte de Bouaké », a-t-il ajouté depuis Korhogo.",
      )
        .map(([statement]) => statement)
        .join(" "),
    ).not.toContain("« Ma priorité");
  });
});

describe("askSwapTrueFalse on cities of two countries and a government named by its city", () => {
  it("swaps no city for one of another country, nor the city a government stands for", () => {
    const swapped = statements(
      "La chanteuse a donné son premier concert à Montréal en 2014. Elle chantera à Beyrouth, à Ottawa et à Québec.",
      "Le parti a demandé au gouvernement de faire pression sur Ottawa.",
    ).map(([statement]) => statement);
    expect(swapped.join(" ")).not.toMatch(
      /concert à Beyrouth|pression sur (?:Montréal|Québec|Beyrouth)/u,
    );
  });
});

describe("askSwapTrueFalse on lists and first-person sentences", () => {
  it("swaps no country in a list, nor a word of a first-person sentence", () => {
    const swapped = statements(
      "Le festival a accueilli des troupes de Tunisie, du Liban, d'Égypte et de France.",
      "On nous disait que les gens de Tripoli ne viendraient pas à Beyrouth.",
      "Le ministre s'est rendu au Maroc puis en Algérie.",
    ).map(([statement]) => statement);
    expect(swapped.join(" ")).not.toMatch(/troupes de|On nous disait/u);
  });

  it("swaps no place with the one the article is about (`exporté par la Turquie`)", () => {
    const swapped = statements(
      "La Tunisie a exporté 214 600 tonnes d'huile d'olive. Les exportateurs tunisiens visent la Turquie. L'huile d'olive demeure le premier produit exporté par la Tunisie.",
    );
    expect(swapped.filter(([statement]) => /Tunisie|Turquie/u.test(statement))).toEqual([]);
    // Without the article's own country, the two swap as any two countries do.
    expect(
      statements("Le Maroc a exporté 214 600 tonnes d'huile. Les exportateurs visent le Portugal."),
    ).not.toEqual([]);
  });
});
