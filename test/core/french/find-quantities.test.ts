import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/core/french/find-quantities";

function found(body: string): [string, number, string][] {
  return findQuantities(body).map((quantity) => [quantity.text, quantity.value, quantity.unit]);
}

describe("findQuantities", () => {
  it("reads a number written in words and its unit (the @example)", () => {
    expect(findQuantities("un séjour de deux jours")).toEqual([
      { text: "deux jours", start: 13, end: 23, value: 2, unit: "jours" },
    ]);
  });

  it.each([
    [
      "Les travaux ont coûté 3,5 millions d'euros.",
      "3,5 millions d'euros",
      3.5,
      "millions d'euros",
    ],
    ["La ligne accueillera 40 000 voyageurs par jour.", "40 000 voyageurs", 40000, "voyageurs"],
    ["La ligne dessert 18 stations.", "18 stations", 18, "stations"],
    ["Le chômage a baissé de 15 % en un an.", "15 %", 15, "%"],
    ["Il a été élu avec 52 pour cent des voix.", "52 pour cent", 52, "pour cent"],
    ["Le budget atteint 1,2 milliard d'euros.", "1,2 milliard d'euros", 1.2, "milliard d'euros"],
    ["Il a couru 42,195 km dimanche.", "42,195 km", 42.195, "km"],
    ["Il a vendu 1.500.000 exemplaires.", "1.500.000 exemplaires", 1500000, "exemplaires"],
    ["Un homme de 45 ans a été interpellé.", "45 ans", 45, "ans"],
    ["La température a atteint 42 °C à Lyon.", "42 °C", 42, "°C"],
    ["Ils étaient vingt-trois élèves.", "vingt-trois élèves", 23, "élèves"],
    ["Il y avait cent cinquante spectateurs.", "cent cinquante spectateurs", 150, "spectateurs"],
    ["Deux mille personnes ont manifesté.", "Deux mille personnes", 2000, "personnes"],
    ["La mission a duré vingt et un jours.", "vingt et un jours", 21, "jours"],
  ])("in %j finds %j = %d %s", (body, text, value, unit) => {
    const [quantity, ...others] = findQuantities(body);
    expect(others).toEqual([]);
    expect(quantity).toMatchObject({ text, value, unit });
    expect(quantity && body.slice(quantity.start, quantity.end)).toBe(text);
  });

  it("counts nothing in a set phrase (`à deux pas`, `des quatre coins`), but a step taken", () => {
    const texts = (text: string) => findQuantities(text).map((quantity) => quantity.text);
    expect(
      texts(
        "L'école, construite à deux pas du complexe sportif, accueille 212 enfants venus des quatre coins de la commune.",
      ),
    ).toEqual(["212 enfants"]);
    expect(texts("Il a fait deux pas en avant.")).toEqual(["deux pas"]);
  });

  it("finds every quantity of a sports result, but not the bare score", () => {
    expect(
      found("Le FC Nantes a battu Lyon 3 à 1 devant 32 000 spectateurs ; Simon a marqué 2 buts."),
    ).toEqual([
      ["32 000 spectateurs", 32000, "spectateurs"],
      ["2 buts", 2, "buts"],
    ]);
  });

  it("counts any plural noun (`3 enfants`) but not a preposition or adverb after a number", () => {
    expect(found("Il a eu 3 enfants.")).toEqual([["3 enfants", 3, "enfants"]]);
    expect(found("Il a été condamné à 2 aux biens.")).toEqual([]);
    expect(found("Le conseil a voté par 35 voix contre 12.")).toEqual([["35 voix", 35, "voix"]]);
    expect(found("Il y en avait 2 plus tard, 3 dans la salle et 4 sans billet.")).toEqual([]);
  });

  it("does not count `un`/`une` (`un an de prison`) nor a bare number", () => {
    expect(found("Il a pris un an de prison et une amende.")).toEqual([]);
    expect(found("Elle a obtenu 12,5 sur 20.")).toEqual([]);
  });

  it("reads francs CFA written `F CFA` or `FCFA`, a scale before them kept in the unit", () => {
    expect(found("une enveloppe de 5 millions de F CFA")).toEqual([
      ["5 millions de F CFA", 5, "millions de F CFA"],
    ]);
    expect(found("un accord de 71,2 milliards FCFA et des loyers de 75 000 FCFA")).toEqual([
      ["71,2 milliards FCFA", 71.2, "milliards FCFA"],
      ["75 000 FCFA", 75000, "FCFA"],
    ]);
  });

  it("reads francs with their country (`3 600 milliards de francs guinéens`) whole", () => {
    expect(found("soit près de 3 600 milliards de francs guinéens.")).toEqual([
      ["3 600 milliards de francs guinéens", 3600, "milliards de francs guinéens"],
    ]);
  });

  it("reads a speed in km/h whole", () => {
    expect(found("La vitesse est limitée à 50 km/h en ville.")).toEqual([["50 km/h", 50, "km/h"]]);
  });

  it("counts `un million` of something, its scale in the unit like `deux millions`", () => {
    expect(
      findQuantities("Près d'un million d'Ivoiriens et deux millions d'habitants").map(
        ({ text, value, unit }) => [text, value, unit],
      ),
    ).toEqual([
      ["un million d'Ivoiriens", 1, "million d'Ivoiriens"],
      ["deux millions d'habitants", 2, "millions d'habitants"],
    ]);
  });

  it("finds the second of two quantities joined by `et` (`dix victoires et deux défaites`)", () => {
    expect(found("Le club compte dix victoires et deux défaites cette saison.")).toEqual([
      ["dix victoires", 10, "victoires"],
      ["deux défaites", 2, "défaites"],
    ]);
  });

  it("reads `quatre-vingts jours`", () => {
    expect(found("Le tour du monde a duré quatre-vingts jours.")).toEqual([
      ["quatre-vingts jours", 80, "jours"],
    ]);
  });

  it("takes no adjective for a unit (`les 3 dernières années`)", () => {
    expect(findQuantities("la sécheresse des 3 dernières années").map((q) => q.unit)).toEqual([]);
  });

  it("counts the noun after an adjective placed before it (`15 longs métrages`)", () => {
    expect(
      findQuantities("12 longs métrages et 3 nouveaux bus").map((q) => [q.text, q.unit]),
    ).toEqual([
      ["12 longs métrages", "longs métrages"],
      ["3 nouveaux bus", "nouveaux bus"],
    ]);
    // A plural the lexicon does not know is the noun all the same (round 93: `45 000 jeunes`).
    expect(
      findQuantities("45 000 jeunes palétuviers ont été replantés").map((q) => q.unit),
    ).toEqual(["jeunes palétuviers"]);
  });

  it("reads digits followed by `mille` (`850 mille dinars`)", () => {
    expect(
      findQuantities("un coût de 850 mille dinars").map((q) => [q.text, q.value, q.unit]),
    ).toEqual([["850 mille dinars", 850000, "dinars"]]);
  });

  it("takes a currency sign for the unit, with its scale (`200 millions $`, `12 M$`, `45 €`)", () => {
    expect(
      findQuantities("un prêt de 200 millions $, une aide de 12 M$ et un billet à 45 €").map(
        (q) => [q.text, q.value, q.unit],
      ),
    ).toEqual([
      ["200 millions $", 200, "millions $"],
      ["12 M$", 12, "M$"],
      ["45 €", 45, "€"],
    ]);
  });

  it("reads cubic and square measures whole (`300 000 mètres cubes`, `300.000 m3`, `40 km²`)", () => {
    expect(
      findQuantities(
        "Elle produit 300 000 mètres cubes par jour, soit 300.000 m3, sur 40 km².",
      ).map((q) => q.text),
    ).toEqual(["300 000 mètres cubes", "300.000 m3", "40 km²"]);
  });
});

describe("findQuantities on Swiss copy", () => {
  it("reads thousands grouped with an apostrophe (`14'000 foyers`)", () => {
    expect(found("près de 14'000 foyers privés de courant")).toEqual([
      ["14'000 foyers", 14000, "foyers"],
    ]);
  });
});

describe("findQuantities past an adjective before the noun", () => {
  it("counts the detonations of `deux fortes détonations`", () => {
    expect(found("vers 20 h 10, deux fortes détonations se sont produites")).toContainEqual([
      "deux fortes détonations",
      2,
      "fortes détonations",
    ]);
  });
});

describe("findQuantities on sums written with a currency abbreviation", () => {
  it("reads the dinar, franc congolais and ouguiya of local papers", () => {
    expect(found("le billet est fixé à 250 DA")).toEqual([["250 DA", 250, "DA"]]);
    expect(found("contre un prix officiel de 3 190 FC le litre")).toEqual([
      ["3 190 FC", 3190, "FC"],
    ]);
    expect(found("fixé à 12 500 ouguiyas (MRU), contre 11 800 MRU")).toEqual([
      ["12 500 ouguiyas", 12500, "ouguiyas"],
      ["11 800 MRU", 11800, "MRU"],
    ]);
  });

  it("keeps the scale of `96 milliards de DA` in the unit", () => {
    expect(found("pour un coût global de 96 milliards de DA")).toEqual([
      ["96 milliards de DA", 96, "milliards de DA"],
    ]);
  });

  it("takes no lower-case word for an abbreviation (`12 da` is no sum)", () => {
    expect(found("il en reste 12 da capo")).toEqual([]);
  });
});

describe("findQuantities on two nouns counted together", () => {
  it("counts `cinq gares et haltes` as one count of both", () => {
    expect(found("la ligne comprend cinq gares et haltes, dont celle de Hassi Bahbah")).toEqual([
      ["cinq gares et haltes", 5, "gares et haltes"],
    ]);
    expect(found("3 morts et 12 blessés")).toEqual([
      ["3 morts", 3, "morts"],
      ["12 blessés", 12, "blessés"],
    ]);
  });
});

describe("findQuantities on a figure written in words and again in digits", () => {
  it("reads `quatre cents (400) camions` as 400 trucks, never `4 cents`", () => {
    expect(found("un parc d'une capacité de quatre cents (400) camions.")).toEqual([
      ["quatre cents (400) camions", 400, "camions"],
    ]);
    expect(found("trois cents personnes")).toEqual([["trois cents personnes", 300, "personnes"]]);
  });

  it("reads any figure restated in digits as one quantity over both, with its unit", () => {
    expect(found("se vend à deux cent cinquante (250) francs CFA au marché")).toEqual([
      ["deux cent cinquante (250) francs CFA", 250, "francs CFA"],
    ]);
    expect(found("un délai de huit (8) jours")).toEqual([["huit (8) jours", 8, "jours"]]);
    expect(found("environ douze mille (12 000) foyers")).toEqual([
      ["douze mille (12 000) foyers", 12000, "foyers"],
    ]);
  });

  it("keeps the scale written in words with the currency after the parentheses", () => {
    expect(found("la réduction de trente-huit millions (38 millions) d'euros")).toEqual([
      ["trente-huit millions (38 millions) d'euros", 38, "millions d'euros"],
    ]);
    expect(found("quarante-huit milliards (48 000 000 000) de francs guinéens")).toEqual([
      [
        "quarante-huit milliards (48 000 000 000) de francs guinéens",
        48,
        "milliards de francs guinéens",
      ],
    ]);
  });

  it("reads words with two scales by the digits and their scale (`onze milliards quatre cents millions (11,4 milliards)`)", () => {
    expect(
      found("équilibré à onze milliards quatre cents millions (11,4 milliards) de francs CFA"),
    ).toEqual([
      [
        "onze milliards quatre cents millions (11,4 milliards) de francs CFA",
        11.4,
        "milliards de francs CFA",
      ],
    ]);
  });

  it("reads `équivalents plein temps` as one unit", () => {
    expect(found("passeront à 2 338 équivalents plein temps (EPT)")).toEqual([
      ["2 338 équivalents plein temps", 2338, "équivalents plein temps"],
    ]);
  });

  it("takes a figure restated after its unit into the first, and a second noun joined by `et`", () => {
    expect(found("puisera sept millions de dollars (7 M$) dans ses surplus")).toEqual([
      ["sept millions de dollars (7 M$)", 7, "millions de dollars"],
    ]);
    expect(found("trois cent douze (312) boutiques et hangars détruits")).toEqual([
      ["trois cent douze (312) boutiques et hangars", 312, "boutiques et hangars"],
    ]);
  });
});

describe("findQuantities on a hyphenated unit", () => {
  it("reads `26 sages-femmes` whole, not `26 sages` (round 89), with the noun joined to it", () => {
    expect(found("la formation de 26 sages-femmes et infirmiers")).toEqual([
      ["26 sages-femmes et infirmiers", 26, "sages-femmes et infirmiers"],
    ]);
  });
});

describe("findQuantities on a term less a day", () => {
  it("reads no figure in `deux ans moins un jour` (round 90), one in `deux ans de prison`", () => {
    expect(found("une peine de deux ans moins un jour de détention")).toEqual([]);
    expect(found("une peine de deux ans de prison")).toEqual([["deux ans", 2, "ans"]]);
  });
});

describe("findQuantities on areas written with a plain 2", () => {
  it("reads `4200 m2` and `12 km2` whole, never `4200 m` beside a stray 2", () => {
    expect(
      found("une parcelle de 4200 m2 située au sud, un parc de 12 km2 et 300 m de haie"),
    ).toEqual([
      ["4200 m2", 4200, "m2"],
      ["12 km2", 12, "km2"],
      ["300 m", 300, "m"],
    ]);
  });
});

describe("findQuantities on a scale named after its degrees (set CJ's Lutry)", () => {
  it("keeps `degrés Oechsle` whole, no temperature", () => {
    expect(
      findQuantities("Les premiers moûts affichaient 78 degrés Oechsle mardi.").map((q) => q.unit),
    ).toEqual(["degrés Oechsle"]);
    expect(findQuantities("Il a fait 31 degrés mardi.").map((q) => q.unit)).toEqual(["degrés"]);
  });
});

describe("findQuantities on a year before an adverb (Bertrange: `installés en 2019 près du terrain`)", () => {
  it("reads no unit `près`, `après` or `depuis` after a figure", () => {
    expect(
      findQuantities(
        "Des conteneurs installés en 2019 près du terrain, rénovés en 2021 après les crues, loués en 2022 depuis Metz.",
      ).map((q) => q.unit),
    ).toEqual([]);
  });
});

describe("findQuantities on a counted noun and its bare complement (round 158: Sprimont's ponds)", () => {
  it("counts `plans d'eau` and `cours d'eau`, not `plans` and `cours`", () => {
    expect(found("Quatorze plans d'eau ont été aménagés en sept ans.")[0]).toEqual([
      "Quatorze plans d'eau",
      14,
      "plans d'eau",
    ]);
    expect(found("La commune compte 12 cours d'eau.")[0]?.[2]).toBe("cours d'eau");
    expect(found("Le lycée propose 12 cours de langue.")[0]?.[2]).toBe("cours");
  });
});
