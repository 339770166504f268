import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import type { ArticleAnalysis, Quantity } from "../../../src/core/french/entities";
import { COUNTRIES, COUNTRY_REGIONS } from "../../../src/core/french/lexicon/countries";
import { chooseDistractors, nearbyValues } from "../../../src/core/generator/choose-distractors";
import { normaliseAnswer } from "../../../src/core/marking/normalise-answer";

function analysisOf(...paragraphs: string[]): ArticleAnalysis {
  return analyseArticle(parseArticle(["Titre", ...paragraphs].join("\n\n")));
}

function numberDistractors(value: number, unit: string): string[] {
  const quantity: Quantity = { text: `${value} ${unit}`, start: 0, end: 1, value, unit };
  return chooseDistractors({ kind: "number", quantity }, `${value} ${unit}`, analysisOf("Rien."));
}

/**
 * The options of the figure `value` of `analysis` at every rank a quiz may give it (from none
 * below the answer to all three below).
 */
function optionsAtEveryRank(analysis: ArticleAnalysis, value: number): string[][] {
  const quantity = analysis.quantities.find((q) => q.value === value);
  expect(quantity).toBeDefined();
  if (!quantity) return [];
  return [0, 1, 2, 3].map((rank) =>
    chooseDistractors({ kind: "number", quantity }, quantity.text, analysis, () => false, rank),
  );
}

const council = analysisOf(
  "La maire de Nantes, Johanna Rolland, a présenté le budget. Le premier adjoint, Marc Hervé, la présidente de la métropole, Claire Morin, et le maire de Rezé, Hervé Neau, ont voté pour. Le vice-président, Paul Dupont, s'est abstenu.",
);

describe("chooseDistractors beside a rough count", () => {
  it("keeps a minimum's options below the figure set beyond it (round 165: `51 | 72 cm` beside « bien au-delà » of 48)", () => {
    const analysis = analysisOf(
      "Les bénévoles ont mesuré l'épaisseur de la glace chaque matin : elle atteignait 48 centimètres samedi, bien au-delà du minimum de 30 centimètres fixé par les organisateurs.",
    );
    for (const options of optionsAtEveryRank(analysis, 30)) {
      expect(options.length).toBeGreaterThanOrEqual(3);
      for (const option of options) expect(Number.parseInt(option, 10)).toBeLessThan(48);
    }
  });

  it("offers no option a rough count of the standfirst gives (round 164: `20` beside « une vingtaine »)", () => {
    const analysis = analyseArticle(
      parseArticle(
        [
          "Dans le pays de Forcalquier, l'amandier chasse le lavandin",
          "Une vingtaine d'exploitants arrachent leurs lavandes pour replanter des vergers.",
          "Forcalquier, 14 mars 2026 - Selon la chambre d'agriculture, 23 exploitations du pays de Forcalquier ont engagé la même reconversion.",
        ].join("\n\n"),
      ),
    );
    expect(analysis.roughFigures).toEqual([20]);
    for (const options of optionsAtEveryRank(analysis, 23)) {
      expect(options).not.toContain("20 exploitations");
      expect(options).toHaveLength(3);
    }
  });
});

describe("chooseDistractors for a height", () => {
  it("offers no season of a year or more (round 140: a dry season of 12 or 16 months)", () => {
    const analysis = analysisOf(
      "Les essences ont été choisies parce qu'elles résistent à une saison sèche qui peut durer huit mois dans la région.",
    );
    for (const options of optionsAtEveryRank(analysis, 8)) {
      for (const option of options) expect(Number.parseFloat(option)).toBeLessThan(12);
    }
  });

  it("offers heights near the answer, under the highest summit (round 124: 5 480 m above Mont Blanc)", () => {
    const text =
      "Deux alpinistes, bloqués à 3650 mètres d'altitude dans le massif du Mont-Blanc, ont été secourus.";
    const analysis = analysisOf(text);
    const quantity = analysis.quantities.find((q) => q.value === 3650);
    expect(quantity).toBeDefined();
    if (!quantity) return;
    const distractors = chooseDistractors({ kind: "number", quantity }, quantity.text, analysis);
    expect(distractors).toHaveLength(3);
    for (const distractor of distractors) {
      expect(Number.parseFloat(distractor.replace(/\s/gu, ""))).toBeLessThanOrEqual(3650 * 1.3);
    }
  });
});

describe("chooseDistractors for shares", () => {
  it("never offers more than 100 % for a share, and still offers three", () => {
    for (const value of [95, 60, 12]) {
      const distractors = numberDistractors(value, "%");
      expect(distractors).toHaveLength(3);
      for (const distractor of distractors) {
        expect(Number.parseFloat(distractor.replace(",", "."))).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe("chooseDistractors for small shares", () => {
  it("offers options of the share's scale (`1,4 %`: not `6,6 | 11 | 15,5 %`), integers for an integer", () => {
    for (const value of [1.4, 0.5, 2.4, 6, 9]) {
      const options = numberDistractors(value, "%").map((d) =>
        Number.parseFloat(d.replace(",", ".")),
      );
      expect(options).toHaveLength(3);
      for (const option of options) {
        expect(option, `${value}`).toBeGreaterThan(0);
        expect(option, `${value}`).toBeLessThanOrEqual(value * 3.5);
        if (Number.isInteger(value)) expect(Number.isInteger(option), `${value}`).toBe(true);
      }
    }
  });
});

describe("chooseDistractors as precise as the answer", () => {
  it("offers figures with as many significant digits as a precise answer (`13 842 voix`)", () => {
    for (const option of numberDistractors(13842, "voix")) {
      expect(option.replace(/\D/gu, "").replace(/0+$/u, "").length, option).toBeGreaterThanOrEqual(
        4,
      );
    }
    for (const option of numberDistractors(11.6, "dinars"))
      expect(option, option).toMatch(/,\d dinars$/u);
  });

  it("offers no year already past for a year to come (`la prochaine édition, prévue en 2028`)", () => {
    const analysis = analysisOf(
      "L'édition de 2024 avait accueilli 358 000 visiteurs. La prochaine édition est prévue en 2028.",
    );
    const quantity: Quantity = { text: "2028", start: 0, end: 4, value: 2028, unit: "" };
    const years = chooseDistractors({ kind: "number", quantity }, "2028", analysis).map(Number);
    expect(years).toHaveLength(3);
    for (const year of years) expect(year).toBeGreaterThanOrEqual(2024);
  });

  it("keeps a fall under what it fell from, a rise over what it rose from (`ramené à …, contre …`)", () => {
    const body = "Le quota a été ramené à 18 000 tonnes, contre 24 000 tonnes l'an dernier.";
    const analysis = analysisOf(body);
    const start = analysis.body.indexOf("18 000");
    const quantity: Quantity = {
      text: "18 000 tonnes",
      start,
      end: start + 13,
      value: 18000,
      unit: "tonnes",
    };
    const options = chooseDistractors({ kind: "number", quantity }, "18 000 tonnes", analysis);
    expect(options).toHaveLength(3);
    for (const option of options)
      expect(Number.parseInt(option.replace(/\s/gu, ""), 10)).toBeLessThan(24000);
    const risen = analysisOf(
      "Le salaire minimum a été porté à 52 000 francs, contre 40 000 francs.",
    );
    const at = risen.body.indexOf("52 000");
    const rise: Quantity = {
      text: "52 000 francs",
      start: at,
      end: at + 13,
      value: 52000,
      unit: "francs",
    };
    for (const option of chooseDistractors(
      { kind: "number", quantity: rise },
      "52 000 francs",
      risen,
    )) {
      expect(Number.parseInt(option.replace(/\s/gu, ""), 10)).toBeGreaterThan(40000);
    }
  });

  it("offers none for a year to come that is the article's own (it would always come first)", () => {
    const analysis = analysisOf(
      "Le chantier a commencé en mars 2029. La livraison de l'ouvrage est attendue en 2029.",
    );
    const quantity: Quantity = { text: "2029", start: 0, end: 4, value: 2029, unit: "" };
    expect(chooseDistractors({ kind: "number", quantity }, "2029", analysis)).toEqual([]);
  });
});

describe("chooseDistractors for ages and terms in years", () => {
  it("never offers more than 100 years for an age, and still offers three", () => {
    for (const value of [54, 81, 97]) {
      const distractors = numberDistractors(value, "ans");
      expect(distractors).toHaveLength(3);
      for (const distractor of distractors) {
        expect(Number.parseInt(distractor, 10)).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe("chooseDistractors for people", () => {
  it("offers only people the text confirms (a role, a title), never a bare capitalised pair", () => {
    const analysis = analysisOf(
      "Le juge, Paul Martin, a entendu M. Luc Blanc et Mme Anne Roux près de Béni Saf. Léman Express a cessé.",
    );
    const martin = analysis.people.find((person) => person.name === "Paul Martin");
    if (!martin) throw new Error("no Paul Martin");
    const distractors = chooseDistractors(
      { kind: "person", person: martin },
      martin.name,
      analysis,
    );
    expect(distractors.sort()).toEqual(["Anne Roux", "Luc Blanc"]);
  });

  it("offers at most three other people of the article, never the answer", () => {
    const [rolland] = council.people;
    if (!rolland) throw new Error("no person");
    const distractors = chooseDistractors(
      { kind: "person", person: rolland },
      rolland.name,
      council,
    );
    expect(distractors).toHaveLength(3);
    expect(distractors).not.toContain("Johanna Rolland");
    const names = council.people.map((person) => person.name);
    for (const distractor of distractors) expect(names).toContain(distractor);
  });

  it("never offers a name that is a part of the answer or contains it", () => {
    const analysis = analysisOf(
      "Le juge, Paul Martin, a entendu M. Martin Paul Martin et M. Paul Martinez. Le greffier, M. Luc Blanc, a noté.",
    );
    const martin = analysis.people.find((person) => person.name === "Paul Martin");
    if (!martin) throw new Error("no Paul Martin");
    const distractors = chooseDistractors(
      { kind: "person", person: martin },
      martin.name,
      analysis,
    );
    expect(distractors).toContain("Luc Blanc");
    expect(distractors).not.toContain("Martin Paul Martin");
    // Whole words: `Paul Martinez` is another person, not `Paul Martin` in another spelling.
    for (const distractor of distractors) {
      const normal = ` ${normaliseAnswer(distractor)} `;
      expect(normal.includes(" paul martin ") || " paul martin ".includes(normal), distractor).toBe(
        false,
      );
    }
  });

  it("offers a name that only starts like the answer (`Paul Martinez` for `Paul Martin`)", () => {
    const analysis = analysisOf(
      "Le juge, Paul Martin, a entendu M. Paul Martinez. Le greffier, Luc Blanc, a noté.",
    );
    const martin = analysis.people.find((person) => person.name === "Paul Martin");
    if (!martin) throw new Error("no Paul Martin");
    expect(chooseDistractors({ kind: "person", person: martin }, martin.name, analysis)).toContain(
      "Paul Martinez",
    );
  });
});

describe("chooseDistractors for roles", () => {
  it("offers the other people's roles, each once, and none that is part of the answer", () => {
    const analysis = analysisOf(
      "La maire de Nantes, Johanna Rolland, a ouvert la séance. Le maire, Hervé Neau, a répondu. La ministre, Claire Morin, et le ministre, Paul Dupont, ont écouté. Le préfet, Luc Blanc, était là.",
    );
    const rolland = analysis.people.find((person) => person.name === "Johanna Rolland");
    if (!rolland) throw new Error("no Johanna Rolland");
    const distractors = chooseDistractors(
      { kind: "role", person: rolland, role: "maire de Nantes" },
      "maire de Nantes",
      analysis,
    );
    expect(distractors).toEqual(["ministre", "préfet"]);
  });

  it("offers no role written for a woman to a man (`présidente d'un groupement` for Fodé Soumah)", () => {
    const analysis = analysisOf(
      "Le directeur général de la SBRG, Fodé Soumah, a pris la parole. La présidente d'un groupement de femmes, Mariama Baldé, a salué le projet. Le gouverneur, Ibrahima Camara, et le ministre des Mines, Ousmane Kéita, étaient présents.",
    );
    const soumah = analysis.people.find((person) => person.name === "Fodé Soumah");
    if (!soumah) throw new Error("no Fodé Soumah");
    const distractors = chooseDistractors(
      { kind: "role", person: soumah, role: "directeur général de la SBRG" },
      "directeur général de la SBRG",
      analysis,
    );
    expect(distractors).not.toContain("présidente d'un groupement de femmes");
    expect(distractors).toContain("gouverneur");
  });
});

describe("chooseDistractors for places", () => {
  it("keeps the article of a country: `le Maroc` is offered among masculine countries only", () => {
    const analysis = analysisOf(
      "Le ministre est arrivé au Maroc, après la Belgique, l'Espagne et le Portugal.",
    );
    const maroc = analysis.places.find((place) => place.name === "Maroc");
    if (!maroc) throw new Error("no Maroc");
    const distractors = chooseDistractors({ kind: "place", place: maroc }, "Maroc", analysis);
    expect(distractors).toHaveLength(3);
    expect(distractors[0]).toBe("Portugal");
    expect(distractors).not.toContain("Maroc");
    for (const distractor of distractors) expect(COUNTRIES.get(distractor), distractor).toBe("le");
  });

  it("offers no plural country of another region for `les États-Unis` (not `les Pays-Bas`)", () => {
    const analysis = analysisOf("Le traité a été signé par les États-Unis et la France.");
    const usa = analysis.places.find((place) => place.name === "États-Unis");
    if (!usa) throw new Error("no États-Unis");
    expect(chooseDistractors({ kind: "place", place: usa }, "États-Unis", analysis)).toEqual([]);
  });

  it("offers built-in countries of the answer's region only (`l'Australie`: no `l'Allemagne`)", () => {
    const region = (text: string, name: string) => {
      const analysis = analysisOf(text);
      const place = analysis.places.find((p) => p.name === name);
      if (!place) throw new Error(`no ${name}`);
      return chooseDistractors({ kind: "place", place }, name, analysis);
    };
    expect(
      region("La Guinée est le 2e producteur mondial derrière l'Australie.", "Australie"),
    ).toEqual(["Inde", "Indonésie"]);
    const mali = region(
      "Le ministre a inauguré à Sikasso, dans le sud du Mali, un institut.",
      "Mali",
    );
    expect(mali).toHaveLength(3);
    for (const option of mali)
      expect(COUNTRY_REGIONS.get(option), option).toBe("sub-saharan-africa");
    // The article's own countries stay, whatever their region.
    expect(region("Le Liban a reçu une aide du Portugal.", "Liban")).toContain("Portugal");
  });

  it("offers the article's other cities first, then well-known ones, never the answer", () => {
    const analysis = analysisOf("La ligne relie Nantes à Rennes, puis à Angers.");
    const nantes = analysis.places.find((place) => place.name === "Nantes");
    if (!nantes) throw new Error("no Nantes");
    const distractors = chooseDistractors({ kind: "place", place: nantes }, "Nantes", analysis);
    expect(distractors).toEqual(["Rennes", "Angers", "Paris"]);
  });

  it("offers cities of the answer's own country only", () => {
    const analysis = analysisOf(
      "La convention a été signée mardi à Casablanca, en présence d'élus de Lyon.",
    );
    const casablanca = analysis.places.find((place) => place.name === "Casablanca");
    if (!casablanca) throw new Error("no Casablanca");
    const distractors = chooseDistractors(
      { kind: "place", place: casablanca },
      "Casablanca",
      analysis,
    );
    expect(distractors).toEqual(["Rabat", "Marrakech", "Tanger"]);
  });
});

describe("chooseDistractors for organisations", () => {
  const analysis = analysisOf(
    "Le Fonds monétaire international (FMI) a prêté avec la Banque africaine de développement (BAD), la Banque mondiale, puis l'Office des étrangers.",
  );
  const bad = analysis.organisations.find((organisation) => organisation.acronym === "BAD");
  if (!bad) throw new Error("no BAD");

  it("puts the organisations with the same head noun first, in the form asked", () => {
    expect(
      chooseDistractors(
        { kind: "organisation", organisation: bad, form: "either" },
        "BAD",
        analysis,
      ),
    ).toEqual(["Banque mondiale", "FMI", "Office des étrangers"]);
    expect(
      chooseDistractors(
        { kind: "organisation", organisation: bad, form: "name" },
        "Banque africaine de développement",
        analysis,
      ),
    ).toEqual(["Banque mondiale", "Fonds monétaire international", "Office des étrangers"]);
  });
});

describe("chooseDistractors for numbers", () => {
  const numberIn = (option: string) =>
    Number.parseFloat(option.replace(/[\s\u00a0]/gu, "").replace(",", "."));

  it.each([
    [15, "points", 7, 30],
    [2, "jours", 2, 5],
    [40000, "voyageurs", 14000, 96000],
    [45, "voix", 15, 110],
    [3.5, "millions d'euros", 1.2, 8.4],
  ])("offers three plausible neighbours of %d %s, in its unit", (value, unit, low, high) => {
    const options = numberDistractors(value, unit);
    expect(options).toHaveLength(3);
    expect(new Set(options).size).toBe(3);
    for (const option of options) {
      expect(option.endsWith(` ${unit}`)).toBe(true);
      expect(numberIn(option)).not.toBe(value);
      expect(numberIn(option)).toBeGreaterThanOrEqual(low);
      expect(numberIn(option)).toBeLessThanOrEqual(high);
    }
  });

  it("varies the ratios and a share's decimals, so no option shows how the others were made", () => {
    // Round values, so each option over its answer is the ratio it was made with.
    const fixed = new Set(["0.40", "0.60", "0.80", "1.25", "1.50", "2.00"]);
    const ratios = new Set<string>();
    for (const value of [1000, 2000, 5000, 10000, 20000, 40000, 60000, 100000]) {
      for (const option of numberDistractors(value, "emplois").map(numberIn)) {
        ratios.add((option / value).toFixed(2));
      }
    }
    expect([...ratios].filter((ratio) => !fixed.has(ratio))).not.toEqual([]);
    const decimals = numberDistractors(41.86, "%").map((option) => option.split(",")[1]);
    expect(decimals.every((part) => part === "86")).toBe(false);
  });

  it("puts the answer at every rank of the ordered options, over many answers", () => {
    // Blind grading: when the answer was always the smallest option, or always between a half
    // and a double, students picked it without reading.
    const ranks = new Set<number>();
    for (const value of [3, 7, 12, 26, 45, 87, 140, 480, 1100, 1800, 3400, 8500, 40000]) {
      const values = numberDistractors(value, "emplois").map(numberIn);
      ranks.add(values.filter((option) => option < value).length);
    }
    expect([...ranks].sort()).toEqual([0, 1, 2, 3]);
  });

  it("agrees the scale word with each option (`1,6 million`, `2,6 millions`)", () => {
    for (const option of [
      ...numberDistractors(1.3, "million d'euros"),
      ...numberDistractors(2.3, "millions d'euros"),
    ]) {
      const value = numberIn(option);
      expect(option).toMatch(value >= 2 ? /millions d'euros$/u : /million d'euros$/u);
    }
  });

  it("puts a unit in the singular below 2 (`1,7 kilomètre`, `1,2 kilomètre carré de forêt`)", () => {
    const options = [
      ...numberDistractors(2.4, "kilomètres"),
      ...numberDistractors(2.1, "kilomètres carrés de forêt"),
    ];
    expect(options.some((option) => numberIn(option) < 2)).toBe(true);
    for (const option of options) {
      const value = numberIn(option);
      expect(option).toMatch(
        value >= 2 ? /kilomètres(?: carrés de forêt)?$/u : /kilomètre(?: carré de forêt)?$/u,
      );
    }
  });

  it("offers more than consecutive counts for a small one (blind grading: 9, 10, 11, 12)", () => {
    const options = numberDistractors(10, "classes").map(numberIn);
    const all = [...options, 10].sort((a, b) => a - b);
    const steps = all.slice(1).map((value, index) => value - (all[index] ?? 0));
    expect(steps.some((step) => step > 1)).toBe(true);
  });

  it("keeps years as years: a few or ten years apart", () => {
    for (const option of numberDistractors(2016, "")) {
      expect(Math.abs(numberIn(option) - 2016)).toBeLessThanOrEqual(10);
      expect(Number.isInteger(numberIn(option))).toBe(true);
    }
  });

  it("never offers 1 or less before a plural unit, nor the answer itself", () => {
    expect(numberDistractors(1, "jours")).toEqual(["2 jours", "3 jours", "4 jours"]);
    for (const value of [1, 2, 3, 7, 19, 20, 120, 1500, 2024]) {
      const distractors = numberDistractors(value, "jours");
      expect(distractors.length).toBeGreaterThan(0);
      expect(new Set(distractors).size).toBe(distractors.length);
      for (const distractor of distractors) {
        expect(numberIn(distractor)).toBeGreaterThan(1);
        expect(numberIn(distractor)).not.toBe(value);
      }
    }
  });
});

describe("chooseDistractors for answers without look-alikes", () => {
  it("offers nothing for a date, a statement or a phrase", () => {
    const analysis = analysisOf("Le maire a parlé mardi 1er mars à Nantes.");
    const [date] = analysis.dates;
    if (!date) throw new Error("no date");
    expect(chooseDistractors({ kind: "date", date }, "mardi 1er mars", analysis)).toEqual([]);
    expect(chooseDistractors({ kind: "truth", value: true }, "Vrai", analysis)).toEqual([]);
    expect(chooseDistractors({ kind: "phrase", text: "bien avancée" }, "x", analysis)).toEqual([]);
  });
});

describe("chooseDistractors for an age or a term past 20 years", () => {
  it("offers whole years close to the answer (not `100 ans` for a man of 47, nor `9,8 ans`)", () => {
    for (const value of [28, 47]) {
      const distractors = numberDistractors(value, "ans");
      expect(distractors).toHaveLength(3);
      for (const distractor of distractors) {
        const years = Number.parseFloat(distractor.replace(",", "."));
        expect(Number.isInteger(years)).toBe(true);
        expect(years).toBeLessThanOrEqual(value * 1.5);
        expect(years).toBeGreaterThanOrEqual(value * 0.5);
      }
    }
  });
});

describe("chooseDistractors for a score out of a most", () => {
  it("offers nothing above the most (`38 points sur 42`)", () => {
    const analysis = analysisOf(
      "La lycéenne a obtenu 38 points sur 42, le meilleur score des filles.",
    );
    const quantity = analysis.quantities.find((q) => q.value === 38);
    if (!quantity) throw new Error("no quantity read");
    const options = chooseDistractors({ kind: "number", quantity }, "38 points", analysis);
    expect(options).toHaveLength(3);
    for (const option of options) expect(Number.parseInt(option, 10)).toBeLessThanOrEqual(42);
  });
});

describe("chooseDistractors for league points", () => {
  it("offers no total above three points a round played (`27 points` after the 12e journée)", () => {
    const analysis = analysisOf(
      "La Louvière a battu le Lierse samedi, pour le compte de la 12e journée de Challenger Pro League.",
      "Avec 27 points, La Louvière devance désormais Patro Eisden.",
    );
    const quantity = analysis.quantities.find((q) => q.value === 27);
    if (!quantity) throw new Error("no quantity read");
    const options = chooseDistractors({ kind: "number", quantity }, "27 points", analysis);
    expect(options).toHaveLength(3);
    for (const option of options) expect(Number.parseInt(option, 10)).toBeLessThanOrEqual(36);
    // Without the round, the same total may have options above 36.
    const loose = analysisOf("Avec 27 points, La Louvière devance désormais Patro Eisden.");
    const free = loose.quantities.find((q) => q.value === 27);
    if (!free) throw new Error("no quantity read");
    const unbounded = chooseDistractors({ kind: "number", quantity: free }, "27 points", loose);
    expect(unbounded.some((option) => Number.parseInt(option, 10) > 36)).toBe(true);
  });
});

describe("chooseDistractors for a unit that ends in s in the singular", () => {
  it("offers `1,3 fois`, never `1,3 foi`", () => {
    const options = numberDistractors(2.1, "fois");
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(option).toMatch(/ fois$/u);
  });
});

describe("chooseDistractors against the words around a figure", () => {
  it("offers nothing above `sur dix` and nothing under a part `dont douze` (round 96)", () => {
    const options = (sentence: string, value: number) => {
      const analysis = analysisOf(sentence);
      const quantity = analysis.quantities.find((q) => q.value === value);
      if (!quantity) throw new Error("no quantity read");
      return chooseDistractors({ kind: "number", quantity }, quantity.text, analysis).map((o) =>
        Number.parseInt(o, 10),
      );
    };
    const rooms = options("Huit salles de classe sur dix se sont retrouvées à ciel ouvert.", 8);
    expect(rooms.length).toBeGreaterThan(0);
    for (const option of rooms) expect(option).toBeLessThanOrEqual(10);
    const term = options("Ils ont écopé de dix-huit mois de prison, dont douze avec sursis.", 18);
    expect(term.length).toBeGreaterThan(0);
    for (const option of term) expect(option).toBeGreaterThan(12);
  });

  it("keeps a child's age a child's (`enfants âgés de 9 mois à 14 ans`, round 133)", () => {
    const analysis = analysisOf(
      "Une campagne visant 46 300 enfants âgés de 9 mois à 14 ans a été lancée mardi.",
    );
    const quantity = analysis.quantities.find((q) => q.value === 14);
    if (!quantity) throw new Error("no quantity read");
    const ages = chooseDistractors({ kind: "number", quantity }, quantity.text, analysis).map((o) =>
      Number.parseInt(o, 10),
    );
    expect(ages.length).toBeGreaterThan(0);
    for (const age of ages) expect(age).toBeLessThanOrEqual(17);
  });
});

describe("nearbyValues on a temperature", () => {
  // Round 103: `49 | 70 °C` beside `29 °C` on a summer night were absurd options.
  it("offers temperatures a few degrees from the answer", () => {
    for (const value of [8, 21, 29, 38.5]) {
      const options = nearbyValues(value, "°C");
      expect(options).toHaveLength(3);
      for (const option of options) expect(Math.abs(option - value)).toBeLessThanOrEqual(8);
    }
  });

  // A warming of `1,5 °C`: `4,5 | 6,5 | 9,5 °C` were absurd beside it.
  it("offers a small warming half degrees apart", () => {
    for (const rank of [0, 1, 2, 3]) {
      const options = nearbyValues(1.5, "°C", Infinity, -Infinity, rank);
      expect(options).toHaveLength(3);
      for (const option of options) {
        expect(option).toBeGreaterThan(0);
        expect(Math.abs(option - 1.5)).toBeLessThanOrEqual(1.5);
      }
    }
  });
});

describe("nearbyValues on a share", () => {
  // Round 117: `1,8 | 6,1 %` beside a sugar content of `15,4 %` were absurd options.
  it("offers no share below half of the answer", () => {
    for (const rank of [0, 1, 2, 3]) {
      const options = nearbyValues(15.4, "%", Infinity, -Infinity, rank);
      expect(options).toHaveLength(3);
      for (const option of options) expect(option).toBeGreaterThanOrEqual(7.7);
    }
  });
});

describe("chooseDistractors for a figure beside another of its unit", () => {
  it("offers no figure the sentence states of something else (round 135: both requests)", () => {
    const analysis = analysisOf(
      "Le ministère public avait requis cinq ans de prison ferme contre le trésorier et deux ans ferme contre le président.",
    );
    for (const options of optionsAtEveryRank(analysis, 5)) {
      expect(options).toHaveLength(3);
      expect(options).not.toContain("2 ans");
    }
  });
});

describe("chooseDistractors for a figure compared further on", () => {
  it("keeps every option on the answer's side of what it is compared with (round 136)", () => {
    const cases = [
      {
        text: "Le vignoble devrait produire environ 92 000 hectolitres de vin cette année, contre une moyenne de 112 000 hectolitres entre 2020 et 2024.",
        value: 92000,
        side: (n: number) => n < 112000,
      },
      {
        text: "Le domaine vendra sa bouteille de crémant brut 12,60 euros à partir du 1er novembre, contre 11,90 euros jusqu'ici.",
        value: 12.6,
        side: (n: number) => n > 11.9,
      },
      {
        // Set CF (Moanda): the earlier figure written bare, with dots for thousands.
        text: "L'établissement a enregistré 6.842 cas de paludisme en 2024, contre 5.560 l'année précédente, soit une hausse de 23 %.",
        value: 6842,
        side: (n: number) => n > 5560,
      },
    ];
    for (const { text, value, side } of cases) {
      for (const options of optionsAtEveryRank(analysisOf(text), value)) {
        expect(options).toHaveLength(3);
        const values = options.map((option) =>
          Number.parseFloat(option.replace(/\s/gu, "").replace(",", ".")),
        );
        expect(values.every(side)).toBe(true);
      }
    }
  });
});

describe("chooseDistractors for a decade (set CL's Lodève)", () => {
  it("offers decades, not the years next to it", () => {
    const analysis = analysisOf(
      "Les registres permettent de suivre le passage aux colorants chimiques, à partir des années 1870.",
    );
    const start = analysis.body.indexOf("1870");
    const quantity: Quantity = { text: "1870", start, end: start + 4, value: 1870, unit: "" };
    const options = chooseDistractors({ kind: "number", quantity }, quantity.text, analysis);
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(Number(option) % 10).toBe(0);
  });
});

describe("chooseDistractors for an approximate figure (round 153: `19 m2` beside `environ 18 m2`)", () => {
  it("offers no option within a tenth of a figure said to be about so much", () => {
    const mosaic = analysisOf(
      "Une mosaïque romaine d'environ 18 mètres carrés a été mise au jour par les archéologues.",
    );
    for (const options of optionsAtEveryRank(mosaic, 18)) {
      expect(options).toHaveLength(3);
      for (const option of options) {
        const value = Number(option.split(" ")[0]?.replace(",", "."));
        expect(Math.abs(value - 18) / 18).toBeGreaterThanOrEqual(0.1);
      }
    }
    // An exact figure keeps its near neighbours.
    const exact = analysisOf("La mosaïque mesure 18 mètres carrés.");
    expect(optionsAtEveryRank(exact, 18).flat()).toContain("19 mètres carrés");
  });
});

describe("chooseDistractors on a unit written in the singular (round 170: Jemmal)", () => {
  it("reads `1,6 dinar, contre 2,4 dinars` as one unit: no option at or above what it fell from", () => {
    const analysis = analysisOf(
      "Le kilogramme d'olives se négocie actuellement autour de 1,6 dinar, contre 2,4 dinars l'an dernier à la même période.",
    );
    for (const options of optionsAtEveryRank(analysis, 1.6)) {
      const values = options.map((option) => Number.parseFloat(option.replace(",", ".")));
      expect(values.every((n) => n < 2.4)).toBe(true);
    }
  });

  it("writes the unit in the plural from 2 on, a symbol as it is", () => {
    const dinars = numberDistractors(1.6, "dinar");
    expect(dinars.length).toBeGreaterThan(0);
    for (const option of dinars) {
      const value = Number.parseFloat(option.replace(",", "."));
      expect(option.endsWith(value >= 2 ? " dinars" : " dinar")).toBe(true);
    }
    expect(numberDistractors(1.9, "km").every((option) => option.endsWith(" km"))).toBe(true);
  });
});

describe("chooseDistractors for the latest year, told in the past (round 171: Bol)", () => {
  it("offers no option two years after a past year no later one follows", () => {
    const analysis = analysisOf(
      "Elles doivent permettre d'alerter à temps les cultivateurs des polders, dont les champs avaient été noyés lors des inondations de 2024.",
    );
    const start = analysis.body.indexOf("2024");
    const quantity: Quantity = { text: "2024", start, end: start + 4, value: 2024, unit: "" };
    for (const rank of [0, 1, 2, 3]) {
      const options = chooseDistractors(
        { kind: "number", quantity },
        "2024",
        analysis,
        () => false,
        rank,
      );
      expect(options.every((option) => Number(option) <= 2025)).toBe(true);
    }
  });
});
