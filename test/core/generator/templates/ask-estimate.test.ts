import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askEstimate } from "../../../../src/core/generator/templates/ask-estimate";

function candidatesFor(...sentences: string[]) {
  return askEstimate(analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n"))));
}

describe("askEstimate", () => {
  it("reads the subject of a change in a second clause joined by `, et` (round 133)", () => {
    const prompts = candidatesFor(
      "Selon la direction, le carnet de commandes a reculé de 38 % en 2024, et le chiffre d'affaires est passé de 74 millions à 51 millions d'euros.",
    ).map((candidate) => candidate.prompt);
    expect(prompts).toContain("À combien est passé le chiffre d'affaires ?");
    expect(prompts).not.toContain("À combien est passé le carnet de commandes ?");
  });

  it("asks *Pour quand* of a date a thing is set for (round 136)", () => {
    const prompts = candidatesFor(
      "La prochaine édition est annoncée pour janvier 2026, avec l'ambition d'ouvrir la compétition.",
    ).map((candidate) => candidate.prompt);
    expect(prompts).toContain("Pour quand la prochaine édition est-elle annoncée ?");
    expect(prompts).not.toContain("Quand la prochaine édition est-elle annoncée ?");
  });

  it("reads the subject of a change in a clause after `que` (round 135)", () => {
    const prompts = candidatesFor(
      "La Municipalité avait déposé son préavis en janvier, en rappelant que la population du bourg est passée de 5900 à 6700 habitants en dix ans.",
    ).map((candidate) => candidate.prompt);
    expect(prompts).toContain("À combien est passée la population du bourg ?");
    expect(prompts).not.toContain("À combien est passée la Municipalité ?");
  });

  it("asks the figure an author puts on something (`La compagnie estime les dégâts à …`)", () => {
    const [candidate] = candidatesFor(
      "La compagnie estime les dégâts à au moins 350'000 francs, sans compter les frais de purge.",
    );
    expect(candidate?.prompt).toBe("À combien la compagnie estime-t-elle les dégâts ?");
    expect(candidate?.answer).toMatchObject({ kind: "number", quantity: { value: 350000 } });
    const [past] = candidatesFor(
      "Selon lui, les services du ministère ont évalué le coût des réparations à près de 4 milliards de FCFA.",
    );
    expect(past?.prompt).toBe(
      "À combien les services du ministère ont-ils évalué le coût des réparations ?",
    );
  });

  it("asks no estimate whose figure is not the one estimated (`estime les besoins à Dakar`)", () => {
    expect(
      candidatesFor("Le directeur estime les besoins à Dakar, où 300 familles attendent.").map(
        (c) => c.prompt,
      ),
    ).not.toContain("À combien le directeur estime-t-il les besoins ?");
  });

  it("asks the figure a change reaches after `est tombé` and a modal `devrait passer`", () => {
    expect(
      candidatesFor(
        "Le taux de couverture vaccinale est tombé de 85 % en 2019 à 52 % l'an dernier.",
        "Le temps de passage à la frontière devrait passer de huit jours à 48 heures.",
      ).map((c) => c.prompt),
    ).toEqual([
      "À combien est passé le taux de couverture vaccinale ?",
      "À combien devrait passer le temps de passage à la frontière ?",
    ]);
  });

  it("asks how much an estimate is (the @example), as a choice on the whole amount", () => {
    const [candidate, ...others] = candidatesFor(
      "Le préjudice total est estimé à 1,3 million d'euros.",
    );
    expect(others).toEqual([]);
    expect(candidate?.prompt).toBe("À combien le préjudice total est-il estimé ?");
    expect(candidate?.choice).toBe(true);
    expect(candidate?.answer).toMatchObject({
      kind: "number",
      quantity: { text: "1,3 million d'euros" },
    });
  });

  it("keeps the currency's name whole (`francs CFA`) and agrees the pronoun", () => {
    const [candidate] = candidatesFor(
      "La prime à l'export est fixée à 250 francs CFA par kilogramme.",
    );
    expect(candidate?.prompt).toBe("À combien la prime à l'export est-elle fixée par kilogramme ?");
    expect(candidate?.answer).toMatchObject({ quantity: { text: "250 francs CFA" } });
  });

  it("asks when a schedule is, by its date or its year", () => {
    expect(
      candidatesFor("La réouverture du pont est prévue le 12 mars.").map((c) => c.prompt),
    ).toEqual(["Quand la réouverture du pont est-elle prévue ?"]);
    const [year] = candidatesFor("Les premières livraisons sont attendues pour la fin de 2027.");
    expect(year?.prompt).toBe("En quelle année les premières livraisons sont-elles attendues ?");
    expect(year?.answer).toMatchObject({ kind: "number", quantity: { value: 2027 } });
  });

  it("asks nothing of a pronoun subject or a schedule without a date", () => {
    expect(candidatesFor("Il est estimé à 40 millions d'euros.")).toEqual([]);
    expect(candidatesFor("La visite est prévue pour la rentrée.")).toEqual([]);
  });

  it("asks the level a figure reached, with the year it was read at", () => {
    expect(
      candidatesFor(
        "Le bilan provisoire s'élève à 17 morts.",
        "Les exportations de la filière sont tombées à 2,1 milliards de dollars en 2024, selon la banque centrale.",
        "Le chiffre d'affaires du groupe a chuté à 310 millions d'euros l'an dernier.",
      ).map((c) => c.prompt),
    ).toEqual([
      "À combien s'élève le bilan provisoire ?",
      "À combien les exportations de la filière sont-elles tombées en 2024 ?",
      "À combien le chiffre d'affaires du groupe a-t-il chuté l'an dernier ?",
    ]);
  });

  it("asks a level with s'établit and se situe, a long subject named by its acronym", () => {
    expect(
      candidatesFor(
        "Le taux national de succès au Brevet d'études du premier cycle (BEPC), session 2024, s'établit à 41,86 %, contre 36,94 % en 2023.",
        "Le taux de chômage se situe à 7,2 % au troisième trimestre.",
      ).map((c) => c.prompt),
    ).toEqual([
      "À combien s'établit le taux national de succès au BEPC ?",
      "À combien se situe le taux de chômage ?",
    ]);
  });

  it("asks no level when the figure is not right after `à`, or the subject is a pronoun", () => {
    expect(
      candidatesFor(
        "Elle s'élève à 12 millions d'euros.",
        "Le projet est passé à la vitesse supérieure avec 300 ouvriers.",
      ),
    ).toEqual([]);
  });

  it("asks the measure a thing is given with, in apposition or opening the sentence", () => {
    expect(
      candidatesFor(
        "Le chantier, d'un coût de 640 mille dinars, a été financé par la commune.",
        "D'une capacité totale de 12 000 places, cette salle accueillera le sommet en mai.",
      ).map((c) => c.prompt),
    ).toEqual(["Quel est le coût du chantier ?", "Quelle est la capacité totale de la salle ?"]);
  });

  it("reads the measure's owner past a sum worked out again and an incise, or `estimé à`", () => {
    expect(
      candidatesFor(
        "D'un coût de 1,4 milliard de francs Djibouti (FDJ), soit environ 7,9 millions de dollars, l'ouvrage relie trois forages au réservoir.",
        "D'un coût global de 14,8 milliards FCFA, l'unité, dont la construction avait débuté en mars 2024, est capable de traiter 12 000 tonnes de fruits par an.",
        "Le projet, d'un coût global estimé à 42 milliards de francs CFA, sera réalisé en trois phases.",
      ).map((c) => c.prompt),
    ).toEqual([
      "Quel est le coût de l'ouvrage ?",
      "Quel est le coût global de l'unité ?",
      "Quel est le coût global du projet ?",
    ]);
  });

  it("reads a level's subject in the last clause, and none that disagrees with the verb", () => {
    expect(
      candidatesFor(
        "Les quatre élus qui ont voté contre ont jugé la facture trop élevée, alors que l'estimation initiale présentée l'an dernier s'élevait à 2,6 millions $.",
      ).map((c) => c.prompt),
    ).toEqual(["À combien s'élevait l'estimation initiale présentée l'an dernier ?"]);
    expect(candidatesFor("Les recettes s'élevait à 4 millions de francs.")).toEqual([]);
  });

  it("reads a set level's object past the currency's abbreviation (`3 200 francs burundais (FBu) le prix …`)", () => {
    expect(
      candidatesFor(
        "Le gouvernement burundais a fixé à 3 200 francs burundais (FBu) le prix d'un kilogramme de café cerise A pour la campagne 2026.",
      ).map((c) => c.prompt),
    ).toContain(
      "À combien le gouvernement burundais a-t-il fixé le prix d'un kilogramme de café cerise A ?",
    );
  });

  it("asks the figure a change reaches, done or to come", () => {
    expect(
      candidatesFor(
        "Le nouveau poste doit réduire le temps d'attente des camions de huit jours à 48 heures.",
        "La part des énergies renouvelables est passée de 12 % à 31 % en cinq ans.",
        "Le guichet unique permettra de ramener le délai de dix jours à moins de 72 heures.",
        "La récolte de bleuets est passée de 61 millions de livres en 2022 à 28 millions de livres cette année.",
      ).map((c) => [c.prompt, c.answer.kind === "number" ? c.answer.quantity.text : ""]),
    ).toEqual([
      ["À combien doit passer le temps d'attente des camions ?", "48 heures"],
      ["À combien est passée la part des énergies renouvelables ?", "31 %"],
      // `à moins de 72 heures`: a word of approximation before the figure reached.
      ["À combien doit passer le délai ?", "72 heures"],
      // A year between the two figures.
      ["À combien est passée la récolte de bleuets ?", "28 millions de livres"],
    ]);
  });

  it("reads the subject of a change past a colon, not the sentence's first one (round 99)", () => {
    expect(
      candidatesFor(
        "Les Ouahigouyalais, eux, profitent de la baisse : au détail, le kilogramme est passé de 400 à 150 FCFA en moins d'un mois.",
      ).map((c) => c.prompt),
    ).toEqual(["À combien est passé le kilogramme ?"]);
  });

  it("asks where a change in a simple tense lands, with the verb as written", () => {
    expect(
      candidatesFor(
        "Le prix du café vert, quant à lui, passe de 1 200 à 1 500 francs CFA le kilogramme.",
        "Les tarifs passeront de 2,50 à 3 euros en janvier.",
        "La ligne passe de la gare au centre.",
      ).map((c) => [c.prompt, c.answer.kind === "number" && c.answer.quantity.text]),
    ).toEqual([
      ["À combien passe le prix du café vert ?", "1 500 francs CFA"],
      ["À combien passeront les tarifs ?", "3 euros"],
    ]);
  });

  it("asks the amount of a sum named by what it is for, when the article names one such sum", () => {
    expect(
      [
        "Le vainqueur empoche une prime de 50 millions de francs CFA et représentera le Sénégal.",
        "Le gouvernement a débloqué une aide d'urgence de 2 milliards d'ariary.",
        "Une enveloppe de 12 milliards de francs CFA doit financer les premières actions.",
      ].flatMap((sentence) =>
        candidatesFor(sentence).map((c) => [
          c.prompt,
          c.answer.kind === "number" && c.answer.quantity.text,
        ]),
      ),
    ).toEqual([
      ["Quel est le montant de la prime ?", "50 millions de francs CFA"],
      ["Quel est le montant de l'aide d'urgence ?", "2 milliards d'ariary"],
      ["Quel est le montant de l'enveloppe ?", "12 milliards de francs CFA"],
    ]);
    // Two primes: *the* prime would not say which; a sum of days is no amount of money.
    expect(
      candidatesFor(
        "Il a reçu une prime de 100 euros et une prime de 200 euros.",
        "Les coureurs ont eu une récompense de 3 jours de repos.",
      ),
    ).toEqual([]);
  });
});

describe("askEstimate on a sum each of several got", () => {
  it("asks no *Quel est le montant de l'amende ?* of `leur … chacun` (whose fine?)", () => {
    const prompts = (sentence: string) => candidatesFor(sentence).map((c) => c.prompt);
    expect(
      prompts("Le tribunal leur a en outre infligé une amende de 500 000 francs CFA chacun."),
    ).toEqual([]);
    expect(prompts("Le tribunal lui a infligé une amende de 500 000 francs CFA.")).toEqual([
      "Quel est le montant de l'amende ?",
    ]);
  });
});

describe("askEstimate on a limit", () => {
  it("asks the level a limit is set at, a speed in km/h among the units", () => {
    expect(
      candidatesFor(
        "La vitesse sera limitée à 50 km/h en agglomération.",
        "Le prix est plafonné à 300 francs CFA le kilo.",
      ).map((candidate) => candidate.prompt),
    ).toEqual([
      "À combien la vitesse sera-t-elle limitée ?",
      "À combien le prix est-il plafonné par kilo ?",
    ]);
  });
});

describe("askEstimate on a level a subject sets", () => {
  it("asks it with the object written after or before the figure", () => {
    expect(
      candidatesFor(
        "Le gouvernement a fixé à 315 francs CFA le prix plancher du kilogramme d'arachide pour la campagne 2026-2027.",
        "La loi fixe la vitesse maximale à 50 km/h dans les agglomérations.",
      ).map((candidate) => candidate.prompt),
    ).toEqual([
      "À combien le gouvernement a-t-il fixé le prix plancher du kilogramme d'arachide ?",
      "À combien la loi fixe-t-elle la vitesse maximale ?",
    ]);
  });
});

describe("askEstimate on a long subject", () => {
  it("leaves out where, at the end of a subject still too long", () => {
    expect(
      candidatesFor(
        "Le temps d'attente moyen des porte-conteneurs en rade du port de Casablanca est passé de 38 heures à 17 heures entre octobre 2025 et octobre 2026.",
      ).map((candidate) => candidate.prompt),
    ).toContain("À combien est passé le temps d'attente moyen des porte-conteneurs ?");
  });
});

describe("askEstimate on real-news shapes (2026-12-01 dev articles)", () => {
  const prompts = (...sentences: string[]) => candidatesFor(...sentences).map((c) => c.prompt);

  it("asks an estimate in apposition of the noun the participle agrees with, and the level after it", () => {
    const prompts = candidatesFor(
      "Le compte de taxes d'une résidence unifamiliale moyenne, évaluée à 298 000 $, s'établira tout de même à 3412 $, soit 41 $ de plus qu'en 2026.",
    ).map((candidate) => [
      candidate.prompt,
      candidate.answer.kind === "number" && candidate.answer.quantity.value,
    ]);
    expect(prompts).toEqual(
      expect.arrayContaining([
        ["À combien la résidence unifamiliale moyenne est-elle évaluée ?", 298000],
        ["À combien s'établira le compte de taxes d'une résidence unifamiliale moyenne ?", 3412],
      ]),
    );
    expect(prompts.map(([prompt]) => prompt)).not.toContain(
      "À combien le compte de taxes d'une résidence unifamiliale moyenne est-il évaluée ?",
    );
  });

  it("leaves a participle cut from its complement out of the subject (`le prix indicatif versé | aux producteurs`)", () => {
    const [level] = candidatesFor(
      "À cause de cette pénurie, le prix indicatif versé aux producteurs pour la première classe passe de 2,90 francs à 3,40 francs le kilo.",
    );
    expect(level?.prompt).toBe("À combien passe le prix indicatif ?");
  });

  it("asks an estimate given in apposition (`La cargaison, estimée à …, …`)", () => {
    expect(
      prompts(
        "La cargaison, estimée à 1,8 milliard de francs CFA, avait été déclarée comme pièces détachées.",
      ),
    ).toEqual(["À combien la cargaison est-elle estimée ?"]);
  });

  it("asks a level reached in the compound past, past an introduction that it keeps", () => {
    expect(
      prompts(
        "Au niveau national, le taux de réussite s'est établi à 37,4 %, contre 33,9 % en 2025.",
      ),
    ).toEqual(["Au niveau national, à combien s'est établi le taux de réussite ?"]);
  });
});

describe("askEstimate on a dimension and a change in a relative", () => {
  const prompts = (...sentences: string[]) => candidatesFor(...sentences).map((c) => c.prompt);

  it("asks a length given in apposition or opening the sentence, masculine too", () => {
    expect(
      prompts(
        "Le pont Marie-Lacasse, long de 640 mètres, relie désormais Saint-Georges et Notre-Dame-des-Pins.",
      ),
    ).toEqual(["Quelle est la longueur du pont Marie-Lacasse ?"]);
    expect(prompts("Long de 12 kilomètres, le tunnel relie les deux vallées.")).toEqual([
      "Quelle est la longueur du tunnel ?",
    ]);
  });

  it("asks no change of the subject when a relative's antecedent changes", () => {
    expect(
      prompts(
        "Le conseil a approuvé jeudi une hausse du prix du ticket, qui passera de 4 à 5 dirhams le 1er janvier.",
      ),
    ).toEqual([]);
  });
});

describe("askEstimate on an author's estimate per day", () => {
  it("asks the rate with the estimate (`à 420 000 € par jour`)", () => {
    expect(
      candidatesFor("La compagnie estime le coût du conflit à 420 000 € par jour.").map(
        (c) => c.prompt,
      ),
    ).toEqual(["À combien la compagnie estime-t-elle le coût du conflit par jour ?"]);
  });
});

describe("askEstimate on a price", () => {
  it("asks what a thing sold or sells at (`s'est vendu en moyenne à`, `se vend à`)", () => {
    expect(
      candidatesFor(
        "Le kilogramme de poulpe s'est vendu en moyenne à 2 600 francs CFA au quai de Mbour.",
        "Le sac de riz se vend à 25 000 francs CFA sur le marché de Dantokpa.",
      ).map((c) => c.prompt),
    ).toEqual([
      "À combien le kilogramme de poulpe s'est-il vendu en moyenne ?",
      "À combien se vend le sac de riz ?",
    ]);
  });
});

describe("askEstimate on a compound past", () => {
  it("asks a level set in the past (`a été fixé à`), with the unit it is set per", () => {
    expect(
      candidatesFor(
        "Le prix minimum de la vanille verte a été fixé à 30 000 ariary le kilo, contre 25 000 ariary l'an dernier.",
        "Les dégâts ont été estimés à 2 millions d'euros.",
      ).map((c) => c.prompt),
    ).toEqual([
      "À combien le prix minimum de la vanille verte a-t-il été fixé par kilo ?",
      "À combien les dégâts ont-ils été estimés ?",
    ]);
  });
});

describe("askEstimate on a rate", () => {
  it("asks a budget with the thing it is for, and no budget whose thing is not named", () => {
    const prompts = (sentence: string) => candidatesFor(sentence).map((c) => c.prompt);
    expect(
      prompts(
        "Le film a été produit par la société privadoise Cévennes Images pour un budget de 195 000 euros.",
      ),
    ).toEqual(["Quel est le montant du budget du film ?"]);
    expect(
      prompts(
        "Elle est organisée par le Programme élargi de vaccination pour un budget de 148 000 dollars américains.",
      ),
    ).toEqual([]);
  });

  it("asks no bare amount of a sum per day (`une amende de 250 $ par jour`)", () => {
    expect(
      candidatesFor("Le contrevenant s'expose à une amende de 250 $ par jour.").map(
        (c) => c.prompt,
      ),
    ).toEqual([]);
    expect(
      candidatesFor("Le vainqueur empoche une prime de 50 millions de francs CFA.").map(
        (c) => c.prompt,
      ),
    ).toEqual(["Quel est le montant de la prime ?"]);
  });

  it("asks no change to a sum per thing (`1 000 euros par mètre de façade`)", () => {
    expect(
      candidatesFor(
        "L'amende régionale passera à 1 000 euros par mètre de façade et par étage.",
      ).map((c) => c.prompt),
    ).toEqual([]);
  });

  it("takes no participle opening the sentence for the subject of a level (`Réalisée …, l'étude …`)", () => {
    expect(
      candidatesFor(
        "Réalisée entre avril et octobre 2025 sur quarante-deux (42) stations de plongée situées entre Zarrat et Ghannouch, l'étude estime que la superficie couverte par ces prairies sous-marines est passée de 1 150 à 610 kilomètres carrés depuis 2005.",
      ).map((candidate) => candidate.prompt),
    ).not.toContain("À combien est passé Réalisée ?");
  });
});

describe("askEstimate on a level set on a day, its object too long", () => {
  it("reads `a fixé mercredi à 440 Frw le prix … payé aux producteurs` without the participle's phrase", () => {
    const [set] = candidatesFor(
      "Le gouvernement rwandais a fixé jeudi à 310 Frw le prix minimum du kilo de sorgho sec payé aux producteurs pour la saison B.",
    ).filter((c) => c.prompt.startsWith("À combien le gouvernement"));
    expect(set?.prompt).toBe(
      "À combien le gouvernement rwandais a-t-il fixé le prix minimum du kilo de sorgho sec ?",
    );
    expect(set?.answer).toMatchObject({ kind: "number", quantity: { value: 310, unit: "Frw" } });
  });
});

describe("askEstimate on a credit voted", () => {
  it("asks the amount of `un crédit d'engagement de 7,4 millions de francs`", () => {
    expect(
      candidatesFor(
        "Le Conseil général de Moutier a accepté lundi soir, par 25 voix contre 6, un crédit d'engagement de 3,8 millions de francs pour la rénovation de la piscine.",
      ).map((c) => c.prompt),
    ).toContain("Quel est le montant du crédit d'engagement ?");
  });
});

describe("askEstimate on a person's estimate", () => {
  it("asks a named person's estimate, and a pronoun's after the `Selon …` that names them", () => {
    expect(
      candidatesFor(
        "Selon l'administrateur de la commune, Didace Ntahomvukiye, les pertes concernent surtout le haricot.",
        "Il estime les dégâts à quelque 180 millions de francs burundais.",
      ).map((candidate) => candidate.prompt),
    ).toEqual(["À combien est-ce que Didace Ntahomvukiye estime les dégâts ?"]);
    // No one named before: the pronoun is no one the question can show.
    expect(
      candidatesFor(
        "Les pertes concernent surtout le haricot.",
        "Il estime les dégâts à quelque 180 millions de francs burundais.",
      ),
    ).toEqual([]);
  });
});

describe("askEstimate on a figure set", () => {
  it("asks the figure set past a short incise (`ont fixé, lundi, le prix … à …`)", () => {
    expect(
      candidatesFor(
        "Les préparateurs de vanille ont fixé, lundi, le prix d'achat de la gousse verte à 9 500 F CFP pour la campagne 2025.",
      ).map((candidate) => candidate.prompt),
    ).toEqual([
      "À combien les préparateurs de vanille ont-ils fixé le prix d'achat de la gousse verte ?",
    ]);
  });
});

describe("askEstimate on a dimension after a clause", () => {
  it("asks no length of a clause before the comma (round 90)", () => {
    expect(
      candidatesFor(
        "La course s'est jouée dans la dernière ascension, longue de 7,5 km avec des passages à plus de 12 %.",
      ).map((candidate) => candidate.prompt),
    ).toEqual([]);
  });
});

describe("askEstimate on works named by the sentence before", () => {
  it("asks no *À combien les travaux sont-ils estimés ?* of bare `Les travaux, estimés à …` (round 94)", () => {
    const prompts = candidatesFor(
      "Les travaux, estimés à 1,2 million d'euros, doivent débuter au second semestre.",
      "Les travaux de la route sont estimés à 3 millions d'euros.",
    ).map((candidate) => candidate.prompt);
    expect(prompts).toEqual(["À combien les travaux de la route sont-ils estimés ?"]);
  });
});

describe("askEstimate on two levels (round 115)", () => {
  it("asks no level set for two cases, but the first when it is the subject's own", () => {
    const two = candidatesFor(
      "Les tarifs ont été fixés à 30.000 francs congolais (FC) en 2e classe et à 75.000 FC en 1re classe.",
    ).map((candidate) => candidate.prompt);
    expect(two).not.toContain("À combien les tarifs ont-ils été fixés ?");
    const own = candidatesFor(
      "Le billet plein tarif était fixé à 14 euros, et à 9 euros pour les étudiants et les seniors.",
    ).map((candidate) => candidate.prompt);
    expect(own).toContain("À combien le billet plein tarif était-il fixé ?");
  });
});

describe("askEstimate on set CH's changes (now dev)", () => {
  it("asks no change of the clause's subject when a relative's noun changes", () => {
    expect(
      candidatesFor(
        "Le département de Magaria a inauguré lundi son arène de lutte traditionnelle entièrement rénovée, dont la capacité passe de 1 200 à 4 000 places.",
      ).map((candidate) => candidate.prompt),
    ).not.toContain("À combien passe le département de Magaria ?");
  });

  it("keys no fall's range as the level reached (`a baissé de 15 à 30 %`), a real fall still", () => {
    const ranged = candidatesFor(
      "Selon lui, le débit de plusieurs forages collectifs a baissé de 15 à 30 % en deux ans.",
    );
    expect(ranged.map((candidate) => candidate.prompt)).not.toContain(
      "À combien est passé le débit de plusieurs forages collectifs ?",
    );
    expect(
      candidatesFor("Le taux de chômage a baissé de 12 à 9 % en deux ans.").map(
        (candidate) => candidate.prompt,
      ),
    ).toContain("À combien est passé le taux de chômage ?");
  });
});

describe("askEstimate on a level under a scope", () => {
  it("keeps the scope the sentence opens on: it tells the province's rate from a school's", () => {
    const prompts = (sentence: string) =>
      candidatesFor(sentence).map((candidate) => candidate.prompt);
    expect(prompts("Pour l'ensemble du Sud-Kivu, le taux de réussite s'établit à 71,3 %.")).toEqual(
      ["Pour l'ensemble du Sud-Kivu, à combien s'établit le taux de réussite ?"],
    );
  });
});
