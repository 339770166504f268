import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askPenalty } from "../../../../src/core/generator/templates/ask-penalty";

function penaltiesFor(...sentences: string[]) {
  return askPenalty(analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")))).map(
    (candidate) => ({ prompt: candidate.prompt, answer: candidate.answer }),
  );
}

describe("askPenalty", () => {
  it("keys no first offence of a list whose last one carries the complement (round 139: `pour détention`)", () => {
    const keys = penaltiesFor(
      "Le tribunal de grande instance de Sibiti a condamné mardi deux hommes à quatre ans d'emprisonnement ferme pour détention, circulation et commercialisation de 52 kilogrammes d'écailles de pangolin géant, une espèce intégralement protégée.",
    )
      .filter((candidate) => candidate.prompt.startsWith("Pourquoi"))
      .map((candidate) => (candidate.answer.kind === "phrase" ? candidate.answer.text : ""));
    expect(keys.filter((key) => /détention$/u.test(key))).toEqual([]);
  });

  it("reads the person sentenced after the penalty with an age, a demonym, a relative or an apposition running into `reconnu coupable`", () => {
    const prompts = (sentence: string) =>
      penaltiesFor(sentence).map((candidate) => candidate.prompt);
    expect(
      prompts(
        "Le tribunal correctionnel de Namur a condamné mardi à trois ans de prison un Liégeois de 41 ans, reconnu coupable d'une série de vols de moteurs hors-bord.",
      ),
    ).toContain(
      "Pourquoi le tribunal correctionnel de Namur a-t-il condamné le Liégeois de 41 ans ?",
    );
    expect(
      prompts(
        "Le tribunal correctionnel de Mostaganem a condamné mardi à cinq ans de prison ferme un entrepreneur de 46 ans reconnu coupable d'extraction illégale de sable.",
      ),
    ).toContain(
      "À combien d'années de prison ferme le tribunal correctionnel de Mostaganem a-t-il condamné l'entrepreneur de 46 ans ?",
    );
    expect(
      prompts(
        "Le tribunal correctionnel de Courtrai a condamné jeudi à 30 mois de prison, dont la moitié avec sursis, un ancien comptable qui avait détourné 238.400 euros.",
      ),
    ).toContain(
      "À combien de mois de prison le tribunal correctionnel de Courtrai a-t-il condamné l'ancien comptable ?",
    );
    expect(
      prompts(
        "La chambre correctionnelle du tribunal de Thiès a condamné, ce jeudi 20 novembre, Ousmane Faye, 41 ans, à cinq ans d'emprisonnement pour escroquerie.",
      ),
    ).toContainEqual(expect.stringMatching(/^Pourquoi la chambre .* condamné Ousmane Faye \?$/u));
    const offence = penaltiesFor(
      "Le tribunal de première instance de Comè a condamné mardi à cinq ans d'emprisonnement ferme Gildas Houngbédji, 41 ans, gérant d'une tontine informelle reconnu coupable d'escroquerie et d'abus de confiance.",
    ).find((candidate) => candidate.prompt.startsWith("Pourquoi"));
    expect(offence?.prompt).toBe(
      "Pourquoi le tribunal de première instance de Comè a-t-il condamné Gildas Houngbédji ?",
    );
    // A name in apposition to the description is who was sentenced.
    expect(
      prompts(
        "Le tribunal de première instance d'Obala a condamné mardi à quatre ans d'emprisonnement ferme un commerçant de 44 ans, Joseph-Désiré Ateba Nkolo, reconnu coupable d'escroquerie.",
      ),
    ).toContain(
      "À combien d'années de prison ferme le tribunal de première instance d'Obala a-t-il condamné Joseph-Désiré Ateba Nkolo ?",
    );
    // `le principal accusé d'un réseau`: `accusé` is the noun, not `accusé de` (round 133).
    expect(
      prompts(
        "Le tribunal de première instance de Kénitra a condamné mercredi soir à quatre ans de prison ferme le principal accusé d'un réseau qui vendait de faux contrats de travail.",
      ),
    ).toContain(
      "À quelle peine le tribunal de première instance de Kénitra a-t-il condamné le principal accusé d'un réseau ?",
    );
    // After `pour`, the second offence drops its `de` too.
    expect(offence?.answer).toMatchObject({ text: "pour escroquerie et abus de confiance" });
  });

  it("accepts a long offence without its circumstances (`… en l'espace de deux ans`)", () => {
    const offence = penaltiesFor(
      "Le tribunal correctionnel de Mons a condamné jeudi Paul Lemaire à deux ans de prison pour avoir dérobé 180 bagues en l'espace de deux ans.",
    ).find((candidate) => candidate.prompt.startsWith("Pourquoi"));
    expect(offence?.answer).toMatchObject({
      text: "pour avoir dérobé 180 bagues en l'espace de deux ans",
      shorter: expect.arrayContaining(["avoir dérobé 180 bagues"]),
    });
  });

  it("reads a definite person sentenced after the penalty, not the part to serve (`, dont la moitié …`)", () => {
    const prompts = penaltiesFor(
      "Le tribunal correctionnel de Dinant a condamné mardi à 20 mois de prison avec sursis l'ancien trésorier du Royal Sporting Club Haute-Meuse, un club de jeunes établi à Hastière, pour avoir détourné 64 300 euros du club.",
      "Le tribunal correctionnel de Mons a condamné jeudi à quatre ans de prison, dont la moitié avec sursis, un ancien employé d'une bijouterie du centre-ville, reconnu coupable d'avoir dérobé 96 bagues.",
    ).map((candidate) => candidate.prompt);
    expect(prompts).toContain(
      "Pourquoi le tribunal correctionnel de Dinant a-t-il condamné l'ancien trésorier du Royal Sporting Club Haute-Meuse ?",
    );
    expect(prompts).toContain(
      "Pourquoi le tribunal correctionnel de Mons a-t-il condamné l'ancien employé d'une bijouterie du centre-ville ?",
    );
    expect(prompts.filter((prompt) => /moitié/u.test(prompt))).toEqual([]);
  });

  it("reads the person sentenced after the penalty past two appositions (`, 52 ans, ancien …,`)", () => {
    const prompts = penaltiesFor(
      "Le tribunal de grande instance du Moungo a condamné mardi 3 juin à quatre ans d'emprisonnement ferme Paul Ekwalla Ndome, 52 ans, ancien caissier de la Mutuelle des planteurs du Moungo (MUPLAM), reconnu coupable de détournement de fonds.",
    ).map((candidate) => candidate.prompt);
    expect(prompts).toContain(
      "Pourquoi le tribunal de grande instance du Moungo a-t-il condamné Paul Ekwalla Ndome ?",
    );
  });

  it("reads a sentenced object after `un` and an offence after `une vaste`", () => {
    const prompts = penaltiesFor(
      "Le tribunal correctionnel de Bruxelles a condamné mercredi six prévenus à des peines allant de 18 mois à cinq ans de prison pour une vaste escroquerie aux faux conseillers bancaires.",
      "Le Tribunal pénal de la Sarine a condamné jeudi un garagiste de 52 ans à une peine de trente mois pour escroquerie par métier.",
    ).map((candidate) => candidate.prompt);
    expect(prompts).toContain(
      "Pourquoi le tribunal correctionnel de Bruxelles a-t-il condamné les prévenus ?",
    );
    expect(prompts).toContain(
      "Pourquoi le Tribunal pénal de la Sarine a-t-il condamné un garagiste de 52 ans ?",
    );
  });
  it("reads a sentenced person's apposition past an acronym in brackets", () => {
    expect(
      penaltiesFor(
        "Le tribunal de grande instance de Pointe-Noire a condamné mardi 18 novembre Hervé Loemba, ancien chef du service de facturation du Port autonome de Pointe-Noire (PAPN), à cinq ans d'emprisonnement ferme et à 3 millions de francs CFA d'amende.",
      ).map((penalty) => penalty.prompt),
    ).toContain(
      "À quelle amende le tribunal de grande instance de Pointe-Noire a-t-il condamné Hervé Loemba ?",
    );
  });

  it("reads an apposition past an acronym in brackets that is not all capitals (`Regideso`)", () => {
    expect(
      penaltiesFor(
        "Le tribunal de grande instance de Bujumbura-Mairie a condamné jeudi 5 mars Léonidas Niyongabo, ancien chef comptable de la Régie de production et de distribution d'eau et d'électricité (Regideso), à dix ans de servitude pénale principale pour le détournement de 2,3 milliards de francs burundais.",
      ).map((penalty) => penalty.prompt),
    ).toContain(
      "À quelle peine le tribunal de grande instance de Bujumbura-Mairie a-t-il condamné Léonidas Niyongabo ?",
    );
  });

  it("asks the penalty of a passive sentencing, keyed as written (the @example), and its term as a figure", () => {
    expect(
      penaltiesFor(
        "Deux anciens commerciaux de l'entreprise ont été condamnés à dix-huit mois avec sursis.",
      ),
    ).toEqual([
      {
        // The count is its own question: the prompt leaves it out so as not to give it away.
        prompt:
          "À combien de mois de prison avec sursis les anciens commerciaux de l'entreprise ont-ils été condamnés ?",
        answer: { kind: "number", quantity: expect.objectContaining({ value: 18, unit: "mois" }) },
      },
      {
        prompt: "À quelle peine les anciens commerciaux de l'entreprise ont-ils été condamnés ?",
        answer: {
          kind: "phrase",
          text: "dix-huit mois avec sursis",
          asWritten: "à dix-huit mois avec sursis",
        },
      },
    ]);
  });

  it("asks the penalty of an active sentencing, the count of the convicted left to another question", () => {
    const penalty = penaltiesFor(
      "Le tribunal correctionnel de Bruxelles a condamné mercredi six prévenus à des peines allant de 18 mois à cinq ans de prison pour une vaste escroquerie.",
    ).find((candidate) => candidate.prompt.startsWith("À quelle peine"));
    expect(penalty?.prompt).toBe(
      "À quelle peine le tribunal correctionnel de Bruxelles a-t-il condamné les prévenus ?",
    );
    expect(penalty?.answer).toMatchObject({
      text: "de 18 mois à cinq ans de prison",
      asWritten: "à des peines allant de 18 mois à cinq ans de prison",
    });
  });

  // `trois ans de prison, dont la moitié avec sursis` is too long to type back and wrong cut at
  // its comma (round 80): the term's figure asks it.
  it("asks why a person named with an apposition was sentenced, and to how many years", () => {
    const asked = penaltiesFor(
      "Le tribunal correctionnel de Bruxelles a condamné jeudi Kevin Vandamme, un entrepreneur de 41 ans domicilié à Forest, à trois ans de prison, dont la moitié avec sursis, pour avoir escroqué septante-deux particuliers.",
    );
    expect(asked.map((question) => question.prompt)).toEqual([
      "À combien d'années de prison le tribunal correctionnel de Bruxelles a-t-il condamné Kevin Vandamme ?",
      "Pourquoi le tribunal correctionnel de Bruxelles a-t-il condamné Kevin Vandamme ?",
    ]);
    expect(asked[1]?.answer).toEqual({
      kind: "phrase",
      text: "pour avoir escroqué septante-deux particuliers",
      asWritten: "pour avoir escroqué septante-deux particuliers",
      shorter: ["avoir escroqué septante-deux particuliers"],
    });
  });

  it("asks a court named at length by its chamber, and the offence after the penalty", () => {
    const asked = penaltiesFor(
      "La chambre criminelle du tribunal de grande instance de Mbour a condamné, mardi, Ousmane Faye, un pêcheur de 41 ans, à dix ans de travaux forcés pour trafic de chanvre indien.",
    );
    expect(asked.map((question) => question.prompt)).toContain(
      "Pourquoi la chambre criminelle a-t-elle condamné Ousmane Faye ?",
    );
  });

  it("asks no offence after `pour une durée` or `pour la première fois`", () => {
    const asked = penaltiesFor(
      "Paul Roux a été condamné à une interdiction d'exercer pour une durée de cinq ans.",
      "Marie Dupont a été condamnée à deux ans de prison pour la première fois.",
    );
    expect(asked.filter((question) => question.prompt.startsWith("Pourquoi"))).toEqual([]);
  });

  it("takes a person's gender for the inversion and keeps the part to serve after the comma", () => {
    expect(
      penaltiesFor(
        "Le gérant, Stéphane Lacombe, a été condamné mardi à trois ans de prison, dont un ferme.",
      ).map((p) => [p.prompt, p.answer.kind === "number" ? p.answer.quantity.text : p.answer]),
    ).toEqual([
      ["À combien d'années de prison Stéphane Lacombe a-t-il été condamné ?", "trois ans"],
      [
        "À quelle peine Stéphane Lacombe a-t-il été condamné ?",
        {
          kind: "phrase",
          text: "trois ans de prison, dont un ferme",
          asWritten: "à trois ans de prison, dont un ferme",
        },
      ],
    ]);
  });

  it("asks the prison term and the fine as figures past the court and the day, never half the penalty as a phrase", () => {
    const asked = askPenalty(
      analyseArticle(
        parseArticle(
          [
            "Titre",
            "Le gérant, Stéphane Lacombe, a été condamné par le tribunal correctionnel de Bordeaux, mardi 4 juin, à quatre ans d'emprisonnement, dont deux avec sursis, et à 150 000 euros d'amende pour escroquerie.",
          ].join("\n\n"),
        ),
      ),
    );
    expect(
      asked.map((c) => [c.prompt, c.answer.kind === "number" && c.answer.quantity.value, c.topic]),
    ).toEqual([
      ["À combien d'années de prison Stéphane Lacombe a-t-il été condamné ?", 4, "penalty:0"],
      // The offence, asked of its own: the penalty's figures do not say it.
      ["Pourquoi Stéphane Lacombe a-t-il été condamné ?", false, "offence"],
      ["À quelle amende Stéphane Lacombe a-t-il été condamné ?", 150000, "fine:0"],
    ]);
    // Prison and a fine joined by `et`: no phrase cut after the prison term.
    expect(
      penaltiesFor(
        "L'ancien maire, Paul Roux, a été condamné lundi à trois ans de prison ferme et 50 000 euros d'amende.",
      ).map((p) => p.prompt),
    ).toEqual([
      "À combien d'années de prison ferme est-ce que Paul Roux a été condamné ?",
      "À quelle amende est-ce que Paul Roux a été condamné ?",
    ]);
  });

  it("asks a fine alone once: as a figure and as the penalty, on one topic", () => {
    const asked = askPenalty(
      analyseArticle(
        parseArticle(
          ["Titre", "Le directeur, Paul Roux, a été condamné à une amende de 3 000 dinars."].join(
            "\n\n",
          ),
        ),
      ),
    );
    expect(asked.map((c) => c.prompt)).toEqual([
      "À quelle amende Paul Roux a-t-il été condamné ?",
      "À quelle peine Paul Roux a-t-il été condamné ?",
    ]);
    expect(new Set(asked.map((c) => c.topic)).size).toBe(1);
  });

  it("asks nothing of an obligation or of a sentence without a penalty named", () => {
    expect(
      penaltiesFor(
        "La cour a condamné l'entreprise à verser 2 millions d'euros.",
        "Le maire a condamné fermement ces violences.",
        "Il a été condamné à la surprise générale.",
      ),
    ).toEqual([]);
  });
});

describe("askPenalty on a term of réclusion", () => {
  it("asks the term in its own word, the subject a name after its age", () => {
    expect(
      penaltiesFor(
        "Reconnu coupable du meurtre de son associé, Dimitri Vanderlinden, 47 ans, a été condamné lundi à 24 ans de réclusion par la cour d'assises de Liège.",
      )[0]?.prompt,
    ).toBe("À combien d'années de réclusion est-ce que Dimitri Vanderlinden a été condamné ?");
  });
});

describe("askPenalty on the person sentenced after the penalty", () => {
  it("keys no penalty without its suspended part (`dont un an assorti du sursis`, round 124)", () => {
    const penalties = penaltiesFor(
      "Le tribunal correctionnel de Bourges a condamné mercredi un artisan chauffagiste de Vierzon à deux ans d'emprisonnement, dont un an assorti du sursis, pour avoir détourné 312 000 euros d'aides.",
    ).filter((candidate) => candidate.prompt.startsWith("À quelle peine"));
    expect(penalties.map((candidate) => candidate.answer)).not.toContainEqual(
      expect.objectContaining({ text: "deux ans d'emprisonnement" }),
    );
  });

  it("reads the person past an apposition holding an acronym in brackets", () => {
    const prompts = penaltiesFor(
      "Le tribunal de grande instance de Likasi a condamné jeudi à dix ans de servitude pénale principale Gaston Mwamba Kalenga, président de la Coopérative minière Tuungane pour le développement (COMITUD), reconnu coupable d'homicide involontaire.",
    ).map((candidate) => candidate.prompt);
    expect(prompts).toContain(
      "À quelle peine le tribunal de grande instance de Likasi a-t-il condamné Gaston Mwamba Kalenga ?",
    );
  });

  it("reads `a condamné mardi à … de prison ferme et à une amende de … un gérant reconnu coupable d'…`", () => {
    const penalties = penaltiesFor(
      "Le tribunal correctionnel de Sidi M'Hamed a condamné lundi à trois ans de prison ferme et à une amende de 200 000 DA un ancien comptable reconnu coupable de détournement de fonds publics, a-t-on appris de source judiciaire.",
    );
    const prompts = penalties.map((penalty) => penalty.prompt);
    expect(prompts).toContain(
      "À combien d'années de prison ferme le tribunal correctionnel de Sidi M'Hamed a-t-il condamné l'ancien comptable ?",
    );
    expect(prompts).toContain(
      "À quelle amende le tribunal correctionnel de Sidi M'Hamed a-t-il condamné l'ancien comptable ?",
    );
    const offence = penalties.find((penalty) => penalty.prompt.startsWith("Pourquoi"));
    expect(offence?.answer).toMatchObject({ text: "pour détournement de fonds publics" });
  });
});

describe("askPenalty on a term with its part to serve", () => {
  it("keys `deux ans d'emprisonnement, dont six mois ferme` whole", () => {
    const penalty = penaltiesFor(
      "Le tribunal de grande instance de Kaolack a condamné mardi deux commerçants à deux ans d'emprisonnement, dont six mois ferme, pour avoir revendu des engrais subventionnés.",
    ).find((candidate) => candidate.prompt.startsWith("À quelle peine"));
    expect(penalty?.answer).toMatchObject({
      text: "deux ans d'emprisonnement, dont six mois ferme",
    });
    const half = penaltiesFor(
      "Le tribunal correctionnel de Liège a condamné jeudi Marc Lejeune, un entrepreneur de 44 ans domicilié à Seraing, à trois ans de prison, dont la moitié avec sursis, pour avoir escroqué trente clients.",
    );
    // Too long to type back whole, and wrong cut short: its figures ask it.
    expect(half.map((candidate) => candidate.prompt)).toContain(
      "À combien d'années de prison le tribunal correctionnel de Liège a-t-il condamné Marc Lejeune ?",
    );
    expect(half.some((candidate) => candidate.prompt.startsWith("À quelle peine"))).toBe(false);
  });
});

describe("askPenalty on a long offence", () => {
  it("keys the offence before where it happened (`avoir volé 46 bœufs | dans plusieurs villages …`)", () => {
    const offence = penaltiesFor(
      "Le tribunal de grande instance de Garoua a condamné jeudi à six ans d'emprisonnement ferme deux hommes reconnus coupables d'avoir volé 38 chèvres dans plusieurs villages de l'arrondissement de Pitoa, dans la région du Nord.",
    ).find((candidate) => candidate.prompt.startsWith("Pourquoi"));
    expect(offence?.answer).toMatchObject({ text: "pour avoir volé 38 chèvres" });
    // Not cut at `à`: `une fraude | à l'examen du code` would key half of it (round 83).
    const fraud = penaltiesFor(
      "Le gérant d'une auto-école a été condamné mardi par le tribunal correctionnel à deux ans de prison et à 20 000 euros d'amende pour avoir organisé une fraude à l'examen du code de la route.",
    ).find((candidate) => candidate.prompt.startsWith("Pourquoi"));
    expect(fraud?.answer ?? { text: "" }).not.toMatchObject({
      text: "pour avoir organisé une fraude",
    });
  });
});

describe("askPenalty on a person named after the penalty, with a long apposition", () => {
  it("asks the offence, cut before whose the sum was (round 93)", () => {
    const offence = penaltiesFor(
      "Le tribunal de grande instance de Ziguinchor a condamné jeudi à cinq ans de prison ferme Lamine Diédhiou, ancien gérant de la mutuelle d'épargne et de crédit « Kagoor » de Bignona, reconnu coupable d'avoir détourné 47 millions de francs CFA appartenant à quelque 600 sociétaires.",
    ).find((candidate) => candidate.prompt.startsWith("Pourquoi"));
    expect(offence?.prompt).toBe(
      "Pourquoi le tribunal de grande instance de Ziguinchor a-t-il condamné Lamine Diédhiou ?",
    );
    expect(offence?.answer.kind === "phrase" && offence.answer.text).toBe(
      "pour avoir détourné 47 millions de francs CFA",
    );
  });
});

describe("askPenalty on a sum with a thousands dot", () => {
  it("keeps `41.000 euros` whole in the offence (round 95: « près de 41 »)", () => {
    const offence = penaltiesFor(
      "Le tribunal correctionnel de Verviers a condamné jeudi l'ancien trésorier d'un comité de carnaval à 18 mois de prison avec sursis pour avoir détourné près de 41.000 euros entre 2019 et 2023.",
    ).find((candidate) => candidate.prompt.startsWith("Pourquoi"));
    expect(offence?.answer.kind === "phrase" && offence.answer.text).toBe(
      "pour avoir détourné près de 41.000 euros entre 2019 et 2023",
    );
  });
});

describe("askPenalty on offences listed (round 114)", () => {
  it("keys every offence of `pour faux, usage de faux et escroquerie`", () => {
    const [offence] = penaltiesFor(
      "Le tribunal correctionnel du Brabant wallon a condamné mardi Grégory D. à trois ans de prison dont 18 mois avec sursis pour faux, usage de faux et escroquerie.",
    ).filter((candidate) => candidate.prompt.startsWith("Pourquoi"));
    expect(offence?.answer).toMatchObject({ text: "pour faux, usage de faux et escroquerie" });
  });
});

describe("askPenalty on a name inside a noun phrase (round 115)", () => {
  it("takes not the end of `du Royal Football Club Condroz Jeunesse` for the one sentenced", () => {
    const prompts = penaltiesFor(
      "Le tribunal correctionnel de Namur a condamné mardi à 18 mois de prison avec sursis l'ancien trésorier du Royal Football Club Condroz Jeunesse, un club de jeunes établi à Ciney, pour avoir détourné 86.400 euros des caisses de l'association.",
    ).map((candidate) => candidate.prompt);
    expect(prompts.filter((prompt) => prompt.includes("condamné Football Club"))).toEqual([]);
  });
});
