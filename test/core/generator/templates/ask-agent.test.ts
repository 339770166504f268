import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import type { Candidate } from "../../../../src/core/generator/candidate";
import { askAgent } from "../../../../src/core/generator/templates/ask-agent";

function analysisOf(...paragraphs: string[]) {
  return analyseArticle(parseArticle(["Titre", ...paragraphs].join("\n\n")));
}

function answered(candidate: Candidate | undefined): string | undefined {
  if (candidate?.answer.kind === "person") return candidate.answer.person.name;
  if (candidate?.answer.kind === "organisation") return candidate.answer.organisation.name;
  return undefined;
}

describe("askAgent", () => {
  it("reads a passive's agent past when and where it was done, and past a title joined by `et`", () => {
    const asked = (sentence: string) =>
      askAgent(analysisOf(sentence)).map(
        (candidate) => `${candidate.prompt} → ${answered(candidate)}`,
      );
    expect(
      asked(
        "Une unité d'hémodialyse de 24 lits a été inaugurée samedi au Centre hospitalier universitaire (CHU) du Point G par le ministre de la Santé et du Développement social, Mamadou Keïta.",
      ),
    ).toContain("Qui a inauguré une unité d'hémodialyse de 24 lits ? → Mamadou Keïta");
    expect(
      asked(
        "Le quai fluvial de Maluku, à l'est de Kinshasa, a été inauguré samedi 8 novembre par le ministre des Transports, Patrice Mwamba Kalonji, en présence du gouverneur.",
      ),
    ).toContain("Qui a inauguré le quai fluvial de Maluku ? → Patrice Mwamba Kalonji");
    expect(
      asked(
        "Le bâtiment a été inauguré vers 10h par le secrétaire général de la région, Boukaré Zongo, en présence des autorités sanitaires.",
      ),
    ).toContain("Qui a inauguré le bâtiment ? → Boukaré Zongo");
    // What the verb needs is no adjunct: the question would leave it out.
    expect(
      asked("Le maire sortant, Paul Vidal, a été élu président par le conseil communal."),
    ).toEqual([]);
  });

  it("takes no person for the agent past a verb of saying or a second `par`, nor one agent of two", () => {
    const asked = (sentence: string) =>
      askAgent(analysisOf(sentence)).map(
        (candidate) => `${candidate.prompt} → ${answered(candidate)}`,
      );
    expect(
      asked(
        "L'évaluation environnementale du projet a été approuvée en septembre par la province, a précisé la vice-présidente aux opérations, Karen Lindqvist.",
      ).filter((line) => line.includes("Karen")),
    ).toEqual([]);
    expect(
      asked(
        "Le film a été distingué à l'unanimité par le jury présidé par la comédienne Nadia Benkirane.",
      ).filter((line) => line.startsWith("Qui a distingué")),
    ).toEqual([]);
    expect(
      asked(
        "La mission de terrain a été financée par le Fonds national suisse de la recherche scientifique (FNS) et par la Ville de Genève.",
      ),
    ).toEqual([]);
  });

  it("reads a pluperfect passive, but not an idiom's rest nor a name completing the agent", () => {
    const asked = (sentence: string) =>
      askAgent(analysisOf(sentence)).map(
        (candidate) => `${candidate.prompt} → ${answered(candidate)}`,
      );
    expect(
      asked(
        "L'équipe avait été encadrée par l'Association tunisienne des sciences mathématiques (ATSM) grâce à un stage d'un mois.",
      ),
    ).toContain("Qui a encadré l'équipe ? → Association tunisienne des sciences mathématiques");
    expect(
      asked(
        "La fraude avait été mise au jour par la Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF).",
      ),
    ).toEqual([]);
    expect(
      asked(
        "Le dossier avait été déclenché par un rapport de la Cour régionale des comptes de Béni Mellal-Khénifra, avant que l'enquête ne soit confiée à la police.",
      ).filter((line) => line.includes("Béni")),
    ).toEqual([]);
  });

  it("asks nothing of a sentence that is a noun phrase alone (`Une explication balayée par …`, round 124)", () => {
    const prompts = (text: string) =>
      askAgent(analysisOf(text)).map((candidate) => candidate.prompt);
    expect(
      prompts(
        "Le prévenu a expliqué avoir été dépassé. Une explication balayée par le procureur de la République, Julien Marchetti, qui avait évoqué « un système organisé ».",
      ),
    ).toEqual([]);
    expect(
      prompts("Une exposition organisée par le conservateur, Jean Dupont, a ouvert ses portes."),
    ).toEqual(["Qui a organisé l'exposition ?"]);
  });

  it("takes no clause after a definite subject for an incise (`Dans les autres rencontres, le MC Oran a dominé …`)", () => {
    const prompts = askAgent(
      analysisOf(
        "Dans les autres rencontres de la journée, le MC Oran a dominé l'ASO Chlef (3-0), tandis que le MC Alger, détenteur du titre, a été surpris à domicile par le Paradou AC (0-2).",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.filter((prompt) => prompt.includes("rencontres"))).toEqual([]);
  });

  it("asks no agent of a participle that may agree with the noun before `de` (`une réunion du Conseil de la consommation, présidée par …`)", () => {
    const prompts = askAgent(
      analysisOf(
        "La décision a été prise à l'issue d'une réunion du Conseil national de la consommation, présidée par le ministre du Commerce, Ousmane Diagne Ndiaye.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.filter((prompt) => prompt.includes("consommation"))).toEqual([]);
  });

  it("asks no deed of a lasting state (`l'aire protégée gérée par …`, round 121)", () => {
    const prompts = (sentence: string) =>
      askAgent(analysisOf(sentence)).map((candidate) => candidate.prompt);
    expect(
      prompts("Le musée a rouvert le site, géré par le Centre des monuments nationaux."),
    ).toEqual([]);
    expect(
      prompts("Le musée a rouvert le site, restauré par le Centre des monuments nationaux."),
    ).toEqual(["Qui a restauré le site ?"]);
  });

  it("reads a passive's agent past a day, its subject past an acronym in parentheses", () => {
    const analysis = analysisOf(
      "La ligne de tram 19 des Transports publics genevois (TPG) a été inaugurée samedi par la conseillère d'Etat chargée de la mobilité, Anne-Lise Morand.",
    );
    const [question] = askAgent(analysis);
    expect(question?.prompt).toBe(
      "Qui a inauguré la ligne de tram 19 des Transports publics genevois ?",
    );
    expect(answered(question)).toBe("Anne-Lise Morand");
  });

  it("asks no agent of a verb whose attribute follows it (`reconnue par l'UNESCO comme …`)", () => {
    const analysis = analysisOf(
      "L'arganeraie, reconnue par l'Organisation des Nations unies pour l'éducation, la science et la culture (UNESCO) comme réserve de biosphère depuis 1998, fait vivre des milliers de ménages.",
    );
    expect(askAgent(analysis).map((candidate) => candidate.prompt)).toEqual([]);
  });

  it("takes no organisation named where the agent was for the agent (`par des coupures de route sur la RN2`)", () => {
    const analysis = analysisOf(
      "Les épreuves se sont déroulées dans un contexte marqué par des coupures de route sur la RN2 qui ont retardé les copies.",
    );
    expect(askAgent(analysis).map((candidate) => candidate.prompt)).toEqual([]);
    const bought = analysisOf(
      "La société a été rachetée par le fonds Rietveld Capital (RC) pour un montant tenu secret.",
    );
    expect(askAgent(bought).map((candidate) => candidate.prompt)).toEqual([
      "Qui a racheté la société ?",
    ]);
  });

  it("takes no organisation named after `le jury du` for the agent", () => {
    const analysis = analysisOf(
      "Le résultat a été validé par le jury du Comité national de gestion de la lutte (CNG) après une brève concertation.",
    );
    expect(askAgent(analysis).map((c) => c.prompt)).toEqual([]);
  });

  it("takes no person named after a relative or a quotation's end for the agent", () => {
    const analysis = analysisOf(
      "« Ils traduisent les efforts consentis par les enseignants, qui ont tenu les classes », a déclaré le ministre, Abdoulaye Sawadogo.",
    );
    expect(askAgent(analysis).map(answered)).toEqual([]);
  });

  it("asks who led a delegation from `une délégation, conduite par …` (participle after the noun)", () => {
    const analysis = analysisOf(
      "Hier, une délégation, conduite par le ministre, Paul Dupont, est arrivée à Rome.",
    );
    const candidates = askAgent(analysis);
    expect(candidates.map((c) => c.prompt)).toEqual(["Qui a conduit la délégation ?"]);
    expect(answered(candidates[0])).toBe("Paul Dupont");
    expect(candidates[0]?.choice).toBe(false);
    expect(candidates[0]?.sentence.text).toMatch(/conduite par le ministre/);
  });

  it("takes an adjective before `par` for no participle, and a future for no noun phrase", () => {
    const analysis = analysisOf(
      "Le collectif Sauvons la dune réclame une étude complète par le Bureau des audiences publiques (BAP).",
      "La gestion de la station sera assurée par la Société des eaux du Nord (SEN).",
    );
    expect(askAgent(analysis).map((c) => c.prompt)).toEqual([]);
  });

  it("asks who gave explanations from `ont été données par`, and which agency", () => {
    const analysis = analysisOf(
      "Lors de cette visite, des explications ont été données par la directrice de l'Agence nationale de la recherche (ANR), Sylvie Retailleau, aux élus.",
    );
    const candidates = askAgent(analysis);
    const who = candidates.find((c) => c.prompt === "Qui a donné des explications ?");
    expect(answered(who)).toBe("Sylvie Retailleau");
    const which = candidates.find((c) => c.prompt === "Quelle agence a donné des explications ?");
    expect(which?.answer).toMatchObject({ kind: "organisation", form: "either" });
    expect(answered(which)).toBe("Agence nationale de la recherche");
    if (!which) return;
    expect(answerForms(which.answer, analysis).accepted).toEqual([
      "ANR",
      "Agence nationale de la recherche",
    ]);
  });

  it("agrees `Quel` with a masculine head noun (`Quel office …`)", () => {
    const analysis = analysisOf(
      "Mardi, le dossier a été examiné par le directeur de l'Office des étrangers, Freddy Roosemont.",
    );
    const prompts = askAgent(analysis).map((c) => c.prompt);
    expect(prompts).toContain("Qui a examiné le dossier ?");
    expect(prompts).toContain("Quel office a examiné le dossier ?");
  });

  it("asks nothing when the agent is not a person of the article", () => {
    const analysis = analysisOf(
      "Mardi, le projet a été adopté par le conseil municipal. Hier, une délégation, conduite par le préfet, est arrivée.",
    );
    expect(askAgent(analysis)).toEqual([]);
  });

  it("does not ask who did it when the subject is itself a person", () => {
    const analysis = analysisOf(
      "Samedi, le ministre Paul Dupont a été reçu par la maire, Johanna Rolland, à Nantes.",
    );
    expect(analysis.people.map((person) => person.name)).toEqual([
      "Paul Dupont",
      "Johanna Rolland",
    ]);
    expect(askAgent(analysis)).toEqual([]);
  });

  it("asks once per action, with the masculine participle (`arbitrée` → `arbitré`)", () => {
    const analysis = analysisOf("Dimanche, la rencontre a été arbitrée par Clément Turpin.");
    const prompts = askAgent(analysis).map((c) => c.prompt);
    expect(prompts).toContain("Qui a arbitré la rencontre ?");
  });

  it("never leaves the auxiliary in the question (`Qui a arbitré la rencontre a été ?`)", () => {
    const analysis = analysisOf(
      "Dimanche, la rencontre a été arbitrée par Clément Turpin.",
      "Mardi, les stupéfiants ont été saisis par la commissaire, Claire Martin.",
    );
    const prompts = askAgent(analysis).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) expect(prompt).not.toMatch(/\b(?:a|ont) été \?$/);
  });

  it("asks who did it when the passive opens the sentence (`La rencontre a été arbitrée par …`)", () => {
    const analysis = analysisOf("La rencontre a été arbitrée par Clément Turpin.");
    expect(askAgent(analysis).map((c) => c.prompt)).toContain("Qui a arbitré la rencontre ?");
  });

  it("takes the subject of the passive, not a noun of the introductory phrase before it", () => {
    const analysis = analysisOf(
      "Lors de la visite, des consignes ont été données par la directrice de l'ANR, Sylvie Retailleau.",
    );
    const prompts = askAgent(analysis).map((c) => c.prompt);
    expect(prompts).toContain("Qui a donné des consignes ?");
    expect(prompts).not.toContain("Qui a donné la visite ?");
  });

  it("writes the masculine singular of a plural participle in -is (`saisis` → `Qui a saisi …`)", () => {
    const analysis = analysisOf(
      "Mardi, les stupéfiants ont été saisis par la commissaire, Claire Martin.",
    );
    expect(askAgent(analysis).map((c) => c.prompt)).toContain("Qui a saisi les stupéfiants ?");
  });

  it("asks who did it when the noun phrase opens the sentence (`Une délégation, conduite par …`)", () => {
    const analysis = analysisOf(
      "Une délégation, conduite par le ministre, Paul Dupont, est arrivée à Rome.",
      "Des explications ont été données par la directrice de l'ANR, Sylvie Retailleau.",
    );
    expect(askAgent(analysis).map((c) => c.prompt)).toEqual([
      "Qui a conduit la délégation ?",
      "Qui a donné des explications ?",
    ]);
  });

  it("does not take a person named in a place complement for the agent", () => {
    const analysis = analysisOf(
      "Trois blessés ont été évacués par un hélicoptère vers l'hôpital du district de Moramanga Be.",
    );
    expect(askAgent(analysis).filter((c) => c.answer.kind === "person")).toEqual([]);
  });

  it("asks nothing about a bare figure (`des 90 % fixés par l'OMS`)", () => {
    const analysis = analysisOf(
      "La couverture reste loin des 90 % fixés par l'Organisation mondiale de la santé (OMS).",
    );
    expect(askAgent(analysis).map((c) => c.prompt)).toEqual([]);
  });
});

describe("askAgent on an absolute participle", () => {
  it("reads no subject across `étant` (`le reste étant apporté par …`)", () => {
    const analysis = analysisOf(
      "Le prêt de la BOAD couvre 70 % du coût, le reste étant apporté par l'État à travers la société Côte d'Ivoire Énergies.",
    );
    expect(
      askAgent(analysis)
        .map((c) => c.prompt)
        .join(" "),
    ).not.toContain("étant");
  });
});

describe("askAgent on agents listed with `par`", () => {
  it("asks nothing when several agents share the act (`par le Département …, par l'État`)", () => {
    const analysis = analysisOf(
      "La somme a été financée par le Département du Finistère à hauteur de 4,1 millions, par l'État et par la Région Bretagne.",
    );
    expect(askAgent(analysis).map((c) => c.prompt)).toEqual([]);
  });
});

describe("askAgent on agents past a parenthesis", () => {
  it("asks nothing when a second agent follows an acronym's parenthesis", () => {
    const analysis = analysisOf(
      "Les conventions ont été paraphées par le ministre de l'Economie (Minepat), Emmanuel Ngono Abessolo, et par la responsable du bureau de la BAD, Aïssatou Ndiaye Faye.",
    );
    expect(askAgent(analysis).map((c) => c.prompt)).toEqual([]);
  });
});

describe("askAgent on forecasts and vague things", () => {
  it("asks nothing of `l'inflation prévue par …` nor of `l'ensemble, conçu par …`", () => {
    expect(
      askAgent(
        analysisOf(
          "Le conseiller proposait de limiter la hausse à 2,5 %, soit l'inflation prévue par la Banque du Canada.",
          "Le théâtre est installé dans la foire internationale. L'ensemble, conçu par Oscar Niemeyer, a été restauré.",
        ),
      ).map((c) => c.prompt),
    ).toEqual([]);
  });

  it("asks nothing of a participle that does not agree with the phrase before it (`emmenés` after `la manche`)", () => {
    const analysis = analysisOf(
      "Les Béjaouis ont réagi dans la deuxième manche, emmenés par leur attaquant international Sofiane Hadjadj.",
      "La nouvelle ligne, inaugurée par la ministre Claire Morin, relie les deux rives.",
    );
    expect(askAgent(analysis).map(answered)).toEqual(["Claire Morin"]);
  });
});

describe("askAgent on a class one thing belongs to", () => {
  it("asks nothing of `l'un des principaux fruits exportés par …`", () => {
    const analysis = analysisOf(
      "La mangue est l'un des principaux fruits exportés par Jean Dupont, et la campagne fait vivre des milliers de familles.",
    );
    expect(askAgent(analysis).map((c) => c.prompt)).toEqual([]);
    // A thing named on its own is asked.
    const own = analysisOf(
      "Les premières mangues, exportées par Jean Dupont, sont arrivées à Rotterdam.",
    );
    expect(askAgent(own).map((c) => c.prompt)).toContain("Qui a exporté les premières mangues ?");
  });
});

describe("askAgent on a modal passive (round 112)", () => {
  it("asks nothing of `La soirée devait être marquée par …` (*Qui a marqué la soirée devait être ?*)", () => {
    const prompts = askAgent(
      analysisOf(
        "La soirée devait être marquée par le concert de la chanteuse Ti Fanm Granbwa, venue présenter son troisième album.",
      ),
    ).map((candidate) => candidate.prompt);
    for (const prompt of prompts) expect(prompt).not.toMatch(/devait être/u);
  });
});

describe("askAgent on an adjective after a degree (round 116)", () => {
  it("reads no passive in `un niveau jugé trop élevé par l'URCPC-K`", () => {
    const analysis = analysisOf(
      "Le sac d'engrais reste vendu à 14 000 francs CFA, un niveau jugé trop élevé par l'Union régionale des coopératives de producteurs de coton de Koutiala (URCPC-K).",
    );
    expect(askAgent(analysis).map((c) => c.prompt)).toEqual([]);
  });
});

describe("askAgent on round 117's shapes", () => {
  it("asks no agent of a noun's complement, nor one of two past an acronym", () => {
    expect(
      askAgent(
        analysisOf(
          "Les planteurs réclament le maintien de la contribution à la culture versée par l'Office fédéral de l'agriculture (OFAG), actuellement de 2 200 francs par hectare.",
          "La nouvelle grille de prix a été négociée par la Fédération suisse des betteraviers (FSB) et le transformateur Sucre Suisse SA au terme de trois mois de discussions.",
        ),
      ).map((candidate) => candidate.prompt),
    ).toEqual([]);
  });
  it("still asks after a participle's `à` and before a second verb", () => {
    const analysis = analysisOf(
      "Les doses de vaccin oral ont été fournies par l'Organisation mondiale de la santé (OMS) et acheminées par le Programme élargi de vaccination (PEV).",
      "Le premier épisode sera consacré à la montée, filmée par la réalisatrice Anne Le Goff depuis le mois de février.",
    );
    expect(askAgent(analysis).map((c) => [c.prompt, answered(c)])).toEqual([
      ["Qui a fourni les doses de vaccin oral ?", "Organisation mondiale de la santé"],
      ["Qui a filmé la montée ?", "Anne Le Goff"],
    ]);
  });
  it("keys a name whole past a capitalised complement (`du Nord de l'Ontario`)", () => {
    const [question] = askAgent(
      analysisOf(
        "Le tournoi, organisé par l'Association de curling du Nord de l'Ontario (NOCA), réunissait huit équipes.",
      ),
    );
    expect(answered(question)).toBe("Association de curling du Nord de l'Ontario");
  });

  it("asks no agent of an event to come (`représentera … à la phase nationale organisée par …`)", () => {
    const asked = (sentence: string) =>
      askAgent(analysisOf(sentence)).map(
        (candidate) => `${candidate.prompt} → ${answered(candidate)}`,
      );
    expect(
      asked(
        "Keur Cheikh représentera le département de Diourbel à la phase nationale organisée par l'Organisme national de coordination des activités de vacances (ONCAV).",
      ),
    ).toEqual([]);
    // Told in the past, the same event was run by someone.
    expect(
      asked(
        "Keur Cheikh a disputé la phase nationale organisée par l'Organisme national de coordination des activités de vacances (ONCAV).",
      ),
    ).toEqual([
      "Qui a organisé la phase nationale ? → Organisme national de coordination des activités de vacances",
    ]);
  });
});

describe("askAgent on a passive after a clause (set CH's swap)", () => {
  it("takes no clause for the passive's subject (`le MC Oran a dominé …, tandis que le MC Alger … a été surpris par`)", () => {
    const prompts = askAgent(
      analysisOf(
        "Dans les autres rencontres de la journée, le MC Oran a dominé l'ASO Chlef (3-0), tandis que le MC Alger, détenteur du titre, a été surpris à domicile par le Paradou AC (0-2).",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.some((prompt) => /a dominé/u.test(prompt))).toBe(false);
  });
});

describe("askAgent on who runs something (set CI's Bafilo)", () => {
  it("asks no *Qui a dirigé … ?* of `dirigé par` in apposition, a state that lasts", () => {
    const prompts = askAgent(
      analysisOf(
        "L'atelier, dirigé par Rachida Ouro-Agoro, produit désormais 1,2 tonne de beurre par mois.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts).not.toContain("Qui a dirigé l'atelier ?");
  });
});

describe("askAgent on who made a work, fronted", () => {
  it("asks who wrote and staged the play, not when the article names several works", () => {
    const asked = (...paragraphs: string[]) =>
      askAgent(analysisOf(...paragraphs)).map(
        (candidate) => [candidate.prompt, answered(candidate)] as const,
      );
    expect(
      asked(
        "Écrite et mise en scène par Josiane Bellevue, la pièce, jouée en créole, raconte le retour d'un marin-pêcheur.",
      ),
    ).toEqual([["Qui a écrit et mis en scène la pièce ?", "Josiane Bellevue"]]);
    expect(
      asked("Réalisé par la cinéaste Hanitra Rasoarimanana, le film suit une famille de pêcheurs."),
    ).toEqual([["Qui a réalisé le film ?", "Hanitra Rasoarimanana"]]);
    expect(
      asked(
        "Le festival a présenté « Les Valises » et « Le Sel des remparts ».",
        "Mise en scène par Samira Aït Ouali, la pièce raconte le retour d'un émigré.",
      ),
    ).toEqual([]);
  });
});
