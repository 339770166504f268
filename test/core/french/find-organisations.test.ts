import { describe, expect, it } from "vitest";
import type { Organisation } from "../../../src/core/french/entities";
import { findOrganisations } from "../../../src/core/french/find-organisations";

function named(organisations: Organisation[], name: string): Organisation | undefined {
  return organisations.find((organisation) => organisation.name === name);
}

describe("findOrganisations", () => {
  it("splits no compound when the name goes on before it (`Musée des Beaux-Arts de Mons (BAM)`)", () => {
    const [bam] = findOrganisations(
      "Le Musée des Beaux-Arts de Mons (BAM) consacre une rétrospective à la céramiste. Le BAM l'accueille jusqu'en mai.",
    );
    expect(bam?.acronym).toBe("BAM");
    expect(bam?.name).toBe("Musée des Beaux-Arts de Mons");
  });

  it("expands an acronym whose compound spells two letters (`médecin-chef du district (MCD)`)", () => {
    const [mcd] = findOrganisations(
      "Selon le médecin-chef du district (MCD) de Léo, Dr Salif Ouattara, la période a été choisie. Le MCD a signalé des difficultés.",
    );
    expect(mcd?.acronym).toBe("MCD");
    expect(mcd?.name).toBe("médecin-chef du district");
  });

  it("keeps a hyphenated adjective whole (round 119: *Police grand* for Police grand-ducale)", () => {
    const names = findOrganisations(
      "Selon l'enquête menée par la Police grand-ducale, l'homme effectuait des virements.",
    ).map((organisation) => organisation.name);
    expect(names).toEqual(["Police grand-ducale"]);
  });

  it("pairs an acronym with the words whose initials spell it (the @example)", () => {
    const [dgsn, ...others] = findOrganisations(
      "la Direction générale de la sûreté nationale (DGSN)",
    );
    expect(others).toEqual([]);
    expect(dgsn?.acronym).toBe("DGSN");
    expect(dgsn?.name).toBe("Direction générale de la sûreté nationale");
    expect(dgsn?.head).toEqual({ noun: "direction", gender: "f" });
    expect(dgsn?.mentions.map((m) => m.text)).toEqual([
      "Direction générale de la sûreté nationale",
      "DGSN",
    ]);
  });

  it("reads an expansion across commas and skips the small words the acronym leaves out", () => {
    const [dsiti] = findOrganisations(
      "Ils ont visité la Direction des systèmes d'information, de télécommunication et d'identification (DSITI) à Rabat.",
    );
    expect(dsiti?.name).toBe(
      "Direction des systèmes d'information, de télécommunication et d'identification",
    );
    expect(dsiti?.acronym).toBe("DSITI");
  });

  it("counts the later bare acronym as a mention of the expanded organisation", () => {
    const body =
      "Le Centre national de la recherche scientifique (CNRS) a publié une étude sur les grenouilles de Guyane. Selon le CNRS, trois espèces sont nouvelles.";
    const organisations = findOrganisations(body);
    expect(organisations).toHaveLength(1);
    const [cnrs] = organisations;
    expect(cnrs?.name).toBe("Centre national de la recherche scientifique");
    expect(cnrs?.head).toEqual({ noun: "centre", gender: "m" });
    expect(cnrs?.mentions.map((m) => m.text)).toEqual([
      "Centre national de la recherche scientifique",
      "CNRS",
      "CNRS",
    ]);
    for (const mention of cnrs?.mentions ?? []) {
      expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it("keeps an acronym the article never expands, named by itself and without a head", () => {
    const organisations = findOrganisations(
      "Le président de l'UEFA a parlé lundi. L'UEFA a sanctionné le club lyonnais.",
    );
    expect(organisations).toEqual([
      {
        name: "UEFA",
        acronym: "UEFA",
        mentions: [
          { text: "UEFA", start: 18, end: 22 },
          { text: "UEFA", start: 40, end: 44 },
        ],
      },
    ]);
  });

  it("finds two expanded acronyms in one sentence, each with its own name", () => {
    const organisations = findOrganisations(
      "Le texte a été signé par l'Union européenne (UE) et l'Organisation des Nations unies (ONU).",
    );
    expect(organisations.map((o) => [o.acronym, o.name, o.head?.gender])).toEqual([
      ["UE", "Union européenne", "f"],
      ["ONU", "Organisation des Nations unies", "f"],
    ]);
  });

  it("does not take a word in capitals for an organisation (OK, TV, DR, Roman numerals up to XII)", () => {
    expect(
      findOrganisations("Le chapitre II de la série TV a reçu un avis OK. Photo DR. Jean XII."),
    ).toEqual([]);
  });

  it("does not take a Roman numeral after a king's or pope's name for an organisation", () => {
    expect(findOrganisations("Louis XIV a reçu l'ambassadeur, puis Benoît XVI a parlé.")).toEqual(
      [],
    );
  });

  it("pairs an acronym that does not spell the initials with the name right before it", () => {
    const body =
      "Le réseau est exploité par la Société d'économie mixte des transports (SEMITAN) depuis 1979. La SEMITAN a annoncé une hausse des tarifs.";
    const organisations = findOrganisations(body);
    expect(organisations).toHaveLength(1);
    const [semitan] = organisations;
    expect(semitan?.name).toBe("Société d'économie mixte des transports");
    expect(semitan?.acronym).toBe("SEMITAN");
    expect(semitan?.head).toEqual({ noun: "société", gender: "f" });
    expect(semitan?.mentions.map((m) => m.text)).toEqual([
      "Société d'économie mixte des transports",
      "SEMITAN",
      "SEMITAN",
    ]);
  });

  it("pairs a loose acronym with a name that has two adjectives (`Agence spatiale européenne`)", () => {
    const organisations = findOrganisations(
      "La sonde a été lancée par l'Agence spatiale européenne (ESA) lundi depuis Kourou.",
    );
    expect(organisations.map((o) => [o.name, o.acronym])).toEqual([
      ["Agence spatiale européenne", "ESA"],
    ]);
  });

  it.each([
    ["Il a été reçu à l'Office des étrangers de Bruxelles.", "Office des étrangers", "office", "m"],
    // `du` before a noun links a complement, it is no adjective that ends the name.
    [
      "Les lots ont été saisis par la Direction de la protection du consommateur dans trois magasins.",
      "Direction de la protection du consommateur",
      "direction",
      "f",
    ],
    ["Le pourvoi a été rejeté par la Cour de cassation jeudi.", "Cour de cassation", "cour", "f"],
    [
      "Le vote du Conseil municipal de Nantes a eu lieu lundi.",
      "Conseil municipal de Nantes",
      "conseil",
      "m",
    ],
    [
      "L'entraîneur a été suspendu par la Fédération française de football pour trois matchs.",
      "Fédération française de football",
      "fédération",
      "f",
    ],
    ["Une étude de l'Institut Pasteur a été publiée.", "Institut Pasteur", "institut", "m"],
    ["Le prêt a été accordé par la Banque mondiale en mars.", "Banque mondiale", "banque", "f"],
    ["Le recours a été porté devant le Conseil d'État mardi.", "Conseil d'État", "conseil", "m"],
  ])(
    "finds the named organisation in %j with its head noun and gender",
    (body, name, noun, gender) => {
      const organisation = named(findOrganisations(body), name);
      expect(organisation?.head).toEqual({ noun, gender });
      expect(organisation?.acronym).toBeUndefined();
      const [mention] = organisation?.mentions ?? [];
      expect(mention && body.slice(mention.start, mention.end)).toBe(name);
    },
  );

  it("ignores a capitalised word that is not an organisation noun", () => {
    expect(findOrganisations("Il a joué avec la Juventus et le Real à la Maison-Blanche.")).toEqual(
      [],
    );
  });

  it("merges two spellings of the same named organisation that differ only by case", () => {
    const organisations = findOrganisations(
      "Le directeur de l'Office des étrangers a parlé. Selon l'Office des Étrangers, tout va bien.",
    );
    expect(organisations).toHaveLength(1);
    expect(organisations[0]?.mentions.map((m) => m.text)).toEqual([
      "Office des étrangers",
      "Office des Étrangers",
    ]);
  });

  it("does not take an adverb after the name into it (`… de football hier`)", () => {
    const organisations = findOrganisations(
      "L'entraîneur a été suspendu par la Fédération française de football hier.",
    );
    expect(organisations.map((o) => o.name)).toEqual(["Fédération française de football"]);
  });

  it("finds a named organisation that opens a sentence (`La Cour de cassation a …`)", () => {
    const organisations = findOrganisations(
      "La Cour de cassation a rejeté le pourvoi de l'ancien maire jeudi.",
    );
    expect(organisations.map((o) => o.name)).toEqual(["Cour de cassation"]);
  });

  it("counts a mention that opens a sentence (`L'Office des étrangers a confirmé`)", () => {
    const organisations = findOrganisations(
      "Le directeur de l'Office des étrangers a parlé. L'Office des étrangers a confirmé sa venue.",
    );
    expect(organisations[0]?.mentions).toHaveLength(2);
  });

  it("finds both organisations joined by `et` (`le Conseil constitutionnel et le Conseil d'État`)", () => {
    const organisations = findOrganisations(
      "L'avocat a saisi le Conseil constitutionnel et le Conseil d'État la semaine dernière.",
    );
    expect(organisations.map((o) => o.name)).toEqual(["Conseil constitutionnel", "Conseil d'État"]);
  });

  it("gives an expanded name led by a two-word head noun its gender (`Haute Autorité de santé`)", () => {
    const [has] = findOrganisations("La Haute Autorité de santé (HAS) recommande le vaccin.");
    expect(has?.name).toBe("Haute Autorité de santé");
    expect(has?.head?.gender).toBe("f");
  });

  it("does not take a formula or a common abbreviation for an organisation (`CO2`, `ADN`)", () => {
    const organisations = findOrganisations(
      "Les émissions de CO2 ont baissé et l'ADN a été analysé par la CCI.",
    );
    expect(organisations.map((o) => o.name)).toEqual(["CCI"]);
  });

  it("joins `et des` inside a name (`Ministère de la Jeunesse et des Sports`)", () => {
    const organisations = findOrganisations(
      "Le Ministère de la Jeunesse et des Sports estime à 100 000 le nombre de salariés.",
    );
    expect(organisations.map((o) => o.name)).toEqual(["Ministère de la Jeunesse et des Sports"]);
  });

  it("does not cut a participle down to an adjective (`sciences appliquées` → not `appliqu`)", () => {
    const organisations = findOrganisations(
      "Le brevet a été déposé par l'Inrae et l'Institut national des sciences appliquées de Toulouse.",
    );
    expect(organisations.map((o) => o.name)).toEqual(["Institut national des sciences"]);
  });

  it("keeps a closing lower-case word the acronym leaves out (`… de la lutte (CNG)`)", () => {
    const found = findOrganisations(
      "Le résultat a été validé par le jury du Comité national de gestion de la lutte (CNG).",
    );
    expect(found.map((o) => [o.name, o.acronym])).toEqual([
      ["Comité national de gestion de la lutte", "CNG"],
    ]);
  });

  it("takes a name's head alone for that name, and leaves the sentence's verb out", () => {
    const found = findOrganisations(
      "L'Office national des forêts (ONF) gère le massif. L'Office emploie 40 agents. La Région contribuera au financement.",
    );
    expect(found.map((o) => [o.name, o.mentions.length])).toEqual([
      ["Office national des forêts", 3],
      ["Région", 1],
    ]);
  });

  it("leaves a clitic of the sentence's verb out of the name (`la Commission mixte se tiendra`)", () => {
    expect(
      findOrganisations("La Commission paritaire se réunira en mai à Lomé.").map((o) => o.name),
    ).toEqual(["Commission paritaire"]);
  });

  it("takes a school year for no organisation (`un élève de CE2`)", () => {
    expect(findOrganisations("Un élève de CE2 et un autre de CM1 ont témoigné.")).toEqual([]);
  });

  it("reads a sports club with its mark as one organisation, and its bare name later as a mention", () => {
    const body =
      "Teungueth FC a battu l'ASC Jaraaf de Dakar en finale. Le Jaraaf avait égalisé. Samedi Teungueth FC a fêté le titre.";
    const clubs = findOrganisations(body).filter((o) => o.head?.noun === "club");
    expect(clubs.map((club) => club.name)).toEqual(["Teungueth FC", "ASC Jaraaf de Dakar"]);
    expect(clubs[1]?.mentions.map((m) => m.text)).toEqual(["ASC Jaraaf de Dakar", "Jaraaf"]);
    expect(findOrganisations(body).map((o) => o.name)).not.toContain("FC");
  });

  it("spells an acronym with accented initials (`étudiants` for E)", () => {
    expect(
      findOrganisations(
        "L'Association des élèves et étudiants du Mali (AEEM) a rejeté la hausse.",
      ).map((organisation) => [organisation.name, organisation.acronym]),
    ).toEqual([["Association des élèves et étudiants du Mali", "AEEM"]]);
  });

  it("keeps a complement ending in -ment that is a noun (`du logement`), drops an adverb", () => {
    expect(
      findOrganisations("Le Fonds du logement a aménagé le foyer.").map((o) => o.name),
    ).toEqual(["Fonds du logement"]);
    expect(
      findOrganisations("La Fédération sénégalaise de football également a réagi.").map(
        (o) => o.name,
      ),
    ).toEqual(["Fédération sénégalaise de football"]);
  });
});

describe("findOrganisations: a name ends before an article", () => {
  it("reads `la Direction générale des antiquités`, not what it lends after `d'une`", () => {
    expect(
      findOrganisations(
        "Le prêt par la Direction générale des antiquités d'une cinquantaine de pièces au musée de Chypre.",
      ).map((o) => o.name),
    ).toEqual(["Direction générale des antiquités"]);
  });

  it("ends a name before the sentence's verb after its adjective (`L'Union européenne reste …`)", () => {
    const organisations = findOrganisations(
      "L'Union européenne reste la première destination. La Banque centrale européenne a relevé ses taux.",
    );
    expect(organisations.map((organisation) => organisation.name)).toEqual([
      "Union européenne",
      "Banque centrale européenne",
    ]);
    const party = findOrganisations(
      "Le ministre du Centre avait annoncé sa démission. Le Centre conserve un seul ministre. Le Bureau des mines et de l'énergie a publié un rapport.",
    );
    expect(party.map((organisation) => organisation.name)).toEqual([
      "Centre",
      "Bureau des mines et de l'énergie",
    ]);
  });
});

describe("findOrganisations on a kind of body (round 151)", () => {
  it("takes `PME` and `ONG` for no organisation of their own", () => {
    const found = findOrganisations(
      "La PME occupera 1 200 mètres carrés. L'ONG a salué le projet.",
    );
    expect(named(found, "PME")).toBeUndefined();
    expect(named(found, "ONG")).toBeUndefined();
  });
});
