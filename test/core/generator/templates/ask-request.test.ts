import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import { askRequest } from "../../../../src/core/generator/templates/ask-request";

function requests(...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askRequest(analysis).map((candidate) => {
    const forms = answerForms(candidate.answer, analysis);
    return [candidate.prompt, forms.accepted] as const;
  });
}

describe("askRequest", () => {
  it("keys no demand cut before its `que` (round 138: `et à veiller à ce`)", () => {
    const keyed = requests(
      "Le gouverneur a invité les parents à réserver un bon accueil aux distributeurs et à veiller à ce que les enfants prennent les doses à la maison.",
    );
    expect(keyed.flatMap(([, accepted]) => accepted).filter((text) => /\sce$/u.test(text))).toEqual(
      [],
    );
  });

  it("splits a demand only into parts that each open on a verb (round 136: `panneaux` accepted)", () => {
    for (const [, accepted] of requests(
      "Le maire a demandé aux riverains de protéger les câbles et de panneaux.",
      "Le maire a demandé aux habitants d'éviter tout gaspillage et de stocker l'eau.",
    )) {
      expect(accepted).not.toContain("panneaux");
    }
    const [[, both] = ["", []]] = requests(
      "Le maire a demandé aux habitants d'éviter tout gaspillage et de stocker l'eau.",
    );
    expect(both).toContain("stocker l'eau");
  });

  it("asks nothing of the first of a list of calls a comma cuts", () => {
    expect(
      requests(
        "Les autorités sanitaires appellent les Martiniquais à vider chaque semaine les récipients d'eau stagnante, à se protéger des piqûres et à consulter un médecin en cas de fièvre.",
      ),
    ).toEqual([]);
  });

  it("asks what is demanded of whom (the @example), with or without its `de`", () => {
    expect(
      requests(
        "L'association demande au Conseil d'État d'accélérer la création de zones à faibles émissions.",
      ),
    ).toEqual([
      [
        "Que demande l'association au Conseil d'État ?",
        [
          "accélérer la création de zones à faibles émissions",
          "d'accélérer la création de zones à faibles émissions",
        ],
      ],
    ]);
  });

  it("asks what people are called to, two calls each right, a purpose left out", () => {
    expect(
      requests(
        "La DINEPA a appelé la population à éviter tout gaspillage et à stocker l'eau dans des récipients couverts.",
        "Les autorités ont invité les habitants à quitter les zones inondables avant la nuit.",
      ),
    ).toEqual([
      [
        "À quoi la DINEPA a-t-elle appelé la population ?",
        [
          "à éviter tout gaspillage et à stocker l'eau dans des récipients couverts",
          "à éviter tout gaspillage",
          "à stocker l'eau dans des récipients couverts",
        ],
      ],
      ["À quoi les autorités ont-elles invité les habitants ?", ["à quitter les zones inondables"]],
    ]);
  });

  it("asks nothing of a negated call, a demand too long to type, or a noun demanded", () => {
    expect(requests("Le maire n'a pas appelé les habitants à partir.")).toEqual([]);
    expect(
      requests(
        "Le syndicat demande au ministre de revoir entièrement la grille salariale des infirmières des hôpitaux publics de la région.",
      ),
    ).toEqual([]);
    expect(requests("Le syndicat réclame une hausse de 18 % des salaires.")).toEqual([]);
  });
});

describe("askRequest on a second verb", () => {
  it("asks the demand of a subject's second verb (`prévoit … et recommande aux … de …`)", () => {
    expect(
      requests(
        "L'Institut géographique prévoit de nouvelles averses jusqu'à jeudi et recommande aux habitants des pentes de rester vigilants.",
      ).map(([prompt]) => prompt),
    ).toEqual(["Que recommande l'Institut géographique aux habitants des pentes ?"]);
  });
});

describe("askRequest on a demonstrative subject", () => {
  it("asks nothing of `Ces structures obligeaient …` (round 95: « ces structures » sans antécédent)", () => {
    const prompts = (sentence: string) =>
      askRequest(analyseArticle(parseArticle(["Titre", sentence].join("\n\n")))).map(
        (candidate) => candidate.prompt,
      );
    expect(
      prompts("Ces structures obligeaient les directeurs d'école à libérer les élèves avant 13h."),
    ).toEqual([]);
    expect(prompts("La DINEPA a appelé la population à éviter tout gaspillage.")).toHaveLength(1);
  });
});

describe("askRequest on a bare verb and its time", () => {
  it("keeps `dès les premiers mois de grossesse` with `à consulter` (round 96)", () => {
    const analysis = analyseArticle(
      parseArticle(
        "Titre\n\nLe directeur a invité les habitants à consulter dès les premiers mois de grossesse.",
      ),
    );
    const [request] = askRequest(analysis);
    expect(request && answerForms(request.answer, analysis).answer).toBe(
      "à consulter dès les premiers mois de grossesse",
    );
  });
});

describe("askRequest on a decimal (round 115)", () => {
  it("reads a demand past the comma of `3,2 millions`, never up to it", () => {
    const keys = requests(
      "La juridiction a ordonné au condamné de restituer 3,2 millions de dirhams.",
    ).flatMap(([, accepted]) => accepted);
    expect(keys.some((key) => /\s3$/u.test(key))).toBe(false);
    expect(keys).toContain("restituer 3,2 millions de dirhams");
  });
});

describe("askRequest on `pour` and a noun (round 151)", () => {
  it("keeps what a budget line is for, and cuts before a purpose", () => {
    const keys = (sentence: string) => requests(sentence).flatMap(([, accepted]) => accepted);
    expect(keys("Le préfet a invité les maires à créer une ligne pour les cantines.")).toEqual([
      "à créer une ligne pour les cantines",
    ]);
    expect(keys("Le préfet a invité les maires à créer une ligne pour les aider.")).toEqual([
      "à créer une ligne",
    ]);
  });
});
