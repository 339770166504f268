/**
 * The issue 10 defect classes of the automatic defect finder: each check with a made-up positive
 * and negative example.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../src/core/quiz/quiz";
import { optionValue } from "./distractor-checks";
import { CLASS_CHECKS, DEFECT_CHECKS, findDefects, findQuizDefects } from "./find-defects";
import { shortAnswer, singleChoice, trueFalse } from "./question-fixtures";

const CHECKS = CLASS_CHECKS;

/** Whether `check` finds a defect in `question` (body: the evidence unless given). */
function flags(check: string, question: Question, body = question.evidence.text) {
  const found = CHECKS[check];
  if (!found) throw new Error(`no check ${check}`);
  return found.find(question, body).length > 0;
}

describe("loose references", () => {
  it("loose-reference: a statement or question resting on a sentence it does not show", () => {
    const sentence = "Les trois autres ont péri à Toamasina. Québec estime que celle-ci croîtra.";
    expect(
      flags(
        "loose-reference",
        trueFalse("q1", "Les trois autres ont péri à Toliara.", false, sentence),
      ),
    ).toBe(true);
    expect(
      flags(
        "loose-reference",
        trueFalse("q2", "Québec estime que celle-ci croîtra.", true, sentence),
      ),
    ).toBe(true);
    expect(
      flags(
        "loose-reference",
        trueFalse("q3", "Trois victimes ont péri à Toamasina.", true, sentence),
      ),
    ).toBe(false);
    const rise = "Le directeur régional, Lamine Badji, attribue cette hausse à la pluviométrie.";
    expect(
      flags(
        "loose-reference",
        shortAnswer("q5", "Qui attribue cette hausse ?", "Lamine Badji", rise),
      ),
    ).toBe(true);
    expect(
      flags(
        "loose-reference",
        shortAnswer("q6", "Combien d'installations de ce type ont été recensées ?", "23", rise),
      ),
    ).toBe(true);
    expect(
      flags(
        "loose-reference",
        shortAnswer("q4", "Complétez : « Québec estime que celle-ci …… »", "croîtra", sentence),
      ),
    ).toBe(false);
    expect(
      flags(
        "loose-reference",
        shortAnswer(
          "q6",
          "Qui a assuré que si c'est le cas, chaque personne sera avisée ?",
          "Nathalie Bergeron",
          sentence,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        "loose-reference",
        shortAnswer(
          "q7",
          "Pourquoi les coupures seront-elles communiquées sur son site internet ?",
          "x",
          sentence,
        ),
      ),
    ).toBe(true);
    // `ces dernières années` is a time, not a pointer.
    expect(
      flags(
        "loose-reference",
        shortAnswer(
          "q5",
          "Pourquoi la ville est-elle devenue ces dernières années un port ?",
          "x",
          sentence,
        ),
      ),
    ).toBe(false);
    // Round 11: `y` with nothing to stand for; `d'Yverdon` is no pronoun.
    expect(
      flags(
        "loose-reference",
        shortAnswer("q5", "Pourquoi est-ce que des usines y ont fermé ?", "la crise", sentence),
      ),
    ).toBe(true);
    expect(
      flags(
        "loose-reference",
        shortAnswer("q6", "Qui a visité l'usine d'Yverdon ?", "Paul Roux", sentence),
      ),
    ).toBe(false);
  });
});

describe("verb after inversion", () => {
  it("verb-after-inversion: two conjugated verbs around an inverted pronoun", () => {
    const sentence =
      "Le regroupement Bécancour respire réclame une évaluation, car l'usine prélèvera de l'eau.";
    const ask = (prompt: string) =>
      shortAnswer("q1", prompt, "car l'usine prélèvera de l'eau", sentence);
    expect(
      flags(
        "verb-after-inversion",
        ask("Pourquoi le regroupement Bécancour respire-t-il réclame une évaluation ?"),
      ),
    ).toBe(true);
    expect(flags("verb-after-inversion", ask("Pourquoi le regroupement a-t-il été créé ?"))).toBe(
      false,
    );
    expect(flags("verb-after-inversion", ask("Pourquoi la start-up doit-elle être créée ?"))).toBe(
      false,
    );
  });
});

describe("round 65's garbles and cuts", () => {
  it("preposition-before-inversion, urged-cut, byline-in-prompt", () => {
    const sentence = "Air Corsica a ajouté deux rotations quotidiennes vers Marseille.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "2", sentence);
    expect(
      flags(
        "preposition-before-inversion",
        ask("Combien de rotations quotidiennes vers est-ce qu'Air Corsica a ajoutées Marseille ?"),
      ),
    ).toBe(true);
    expect(
      flags(
        "preposition-before-inversion",
        ask("Combien de rotations quotidiennes est-ce qu'Air Corsica a ajoutées vers Marseille ?"),
      ),
    ).toBe(false);
    expect(flags("urged-cut", ask("Qui a invité les populations ?"))).toBe(true);
    expect(flags("urged-cut", ask("Qui a invité les populations à se faire vacciner ?"))).toBe(
      false,
    );
    expect(flags("byline-in-prompt", ask("Complétez : « Par Karine Appadoo Le …… à 10h40 »"))).toBe(
      true,
    );
    expect(
      flags("byline-in-prompt", ask("Complétez : « Par …… voix contre 25, la Chambre a voté. »")),
    ).toBe(false);
  });
});

describe("round 64's cuts and repeats", () => {
  it("half-question: a verb needing a second complement or saying why, a term miscounted", () => {
    const sentence =
      "Météo-France avait placé l'île en vigilance orange. Le parquet avait requis cinq ans ferme.";
    const checks = (prompt: string) =>
      findDefects(shortAnswer("q1", prompt, "l'île", sentence), sentence).map((d) => d.check);
    expect(checks("Qu'avait placé Météo-France ?")).toContain("half-question");
    expect(checks("Pourquoi le gouvernement justifie-t-il cette loi ?")).toContain("half-question");
    expect(checks("Combien d'ans ferme le parquet avait-il requis ?")).toContain("half-question");
    expect(checks("Qu'a annoncé Météo-France ?")).not.toContain("half-question");
    expect(checks("Qu'a mis en service le port ?")).not.toContain("half-question");
  });

  it("determiner-before-title: `la Mme Vasseur`, not `le Dr Tagne`", () => {
    const sentence = "La maire, Mme Vasseur, et le Dr Tagne ont visité l'hôpital.";
    const checks = (prompt: string) =>
      findDefects(shortAnswer("q1", prompt, "l'hôpital", sentence), sentence).map((d) => d.check);
    expect(checks("Qu'a visité la Mme Vasseur ?")).toContain("determiner-before-title");
    expect(checks("Qu'a visité le Dr Tagne ?")).not.toContain("determiner-before-title");
  });

  it("doubled-word: a word twice in a row, not `nous nous`", () => {
    const sentence = "Le musée a accueilli 25 000 visiteurs l'an dernier.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "25 000 visiteurs", sentence);
    expect(
      flags(
        "doubled-word",
        ask("Combien de visiteurs le musée a-t-il accueillis l'an l'an dernier ?"),
      ),
    ).toBe(true);
    expect(
      flags("doubled-word", ask("Combien de visiteurs le musée a-t-il accueillis l'an dernier ?")),
    ).toBe(false);
    expect(flags("doubled-word", ask("Pourquoi nous nous sommes-nous réunis ?"))).toBe(false);
  });

  it("cut-phrase: a prompt or an accepted answer cut before the complement it needs", () => {
    const sentence = "La société a annoncé la mise au chômage partiel de 300 employés.";
    const ask = (prompt: string, accepted: string[] = []) =>
      shortAnswer("q1", prompt, "la société", sentence, { accepted });
    expect(flags("cut-phrase", ask("Qui a annoncé la mise ?"))).toBe(true);
    expect(flags("cut-phrase", ask("Qui a ouvert le score d'une reprise à bout ?"))).toBe(true);
    expect(flags("cut-phrase", ask("Qui a présenté un capteur capable de détecter ?"))).toBe(true);
    expect(
      flags("cut-phrase", ask("Pourquoi le club a-t-il perdu ?", ["le retard … à cause"])),
    ).toBe(true);
    expect(flags("cut-phrase", ask("Qui a annoncé la mise au chômage partiel ?"))).toBe(false);
  });

  it("who-for-a-thing: *Qui* for a thing, *Que* for a team, a time before est-ce que", () => {
    const sentence = "Le centre de traitement du choléra (CTC) a été ouvert en urgence.";
    const thing = (prompt: string, kind: "organisation" | "person") =>
      shortAnswer("q1", prompt, "le CTC", sentence, { kind });
    expect(flags("who-for-a-thing", thing("Qui a été ouvert en urgence ?", "organisation"))).toBe(
      true,
    );
    expect(flags("who-for-a-thing", thing("Qui a été élu maire ?", "person"))).toBe(false);
    const team = shortAnswer("q1", "Que recevront les Sfaxiens ?", "le Club Africain", sentence);
    expect(flags("who-for-a-thing", team)).toBe(true);
    const money = shortAnswer(
      "q1",
      "Que recevront les communes ?",
      "une aide de 3 millions",
      sentence,
    );
    expect(flags("who-for-a-thing", money)).toBe(false);
    expect(
      flags(
        "who-for-a-thing",
        thing("Combien de buts cette saison est-ce que Kourouma compte ?", "organisation"),
      ),
    ).toBe(true);
  });

  it("headless-numeral: a numeral for a noun phrase, a possessive object given to no one", () => {
    const sentence =
      "Les quatre élus ont voté contre, alors que l'estimation s'élevait à 2,6 millions $.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "2,6 millions $", sentence);
    expect(flags("headless-numeral", ask("À combien s'élevait les quatre ?"))).toBe(true);
    expect(
      flags("headless-numeral", ask("Quand l'université a-t-elle remis leurs diplômes ?")),
    ).toBe(true);
    expect(flags("headless-numeral", ask("À combien s'élevait l'estimation initiale ?"))).toBe(
      false,
    );
    expect(
      flags(
        "headless-numeral",
        ask("À combien de lauréats l'université a-t-elle remis leurs diplômes ?"),
      ),
    ).toBe(false);
  });

  it("trial-asked-twice and a bare currency code: round 77's classes", () => {
    const sentence = "Le prévenu était poursuivi pour avoir détourné 480 millions.";
    const quiz = [
      shortAnswer(
        "q1",
        "Pourquoi le tribunal a-t-il condamné Arsène M. ?",
        "pour détournement",
        sentence,
      ),
      shortAnswer(
        "q2",
        "Pourquoi le prévenu était-il poursuivi ?",
        "pour avoir détourné 480 millions",
        sentence,
      ),
    ];
    expect(findQuizDefects(quiz, sentence).some((d) => d.check === "trial-asked-twice")).toBe(true);
    expect(
      findQuizDefects(quiz.slice(0, 1), sentence).some((d) => d.check === "trial-asked-twice"),
    ).toBe(false);
    const ticket = "Le ticket coûte 1 000 francs CFP.";
    expect(
      flags(
        "figure-cut-from-prompt",
        shortAnswer("q1", "Combien le ticket coûte-t-il CFP ?", "1 000 francs CFP", ticket),
      ),
    ).toBe(true);
    expect(
      flags(
        "figure-cut-from-prompt",
        shortAnswer("q1", "Combien le ticket coûte-t-il ?", "1 000 francs CFP", ticket),
      ),
    ).toBe(false);
    // A measure with its figure, and a pitch's area, are no figure cut.
    const goal = "Il a égalisé d'une frappe croisée à l'entrée de la surface.";
    for (const prompt of [
      "Qui a égalisé d'une frappe croisée à l'entrée de la surface ?",
      "Quelle température l'eau a-t-elle atteinte à un mètre de profondeur ?",
    ]) {
      expect(flags("figure-cut-from-prompt", shortAnswer("q1", prompt, "x", goal))).toBe(false);
    }
    expect(
      flags(
        "figure-cut-from-prompt",
        shortAnswer("q1", "Quel est le magasin d'une capacité ?", "x", goal),
      ),
    ).toBe(true);
  });

  it("vague-what: a what-question on prévoir, exiger, enregistrer", () => {
    const sentence = "L'entreprise familiale prévoit la création de 45 emplois.";
    const ask = (prompt: string) =>
      shortAnswer("q1", prompt, "la création de 45 emplois", sentence);
    expect(flags("vague-what", ask("Que prévoit l'entreprise familiale ?"))).toBe(true);
    expect(flags("vague-what", ask("Qu'a prévu la direction ?"))).toBe(true);
    expect(flags("vague-what", ask("Qu'a créé l'entreprise familiale ?"))).toBe(false);
  });

  it("one-cause-of-two: a cause or an instruction keyed alone when the article gives more", () => {
    const sentence =
      "Les chercheurs attribuent ce recul à la surpêche, mais aussi au réchauffement des eaux.";
    const ask = (answer: string) =>
      shortAnswer("q1", "À quoi les chercheurs attribuent-ils ce recul ?", answer, sentence);
    expect(flags("one-cause-of-two", ask("la surpêche"))).toBe(true);
    const calls =
      "Les autorités appellent les habitants à vider les récipients, à se protéger des piqûres et à consulter.";
    const call = shortAnswer(
      "q1",
      "À quoi les autorités appellent-elles les habitants ?",
      "à vider les récipients",
      calls,
    );
    expect(flags("one-cause-of-two", call)).toBe(true);
    const whole = shortAnswer(
      "q1",
      "À quoi les chercheurs attribuent-ils ce recul ?",
      "la surpêche",
      "Les chercheurs attribuent ce recul à la surpêche.",
    );
    expect(flags("one-cause-of-two", whole)).toBe(false);
  });

  it("cause-runs-on: a cause keyed with the main verb's next action; who-for-a-thing: a territory", () => {
    const sentence =
      "Le camion aurait perdu le contrôle en raison de la chaussée glissante et percuté le bus.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Pourquoi le camion aurait-il perdu le contrôle ?", answer, sentence);
    expect(flags("cause-runs-on", ask("la chaussée glissante et percuté le bus"))).toBe(true);
    expect(flags("cause-runs-on", ask("la chaussée glissante"))).toBe(false);
    const region = "La région de Diffa ferme la marche.";
    expect(
      flags(
        "who-for-a-thing",
        shortAnswer("q1", "Qui ferme la marche ?", "la région de Diffa", region),
      ),
    ).toBe(true);
    expect(
      flags(
        "who-for-a-thing",
        shortAnswer("q1", "Quelle région ferme la marche ?", "la région de Diffa", region),
      ),
    ).toBe(false);
  });

  it("figure-cut-from-prompt: a measure noun or a currency code left without its figure", () => {
    const sentence =
      "Les membres ont mis en commun un magasin d'une capacité de 500 tonnes pour éviter de brader.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "pour éviter de brader", sentence);
    expect(
      flags(
        "figure-cut-from-prompt",
        ask("Pourquoi ont-ils mis en commun un magasin d'une capacité ?"),
      ),
    ).toBe(true);
    expect(
      flags("figure-cut-from-prompt", ask("Pourquoi ont-ils mis en commun un magasin ?")),
    ).toBe(false);
    expect(
      flags("figure-cut-from-prompt", ask("Pourquoi l'Etat versera-t-il une indemnité (MRU) ?")),
    ).toBe(true);
    expect(
      flags("figure-cut-from-prompt", ask("Pourquoi l'Etat versera-t-il 40 000 ouguiyas (MRU) ?")),
    ).toBe(false);
  });

  it("figure-after-blank: the figure restated in parentheses after the blank", () => {
    const sentence = "Le parc aura une capacité de quatre cents (400) camions.";
    const ask = (prompt: string) =>
      singleChoice("q1", prompt, ["400 camions", "300 camions", "500 camions"], sentence);
    expect(
      flags(
        "figure-after-blank",
        ask("Complétez : « Le parc aura une capacité de …… (400) camions. »"),
      ),
    ).toBe(true);
    expect(
      flags("figure-after-blank", ask("Complétez : « Le parc aura une capacité de …… . »")),
    ).toBe(false);
  });
});

describe("number agreement", () => {
  it("number-agreement: a plural after a number below 2, an article before a count", () => {
    const sentence =
      "La ligne mesure 2,4 kilomètres. Le calendrier a glissé en raison de trois oppositions.";
    const options = (texts: string[]) =>
      singleChoice("q1", "Quelle est la longueur de la ligne ?", texts, sentence);
    expect(
      flags("number-agreement", options(["2,4 kilomètres", "1,7 kilomètres", "3,1 kilomètres"])),
    ).toBe(true);
    expect(
      flags("number-agreement", options(["2,4 kilomètres", "1,7 kilomètre", "1 000 kilomètres"])),
    ).toBe(false);
    const why = (answer: string) =>
      shortAnswer("q2", "Pourquoi le calendrier a-t-il glissé ?", answer, sentence);
    expect(flags("number-agreement", why("des trois oppositions"))).toBe(true);
    expect(flags("number-agreement", why("trois oppositions"))).toBe(false);
  });
});

describe("span checks", () => {
  it("number-idiom: a number read in a set phrase", () => {
    const sentence =
      "L'école est construite à deux pas du complexe sportif et accueille 212 enfants.";
    const ask = (options: string[]) =>
      singleChoice("q1", "Complétez : « … à …… du complexe sportif. »", options, sentence, {
        kind: "number",
      });
    expect(flags("number-idiom", ask(["2 pas", "3 pas", "4 pas"]))).toBe(true);
    expect(flags("number-idiom", ask(["212 enfants", "180 enfants", "250 enfants"]))).toBe(false);
  });

  it("torn-opening: a gap-fill window opening inside a title", () => {
    const sentence =
      "Le ministre de l'Agriculture, du Développement rural et des Productions vivrières, Kouadio Yao Serge, a fait cette annonce mardi.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "Kouadio Yao Serge", sentence);
    expect(
      flags(
        "torn-opening",
        ask(
          "Complétez : « … rural et des Productions vivrières, ……, a fait cette annonce mardi. »",
        ),
      ),
    ).toBe(true);
    expect(flags("torn-opening", ask("Complétez : « … a fait cette annonce ……. »"))).toBe(false);
    const price = "Le kilo s'achète à 9 500 FC, contre 6 200 FC au début de la campagne en avril.";
    expect(
      flags(
        "torn-opening",
        shortAnswer(
          "q2",
          "Complétez : « … contre …… au début de la campagne en avril … »",
          "6 200 FC",
          price,
        ),
      ),
    ).toBe(true);
  });

  it("duration-purpose: a why keyed with what a time span is for", () => {
    const sentence = "Les condamnés disposent de trente jours pour interjeter appel.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Pourquoi les condamnés disposent-ils de trente jours ?", answer, sentence);
    expect(flags("duration-purpose", ask("pour interjeter appel"))).toBe(true);
    const lasting =
      "Les producteurs ont décidé de suspendre leurs ventes pendant deux semaines pour protester contre la chute des prix.";
    expect(
      flags(
        "duration-purpose",
        shortAnswer(
          "q1",
          "Pourquoi les producteurs ont-ils décidé de suspendre leurs ventes ?",
          "pour protester contre la chute des prix",
          lasting,
        ),
      ),
    ).toBe(false);
    const other = "Les écoles resteront fermées pour permettre le nettoyage.";
    expect(
      flags(
        "duration-purpose",
        shortAnswer(
          "q1",
          "Pourquoi les écoles resteront-elles fermées ?",
          "pour permettre le nettoyage",
          other,
        ),
      ),
    ).toBe(false);
  });

  it("torn-compound: a prompt cut before `avec` and the bare noun it belongs to", () => {
    const sentence =
      "Serigne Mbaye a remporté son 1er combat en lutte avec frappe face à Ousmane Guèye.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "Serigne Mbaye", sentence);
    expect(flags("torn-compound", ask("Qui a remporté son 1er combat en lutte ?"))).toBe(true);
    expect(
      flags("torn-compound", ask("Qui a remporté son 1er combat en lutte avec frappe ?")),
    ).toBe(false);
  });

  it("invented-day: a date answer naming a day the evidence does not write", () => {
    const sentence = "L'enquête avait été ouverte en mars 2023 après un signalement.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Quand l'enquête avait-elle été ouverte ?", answer, sentence, {
        kind: "date",
      });
    expect(flags("invented-day", ask("1er mars 2023"))).toBe(true);
    expect(flags("invented-day", ask("mars 2023"))).toBe(false);
    const dated = "L'enquête avait été ouverte le mardi 1er mars 2023.";
    expect(
      flags(
        "invented-day",
        shortAnswer(
          "q1",
          "Quand l'enquête avait-elle été ouverte ?",
          "mardi 1er mars 2023",
          dated,
          {
            kind: "date",
          },
        ),
      ),
    ).toBe(false);
  });

  it("range-bound: a date answer that is one end of a range", () => {
    const sentence = "Le festival s'est tenu du 18 au 26 octobre à Tanger, avec 30 films.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Quand le festival s'est-il tenu ?", answer, sentence, { kind: "date" });
    expect(flags("range-bound", ask("26 octobre"))).toBe(true);
    expect(flags("range-bound", ask("18"))).toBe(true);
    const timed = "Les salariés ont prévu un rassemblement samedi 5 décembre à 14 h.";
    expect(
      flags(
        "range-bound",
        shortAnswer("q1", "Quand … ?", "samedi 5 décembre", timed, { kind: "date" }),
      ),
    ).toBe(false);
    const single = "Le festival s'est ouvert le 18 octobre à Tanger.";
    expect(
      flags(
        "range-bound",
        shortAnswer("q1", "Quand le festival s'est-il ouvert ?", "18 octobre", single, {
          kind: "date",
        }),
      ),
    ).toBe(false);
  });

  it("name-cut: a place blanked inside a company's name, before its legal form", () => {
    const sentence = "L'usine de la Coton Tchad SN a repris ses activités lundi.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "Tchad", sentence, { kind: "place" });
    expect(
      flags(
        "name-cut",
        ask("Complétez : « L'usine de la Coton …… SN a repris ses activités lundi. »"),
      ),
    ).toBe(true);
    expect(
      flags("name-cut", ask("Complétez : « L'usine a repris ses activités au …… lundi. »")),
    ).toBe(false);
  });

  it("name-cut: a blank or an answer inside a longer name", () => {
    const sentence = "Le projet couvre l'Ille-et-Vilaine et la Cité du design de Saint-Étienne.";
    expect(
      flags(
        "name-cut",
        shortAnswer("q1", "Complétez : « … couvre l'……-et-Vilaine … »", "Ille", sentence),
      ),
    ).toBe(true);
    expect(
      flags(
        "name-cut",
        shortAnswer("q1", "Quel lieu le projet couvre-t-il ?", "Cité", sentence, { kind: "place" }),
      ),
    ).toBe(true);
    expect(
      flags(
        "name-cut",
        shortAnswer(
          "q1",
          "Complétez : « … couvre l'…… et la Cité … »",
          "Ille-et-Vilaine",
          sentence,
          {
            kind: "place",
          },
        ),
      ),
    ).toBe(false);
    const named = "Le ministre Kamel Bensalem est arrivé à Oran.";
    expect(
      flags("name-cut", shortAnswer("q2", "Qui est arrivé ?", "Kamel", named, { kind: "person" })),
    ).toBe(true);
    expect(
      flags(
        "name-cut",
        shortAnswer("q2", "Qui est arrivé ?", "Kamel Bensalem", named, { kind: "person" }),
      ),
    ).toBe(false);
  });

  it("round 67's classes: a subordinate's conjunction as subject, a demonym as feminine, an action alone, a list item, a count said by doublé, d'entre eux", () => {
    const sentence = "Les Valaisans produisent plus de 95 % des abricots suisses.";
    expect(
      flags(
        "garbled-subject",
        shortAnswer(
          "q1",
          "Pourquoi est-ce qu'Alors ont refusé de pêcher ?",
          "pour protester",
          sentence,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        "garbled-subject",
        shortAnswer(
          "q1",
          "Quelle part des abricots les Valaisans produisent-elles ?",
          "95 %",
          sentence,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        "garbled-subject",
        shortAnswer(
          "q1",
          "Quelle part des abricots les Valaisans produisent-ils ?",
          "95 %",
          sentence,
        ),
      ),
    ).toBe(false);
    expect(flags("cut-phrase", shortAnswer("q1", "Qui annonce l'arrivée ?", "AMB", sentence))).toBe(
      true,
    );
    const list =
      "Elle distribue des pastilles de chlore, du savon et des bouteilles d'eau aux familles.";
    expect(
      flags(
        "list-item-what",
        shortAnswer("q1", "Que distribue la municipalité ?", "des pastilles de chlore", list),
      ),
    ).toBe(true);
    const race =
      "Tom Wagner a remporté dimanche la 9e édition du Trail des Crêtes, un parcours de 54 km et 2150 mètres de dénivelé positif.";
    expect(
      flags(
        "list-item-what",
        shortAnswer("q1", "Qu'a remporté Tom Wagner ?", "la 9e édition du Trail des Crêtes", race),
      ),
    ).toBe(false);
    const match = "Les Noir et Jaune ont cédé deux fois face à l'attaquant, auteur d'un doublé.";
    expect(
      flags(
        "count-word-giveaway",
        shortAnswer(
          "q1",
          "Complétez : « … ont cédé …… face à l'attaquant, auteur d'un doublé. »",
          "2 fois",
          match,
          {
            kind: "number",
          },
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        "loose-reference",
        shortAnswer(
          "q1",
          "Pourquoi est-ce que onze d'entre eux ont été hospitalisés ?",
          "x",
          sentence,
        ),
      ),
    ).toBe(true);
  });

  it("round 68's classes: ces deux marchés, a clause cut before être, la plupart des … -elles, a list of three", () => {
    const sentence = "La plupart des patients ont consommé l'eau du lac.";
    const ask = (check: string, prompt: string, evidence = sentence) =>
      flags(check, shortAnswer("q1", prompt, "x", evidence));
    expect(
      ask("loose-reference", "Quelle part de sa production ces deux marchés absorbent-ils ?"),
    ).toBe(true);
    expect(ask("cut-phrase", "Qui a approuvé le budget doit encore être ?")).toBe(true);
    expect(
      ask(
        "cut-phrase",
        "Pourquoi le prix est-il passé de 350 à 475 francs en moins dans la région ?",
      ),
    ).toBe(true);
    expect(
      ask("garbled-subject", "Pourquoi la plupart des patients ont-elles consommé l'eau du lac ?"),
    ).toBe(true);
    expect(
      ask("garbled-subject", "Pourquoi la plupart des patients ont-ils consommé l'eau du lac ?"),
    ).toBe(false);
    const seized =
      "Les agents ont saisi 400 kilos de poulpe, des filets monofilament et trois moteurs.";
    expect(
      flags(
        "list-item-what",
        shortAnswer("q1", "Qu'ont saisi les agents ?", "400 kilos de poulpe", seized),
      ),
    ).toBe(true);
  });

  it("one-of-two-done: a what-question keyed with the first of two things done", () => {
    const promised =
      "Le maire a promis la reconstruction des hangars en matériaux définitifs et l'installation de 20 bouches d'incendie.";
    const ask = (key: string) =>
      flags("one-of-two-done", shortAnswer("q1", "Qu'a promis le maire ?", key, promised));
    expect(ask("la reconstruction des hangars")).toBe(true);
    const one = "Le maire a promis la reconstruction des hangars en matériaux définitifs.";
    expect(
      flags(
        "one-of-two-done",
        shortAnswer("q1", "Qu'a promis le maire ?", "la reconstruction des hangars", one),
      ),
    ).toBe(false);
  });

  it("rate-dropped: a figure keyed without its rate, unless the prompt or the key says it", () => {
    const leak = "La fuite, estimée à 40 mètres cubes par heure, a été repérée lundi.";
    const ask = (prompt: string, key: string) =>
      flags("rate-dropped", shortAnswer("q1", prompt, key, leak, { kind: "number" }));
    expect(ask("À combien la fuite est-elle estimée ?", "40 mètres cubes")).toBe(true);
    expect(ask("À combien la fuite est-elle estimée ?", "40 mètres cubes par heure")).toBe(false);
    expect(ask("À combien la fuite est-elle estimée par heure ?", "40 mètres cubes")).toBe(false);
    const price = "Le kilo se vendait à 300 FCFA l'an dernier.";
    expect(
      flags(
        "rate-dropped",
        shortAnswer("q1", "Combien … ?", "300 FCFA", price, { kind: "number" }),
      ),
    ).toBe(false);
  });

  it("figure-given-away: a blank on a vote's count or on a figure restated after `soit`", () => {
    const sentence =
      "Le texte a été adopté par 71 voix contre 24, une majorité des trois cinquièmes, soit 60 députés sur 100.";
    const ask = (prompt: string, key: string) =>
      shortAnswer("q1", prompt, key, sentence, { kind: "number" });
    expect(
      flags("figure-given-away", ask("Complétez : « … adopté par …… contre 24, … »", "71 voix")),
    ).toBe(true);
    expect(
      flags(
        "figure-given-away",
        ask("Complétez : « … des trois cinquièmes, soit …… sur 100. »", "60 députés"),
      ),
    ).toBe(true);
    expect(
      flags(
        "figure-given-away",
        ask("Complétez : « Le musée a accueilli …… l'an dernier. »", "25 000"),
      ),
    ).toBe(false);
  });

  it("bound-as-choice: options on a count the article gives as `plus de`", () => {
    const number = { kind: "number" as const };
    const ask = (sentence: string) =>
      singleChoice(
        "q1",
        "Combien de visiteurs … ?",
        ["5 800 visiteurs", "4 100 visiteurs", "7 300 visiteurs"],
        sentence,
        number,
      );
    expect(flags("bound-as-choice", ask("Plus de 5 800 visiteurs sont venus."))).toBe(true);
    expect(flags("bound-as-choice", ask("Quelque 5 800 visiteurs sont venus."))).toBe(false);
  });

  it("number-of-name: a blank on the number of a road or a line, not on a count", () => {
    const sentence = "La route nationale 2 a été coupée à au moins quatre endroits.";
    const ask = (prompt: string, key: string) =>
      shortAnswer("q1", prompt, key, sentence, { kind: "number" });
    expect(
      flags("number-of-name", ask("Complétez : « La route nationale …… a été coupée … »", "2")),
    ).toBe(true);
    expect(
      flags("number-of-name", ask("Complétez : « … a été coupée à au moins ……. »", "4 endroits")),
    ).toBe(false);
  });

  it("number-in-word: a number read inside a word, a blank cutting a number", () => {
    const sentence = "Les débats étaient centrés sur l'école.";
    expect(
      flags(
        "number-in-word",
        singleChoice("q1", "Combien … ?", ["100 rés", "50 rés", "150 rés"], sentence, {
          kind: "number",
        }),
      ),
    ).toBe(true);
    expect(
      flags(
        "number-in-word",
        shortAnswer(
          "q1",
          "Complétez : « … quelque 11'…… par jour … »",
          "000 voyageurs",
          "quelque 11'000 voyageurs par jour",
          {
            kind: "number",
          },
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        "number-in-word",
        shortAnswer(
          "q1",
          "Complétez : « … tuées et plus de …….000 autres sinistrées … »",
          "9",
          "Onze personnes ont été tuées et plus de 9.000 autres sinistrées.",
          { kind: "number" },
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        "number-in-word",
        shortAnswer("q1", "Combien d'élèves ?", "100 élèves", "L'école accueille 100 élèves.", {
          kind: "number",
        }),
      ),
    ).toBe(false);
    // The scale word agrees with each option's number: `1,4 million` next to `2,3 millions`.
    expect(
      flags(
        "number-in-word",
        singleChoice(
          "q1",
          "Combien ?",
          ["2,3 millions d'euros", "1,4 million d'euros", "2,9 millions d'euros"],
          "La société a perçu 2,3 millions d'euros.",
          { kind: "number" },
        ),
      ),
    ).toBe(false);
  });

  it("ordinal-or-time-cut: ……e, ……h, impossible times, an ordinal read as a count", () => {
    const sentence = "La course part vers 18h du 1er au 5e arrondissement.";
    expect(
      flags(
        "ordinal-or-time-cut",
        shortAnswer("q1", "Complétez : « … du ……e au 5e … »", "1", sentence),
      ),
    ).toBe(true);
    expect(
      flags(
        "ordinal-or-time-cut",
        shortAnswer("q1", "Complétez : « … vers ……h du … »", "18", sentence),
      ),
    ).toBe(true);
    expect(
      flags("ordinal-or-time-cut", shortAnswer("q1", "À quelle heure ?", "28h20", sentence)),
    ).toBe(true);
    expect(
      flags(
        "ordinal-or-time-cut",
        shortAnswer(
          "q1",
          "Complétez : « … détectée vers 5 h …… par un technicien. »",
          "40",
          sentence,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        "ordinal-or-time-cut",
        shortAnswer("q1", "Combien … ?", "5", sentence, { kind: "number" }),
      ),
    ).toBe(true);
    expect(
      flags(
        "ordinal-or-time-cut",
        shortAnswer("q1", "Complétez : « … vers …… du 1er … »", "18h", sentence),
      ),
    ).toBe(false);
    expect(
      flags("ordinal-or-time-cut", shortAnswer("q1", "À quelle heure ?", "18h20", sentence)),
    ).toBe(false);
  });

  it("clause-crossing: a comma, a verb after a name, a trailing function word", () => {
    const sentence =
      "Le couple réside raconte qu'elle devait partir, dit l'Union africaine durant la visite.";
    expect(
      flags("clause-crossing", shortAnswer("q1", "Qui … ?", "le couple réside raconte", sentence)),
    ).toBe(true);
    expect(
      flags("clause-crossing", shortAnswer("q1", "Qui … ?", "Union africaine durant", sentence)),
    ).toBe(true);
    expect(flags("clause-crossing", shortAnswer("q1", "Qui … ?", "partir, dit", sentence))).toBe(
      true,
    );
    expect(
      flags("clause-crossing", shortAnswer("q1", "Qui … ?", "Union africaine", sentence)),
    ).toBe(false);
    // An adjective stopwords-fr lists ends a noun phrase all the same.
    const disaster = "Le maire a demandé la reconnaissance de l'état de catastrophe naturelle.";
    expect(
      flags(
        "clause-crossing",
        shortAnswer(
          "q1",
          "Qu'a … ?",
          "la reconnaissance de l'état de catastrophe naturelle",
          disaster,
        ),
      ),
    ).toBe(false);
    // A unit after its figure ends a phrase too.
    const double = "Walid Lakehal a réalisé le doublé 100 m - 200 m.";
    expect(
      flags("clause-crossing", shortAnswer("q1", "Qu'a … ?", "le doublé 100 m - 200 m", double)),
    ).toBe(false);
    // A capitalised last word ends a name (`Conseil d'État`), a listed stopword or not.
    const council = "Le Conseil d'État devrait accorder la dispense.";
    expect(flags("clause-crossing", shortAnswer("q1", "Qui … ?", "Conseil d'État", council))).toBe(
      false,
    );
    // A cause given as a clause holds its verb.
    const cause = "Elles n'en comptent aucune, parce que les postes sont pourvus en interne.";
    expect(
      flags(
        "clause-crossing",
        shortAnswer("q2", "Pourquoi … ?", "parce que les postes sont pourvus en interne", cause),
      ),
    ).toBe(false);
    // A purpose holding the clause its infinitive governs; an ordinal adjective after its noun.
    const purpose =
      "L'autopsie doit être pratiquée pour déterminer s'il a pu être victime d'un malaise.";
    expect(
      flags(
        "clause-crossing",
        shortAnswer(
          "q1",
          "Pourquoi … ?",
          "pour déterminer s'il a pu être victime d'un malaise",
          purpose,
        ),
      ),
    ).toBe(false);
    expect(
      flags(
        "clause-crossing",
        shortAnswer(
          "q1",
          "Pourquoi … ?",
          "faute de matière première",
          "Faute de matière première.",
        ),
      ),
    ).toBe(false);
    expect(
      flags(
        "clause-crossing",
        shortAnswer("q1", "Combien … ?", "14,5 millions", "Un coût de 14,5 millions.", {
          kind: "number",
        }),
      ),
    ).toBe(false);
    expect(
      flags(
        "clause-crossing",
        shortAnswer(
          "q1",
          "Quel film … ?",
          "Demain, la mer",
          "Le prix va à « Demain, la mer », de X.",
        ),
      ),
    ).toBe(false);
    expect(
      flags(
        "clause-crossing",
        shortAnswer(
          "q1",
          "Complétez : « présenté …… aux élus »",
          "le matin même",
          "présenté le matin même aux élus",
        ),
      ),
    ).toBe(false);
    expect(
      flags(
        "clause-crossing",
        shortAnswer(
          "q1",
          "Par combien de voix le jury a-t-il retenu le livre ?",
          "six voix contre trois",
          "Le jury a retenu le livre par six voix contre trois.",
        ),
      ),
    ).toBe(false);
    expect(
      flags(
        "clause-crossing",
        shortAnswer(
          "q1",
          "Par combien de voix le conseil a-t-il approuvé le plan ?",
          "27 voix pour, 12 contre et 2 abstentions",
          "Le conseil a approuvé le plan par 27 voix pour, 12 contre et 2 abstentions.",
        ),
      ),
    ).toBe(false);
    // A quoted title ends where its author ended it.
    const list = "La liste « Batroun demain » a remporté 12 des 18 sièges.";
    expect(
      flags("clause-crossing", shortAnswer("q3", "Quelle liste … ?", "Batroun demain", list)),
    ).toBe(false);
    // stopwords-fr lists the months: `des pluies de juillet` still ends well.
    expect(
      flags(
        "clause-crossing",
        shortAnswer("q2", "Pourquoi … ?", "la faiblesse des pluies de juillet", sentence),
      ),
    ).toBe(false);
  });
});

describe("entity checks", () => {
  it("person-common-word: a sentence-initial common word taken as a name", () => {
    const person = { kind: "person" as const };
    for (const answer of [
      "Quant",
      "Certaines",
      "Outre",
      "C'est",
      "Etat",
      "Baptisée Gephyromantis",
    ]) {
      expect(
        flags("person-common-word", shortAnswer("q1", "Qui … ?", answer, `${answer} …`, person)),
      ).toBe(true);
    }
    expect(
      flags(
        "person-common-word",
        shortAnswer("q1", "Qui … ?", "Jean Dupont", "Jean Dupont …", person),
      ),
    ).toBe(false);
    expect(
      flags("person-common-word", shortAnswer("q1", "Qui … ?", "M. Naimi", "M. Naimi …", person)),
    ).toBe(false);
    // A first name that is also a noun, then a particle and the name.
    const olivier = "Olivier de La Fontaine";
    expect(
      flags("person-common-word", shortAnswer("q1", "Qui … ?", olivier, `${olivier} …`, person)),
    ).toBe(false);
    expect(
      flags("person-common-word", shortAnswer("q1", "Qui … ?", "Outre de", "Outre de …", person)),
    ).toBe(true);
    const etat = "Etat Stéphane Rey-Mermet";
    expect(
      flags("person-common-word", shortAnswer("q1", "Qui … ?", etat, `d'${etat} …`, person)),
    ).toBe(true);
  });

  it("agent-of-complement: an organisation keyed as the agent when a body of it is", () => {
    const sentence =
      "Le résultat a été validé par le jury du Comité national de gestion de la lutte (CNG).";
    const ask = (answer: string, text = sentence) =>
      shortAnswer("q1", "Qui a validé le résultat ?", answer, text, { kind: "organisation" });
    expect(flags("agent-of-complement", ask("CNG"))).toBe(true);
    expect(flags("agent-of-complement", ask("CNG", "Le résultat a été validé par le CNG."))).toBe(
      false,
    );
  });

  it("where-institution: a where-question keyed with an institution", () => {
    const sentence = "Le crédit de construction sera soumis au Grand Conseil au printemps.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Où le crédit de construction sera-t-il soumis ?", answer, sentence);
    expect(flags("where-institution", ask("Grand Conseil"))).toBe(true);
    expect(flags("where-institution", ask("Genève"))).toBe(false);
  });

  it("person-option-place: a place or an organisation offered as a person", () => {
    const body =
      "Reçu à Oran par Kamel Bensalem, le délégué venu de Tlemcen a salué la Sonatrach et l'ONU.";
    const question = (options: string[]) =>
      singleChoice("q1", "Qui a reçu le délégué ?", options, body, { kind: "person" });
    expect(
      flags("person-option-place", question(["Kamel Bensalem", "Paris", "Ali Saïdi"]), body),
    ).toBe(true);
    expect(
      flags("person-option-place", question(["Kamel Bensalem", "ONU", "Ali Saïdi"]), body),
    ).toBe(true);
    expect(
      flags("person-option-place", question(["Kamel Bensalem", "Mourad Ould", "Ali Saïdi"]), body),
    ).toBe(false);
    // The dateline's place, a place after `wilaya de`, part of a longer name.
    const wire =
      "Aïn Témouchent, 18 juin (APS) - La wilaya de Béni Saf et la Sonatrach Energy Company ont signé.";
    const onWire = (option: string) =>
      singleChoice("q1", "Qui a signé ?", ["Kamel Bensalem", option, "Ali Saïdi"], wire, {
        kind: "person",
      });
    expect(flags("person-option-place", onWire("Aïn Témouchent"), wire)).toBe(true);
    expect(flags("person-option-place", onWire("Béni Saf"), wire)).toBe(true);
    expect(flags("person-option-place", onWire("Sonatrach Energy"), wire)).toBe(true);
    const deputy = "Le texte de la députée de la Sarthe Claire Vasseur a été adopté.";
    expect(flags("person-option-place", onWire("Claire Vasseur"), deputy)).toBe(false);
  });
});

describe("grammar checks", () => {
  const ask = (prompt: string) => shortAnswer("q1", prompt, "x", "x");

  it("first-person: ma, mon, nous, je… outside quotes only", () => {
    expect(flags("first-person", ask("Quelle est la plus belle victoire de ma carrière ?"))).toBe(
      true,
    );
    expect(flags("first-person", ask("Qui a déclaré que nous devions partir ?"))).toBe(true);
    expect(flags("first-person", ask("Qui a déclaré que j'ai compris tout de suite ?"))).toBe(true);
    expect(flags("first-person", ask("Qui a dit « je reviendrai » ?"))).toBe(false);
    expect(flags("first-person", ask("Qui a signé le contrat ?"))).toBe(false);
  });

  it("quel-agreement: Quel/Quelle and the next noun's gender", () => {
    expect(flags("quel-agreement", ask("Quel fonction occupe Jean Dupont ?"))).toBe(true);
    expect(flags("quel-agreement", ask("Quelle programme a été adopté ?"))).toBe(true);
    expect(flags("quel-agreement", ask("Quelle fonction occupe Jean Dupont ?"))).toBe(false);
    expect(flags("quel-agreement", ask("Quelle est la capitale ?"))).toBe(false);
    expect(flags("quel-agreement", ask("Quelle ministre a signé ?"))).toBe(false);
  });

  it("determiner-gender: la voyage, le direction; not role nouns, adjectives or pronouns", () => {
    expect(flags("determiner-gender", ask("Qui a organisé la voyage ?"))).toBe(true);
    // `la mort`, `le mort`: a noun of both genders.
    expect(flags("determiner-gender", ask("Combien de personnes ont trouvé la mort ?"))).toBe(
      false,
    );
    expect(flags("determiner-gender", ask("Qui a rejoint le direction du club ?"))).toBe(true);
    expect(flags("determiner-gender", ask("Qui est le porte-parole du parti ?"))).toBe(false);
    expect(flags("determiner-gender", ask("Qui a organisé le voyage ?"))).toBe(false);
    expect(flags("determiner-gender", ask("Qui est la ministre de la Santé ?"))).toBe(false);
    expect(flags("determiner-gender", ask("Qui a obtenu la large majorité des voix ?"))).toBe(
      false,
    );
    expect(flags("determiner-gender", ask("Qui a obtenu une double victoire ?"))).toBe(false);
    expect(flags("determiner-gender", ask("Qui la programme chaque année ?"))).toBe(false);
    expect(flags("determiner-gender", ask("Complétez : « … la voyage … »"))).toBe(false);
  });

  it("dateline-in-prompt: a wire dateline kept in a question", () => {
    expect(
      flags("dateline-in-prompt", ask("Quel jour est-ce que GENÈVE - Le Conseil a voté ?")),
    ).toBe(true);
    expect(flags("dateline-in-prompt", ask("Qui a signé à RABAT (AFP) - le texte ?"))).toBe(true);
    expect(flags("dateline-in-prompt", ask("Quel jour le Conseil d'Etat a-t-il voté ?"))).toBe(
      false,
    );
    expect(flags("dateline-in-prompt", ask("Que signifie le sigle OFPPT ?"))).toBe(false);
  });

  it("double-verb: two conjugated verbs in a row", () => {
    expect(flags("double-verb", ask("Combien de salariés compte cette dernière est ?"))).toBe(true);
    expect(flags("double-verb", ask("Combien de salariés compte cette entreprise ?"))).toBe(false);
  });
});

describe("absolute participles and appositions", () => {
  it("absolute-participle: a subject read across `étant`, an apposition after a passive", () => {
    const sentence =
      "Le prêt couvre 70 %, le reste étant apporté par l'État. Une rafale a été mesurée à Cossonay, un record local.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "l'État", sentence);
    expect(flags("absolute-participle", ask("Qui a apporté le reste étant ?"))).toBe(true);
    expect(
      flags("absolute-participle", ask("Où la rafale a-t-elle été mesurée un record local ?")),
    ).toBe(true);
    expect(flags("absolute-participle", ask("Où la rafale a-t-elle été mesurée ?"))).toBe(false);
    expect(flags("absolute-participle", ask("Qui a apporté le reste ?"))).toBe(false);
  });

  it("first-person: what a child calls a parent is the speaker's own", () => {
    const sentence = "« Papa ne reviendra pas », a confié le fils, Julien Hennuy.";
    expect(
      flags(
        "first-person",
        shortAnswer("q1", "Qui a confié que papa ne reviendra pas ?", "Julien Hennuy", sentence),
      ),
    ).toBe(true);
  });

  it("name-cut: a blank before the adjective of a region's name", () => {
    const sentence = "La tempête a balayé la Suisse romande dans la nuit.";
    const gap = (prompt: string) => shortAnswer("q1", prompt, "Suisse", sentence);
    expect(
      flags("name-cut", gap("Complétez : « La tempête a balayé la …… romande dans la nuit. »")),
    ).toBe(true);
    expect(flags("name-cut", gap("Complétez : « La tempête a balayé la …… dans la nuit. »"))).toBe(
      false,
    );
  });

  it("clause-crossing: a time of day glued to a phrase answer", () => {
    const sentence = "La députée a annoncé sa démission vers 13 h 30, lors d'un point de presse.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Qu'a annoncé la députée ?", answer, sentence);
    expect(flags("clause-crossing", ask("sa démission vers 13 h 30"))).toBe(true);
    expect(flags("clause-crossing", ask("sa démission"))).toBe(false);
  });
});

describe("distractor checks", () => {
  const numbers = (options: string[]) =>
    singleChoice("q1", "Combien … ?", options, "…", { kind: "number" });

  it("number-order: numeric order, not alphabetical", () => {
    expect(flags("number-order", numbers(["14,4 km", "7,2 km", "21,6 km"]))).toBe(true);
    expect(flags("number-order", numbers(["1 800 francs", "900 francs", "2 700 francs"]))).toBe(
      true,
    );
    expect(flags("number-order", numbers(["7,2 km", "14,4 km", "21,6 km"]))).toBe(false);
    expect(
      flags(
        "number-order",
        numbers(["900 000 euros", "1,2 million d'euros", "2 millions d'euros"]),
      ),
    ).toBe(false);
    expect(optionValue("300.000 m3")).toBe(300000);
  });

  it("implausible-option: an age far past the answer, a fraction beside a whole count", () => {
    // Blind grading: `47 ans` against `75 | 100 ans`; `28 ans` requis against `9,8 ans`.
    expect(flags("implausible-option", numbers(["47 ans", "56 ans", "75 ans", "100 ans"]))).toBe(
      true,
    );
    expect(flags("implausible-option", numbers(["28 ans", "9,8 ans", "15 ans", "20 ans"]))).toBe(
      true,
    );
    expect(flags("implausible-option", numbers(["47 ans", "40 ans", "54 ans", "61 ans"]))).toBe(
      false,
    );
    expect(flags("implausible-option", numbers(["12 %", "8,5 %", "15 %", "18 %"]))).toBe(true);
    expect(
      flags("implausible-option", numbers(["3,2 tonnes", "1,4 tonne", "2,1 tonnes", "2,7 tonnes"])),
    ).toBe(false);
  });

  it("number-units: one unit for all options", () => {
    expect(flags("number-units", numbers(["18 h", "19 h", "36"]))).toBe(true);
    expect(
      flags(
        "number-units",
        numbers(["1,2 million d'habitants", "800 000 habitants", "2 millions d'habitants"]),
      ),
    ).toBe(false);
  });

  it("option-ill-formed: an option ending with a participle or a function word", () => {
    expect(
      flags(
        "option-ill-formed",
        numbers(["40 000 000 apportés", "20 000 000 apportés", "60 000 000 apportés"]),
      ),
    ).toBe(true);
    expect(
      flags("option-ill-formed", numbers(["3 millions de", "4 millions de", "5 millions de"])),
    ).toBe(true);
    expect(flags("option-ill-formed", numbers(["56 km/h", "70 km/h", "88 km/h"]))).toBe(false);
    expect(flags("option-ill-formed", numbers(["520 m", "680 m", "960 m"]))).toBe(false);
    expect(
      flags("option-ill-formed", numbers(["550 salariés", "15 degrés", "4 500 personnes"])),
    ).toBe(false);
  });
});

describe("selection checks", () => {
  it("function-word-answer and long-short-answer", () => {
    expect(flags("function-word-answer", shortAnswer("q1", "Qui … ?", "Certaines", "…"))).toBe(
      true,
    );
    expect(flags("function-word-answer", shortAnswer("q1", "Qui … ?", "Rabat", "…"))).toBe(false);
    expect(flags("function-word-answer", shortAnswer("q1", "Quel jour … ?", "mardi", "…"))).toBe(
      false,
    );
    const quote = "nous avons une électricité propre, abordable et disponible pour tous";
    expect(flags("long-short-answer", shortAnswer("q1", "Qu'a-t-il dit ?", quote, "…"))).toBe(true);
    const cause = "pour lutter contre la fuite des fèves vers les pays voisins";
    expect(
      flags(
        "long-short-answer",
        shortAnswer("q1", "Pourquoi … ?", cause, "…", {
          accepted: [cause, "pour lutter contre la fuite des fèves"],
        }),
      ),
    ).toBe(false);
    // Marking takes a cause without its connective: `car` is not a word to type.
    const clause = "car des dépôts peuvent s'être formés dans les canalisations";
    expect(
      flags(
        "long-short-answer",
        shortAnswer("q1", "Pourquoi … ?", clause, "…", { accepted: [clause] }),
      ),
    ).toBe(false);
    expect(
      flags(
        "long-short-answer",
        shortAnswer(
          "q1",
          "Que signifie le sigle OFPPT ?",
          "Office de la formation professionnelle et de la promotion du travail",
          "…",
          { kind: "organisation" },
        ),
      ),
    ).toBe(false);
  });
});

describe("findDefects and findQuizDefects", () => {
  it("run every class check and describe it in DEFECT_CHECKS", () => {
    for (const name of Object.keys(CHECKS)) expect(DEFECT_CHECKS[name]).toBeTruthy();
    const question = shortAnswer(
      "q1",
      "Qui a organisé la voyage ?",
      "Quant",
      "Quant au voyage, Quant l'a organisé.",
      {
        kind: "person",
      },
    );
    const checks = findDefects(question, question.evidence.text).map((defect) => defect.check);
    expect(checks).toEqual(expect.arrayContaining(["determiner-gender", "person-common-word"]));
  });

  it("stray-letter: a lone letter, but not a degree's unit (`48 °C`)", () => {
    const sentence = "Les températures pourront atteindre 48 °C mardi, le s moins.";
    const checks = (prompt: string) =>
      findDefects(shortAnswer("q1", prompt, "mardi", sentence), sentence).map((d) => d.check);
    expect(checks("Quand les températures pourront-elles atteindre 48 °C ?")).not.toContain(
      "stray-letter",
    );
    expect(checks("Quand le s moins pourra-t-il venir ?")).toContain("stray-letter");
    // A capital alone names a grade: `le café cerise B`.
    expect(checks("Quand le café cerise B sera-t-il acheté ?")).not.toContain("stray-letter");
  });

  it("number-format: a year given a thousands space, not a count with its unit", () => {
    const checks = (answer: string, sentence: string) =>
      findDefects(shortAnswer("q1", "Combien … ?", answer, sentence), sentence).map((d) => d.check);
    expect(checks("2 025", "La ligne a été rouverte en 2025.")).toContain("number-format");
    expect(
      checks("1 200 voyageurs", "Quelque 1200 voyageurs empruntent chaque jour le tronçon."),
    ).not.toContain("number-format");
  });

  it("spacing: a full stop left before the question mark", () => {
    const sentence = "Le Conseil annonce le déploiement de 120 brigades de contrôle.";
    const checks = (prompt: string) =>
      findDefects(shortAnswer("q1", prompt, "pour lutter", sentence), sentence).map((d) => d.check);
    expect(checks("Pourquoi le Conseil annonce-t-il le déploiement de brigades. ?")).toContain(
      "spacing",
    );
    expect(checks("Pourquoi le Conseil annonce-t-il le déploiement de brigades ?")).not.toContain(
      "spacing",
    );
    // An initial's full stop stays: `condamné Kevin D. ?`.
    expect(checks("À quelle peine le tribunal a-t-il condamné Kevin D. ?")).not.toContain(
      "spacing",
    );
  });

  it("report quiz-level defects: give-aways and the same answer twice", () => {
    const sentence = "Kamel Bensalem a inauguré la station d'Oran.";
    const quiz = [
      shortAnswer("q1", "Qui a inauguré la station ?", "Kamel Bensalem", sentence),
      shortAnswer("q2", "Où Kamel Bensalem a-t-il inauguré la station ?", "Oran", sentence),
      shortAnswer("q3", "Qui a inauguré la station d'Oran ?", "Kamel Bensalem", sentence),
    ];
    const checks = findQuizDefects(quiz, sentence).map(
      (defect) => `${defect.check} ${defect.questionId}`,
    );
    expect(checks).toEqual(
      expect.arrayContaining(["give-away q1", "give-away q2", "same-answer-twice q3"]),
    );
  });

  it("reports a keyed answer that holds another question's answer (nested-answer)", () => {
    const sentence =
      "Le gouvernement a débloqué un fonds d'urgence de 5 milliards d'ariary pour les sinistrés.";
    const quiz = [
      shortAnswer(
        "q1",
        "Qu'a débloqué le gouvernement ?",
        "un fonds d'urgence de 5 milliards d'ariary",
        sentence,
      ),
      shortAnswer("q2", "Quel est le montant de l'aide ?", "5 milliards d'ariary", sentence),
      shortAnswer("q3", "Pour qui ?", "les sinistrés", sentence),
    ];
    const checks = findQuizDefects(quiz, sentence).map(
      (defect) => `${defect.check} ${defect.questionId}`,
    );
    expect(checks).toContain("nested-answer q2");
    expect(checks.filter((check) => check.startsWith("nested-answer"))).toHaveLength(1);
  });
});

describe("round 41's defect classes", () => {
  it("wh-mismatch: Pourquoi answered by a name, Où by a demonym, Qui by a figure", () => {
    const sentence = "Les Rbatis ont fêté le titre. Ousmane Diatta a marqué.";
    expect(
      flags(
        "wh-mismatch",
        shortAnswer("q1", "Pourquoi le club a-t-il gagné ?", "Ousmane Diatta", sentence, {
          kind: "person",
        }),
      ),
    ).toBe(true);
    expect(
      flags(
        "wh-mismatch",
        shortAnswer("q2", "Où le titre a-t-il été fêté ?", "Rbatis", sentence, {
          kind: "organisation",
        }),
      ),
    ).toBe(true);
    expect(
      flags(
        "wh-mismatch",
        shortAnswer("q3", "Où le titre a-t-il été fêté ?", "Rabat", sentence, { kind: "place" }),
      ),
    ).toBe(false);
    expect(
      flags(
        "wh-mismatch",
        shortAnswer("q4", "Pourquoi le club a-t-il gagné ?", "grâce à sa défense", sentence),
      ),
    ).toBe(false);
  });

  it("pointing-answer: an answer that names nothing by itself", () => {
    const sentence = "Le maire a refusé une telle mesure.";
    const ask = (answer: string) => shortAnswer("q1", "Qu'a refusé le maire ?", answer, sentence);
    expect(flags("pointing-answer", ask("une telle mesure"))).toBe(true);
    expect(flags("pointing-answer", ask("la gratuité des transports"))).toBe(false);
  });

  it("bare-verb-question: a verb with nothing done", () => {
    const sentence = "L'accord a été paraphé par les deux ministres.";
    expect(
      flags("bare-verb-question", shortAnswer("q1", "Qui a paraphé ?", "les ministres", sentence)),
    ).toBe(true);
    expect(
      flags(
        "bare-verb-question",
        shortAnswer("q2", "Qui a paraphé l'accord ?", "les ministres", sentence),
      ),
    ).toBe(false);
  });
});

describe("prompt checks on the article's own words and on `quelqu'un`", () => {
  const checksOf = (prompt: string, answer: string, sentence: string) =>
    findDefects(shortAnswer("q1", prompt, answer, sentence), sentence).map((d) => d.check);

  it("flags no elision the article itself leaves out (`de Ouaga 2000` in a gap-fill's sentence)", () => {
    const sentence = "Il a été sacré le 27 novembre au Palais des sports de Ouaga 2000.";
    expect(
      checksOf(
        "Complétez : « Il a été sacré le …… au Palais des sports de Ouaga 2000. »",
        "27 novembre",
        sentence,
      ),
    ).not.toContain("missing-elision");
    expect(checksOf("Qui a chanté de Ouaga à Bobo ?", "Ras Wendé", sentence)).toContain(
      "missing-elision",
    );
  });

  it("takes `quelqu'un` for a pronoun, not a question ending on `un`", () => {
    const sentence =
      "Chaque point de taxe finit sur le bail de quelqu'un, a souligné Josée Lampron.";
    expect(
      checksOf(
        "Qui a souligné que chaque point de taxe finit sur le bail de quelqu'un ?",
        "Josée Lampron",
        sentence,
      ),
    ).not.toContain("dangling-end");
    expect(checksOf("Qui a signé un ?", "Josée Lampron", sentence)).toContain("dangling-end");
  });
});

describe("round 78's defect classes", () => {
  const strike =
    "« Le gouvernement a signé, le gouvernement doit payer », a déclaré le coordonnateur du syndicat. La coopérative ne dispose que d'un magasin de 400 tonnes.";

  it("dangling-end: a question cut before the complement of `face`, `grâce`, `lors`", () => {
    const names = (prompt: string) =>
      findDefects(shortAnswer("q1", prompt, "l'ASEC Mimosas", strike), strike).map((d) => d.check);
    expect(names("Qui a remporté le derby abidjanais face ?")).toContain("dangling-end");
    expect(names("Qui a remporté le derby abidjanais face au Stella ?")).not.toContain(
      "dangling-end",
    );
  });

  it("ne-without-negation: a `ne` left from a clause cut in two", () => {
    const ask = (prompt: string) => shortAnswer("q1", prompt, "400 tonnes", strike);
    expect(
      flags(
        "ne-without-negation",
        ask("Quelle est la capacité totale de la coopérative ne dispose ?"),
      ),
    ).toBe(true);
    expect(
      flags(
        "ne-without-negation",
        ask("De combien de magasins la coopérative ne dispose-t-elle que ?"),
      ),
    ).toBe(false);
    expect(flags("ne-without-negation", ask("Pourquoi le ministre n'a-t-il pas signé ?"))).toBe(
      false,
    );
    // A quotation keeps its own French.
    expect(flags("ne-without-negation", ask("Qui a dit « je ne sais » ?"))).toBe(false);
  });

  it("time-for-what: how long someone has, without what for", () => {
    const sentence = "Les parties ont dix jours pour faire appel. La grève a duré trois jours.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "dix jours", sentence);
    expect(flags("time-for-what", ask("Combien de temps ont les parties ?"))).toBe(true);
    expect(flags("time-for-what", ask("Combien de temps ont les parties pour faire appel ?"))).toBe(
      false,
    );
    expect(flags("time-for-what", ask("Combien de temps a duré la grève ?"))).toBe(false);
  });

  it("key-names-nothing: a key cut inside a quotation, or that says only what its answer is like", () => {
    const ask = (answer: string) =>
      shortAnswer("q1", "Qu'a déclaré le coordonnateur du syndicat ?", answer, strike);
    expect(flags("key-names-nothing", ask("le gouvernement doit payer »"))).toBe(true);
    expect(flags("key-names-nothing", ask("« le gouvernement doit payer »"))).toBe(false);
    expect(flags("key-names-nothing", ask("une unité similaire"))).toBe(true);
    expect(flags("key-names-nothing", ask("une somme équivalente"))).toBe(true);
    expect(flags("key-names-nothing", ask("le prochain rendez-vous"))).toBe(true);
    expect(flags("key-names-nothing", ask("une unité de dialyse"))).toBe(false);
    expect(flags("key-names-nothing", ask("le prochain ministre de la Santé"))).toBe(false);
  });

  it("torn-opening: a window opening on the end of a ministry's name", () => {
    const sentence =
      "Le ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation assure que 3,2 milliards de francs CFA ont été débloqués.";
    const ask = (prompt: string) =>
      shortAnswer("q1", prompt, "3,2 milliards de francs CFA", sentence);
    expect(
      flags(
        "torn-opening",
        ask(
          "Complétez : « … de la Recherche et de l'Innovation assure que …… ont été débloqués. »",
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        "torn-opening",
        ask(
          "Complétez : « Le ministère de l'Enseignement supérieur … assure que …… ont été débloqués. »",
        ),
      ),
    ).toBe(false);
  });
});

describe("round 79's defect classes", () => {
  it("possessive-without-owner: a possessive before any noun it could stand for", () => {
    const sentence = "Leur taux de survie est estimé à 5 % par le parc.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "5 %", sentence);
    expect(
      flags("possessive-without-owner", ask("À combien leur taux de survie est-il estimé ?")),
    ).toBe(true);
    expect(
      flags("possessive-without-owner", ask("À combien le parc estime-t-il leur taux de survie ?")),
    ).toBe(false);
  });

  it("participle-needs-complement: a participle cut from its complement", () => {
    const sentence =
      "Le prix plancher du kilogramme de mangue destinée à l'exportation a été fixé à 135 francs CFA.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "135 francs CFA", sentence);
    expect(
      flags(
        "participle-needs-complement",
        ask("À combien le prix plancher du kilogramme de mangue destinée a-t-il été fixé ?"),
      ),
    ).toBe(true);
    expect(
      flags(
        "participle-needs-complement",
        ask("À combien le prix du kilogramme de mangue destinée à l'exportation a-t-il été fixé ?"),
      ),
    ).toBe(false);
  });

  it("blank-without-clause: a cut window whose blank's clause is a few words", () => {
    const sentence =
      "C'est une première depuis le début du programme, il y a onze ans, a annoncé jeudi le Parc naturel.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "onze ans", sentence);
    expect(
      flags(
        "blank-without-clause",
        ask("Complétez : « … il y a ……, a annoncé jeudi le Parc naturel. »"),
      ),
    ).toBe(true);
    expect(
      flags(
        "blank-without-clause",
        ask("Complétez : « … depuis le début du programme de réintroduction, lancé il y a ……. »"),
      ),
    ).toBe(false);
  });

  it("agent-of-class: a who-did-it read from a class one thing belongs to", () => {
    const sentence = "La mangue est l'un des principaux fruits exportés par le Burkina Faso.";
    expect(
      flags(
        "agent-of-class",
        shortAnswer("q1", "Qui a exporté les principaux fruits ?", "le Burkina Faso", sentence),
      ),
    ).toBe(true);
    const own = "Les premières mangues, exportées par la société Fruiteq, sont arrivées.";
    expect(
      flags(
        "agent-of-class",
        shortAnswer("q1", "Qui a exporté les premières mangues ?", "la société Fruiteq", own),
      ),
    ).toBe(false);
  });

  it("action-noun-cut: an accepted purpose cut after a noun of action", () => {
    const sentence =
      "Une rencontre est prévue le 24 avril pour discuter de la construction d'un premier entrepôt frigorifique.";
    const ask = (accepted: string[]) =>
      shortAnswer(
        "q1",
        "Pourquoi une rencontre est-elle prévue le 24 avril ?",
        "pour discuter de la construction d'un premier entrepôt frigorifique",
        sentence,
        { accepted },
      );
    expect(flags("action-noun-cut", ask(["pour discuter de la construction"]))).toBe(true);
    expect(
      flags("action-noun-cut", ask(["pour discuter de la construction d'un premier entrepôt"])),
    ).toBe(false);
  });
});

describe("round 80's defect classes", () => {
  it("capitalised-common-word: a pronoun read as a name", () => {
    const sentence = "Toutes ont reçu un traitement préventif.";
    expect(
      flags(
        "capitalised-common-word",
        shortAnswer("q1", "Qu'ont reçu Toutes ?", "un traitement", sentence),
      ),
    ).toBe(true);
    expect(
      flags(
        "capitalised-common-word",
        shortAnswer("q1", "Qu'ont reçu les personnes contacts ?", "un traitement", sentence),
      ),
    ).toBe(false);
  });

  it("decimal-cut: a decimal cut before `million`", () => {
    const sentence = "Le canton participera à hauteur de 1,2 million de francs.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "le canton de Berne", sentence);
    expect(flags("decimal-cut", ask("Quel canton participera 2 million de francs ?"))).toBe(true);
    expect(
      flags("decimal-cut", ask("Quel canton participera à hauteur de 1,2 million de francs ?")),
    ).toBe(false);
  });

  it("penalty-part-left-out: a penalty keyed without `dont six mois ferme`", () => {
    const sentence =
      "Le tribunal a condamné deux commerçants à deux ans d'emprisonnement, dont six mois ferme, pour fraude.";
    const ask = (answer: string) =>
      shortAnswer(
        "q1",
        "À quelle peine le tribunal a-t-il condamné les commerçants ?",
        answer,
        sentence,
      );
    expect(flags("penalty-part-left-out", ask("deux ans d'emprisonnement"))).toBe(true);
    expect(
      flags("penalty-part-left-out", ask("deux ans d'emprisonnement, dont six mois ferme")),
    ).toBe(false);
  });

  it("count-of-half-unit: a count asked of part of what is counted", () => {
    const sentence = "L'équipe a suivi 24 vergers de pommiers et de poiriers dans la province.";
    const ask = (prompt: string) =>
      shortAnswer("q1", prompt, "24 vergers", sentence, { kind: "number" });
    expect(
      flags("count-of-half-unit", ask("Combien de vergers de pommiers l'équipe a-t-elle suivis ?")),
    ).toBe(true);
    expect(flags("count-of-half-unit", ask("Combien de vergers l'équipe a-t-elle suivis ?"))).toBe(
      false,
    );
  });

  it("demonym-for-name: a who keyed with a demonym", () => {
    const sentence = "Le Mooréen a fait la différence à la passe de Taapuna.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Qui a fait la différence à la passe de Taapuna ?", answer, sentence);
    expect(flags("demonym-for-name", ask("le Mooréen"))).toBe(true);
    expect(flags("demonym-for-name", ask("Teiki Maraetaata"))).toBe(false);
  });

  it("option-ill-formed: `1,3 foi` for `fois`", () => {
    const sentence = "Les vergers accueillent 2,1 fois plus d'abeilles.";
    expect(
      flags(
        "option-ill-formed",
        singleChoice(
          "q1",
          "Complétez : « … accueillent …… plus d'abeilles. »",
          ["2,1 fois", "1,3 foi", "3 fois"],
          sentence,
        ),
      ),
    ).toBe(true);
  });
});

describe("round 81's defect classes", () => {
  it("club-gender: feminine initials taken as masculine", () => {
    const sentence = "L'AS Capoise a battu le Baltimore SC 2-1.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "2-1", sentence);
    expect(
      flags("club-gender", ask("Sur quel score l'AS Capoise a-t-il battu le Baltimore SC ?")),
    ).toBe(true);
    expect(
      flags("club-gender", ask("Sur quel score l'AS Capoise a-t-elle battu le Baltimore SC ?")),
    ).toBe(false);
  });

  it("verbless-statement: a caption asked as a fact", () => {
    const caption =
      "La comédienne Noémie Rochat (au centre) lors de la répétition générale, mardi soir à Genève.";
    expect(flags("verbless-statement", trueFalse("q1", caption, false, caption))).toBe(true);
    const fact = "La metteuse en scène présente sa création dès mercredi au Théâtre de Vidy.";
    expect(flags("verbless-statement", trueFalse("q1", fact, true, fact))).toBe(false);
  });

  it("purpose-of-other: a why keyed with what a chance was used for", () => {
    const sentence = "L'attaquant profitait d'une mauvaise relance pour ouvrir le score.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "pour ouvrir le score", sentence);
    expect(
      flags("purpose-of-other", ask("Pourquoi l'attaquant profitait-il d'une mauvaise relance ?")),
    ).toBe(true);
    const plain = "Le club a recruté un attaquant pour marquer davantage.";
    expect(
      flags(
        "purpose-of-other",
        shortAnswer(
          "q1",
          "Pourquoi le club a-t-il recruté un attaquant ?",
          "pour marquer davantage",
          plain,
        ),
      ),
    ).toBe(false);
  });

  it("measure-agreement: `a marchés` after a measure", () => {
    const sentence = "Vololona a marché 12 kilomètres depuis son village.";
    const ask = (prompt: string) =>
      flags("measure-agreement", shortAnswer("q1", prompt, "12 kilomètres", sentence));
    expect(ask("Combien de kilomètres est-ce que Vololona a marchés ?")).toBe(true);
    expect(ask("Combien de kilomètres est-ce que Vololona a marché ?")).toBe(false);
  });

  it("contraction-left-in-key: `les relevés … et aux appels`", () => {
    const sentence =
      "Ils ont remonté la filière grâce aux relevés du pont-bascule et aux appels des prévenus.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Grâce à quoi ont-ils remonté la filière ?", answer, sentence);
    expect(
      flags(
        "contraction-left-in-key",
        ask("les relevés du pont-bascule et aux appels des prévenus"),
      ),
    ).toBe(true);
    expect(
      flags(
        "contraction-left-in-key",
        ask("les relevés du pont-bascule et les appels des prévenus"),
      ),
    ).toBe(false);
    const bare =
      "Des conteneurs sont restés bloqués à cause de la congestion des terminaux et de lenteurs dans les procédures.";
    expect(
      flags(
        "contraction-left-in-key",
        shortAnswer(
          "q1",
          "Pourquoi des conteneurs sont-ils restés bloqués ?",
          "la congestion des terminaux et des lenteurs dans les procédures",
          bare,
        ),
      ),
    ).toBe(false);
  });

  it("signed-idiom and hanging-participle-key", () => {
    const sentence =
      "L'AS Capoise a signé une victoire de prestige. Les agents avaient découvert 412 diamants bruts dissimulés dans le double fond d'un coffre-fort.";
    expect(
      flags(
        "signed-idiom",
        shortAnswer("q1", "Qu'a signé l'AS Capoise ?", "une victoire de prestige", sentence),
      ),
    ).toBe(true);
    const comeback = "Les Sélestadiens ont signé une remontée spectaculaire.";
    expect(
      flags(
        "signed-idiom",
        shortAnswer(
          "q1",
          "Qu'ont signé les Sélestadiens ?",
          "une remontée spectaculaire",
          comeback,
        ),
      ),
    ).toBe(true);
    const found = (answer: string) =>
      shortAnswer("q1", "Qu'avaient découvert les agents ?", answer, sentence);
    expect(flags("hanging-participle-key", found("412 diamants bruts dissimulés"))).toBe(true);
    expect(
      flags(
        "hanging-participle-key",
        found("412 diamants bruts dissimulés dans le double fond d'un coffre-fort"),
      ),
    ).toBe(false);
  });
});

describe("round 82's defect classes", () => {
  it("what-of-people-or-adjective", () => {
    const sentence = "La chambre a condamné lundi un agent administratif et deux complices.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "un agent", sentence);
    expect(flags("what-of-people-or-adjective", ask("Qu'a condamné la chambre ?"))).toBe(true);
    expect(
      flags(
        "what-of-people-or-adjective",
        ask("Quel taux de réussite la province du Bam a-t-elle enregistré ?"),
      ),
    ).toBe(false);
    expect(flags("what-of-people-or-adjective", ask("Quel territorial réclame un barème ?"))).toBe(
      true,
    );
    expect(
      flags("what-of-people-or-adjective", ask("Quand la patiente est-elle décédée trois jours ?")),
    ).toBe(true);
    expect(flags("what-of-people-or-adjective", ask("Qui a condamné la chambre ?"))).toBe(false);
    expect(flags("what-of-people-or-adjective", ask("Quel tribunal a condamné l'agent ?"))).toBe(
      false,
    );
  });

  it("headline-town-swapped-in: the lede's town, or the town of the people named, swapped in (round 85)", () => {
    const body =
      "Les Buffles du Borgou se sont imposés 2-1 dimanche au stade municipal de Parakou. Les visiteurs de Porto-Novo avaient ouvert la marque. Les Parakois se déplaceront à Cotonou.";
    const statement = (text: string, evidence: string) => trueFalse("q1", text, false, evidence);
    expect(
      flags(
        "headline-town-swapped-in",
        statement(
          "Les Parakois se déplaceront à Parakou.",
          "Les Parakois se déplaceront à Cotonou.",
        ),
        body,
      ),
    ).toBe(true);
    expect(
      flags(
        "headline-town-swapped-in",
        statement(
          "Les visiteurs de Parakou avaient ouvert la marque.",
          "Les visiteurs de Porto-Novo avaient ouvert la marque.",
        ),
        body,
      ),
    ).toBe(true);
    expect(
      flags(
        "headline-town-swapped-in",
        statement(
          "Les visiteurs de Cotonou avaient ouvert la marque.",
          "Les visiteurs de Porto-Novo avaient ouvert la marque.",
        ),
        body,
      ),
    ).toBe(false);
  });

  it("means-of-people and share-without-which (round 85)", () => {
    const sentence =
      "Les locaux ont renversé la rencontre grâce à leur gardien, auteur de trois arrêts.";
    expect(
      flags(
        "means-of-people",
        shortAnswer(
          "q1",
          "Grâce à quoi les locaux ont-ils renversé la rencontre ?",
          "grâce à leur gardien",
          sentence,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        "means-of-people",
        shortAnswer(
          "q1",
          "Grâce à quoi la salle a-t-elle été rénovée ?",
          "grâce à un financement",
          sentence,
        ),
      ),
    ).toBe(false);
    const survey =
      "Une campagne est prévue en mai afin de mesurer la part des colonies qui auront survécu.";
    const why = (answer: string) =>
      shortAnswer("q1", "Pourquoi une campagne est-elle prévue en mai ?", answer, survey);
    expect(flags("share-without-which", why("pour mesurer la part des colonies"))).toBe(true);
    expect(
      flags("share-without-which", why("pour mesurer la part des colonies qui auront survécu")),
    ).toBe(false);
  });

  it("blank-before-verb: a window cut before the verb of the blank's clause (round 85)", () => {
    const sentence =
      "Près de 38 % des colonies observées dans le lagon présentaient des signes de blanchissement.";
    const blank = (prompt: string) => shortAnswer("q1", prompt, "38 %", sentence);
    expect(
      flags(
        "blank-before-verb",
        blank("Complétez : « Près de …… des colonies observées dans le lagon … »"),
      ),
    ).toBe(true);
    expect(
      flags(
        "blank-before-verb",
        blank("Complétez : « Près de …… des colonies observées présentaient des signes … »"),
      ),
    ).toBe(false);
    expect(
      flags(
        "blank-before-verb",
        blank("Complétez : « Au cours de son séjour de …… au Maroc, la première depuis … »"),
      ),
    ).toBe(false);
  });

  it("round-86-shapes", () => {
    const sentence =
      "Une trentaine de ménages ont été évacués. L'IRM avait placé la province en alerte orange.";
    const ask = (prompt: string, answer = "un risque") =>
      shortAnswer("q1", prompt, answer, sentence);
    expect(
      flags("round-86-shapes", ask("Pourquoi une trentaine de ménages ont-elles été évacués ?")),
    ).toBe(true);
    expect(flags("round-86-shapes", ask("Qu'ont obtenu 123 ?"))).toBe(true);
    expect(flags("round-86-shapes", ask("Qui avait placé la province du Brabant flamand ?"))).toBe(
      true,
    );
    expect(flags("round-86-shapes", ask("Qui a accepté le crédit ?", "GE"))).toBe(true);
    expect(flags("round-86-shapes", ask("Pourquoi les ménages ont-ils été évacués ?"))).toBe(false);
    expect(flags("round-86-shapes", ask("Combien de personnes ont été déplacées ?"))).toBe(false);
    expect(
      flags("round-86-shapes", ask("Pourquoi les passages ont-ils été remplacés par un pont ?")),
    ).toBe(false);
    expect(
      flags("round-86-shapes", ask("Qui a placé la province en alerte orange ?", "l'IRM")),
    ).toBe(false);
  });
  it("round-88-shapes", () => {
    const sentence = "Une centaine de parents d'élèves se sont rassemblés lundi.";
    const ask = (prompt: string, answer = "une réserve") =>
      shortAnswer("q1", prompt, answer, sentence);
    const flagged = (prompt: string) => flags("round-88-shapes", ask(prompt));
    expect(flagged("Pourquoi une centaine de parents se sont-elles rassemblés lundi ?")).toBe(true);
    expect(flagged("Que déposerait son club ?")).toBe(true);
    expect(flagged("Pourquoi le dispositif avait-il cessé de fonctionner au bout ?")).toBe(true);
    expect(flagged("Pourquoi le dispositif avait-il cessé de fonctionner au bout en 2022 ?")).toBe(
      true,
    );
    expect(flagged("Qu'est-ce qui sera mis en place par Noertrange ?")).toBe(true);
    expect(flagged("Selon Jean Payet, pourquoi l'entreprise privée n'est-elle pas là ?")).toBe(
      true,
    );
    expect(flagged("Pourquoi une centaine de parents se sont-ils rassemblés lundi ?")).toBe(false);
    expect(flagged("Que déposera le club de l'EFO ?")).toBe(false);
    expect(flagged("Combien de comprimés les équipes ont-elles distribués ?")).toBe(false);
    expect(
      flagged("Pourquoi le dispositif avait-il cessé de fonctionner au bout de huit mois ?"),
    ).toBe(false);
    expect(flagged("Qu'est-ce qui a été signé par le ministre ?")).toBe(false);
  });
  it("round-89-shapes", () => {
    const flagged = (prompt: string, answer: string, sentence: string) =>
      flags("round-89-shapes", shortAnswer("q1", prompt, answer, sentence));
    const saving = "Elle permettrait d'économiser environ 1,6 million de francs par an.";
    expect(flagged("Que permettrait la mesure ?", "d'économiser environ 1", saving)).toBe(true);
    expect(
      flagged("Que permettrait la mesure ?", "d'économiser environ 1,6 million de francs", saving),
    ).toBe(false);
    const training = "Il prévoit la formation de 26 sages-femmes et infirmiers.";
    expect(flagged("Combien de sages le programme va-t-il former ?", "26 sages", training)).toBe(
      true,
    );
    expect(flagged("Combien d'infirmiers le programme va-t-il former ?", "26", training)).toBe(
      false,
    );
    const rain = "Meteo Rwanda prévoit des précipitations supérieures à la normale.";
    expect(flagged("Qui prévoit des précipitations supérieures ?", "Meteo Rwanda", rain)).toBe(
      true,
    );
    expect(
      flagged("Par quoi les passages ont-ils été remplacés ?", "un passage inférieur", rain),
    ).toBe(false);
    const goal = "Renaissance FC a égalisé dix minutes plus tard.";
    expect(
      flagged("Combien de minutes plus tard Renaissance FC a-t-il égalisé ?", "dix", goal),
    ).toBe(true);
    const farmer = "Yannick Le Roux cultive 42 hectares de légumes à Plougoulm.";
    expect(flagged("Combien d'hectares le Roux cultive-t-il ?", "42", farmer)).toBe(true);
    expect(flagged("Combien d'hectares Yannick Le Roux cultive-t-il ?", "42", farmer)).toBe(false);
  });
  it("round-90-shapes", () => {
    const flagged = (prompt: string, answer: string, sentence: string) =>
      flags("round-90-shapes", shortAnswer("q1", prompt, answer, sentence));
    const term = "La procureure réclamait deux ans moins un jour de détention.";
    expect(flagged("Combien d'ans moins est-ce que la procureure réclamait ?", "2", term)).toBe(
      true,
    );
    expect(flagged("Combien de temps réclamait la procureure ?", "2 ans", term)).toBe(true);
    const race = "La course s'est jouée dans la dernière ascension, longue de 7,5 km.";
    expect(
      flagged("Quelle est la longueur de la course s'est jouée dans l'ascension ?", "7,5 km", race),
    ).toBe(true);
    expect(flagged("Quelle est la longueur de la dernière ascension ?", "7,5 km", race)).toBe(
      false,
    );
    const court = "Le tribunal a également ordonné le comblement des puits.";
    expect(flagged("Qu'a ordonné le tribunal ?", "le comblement des puits", court)).toBe(true);
    const alone = "Le tribunal a ordonné le comblement des puits.";
    expect(flagged("Qu'a ordonné le tribunal ?", "le comblement des puits", alone)).toBe(false);
  });
  it("round-129-shapes", () => {
    const asked = (prompt: string, accepted: string[]) =>
      flags("round-129-shapes", shortAnswer("q1", prompt, accepted[0] ?? "", "x", { accepted }));
    const whole = "pour accueillir l'école de musique à partir de la rentrée";
    expect(
      asked("Pourquoi l'école sera-t-elle rénovée ?", [
        whole,
        "pour accueillir l'école de musique à partir",
      ]),
    ).toBe(true);
    expect(
      asked("Pourquoi l'école sera-t-elle rénovée ?", [
        whole,
        "pour accueillir l'école de musique",
      ]),
    ).toBe(false);
    expect(
      asked("Pourquoi la Ville puisera-t-elle dans ses surplus et reportera certains travaux ?", [
        "x",
      ]),
    ).toBe(true);
    expect(asked("Combien de millions produit l'usine ?", ["210 millions"])).toBe(true);
    expect(asked("Combien de millions de pieds-planche produit l'usine ?", ["210 millions"])).toBe(
      false,
    );
    expect(asked("Comment les dégâts s'expliquent-ils ?", ["l'état des sols"])).toBe(true);
    expect(asked("Comment les dégâts s'expliquent-ils ?", ["l'état des sols déjà saturés"])).toBe(
      false,
    );
    expect(
      asked(
        "Pourquoi les 38 kilogrammes d'ivoire ont-ils été placés sous scellés et seront transférés à Libreville ?",
        ["pour être versés au stock national"],
      ),
    ).toBe(true);
    expect(
      asked("Pourquoi le bateau avait-il quitté une île voisine ?", [
        "pour rejoindre le port de Karongi",
      ]),
    ).toBe(true);
    expect(
      asked("Pourquoi la DGPC a-t-elle dépêché des équipes par la mer ?", [
        "pour atteindre les localités côtières les plus isolées",
      ]),
    ).toBe(false);
    expect(
      asked("À la suite de quoi le district a-t-il suspendu la navigation ?", ["l'accident"]),
    ).toBe(true);
    expect(
      asked("À la suite de quoi la route a-t-elle été coupée ?", ["un éboulement de rochers"]),
    ).toBe(false);
    const pavement =
      "Le pavement présente un décor géométrique entourant un médaillon où figurent deux dauphins.";
    const what = (answer: string, text: string) =>
      flags(
        "round-129-shapes",
        shortAnswer("q1", "Que présente le pavement ?", answer, text, { accepted: [answer] }),
      );
    expect(what("un décor géométrique", pavement)).toBe(true);
    expect(
      what(
        "son intention de faire appel",
        "Il a annoncé son intention de faire appel devant la cour d'appel de Kara.",
      ),
    ).toBe(false);
  });
  it("round-130-shapes", () => {
    const asked = (prompt: string) =>
      flags("round-130-shapes", shortAnswer("q1", prompt, "x", "x"));
    expect(
      asked(
        "Pourquoi est-ce que Sylvain Bérubé a été condamné vendredi à une peine d'emprisonnement avec sursis ?",
      ),
    ).toBe(true);
    expect(asked("Pourquoi est-ce que Sylvain Bérubé a été condamné vendredi ?")).toBe(false);
    expect(asked("Combien de lutteurs place le département d'Arlit ?")).toBe(true);
    expect(asked("Combien de lutteurs le département d'Arlit place-t-il parmi les dix ?")).toBe(
      false,
    );
  });
  it("who-of-a-bare-deed", () => {
    const asked = (prompt: string) =>
      flags("who-of-a-bare-deed", shortAnswer("q1", prompt, "x", "x"));
    expect(asked("Qui a mené les travaux ?")).toBe(true);
    expect(asked("Qui a remporté la course ?")).toBe(false);
    expect(asked("Qui a mené les travaux de rénovation du pont ?")).toBe(false);
  });
  it("round-127-shapes", () => {
    const asked = (prompt: string, answer: string) =>
      flags("round-127-shapes", shortAnswer("q1", prompt, answer, "x"));
    expect(asked("Combien d'hectares ont été mis ?", "1 900 hectares")).toBe(true);
    expect(asked("Combien d'hectares ont été mis en culture ?", "1 900 hectares")).toBe(false);
    expect(
      asked(
        "Pourquoi les citoyens de Savièse ont-ils accepté dimanche un crédit ?",
        "pour la construction d'un centre scolaire",
      ),
    ).toBe(true);
    expect(
      asked("Pourquoi les citoyens ont-ils accepté un crédit ?", "parce que l'école déborde"),
    ).toBe(false);
    expect(
      asked("Pourquoi les sacs s'empilent-ils ensuite dans les cours ?", "faute d'acheteurs"),
    ).toBe(true);
    expect(asked("Pourquoi les sacs s'empilent-ils dans les cours ?", "faute d'acheteurs")).toBe(
      false,
    );
  });
  it("round-126-shapes", () => {
    const asked = (prompt: string, answer: string) =>
      flags("round-126-shapes", shortAnswer("q1", prompt, answer, "x"));
    expect(asked("Qu'a créé la Camerounaise Mireille Ngo Bayiha ?", "la surprise")).toBe(true);
    expect(asked("Qu'a créé la coopérative ?", "une unité de transformation")).toBe(false);
    expect(
      asked(
        "Pourquoi le gouvernement a-t-il décrété un deuil et rappelé l'interdiction ?",
        "pour …",
      ),
    ).toBe(true);
    expect(asked("Pourquoi le gouvernement a-t-il décrété un deuil ?", "pour …")).toBe(false);
  });
  it("round-125-shapes", () => {
    const asked = (prompt: string, answer: string) =>
      flags("round-125-shapes", shortAnswer("q1", prompt, answer, "x"));
    expect(asked("Combien de temps a duré le plus long ?", "11 ans")).toBe(true);
    expect(asked("Combien de temps a duré l'épisode le plus long ?", "11 ans")).toBe(false);
    expect(asked("Qu'a signé l'entreprise ?", "deux contrats")).toBe(true);
    expect(asked("Qu'a signé la ministre ?", "un arrêté")).toBe(false);
  });
  it("round-124-shapes", () => {
    const asked = (prompt: string, answer: string, sentence = "x") =>
      flags("round-124-shapes", shortAnswer("q1", prompt, answer, sentence));
    const verdict =
      "Le tribunal a condamné un artisan à deux ans d'emprisonnement, dont un an assorti du sursis, pour fraude.";
    expect(
      asked(
        "À quelle peine le tribunal a-t-il condamné un artisan ?",
        "deux ans d'emprisonnement",
        verdict,
      ),
    ).toBe(true);
    const whole = "Le tribunal a condamné un artisan à deux ans d'emprisonnement pour fraude.";
    expect(
      asked(
        "À quelle peine le tribunal a-t-il condamné un artisan ?",
        "deux ans d'emprisonnement",
        whole,
      ),
    ).toBe(false);
    expect(asked("Qui a balayé l'explication ?", "Julien Marchetti")).toBe(true);
    expect(
      asked(
        "Pourquoi est-ce que seul un groupe de trente hommes s'est présenté ?",
        "pour disputer la victoire",
      ),
    ).toBe(true);
    expect(asked("Qui réunit 16 équipes et 94 coureurs ?", "le Tour du Rwanda")).toBe(true);
    expect(asked("Qui réunit 16 équipes et 94 coureurs ?", "la Fédération rwandaise")).toBe(false);
    expect(asked("Qu'obtient la série D ?", "le meilleur taux de réussite")).toBe(true);
  });
  it("round-123-shapes", () => {
    const asked = (prompt: string, answer: string, sentence = "x") =>
      flags("round-123-shapes", shortAnswer("q1", prompt, answer, sentence));
    expect(
      asked(
        "Combien de personnes est-ce que Sapeurs-pompiers et gendarmes ont évacuées en pirogue ?",
        "400 personnes",
      ),
    ).toBe(true);
    expect(
      asked("Combien de personnes est-ce que les sapeurs-pompiers ont évacuées ?", "400 personnes"),
    ).toBe(false);
    expect(
      asked("Qui distribuera 3 tonnes de semences à 120 agriculteurs prochain ?", "le CRDA"),
    ).toBe(true);
    expect(asked("Qui distribuera des semences à l'automne prochain ?", "le CRDA")).toBe(false);
    expect(
      asked(
        "Pourquoi le funiculaire cessera-t-il de circuler du 5 janvier au 30 avril prochain ?",
        "pour …",
      ),
    ).toBe(false);
    expect(asked("À combien s'élève son budget ?", "85 millions de francs rwandais")).toBe(true);
    expect(asked("À combien s'élève le budget du film ?", "85 millions de francs rwandais")).toBe(
      false,
    );
    expect(asked("Pourquoi la décision a-t-elle été prise ?", "en raison de …")).toBe(true);
    expect(asked("Qu'a accordé le tribunal ?", "un sursis partiel")).toBe(true);
    const yieldSentence = "Le rendement moyen est estimé à 11 tonnes à l'hectare.";
    expect(asked("À combien le rendement moyen est-il estimé ?", "11 tonnes", yieldSentence)).toBe(
      true,
    );
    expect(
      asked("À combien le rendement moyen est-il estimé par hectare ?", "11 tonnes", yieldSentence),
    ).toBe(false);
  });
  it("round-122-shapes", () => {
    const asked = (prompt: string, answer: string) =>
      flags("round-122-shapes", shortAnswer("q1", prompt, answer, "x"));
    expect(asked("Pourquoi ont-elles d'ailleurs pris la parole ?", "pour …")).toBe(true);
    expect(asked("Pourquoi ont-elles pris la parole ?", "pour …")).toBe(false);
    expect(asked("Quelle est la durée du trajet ?", "11 minutes")).toBe(true);
    expect(asked("Quelle est la durée du trajet en train ?", "11 minutes")).toBe(false);
    expect(asked("Qui a porté son attaque décisive ?", "Eric Manizabayo")).toBe(true);
    expect(asked("Qu'est-ce qui avait déclenché l'enquête ?", "le printemps 2022")).toBe(true);
    expect(asked("Qu'est-ce qui avait déclenché l'enquête ?", "un écart dans les comptes")).toBe(
      false,
    );
    const rehoused = (sentence: string) =>
      flags(
        "round-122-shapes",
        shortAnswer(
          "q1",
          "Combien de personnes ont été relogées dans le hall sportif de la commune ?",
          "96 personnes",
          sentence,
        ),
      );
    expect(
      rehoused(
        "Au total, 96 personnes ont été relogées dans le hall sportif de la commune ou chez des proches.",
      ),
    ).toBe(true);
    expect(
      rehoused("Au total, 96 personnes ont été relogées dans le hall sportif de la commune."),
    ).toBe(false);
  });
  it("round-121-shapes", () => {
    const asked = (prompt: string, answer: string, sentence = "x") =>
      flags("round-121-shapes", shortAnswer("q1", prompt, answer, sentence));
    expect(asked("Qui a dominé la course de bout ?", "Blandine Efeti Mbua")).toBe(true);
    expect(asked("Qui a dominé la course ?", "Blandine Efeti Mbua")).toBe(false);
    expect(asked("À combien le bol de cette farine de manioc est-il passé ?", "400 F CFA")).toBe(
      true,
    );
    expect(asked("À combien le bol de gari est-il passé cette semaine ?", "400 F CFA")).toBe(false);
    expect(asked("Qui a géré l'aire protégée ?", "MNP")).toBe(true);
    const alert = "Un hélicoptère a aussi été mis en alerte.";
    expect(asked("Qu'est-ce qui a été mis en alerte ?", "un hélicoptère", alert)).toBe(true);
    const alone = "Un hélicoptère a été mis en alerte.";
    expect(asked("Qu'est-ce qui a été mis en alerte ?", "un hélicoptère", alone)).toBe(false);
    const women = "Chez les dames, Sarah Dethier a dominé la course.";
    expect(asked("Qui a dominé la course ?", "Sarah Dethier", women)).toBe(true);
  });
  it("round-120-shapes", () => {
    const asked = (prompt: string, answer: string, sentence = "x") =>
      flags("round-120-shapes", shortAnswer("q1", prompt, answer, sentence));
    expect(asked("Comment ce retard s'explique-t-il ?", "par …")).toBe(true);
    expect(asked("Comment le retard de la campagne s'explique-t-il ?", "par …")).toBe(false);
    const race = "La Luxembourgeoise Lena Hoffmann a pris la 2e place.";
    expect(asked("Qui a pris la 2e place ?", "Lena Hoffmann", race)).toBe(true);
    expect(asked("Qui a pris la 2e place ?", "Paul Roy", "Paul Roy a pris la 2e place.")).toBe(
      false,
    );
    expect(asked("Pourquoi le tribunal a-t-il condamné un homme ?", "pour …")).toBe(true);
    expect(asked("Pourquoi le tribunal a-t-il condamné Paul Roy ?", "pour …")).toBe(false);
  });
  it("round-119-shapes", () => {
    const asked = (prompt: string, answer: string, sentence = "x") =>
      flags("round-119-shapes", shortAnswer("q1", prompt, answer, sentence));
    const police = "L'enquête a été menée par la Police grand-ducale.";
    expect(asked("Qui a mené l'enquête ?", "Police grand", police)).toBe(true);
    expect(asked("Qui a mené l'enquête ?", "Police grand-ducale", police)).toBe(false);
    expect(asked("Pourquoi cette stratégie a-t-elle ses limites ?", "car …")).toBe(true);
    expect(asked("Pourquoi cette année a-t-elle été difficile ?", "car …")).toBe(false);
    expect(asked("Qu'a annoncé la société ?", "son intention de faire appel")).toBe(true);
    expect(asked("Qu'a annoncé la Steg ?", "son intention de faire appel")).toBe(false);
    expect(
      asked(
        "Pourquoi le prévenu avait-il reconnu les faits et expliqué avoir utilisé l'argent ?",
        "pour rembourser des dettes",
      ),
    ).toBe(true);
    expect(asked("Pourquoi le prévenu avait-il utilisé l'argent ?", "pour …")).toBe(false);
  });
  it("round-118-shapes", () => {
    const asked = (answer: string) =>
      flags(
        "round-118-shapes",
        shortAnswer("q1", "Qu'est-ce qui a provoqué la consternation ?", answer, "x"),
      );
    expect(asked("l'annonce")).toBe(true);
    expect(asked("l'annonce d'un prix de 42 cents")).toBe(false);
  });
  it("round-117-shapes", () => {
    const asked = (question: Question) => flags("round-117-shapes", question);
    const short = (prompt: string, answer: string, sentence = "x", accepted: string[] = []) =>
      asked(shortAnswer("q1", prompt, answer, sentence, { accepted }));
    expect(
      short(
        "Combien d'hectares de sésame une trentaine de kilomètres d'Houndé cultive-t-ils ?",
        "4",
      ),
    ).toBe(true);
    expect(short("Combien d'hectares de sésame Adama Konaté cultive-t-il ?", "4")).toBe(false);
    expect(
      short(
        "Pourquoi est-ce que certains collecteurs proposent des prix inférieurs aux producteurs pressés de vendre ?",
        "pour faire face aux dépenses",
      ),
    ).toBe(true);
    expect(short("Pourquoi les collecteurs proposent-ils des prix inférieurs ?", "pour …")).toBe(
      false,
    );
    expect(short("Pourquoi les jurés se sont-ils retirés ?", "pour délibérer à 16h40")).toBe(true);
    expect(short("Pourquoi les jurés se sont-ils retirés ?", "pour délibérer")).toBe(false);
    expect(short("Pourquoi … ?", "des plus d'un siècle d'activité métallurgique")).toBe(true);
    expect(short("Pourquoi … ?", "plus d'un siècle d'activité métallurgique")).toBe(false);
    const grant =
      "Les planteurs réclament le maintien de la contribution à la culture versée par l'Office fédéral de l'agriculture (OFAG).";
    expect(short("Qui a versé la culture ?", "OFAG", grant)).toBe(true);
    expect(short("Qui a versé la contribution à la culture ?", "OFAG", grant)).toBe(false);
    expect(short("Qui avait suspendu ses opérations ?", "MECC")).toBe(true);
    expect(short("Qui a conservé son titre ?", "Hinarii Faatau")).toBe(false);
    const grid =
      "La grille a été négociée par la Fédération suisse des betteraviers (FSB) et le transformateur Sucre Suisse SA.";
    expect(short("Qui a négocié la grille ?", "FSB", grid)).toBe(true);
    expect(
      short(
        "Qui a négocié la grille ?",
        "FSB",
        "La grille a été négociée par la Fédération (FSB).",
      ),
    ).toBe(false);
    const tournament =
      "Le tournoi, organisé par l'Association de curling du Nord de l'Ontario (NOCA), réunissait huit équipes.";
    expect(short("Qui a organisé le tournoi ?", "Association de curling", tournament)).toBe(true);
    expect(
      short(
        "Qui a organisé le tournoi ?",
        "Association de curling du Nord de l'Ontario",
        tournament,
      ),
    ).toBe(false);
    const full = "car l'île accueille chaque année les pontes de trois espèces menacées";
    const cut = "car l'île accueille chaque année les pontes";
    expect(short("Pourquoi … ?", full, "x", [full, cut])).toBe(true);
    expect(short("Pourquoi … ?", full, "x", [full])).toBe(false);
    const sugar = (options: string[]) =>
      asked({
        ...singleChoice("q1", "À combien la teneur en sucre est-elle tombée ?", options, "x"),
        answer: "d",
      });
    expect(sugar(["1,8 %", "6,1 %", "10,7 %", "15,4 %"])).toBe(true);
    expect(sugar(["10,7 %", "12,1 %", "13,9 %", "15,4 %"])).toBe(false);
  });
  it("round-116-shapes", () => {
    const asked = (prompt: string, answer: string) =>
      flags("round-116-shapes", shortAnswer("q1", prompt, answer, "x"));
    expect(asked("Pourquoi la seule a-t-elle donné des résultats aussi nets ?", "parce que")).toBe(
      true,
    );
    expect(asked("Pourquoi la souche a-t-elle donné des résultats aussi nets ?", "parce que")).toBe(
      false,
    );
    expect(asked("Qui a élevé le niveau jugé trop ?", "URCPC-K")).toBe(true);
    expect(asked("Qui a relevé le niveau ?", "URCPC-K")).toBe(false);
    expect(
      asked(
        "Complétez : « Le coton de deuxième choix sera, lui, acheté à …… le kilo. »",
        "290 francs",
      ),
    ).toBe(true);
    expect(
      asked("Complétez : « Le coton de deuxième choix sera acheté à …… le kilo. »", "290 francs"),
    ).toBe(false);
  });
  it("round-115-shapes", () => {
    const asked = (prompt: string, answer: string, sentence = "x", body = sentence) =>
      flags("round-115-shapes", shortAnswer("q1", prompt, answer, sentence), body);
    const restore = "Il devra restituer solidairement 3,2 millions de dirhams à la commune.";
    expect(asked("Qu'a-t-il ordonné ?", "restituer solidairement 3", restore)).toBe(true);
    expect(asked("Qu'a-t-il ordonné ?", "restituer solidairement 3,2 millions", restore)).toBe(
      false,
    );
    const verdict = "La chambre a condamné mardi Abdelkrim Ouazzani à trois ans de prison.";
    const both = `${verdict} Le gérant, Youssef Bakkali, a écopé de dix-huit mois.`;
    const who = "Qui la chambre a-t-elle condamné ?";
    expect(asked(who, "Abdelkrim Ouazzani", verdict, both)).toBe(true);
    expect(asked(who, "Abdelkrim Ouazzani", verdict)).toBe(false);
    expect(
      asked(`${who.slice(0, -2)} à trois ans de prison ?`, "Abdelkrim Ouazzani", verdict, both),
    ).toBe(false);
    expect(asked("Qu'a obtenu le film ?", "une note moyenne de 4,71 sur 5")).toBe(true);
    expect(asked("Qu'a obtenu le film ?", "le Prix du public")).toBe(false);
    expect(asked("Quand les premières séances doivent-elles débuter ?", "7 janvier")).toBe(true);
    expect(asked("Quand les premières séances du cours doivent-elles débuter ?", "7 janvier")).toBe(
      false,
    );
    const fares = "Les tarifs ont été fixés à 30.000 FC en 2e classe et à 75.000 FC en 1re classe.";
    expect(asked("À combien les tarifs ont-ils été fixés ?", "30.000 FC", fares)).toBe(true);
    const full = "Le billet plein tarif était fixé à 14 euros, et à 9 euros pour les étudiants.";
    expect(asked("À combien le billet plein tarif était-il fixé ?", "14 euros", full)).toBe(false);
    const first = "Quand les premiers camions ont-ils franchi le pont-bascule de l'usine ?";
    expect(asked(first, "lundi 3 mars")).toBe(false);
    const fare = "Le tarif a été fixé à 30.000 FC en 2e classe.";
    expect(asked("À combien le tarif a-t-il été fixé ?", "30.000 FC", fare)).toBe(false);
    expect(
      asked("Pourquoi les sommes ont-elles servi à couvrir des dettes ?", "car il pariait"),
    ).toBe(true);
    expect(asked("Pourquoi les sommes ont-elles été détournées ?", "car il pariait")).toBe(false);
    const two =
      "La baisse s'explique par l'effondrement de la demande, qui absorbe 80 %, et par des stocks importants.";
    expect(
      asked("Comment la baisse s'explique-t-elle ?", "l'effondrement de la demande", two),
    ).toBe(true);
    const rule = "Le conseil a adopté lundi un règlement qui interdira la location.";
    expect(asked("Qui a adopté un règlement ?", "le conseil", rule)).toBe(true);
    expect(
      asked("Qui a adopté un règlement ?", "le conseil", "Le conseil a adopté un règlement."),
    ).toBe(false);
    const one = "La baisse s'explique par l'effondrement de la demande, qui absorbe 80 %.";
    expect(
      asked("Comment la baisse s'explique-t-elle ?", "l'effondrement de la demande", one),
    ).toBe(false);
  });
  it("round-114-shapes", () => {
    const asked = (prompt: string, answer: string, sentence = "x") =>
      flags("round-114-shapes", shortAnswer("q1", prompt, answer, sentence));
    expect(asked("Combien de voix est-ce que le « non » l'a emporté avec ?", "2318")).toBe(true);
    expect(asked("Combien de voix le « non » a-t-il recueillies ?", "2318")).toBe(false);
    const jury = "Complétez : « Le jury, composé de …… lecteurs, a tranché par 6 voix contre 3. »";
    expect(asked(jury, "9")).toBe(true);
    expect(asked(jury, "12")).toBe(false);
    expect(asked("Qu'a réalisé la société ?", "un chiffre d'affaires de 640 MDH")).toBe(true);
    expect(asked("Qu'a racheté la société ?", "une conserverie de thon")).toBe(false);
    expect(asked("Qu'ont annoncé les CFF ?", "un chantier de grande ampleur")).toBe(true);
    expect(asked("Qu'ont annoncé les CFF ?", "la fermeture de la ligne")).toBe(false);
    expect(
      asked("Combien d'allers-retours quotidiens des bus de substitution assureront-ils ?", "8"),
    ).toBe(true);
    expect(
      asked("Combien d'allers-retours quotidiens les bus de substitution assureront-ils ?", "8"),
    ).toBe(false);
    const listed = "Il a été condamné pour faux, usage de faux et escroquerie.";
    expect(asked("Pourquoi a-t-il été condamné ?", "pour faux", listed)).toBe(true);
    const whole = "pour faux, usage de faux et escroquerie";
    expect(asked("Pourquoi a-t-il été condamné ?", whole, listed)).toBe(false);
  });
  it("round-113-shapes", () => {
    const asked = (prompt: string, answer: string, sentence = "x") =>
      flags("round-113-shapes", shortAnswer("q1", prompt, answer, sentence));
    const aim = "Selon Souleymane Bamba, pourquoi l'objectif est-il d'attirer plus d'animaux ?";
    expect(asked(aim, "pour faire baisser les prix")).toBe(true);
    expect(
      asked("Pourquoi le conseil a-t-il réduit la taxe ?", "pour faire baisser les prix"),
    ).toBe(false);
    expect(asked("Pourquoi le conseil municipal a-t-il voté lundi ?", "pour encourager")).toBe(
      true,
    );
    expect(
      asked("Pourquoi le conseil municipal a-t-il voté lundi la réduction de la taxe ?", "pour x"),
    ).toBe(false);
    const planned = "Prévu le 9 novembre, le lancement avait été repoussé pour deux raisons.";
    expect(asked("Quand le lancement avait-il été repoussé ?", "9 novembre", planned)).toBe(true);
    const dated = "Le 9 novembre, le lancement a été repoussé.";
    expect(asked("Quand le lancement a-t-il été repoussé ?", "9 novembre", dated)).toBe(false);
    const beyond = "Au-delà des spectacles, le festival propose une exposition de statuettes.";
    expect(asked("Que propose le festival ?", "une exposition de statuettes", beyond)).toBe(true);
    const alone = "Le festival propose une exposition de statuettes.";
    expect(asked("Que propose le festival ?", "une exposition de statuettes", alone)).toBe(false);
  });
  it("round-112-shapes", () => {
    const asked = (prompt: string, answer: string, sentence = "x") =>
      flags("round-112-shapes", shortAnswer("q1", prompt, answer, sentence));
    expect(asked("Qui a marqué la soirée devait être ?", "Ti Fanm")).toBe(true);
    expect(asked("Qui a marqué la soirée ?", "Ti Fanm")).toBe(false);
    expect(asked("Qui avait justifié sa demande ?", "le Conseil")).toBe(true);
    const forages = "Pourquoi les autorités misent-elles sur des forages ?";
    expect(asked(forages, "pour sortir de la crise")).toBe(true);
    expect(asked(forages, "pour alimenter les quartiers")).toBe(false);
    const means = "Les infirmiers disent manquer de moyens pour soigner les complications.";
    const short = "Pourquoi les infirmiers disent-ils manquer de moyens ?";
    expect(asked(short, "pour soigner les complications", means)).toBe(true);
    expect(asked("Complétez : « … et celles d'huile de palme de ……. »", "6 %")).toBe(true);
    expect(
      asked("Complétez : « Les expéditions d'huile de palme ont progressé de ……. »", "6 %"),
    ).toBe(false);
  });
  it("round-111-shapes", () => {
    const flagged = (question: Question) => flags("round-111-shapes", question);
    const asked = (prompt: string, answer: string) =>
      flagged(shortAnswer("q1", prompt, answer, "x"));
    expect(asked("À quoi les dégâts sont-ils dus ?", "deux phénomènes combinés")).toBe(true);
    expect(asked("À quoi les dégâts sont-ils dus ?", "l'action des vagues")).toBe(false);
    const plea = "La défense plaidait pour une peine de 18 mois à purger dans la collectivité.";
    const term = (prompt: string) =>
      singleChoice("q1", prompt, ["18 mois", "12 mois", "24 mois", "30 mois"], plea, {
        kind: "number",
      });
    expect(flagged(term("Quelle est la durée de la peine ?"))).toBe(true);
    expect(flagged(term("Quelle peine la défense demandait-elle ?"))).toBe(false);
    expect(asked("Complétez : « … ne pèsent plus que …… du chiffre d'affaires. »", "21 %")).toBe(
      true,
    );
    expect(
      asked("Complétez : « Les cures ne pèsent plus que …… du chiffre d'affaires. »", "21 %"),
    ).toBe(false);
  });
  it("round-110-shapes", () => {
    const flagged = (prompt: string) =>
      flags("round-110-shapes", shortAnswer("q1", prompt, "x", "Une phrase de l'article."));
    expect(flagged("Pourquoi le syndicat réclame-t-il plutôt 17 % sur la même période ?")).toBe(
      true,
    );
    expect(
      flagged(
        "De combien le nombre d'escales a-t-il augmenté par rapport à la même période de 2025 ?",
      ),
    ).toBe(false);
    const keyed = (answer: string) =>
      flags(
        "round-110-shapes",
        shortAnswer("q1", "Que réclame l'ATE ?", answer, "L'ATE réclame un prolongement."),
      );
    expect(keyed("un prolongement de la ligne jusqu'")).toBe(true);
    expect(keyed("un prolongement de la ligne jusqu'à Satigny")).toBe(false);
    expect(flagged("Combien de facteurs l'entreprise justifie-t-elle ?")).toBe(true);
    expect(flagged("Combien de salariés l'entreprise emploie-t-elle ?")).toBe(false);
    expect(flagged("Combien de temps avait requis le procureur ?")).toBe(true);
    expect(flagged("Combien de temps le procès a-t-il duré ?")).toBe(false);
    expect(flagged("Complétez : « … a mobilisé …… sur des sites situés entre 8 … »")).toBe(true);
    expect(flagged("Complétez : « … a mobilisé …… sur des sites rocheux … »")).toBe(false);
    expect(
      flagged(
        "Complétez : « … la 3e du genre depuis sa création, a mobilisé …… et des barques … »",
      ),
    ).toBe(true);
    expect(flagged("Complétez : « La campagne a mobilisé …… et des barques … »")).toBe(false);
    expect(
      flagged(
        "Complétez : « … le paddy se vendait à 300 FCFA à la même période l'an dernier, soit …… »",
      ),
    ).toBe(false);
    expect(
      flagged("Complétez : « … lancés en mars 2025, ont été exécutés en …… par une entreprise … »"),
    ).toBe(false);
    expect(
      flagged(
        "Complétez : « … un chiffre inédit depuis le début des relevés en ……, a annoncé mercredi l'équipe. »",
      ),
    ).toBe(false);
    const reasons = (options: string[]) =>
      flags(
        "round-110-shapes",
        singleChoice("q1", "Complétez : « Cela s'explique par …… principales. »", options, "x"),
      );
    expect(reasons(["2 causes", "3 causes", "4 causes", "5 causes"])).toBe(true);
    expect(reasons(["2 tonnes", "3 tonnes", "4 tonnes", "5 tonnes"])).toBe(false);
  });
  it("round-109-shapes", () => {
    const flagged = (prompt: string) =>
      flags("round-109-shapes", shortAnswer("q1", prompt, "x", "Une phrase de l'article."));
    expect(
      flagged("En quelle année la construction du premier navire doit commencer est-elle prévue ?"),
    ).toBe(true);
    expect(flagged("En quelle année la construction du premier navire doit-elle commencer ?")).toBe(
      false,
    );
    expect(
      flagged("Combien de ménages ont été accueillis les deux autres chez des proches ?"),
    ).toBe(true);
    expect(flagged("Combien de ménages ont été relogés par le CPAS ?")).toBe(false);
    expect(
      flagged("Complétez : « « Nous demandons que le kilo soit acheté à au moins ……, » … »"),
    ).toBe(true);
    expect(flagged("Complétez : « Le kilo sera acheté à au moins ……. »")).toBe(false);
  });
  it("round-107-shapes", () => {
    const flagged = (question: Question) => flags("round-107-shapes", question);
    const share = "La mesure, qui touche près de quatre salariés sur dix, s'inscrit dans un PSE.";
    const count = (prompt: string, evidence: string) =>
      singleChoice(
        "q1",
        prompt,
        ["4 salariés", "2 salariés", "3 salariés", "6 salariés"],
        evidence,
      );
    expect(flagged(count("Combien de salariés touche la mesure ?", share))).toBe(true);
    expect(
      flagged(count("Combien de salariés touche la mesure ?", "La mesure touche 4 salariés.")),
    ).toBe(false);
    const ranking = "L'UCG remporte également le classement par équipes.";
    expect(flagged(shortAnswer("q1", "Qui remporte le classement ?", "UCG", ranking))).toBe(true);
    expect(
      flagged(shortAnswer("q1", "Qui remporte le classement par équipes ?", "UCG", ranking)),
    ).toBe(false);
    const admitted = "Le département arrive en tête avec 66,8 % d'admis, devant le Faro.";
    expect(flagged(shortAnswer("q1", "Qui arrive 8 % d'admis ?", "le département", admitted))).toBe(
      true,
    );
    expect(
      flagged(
        shortAnswer("q1", "Qui arrive en tête avec 66,8 % d'admis ?", "le département", admitted),
      ),
    ).toBe(false);
    const league = "Il s'est imposé lors de la 19e journée de la Ligue 1 professionnelle.";
    expect(
      flagged(
        singleChoice(
          "q1",
          "Complétez : « … lors de la 19e journée de la Ligue …… professionnelle. »",
          ["1", "2", "3", "4"],
          league,
        ),
      ),
    ).toBe(true);
    const credit = "Le Parti socialiste a soutenu le crédit tout en regrettant sa timidité.";
    expect(
      flagged(shortAnswer("q1", "Qu'a soutenu le Parti socialiste ?", "le crédit tout", credit)),
    ).toBe(true);
    expect(
      flagged(shortAnswer("q1", "Qu'a soutenu le Parti socialiste ?", "le crédit", credit)),
    ).toBe(false);
  });
  it("round-106-shapes", () => {
    const flagged = (question: Question) => flags("round-106-shapes", question);
    const trips = "Les malades devaient se rendre à Lomé deux à trois fois par semaine.";
    expect(
      flagged(
        singleChoice(
          "q1",
          "Complétez : « Les malades devaient se rendre à Lomé deux à …… par semaine. »",
          ["2 fois", "3 fois", "5 fois", "6 fois"],
          trips,
        ),
      ),
    ).toBe(true);
    const budget = "La Municipalité avait initialement annoncé un excédent de 7,9 millions.";
    expect(
      flagged(shortAnswer("q1", "Qu'avait annoncé la Municipalité ?", "un excédent", budget)),
    ).toBe(true);
    expect(
      flagged(
        shortAnswer("q1", "Qu'avait initialement annoncé la Municipalité ?", "un excédent", budget),
      ),
    ).toBe(false);
    expect(
      flagged(
        shortAnswer(
          "q1",
          "Combien de personnes ses équipes ont-elles évacuées ?",
          "11 personnes",
          "Ses équipes ont évacué 11 personnes.",
        ),
      ),
    ).toBe(true);
    expect(
      flagged(
        shortAnswer(
          "q1",
          "Combien de personnes les pompiers ont-ils évacuées ?",
          "11 personnes",
          "Les pompiers ont évacué 11 personnes.",
        ),
      ),
    ).toBe(false);
  });
  it("round-105-shapes", () => {
    const flagged = (prompt: string) =>
      flags("round-105-shapes", shortAnswer("q1", prompt, "x", "Une phrase de l'article."));
    expect(
      flagged(
        "En quelle année les travaux débuteront au printemps et l'ouverture est-ils prévue ?",
      ),
    ).toBe(true);
    expect(flagged("En quelle année l'ouverture est-elle prévue ?")).toBe(false);
    expect(flagged("Quelle association assure les comptages à marée basse deux fois ?")).toBe(true);
    expect(flagged("Quelle association assure les comptages à marée basse ?")).toBe(false);
    expect(flagged("Grâce à quoi les auteurs préconisent-ils une détection plus précoce ?")).toBe(
      true,
    );
    expect(flagged("Grâce à quoi la laverie a-t-elle été rénovée ?")).toBe(false);
  });
  it("round-103-shapes", () => {
    const flagged = (question: Question) => flags("round-103-shapes", question);
    const octopus =
      "Ils ont été condamnés pour avoir commercialisé 4,2 tonnes de poulpe pêché en pleine période de repos biologique.";
    const why = "Pourquoi le tribunal a-t-il condamné trois mareyeurs ?";
    expect(
      flagged(shortAnswer("q1", why, "pour avoir commercialisé 4,2 tonnes de poulpe", octopus)),
    ).toBe(true);
    expect(
      flagged(
        shortAnswer(
          "q1",
          why,
          "pour avoir commercialisé 4,2 tonnes de poulpe pêché en pleine période de repos biologique",
          octopus,
        ),
      ),
    ).toBe(false);
    const night = "Le thermomètre affichait encore 29 °C, contre 21 °C en bordure du bois.";
    const blank = "Complétez : « Le thermomètre affichait encore …… … »";
    expect(flagged(singleChoice("q1", blank, ["29 °C", "38 °C", "49 °C", "70 °C"], night))).toBe(
      true,
    );
    expect(flagged(singleChoice("q1", blank, ["29 °C", "24 °C", "32 °C", "34 °C"], night))).toBe(
      false,
    );
    const cases = "On a recensé quatre cent douze (412) cas suspects.";
    expect(
      flagged(
        singleChoice(
          "q1",
          "Complétez : « On a recensé quatre cent douze (……) cas suspects. »",
          ["412", "300"],
          cases,
        ),
      ),
    ).toBe(true);
    expect(
      flagged(
        singleChoice(
          "q1",
          "Complétez : « On a recensé …… (412) cas suspects. »",
          ["quatre cent douze", "trois cents"],
          cases,
        ),
      ),
    ).toBe(false);
    const reached =
      "Quelque 60 000 habitants vivent dans des localités uniquement accessibles par le rail.";
    expect(
      flagged(
        shortAnswer(
          "q1",
          "Combien d'habitants vivent dans des localités uniquement accessibles ?",
          "60 000",
          reached,
        ),
      ),
    ).toBe(true);
    expect(
      flagged(
        shortAnswer(
          "q1",
          "Combien d'habitants vivent dans des localités accessibles par le rail ?",
          "60 000",
          reached,
        ),
      ),
    ).toBe(false);
  });
  it("round-102-shapes", () => {
    const flagged = (question: Question) => flags("round-102-shapes", question);
    const fire =
      "Il a été condamné pour avoir provoqué l'incendie qui a ravagé, en juillet, 260 hectares.";
    const why = "Pourquoi le tribunal l'a-t-il condamné ?";
    expect(
      flagged(shortAnswer("q1", why, "pour avoir provoqué l'incendie qui a ravagé", fire)),
    ).toBe(true);
    expect(flagged(shortAnswer("q1", why, "pour avoir provoqué l'incendie", fire))).toBe(false);
    const quotas =
      "La direction attribue ce ralentissement à la baisse marquée des quotas de crevette.";
    const attributed = "À quoi la direction attribue-t-elle ce ralentissement ?";
    const whole = "la baisse marquée des quotas de crevette";
    expect(
      flagged(
        shortAnswer("q1", attributed, "la baisse", quotas, { accepted: ["la baisse", whole] }),
      ),
    ).toBe(true);
    expect(flagged(shortAnswer("q1", attributed, whole, quotas, { accepted: [whole] }))).toBe(
      false,
    );
    const signed = "La convention a été signée le jour même avec la COMEG pour garantir un stock.";
    const stock = "pour garantir un stock";
    expect(
      flagged(
        shortAnswer(
          "q1",
          "Pourquoi la convention a-t-elle été signée le jour même ?",
          stock,
          signed,
        ),
      ),
    ).toBe(true);
    expect(
      flagged(
        shortAnswer(
          "q1",
          "Pourquoi la convention a-t-elle été signée avec la COMEG ?",
          stock,
          signed,
        ),
      ),
    ).toBe(false);
    const entry =
      "L'entrée est fixée à 6 euros pour les adultes et à 3 euros pour les moins de 18 ans.";
    const price = (options: string[]) =>
      flagged(
        singleChoice("q1", "À combien l'entrée est-elle fixée ?", options, entry, { answer: "d" }),
      );
    expect(price(["3 euros", "4 euros", "5 euros", "6 euros"])).toBe(true);
    expect(price(["4 euros", "5 euros", "7 euros", "6 euros"])).toBe(false);
    const cohort = "La formation accueillera une première cohorte de 16 étudiants.";
    expect(flagged(shortAnswer("q1", "Qu'accueillera la formation ?", "une cohorte", cohort))).toBe(
      true,
    );
  });
  it("round-101-shapes", () => {
    const bakery =
      "« Ce sont des mois creux », redoute Sandrine Pasche, qui tient une boulangerie au Mont-Pèlerin.";
    const ask = (prompt: string) =>
      flags("round-101-shapes", shortAnswer("q1", prompt, "Sandrine Pasche", bakery));
    expect(ask("Quelle redoute tient une boulangerie au Mont-Pèlerin ?")).toBe(true);
    expect(ask("Qui tient une boulangerie au Mont-Pèlerin ?")).toBe(false);
    const almonds = "Le kilo s'échangeait entre 95 et 110 dirhams.";
    const blank = "Complétez : « Le kilo s'échangeait entre …… et 110 dirhams. »";
    expect(
      flags("round-101-shapes", singleChoice("q1", blank, ["95", "120", "140", "190"], almonds)),
    ).toBe(true);
    expect(
      flags("round-101-shapes", singleChoice("q1", blank, ["95", "80", "70", "100"], almonds)),
    ).toBe(false);
  });
  it("round-100-shapes", () => {
    const flagged = (prompt: string, answer: string, sentence: string, accepted = [answer]) =>
      flags("round-100-shapes", { ...shortAnswer("q1", prompt, answer, sentence), accepted });
    const trained = "Deux manipulateurs et un médecin, le Dr Awa Sané, ont été formés à Dakar.";
    const why = "pour faire fonctionner l'appareil";
    expect(flagged("Pourquoi est-ce qu'Awa Sané ont été formés à Dakar ?", why, trained)).toBe(
      true,
    );
    expect(
      flagged(
        "Pourquoi est-ce que deux manipulateurs et un médecin ont été formés ?",
        why,
        trained,
      ),
    ).toBe(false);
    const charge =
      "Ils ont voté contre, estimant que la charge devrait revenir entièrement au Grand-Duché.";
    const whole = "estimant que la charge devrait revenir entièrement au Grand-Duché";
    expect(
      flagged("Pourquoi ont-ils voté contre ?", whole, charge, [
        whole,
        "estimant que la charge devrait revenir entièrement",
      ]),
    ).toBe(true);
    expect(flagged("Pourquoi ont-ils voté contre ?", whole, charge)).toBe(false);
  });
  it("round-99-shapes", () => {
    const flagged = (prompt: string, answer: string, sentence: string, accepted = [answer]) =>
      flags("round-99-shapes", { ...shortAnswer("q1", prompt, answer, sentence), accepted });
    const trick = "La plupart ont découvert la supercherie en arrivant sur place.";
    expect(flagged("Qu'ont découvert la plupart ?", "la supercherie", trick)).toBe(true);
    expect(flagged("Qu'ont découvert la plupart des victimes ?", "la supercherie", trick)).toBe(
      false,
    );
    const onions = "La région attend 78 000 tonnes d'oignons, en hausse de 20 % sur un an.";
    expect(flagged("Complétez : « … en hausse de …… sur un an. »", "20 %", onions)).toBe(true);
    const kilo = "Les Ouahigouyalais profitent de la baisse : le kilogramme est passé à 150 FCFA.";
    expect(flagged("À combien sont passés les Ouahigouyalais ?", "150 FCFA", kilo)).toBe(true);
    expect(flagged("À combien est passé le kilogramme ?", "150 FCFA", kilo)).toBe(false);
    const tryLine = "Kerhervé a franchi la défense adverse pour inscrire le premier essai.";
    expect(
      flagged(
        "Pourquoi Kerhervé a-t-il franchi la défense adverse ?",
        "pour inscrire le premier essai",
        tryLine,
      ),
    ).toBe(true);
    const flats =
      "Il a été condamné pour avoir loué des appartements qui ne lui appartenaient pas.";
    expect(
      flagged("Pourquoi a-t-il été condamné ?", "pour avoir loué des appartements", flats),
    ).toBe(true);
    expect(
      flagged(
        "Pourquoi a-t-il été condamné ?",
        "pour avoir loué des appartements qui ne lui appartenaient pas",
        flats,
      ),
    ).toBe(false);
  });
  it("round-98-shapes", () => {
    const flagged = (prompt: string, answer: string, sentence: string, accepted = [answer]) =>
      flags("round-98-shapes", { ...shortAnswer("q1", prompt, answer, sentence), accepted });
    const crowd = "Près de 130 personnes se sont pressées samedi dans la médiathèque.";
    expect(flagged("Combien de personnes se sont pressées ?", "130", crowd)).toBe(true);
    expect(
      flagged("Combien de personnes se sont pressées dans la médiathèque ?", "130", crowd),
    ).toBe(false);
    const stay = "Les étudiants passeront six semaines sur un site d'exploitation.";
    expect(flagged("Combien de temps passeront les étudiants ?", "6 semaines", stay)).toBe(true);
    expect(
      flagged("Combien de temps passeront les étudiants sur un site d'exploitation ?", "6", stay),
    ).toBe(false);
    const bitten = "Les personnes mordues recevront le vaccin, a annoncé le directeur.";
    expect(flagged("Qui les personnes mordues a-t-elle annoncé ?", "le directeur", bitten)).toBe(
      true,
    );
    expect(flagged("Qui les joueurs ont-ils battu ?", "l'ASEC", bitten)).toBe(false);
    const road = "Les épreuves se sont tenues dans un contexte marqué par des coupures sur la RN2.";
    expect(flagged("Qui a marqué le contexte ?", "RN2", road)).toBe(true);
    expect(flagged("Qui a marqué le but ?", "Kouadio", "Kouadio a marqué le but.")).toBe(false);
    const calls =
      "Selon les Services paramédicaux, près de 30 % des appels reçus la nuit proviennent de francophones.";
    expect(
      flags(
        "round-98-shapes",
        singleChoice(
          "q1",
          "Complétez : « Selon les Services paramédicaux, près de …… des appels reçus la nuit … »",
          ["30 %", "25 %", "35 %"],
          calls,
        ),
      ),
    ).toBe(true);
    const checks = "Les agriculteurs réclament des contrôles plus stricts aux points de passage.";
    const asked = "des contrôles plus stricts aux points de passage";
    expect(
      flagged("Que réclament les agriculteurs ?", asked, checks, [
        asked,
        "des contrôles plus stricts aux points",
      ]),
    ).toBe(true);
    expect(
      flagged("Que réclament les agriculteurs ?", asked, checks, [
        asked,
        "des contrôles plus stricts",
      ]),
    ).toBe(false);
    const rates = [
      "Le Complexe scolaire Tumaini affiche un taux de réussite de 97,6 %.",
      "Pour l'ensemble du Sud-Kivu, le taux de réussite s'établit à 71,3 %.",
    ];
    const rate = singleChoice(
      "q1",
      "À combien s'établit le taux de réussite ?",
      ["71,3 %", "65,2 %", "76,5 %", "80,9 %"],
      rates[1] ?? "",
      { kind: "number" },
    );
    expect(flags("round-98-shapes", rate, rates.join(" "))).toBe(true);
    expect(flags("round-98-shapes", rate, rates[1])).toBe(false);
    const feat = "Léonie Chappuis signe la première victoire d'une Suissesse depuis sept ans.";
    expect(
      flagged("Que signe Léonie Chappuis ?", "la première victoire d'une Suissesse", feat),
    ).toBe(true);
    expect(flagged("Qu'a signé le ministre ?", "un accord de coopération", feat)).toBe(false);
    const race = "Sur le semi-marathon, la victoire est revenue au Genevois Thibault Rochat.";
    expect(flagged("À qui la victoire est-elle revenue ?", "Thibault Rochat", race)).toBe(true);
    expect(
      flagged("À qui la victoire est-elle revenue sur le semi-marathon ?", "Thibault Rochat", race),
    ).toBe(false);
    const cost = "Le coût du projet s'élève à 74 millions de dinars, a précisé le directeur.";
    expect(flagged("Qui le coût du projet s'élève a-t-il précisé ?", "le directeur", cost)).toBe(
      true,
    );
    expect(flagged("Pourquoi le chantier s'est-il arrêté ?", "faute de crédits", cost)).toBe(false);
    const last = "La province de Figuig ferme la marche à 61,3 %.";
    expect(flagged("Que ferme la province de Figuig ?", "la marche à 61,3 %", last)).toBe(true);
    const held = "Le budget comprend également 11 millions d'euros pour l'achat de terrains.";
    expect(flagged("Combien le budget comprend-il également ?", "11 millions d'euros", held)).toBe(
      true,
    );
    expect(
      flagged(
        "Combien le budget consacre-t-il à l'achat de terrains ?",
        "11 millions d'euros",
        held,
      ),
    ).toBe(false);
    const drugs =
      "Ils ont été condamnés pour avoir importé et revendu des médicaments contrefaits.";
    expect(flagged("Pourquoi ont-ils été condamnés ?", "pour avoir importé", drugs)).toBe(true);
    expect(
      flagged(
        "Pourquoi ont-ils été condamnés ?",
        "pour avoir importé et revendu des médicaments contrefaits",
        drugs,
      ),
    ).toBe(false);
  });
  it("round-97-shapes", () => {
    const order = "Le tribunal a ordonné la confiscation des véhicules.";
    const question = shortAnswer("q1", "Qu'a ordonné le tribunal ?", "la confiscation", order);
    const story = `Trois hommes ont été condamnés mardi à cinq ans de prison. ${order}`;
    expect(flags("round-97-shapes", question, story)).toBe(true);
    expect(flags("round-97-shapes", question, `Le chantier a été arrêté lundi. ${order}`)).toBe(
      false,
    );
  });
  it("round-96-shapes", () => {
    const rooms = "Huit salles de classe sur dix se sont retrouvées à ciel ouvert.";
    const choice = (prompt: string, options: string[], sentence: string) =>
      flags("round-96-shapes", singleChoice("q1", prompt, options, sentence));
    const asked = "Combien de salles de classe sur dix se sont retrouvées à ciel ouvert ?";
    expect(choice(asked, ["8 salles", "4 salles", "5 salles", "12 salles"], rooms)).toBe(true);
    expect(choice(asked, ["8 salles", "5 salles", "9 salles", "10 salles"], rooms)).toBe(false);
    const term = "Ils ont écopé de dix-huit mois de prison, dont douze avec sursis.";
    const blank = "Complétez : « Ils ont écopé de …… de prison, dont douze avec sursis. »";
    expect(choice(blank, ["18 mois", "9 mois", "15 mois"], term)).toBe(true);
    expect(choice(blank, ["18 mois", "15 mois", "16 mois"], term)).toBe(false);
    const match = "Ils ont renversé la rencontre grâce à un quart-temps remporté 27 à 14.";
    const cut = {
      ...shortAnswer(
        "q1",
        "Grâce à quoi ont-ils renversé la rencontre ?",
        "grâce à un quart-temps remporté 27 à 14",
        match,
      ),
      accepted: ["grâce à un quart-temps remporté 27 à 14", "grâce à un quart-temps remporté 27"],
    };
    expect(flags("round-96-shapes", cut)).toBe(true);
    expect(flags("round-96-shapes", { ...cut, accepted: ["grâce à un quart-temps"] })).toBe(false);
  });
  it("round-95-shapes", () => {
    const flagged = (prompt: string, answer: string, sentence: string) =>
      flags("round-95-shapes", shortAnswer("q1", prompt, answer, sentence));
    const match = "Le Phoenix de Sherbrooke a remporté un cinquième match consécutif.";
    expect(
      flagged("Qu'a remporté SHERBROOKE — Le Phoenix de Sherbrooke ?", "un match", match),
    ).toBe(true);
    expect(flagged("Qu'a remporté le Phoenix de Sherbrooke ?", "un match", match)).toBe(false);
    const theft = "Il a été condamné pour avoir détourné près de 41.000 euros entre 2019 et 2023.";
    expect(flagged("Pourquoi a-t-il été condamné ?", "pour avoir détourné près de 41", theft)).toBe(
      true,
    );
    expect(
      flagged("Pourquoi a-t-il été condamné ?", "pour avoir détourné près de 41.000 euros", theft),
    ).toBe(false);
    const huts = "Ces structures obligeaient les directeurs à libérer les élèves avant 13h.";
    expect(
      flagged("À quoi ces structures obligeaient-elles les directeurs ?", "à libérer", huts),
    ).toBe(true);
    const court = "Outre la peine de prison, le tribunal a ordonné un suivi socio-judiciaire.";
    expect(flagged("Qu'a ordonné le tribunal ?", "un suivi socio-judiciaire", court)).toBe(true);
    const alone = "Le tribunal a ordonné le comblement des puits.";
    expect(flagged("Qu'a ordonné le tribunal ?", "le comblement des puits", alone)).toBe(false);
  });
  it("round-94-shapes", () => {
    const flagged = (prompt: string, answer: string, sentence: string) =>
      flags("round-94-shapes", shortAnswer("q1", prompt, answer, sentence));
    const birds = "Les observateurs ont dénombré 211 couples nicheurs.";
    expect(flagged("Combien de couples les observateurs ont-ils dénombré ?", "211", birds)).toBe(
      true,
    );
    expect(flagged("Combien de couples les observateurs ont-ils dénombrés ?", "211", birds)).toBe(
      false,
    );
    const budget = "Le document prévoit 142 millions d'euros en fonctionnement.";
    expect(flagged("Combien le document prévoit-il ?", "142 millions d'euros", budget)).toBe(true);
    expect(
      flagged("Combien le document prévoit-il en fonctionnement ?", "142 millions d'euros", budget),
    ).toBe(true);
    const grant = "La subvention progresse de 4 %, pour atteindre 5,2 millions d'euros.";
    expect(
      flagged(
        "Pourquoi la subvention progresse-t-elle ?",
        "pour atteindre 5,2 millions d'euros",
        grant,
      ),
    ).toBe(true);
    expect(flagged("De combien la subvention progresse-t-elle ?", "4 %", grant)).toBe(false);
    const damages =
      "Les deux prévenus, Thierry Bonnaud, 47 ans, et Kévin Massias, 34 ans, devront verser 18 400 euros.";
    expect(flagged("Complétez : « … 34 ans, devront verser …… »", "18 400 euros", damages)).toBe(
      true,
    );
    expect(
      flagged("Complétez : « Les deux prévenus devront verser …… »", "18 400 euros", damages),
    ).toBe(false);
  });
  it("round-93-shapes", () => {
    const court = "Le Tribunal criminel du Littoral et du Val-de-Travers a condamné une comptable.";
    const flagged = (prompt: string, answer: string, sentence: string) =>
      flags("round-93-shapes", shortAnswer("q1", prompt, answer, sentence));
    expect(
      flagged("Pourquoi le Tribunal criminel a-t-ils condamné une comptable ?", "pour abus", court),
    ).toBe(true);
    expect(
      flagged("Pourquoi le Tribunal criminel a-t-il condamné une comptable ?", "pour abus", court),
    ).toBe(false);
    const match = "La formation accueillera l'Armada de Blainville-Boisbriand mercredi.";
    expect(
      flagged("Qu'accueillera la formation ?", "l'Armada de Blainville-Boisbriand", match),
    ).toBe(true);
    expect(flagged("Qui la formation accueillera-t-elle ?", "l'Armada", match)).toBe(false);
    const trees = "Quelque 45 000 jeunes palétuviers ont été replantés.";
    const options = (texts: string[]) =>
      flags("round-93-shapes", singleChoice("q1", "Combien de palétuviers ?", texts, trees));
    expect(options(["45 000 jeunes", "56 000 jeunes", "68 000 jeunes"])).toBe(true);
    expect(options(["45 000 jeunes palétuviers", "56 000 jeunes palétuviers"])).toBe(false);
    const checks = "Les services ont annoncé un renforcement des contrôles sur le taux de soufre.";
    const cut = {
      ...shortAnswer(
        "q1",
        "Qu'ont annoncé les services ?",
        "un renforcement des contrôles sur le taux de soufre",
        checks,
      ),
      accepted: [
        "un renforcement des contrôles sur le taux de soufre",
        "un renforcement des contrôles sur le taux",
      ],
    };
    expect(flags("round-93-shapes", cut)).toBe(true);
    expect(flags("round-93-shapes", { ...cut, accepted: ["un renforcement des contrôles"] })).toBe(
      false,
    );
  });
  it("round-92-shapes", () => {
    const body = "Le club totalise 27 points au soir de la 12e journée.";
    const points = (options: string[]) =>
      flags(
        "round-92-shapes",
        singleChoice("q1", "Combien de points le club compte-t-il ?", options, body),
      );
    expect(points(["27 points", "18 points", "32 points", "43 points"])).toBe(true);
    expect(points(["27 points", "18 points", "32 points", "36 points"])).toBe(false);
    // A player's points in a game are no league total.
    const game = "Ndour a ajouté 15 points lors de la 2e journée.";
    expect(
      flags(
        "round-92-shapes",
        singleChoice(
          "q1",
          "Combien de points Ndour a-t-il ajoutés ?",
          ["15 points", "10 points", "22 points"],
          game,
        ),
      ),
    ).toBe(false);
    const greet = "Les producteurs saluent une décision attendue.";
    const flagged = (prompt: string, answer: string, sentence: string) =>
      flags("round-92-shapes", shortAnswer("q1", prompt, answer, sentence));
    expect(flagged("Que saluent les producteurs ?", "une décision attendue", greet)).toBe(true);
    expect(flagged("Que saluent les producteurs ?", "la hausse du prix", greet)).toBe(false);
    const fine = "Le tribunal leur a infligé une amende de 500 000 francs CFA chacun.";
    expect(flagged("Quel est le montant de l'amende ?", "500 000 francs CFA", fine)).toBe(true);
    const one = "Le tribunal lui a infligé une amende de 500 000 francs CFA.";
    expect(flagged("Quel est le montant de l'amende ?", "500 000 francs CFA", one)).toBe(false);
  });
  it("round-91-shapes", () => {
    const sentence =
      "L'école compte 412 élèves cette rentrée. Une enveloppe de 2 millions a été votée.";
    const flagged = (prompt: string) =>
      flags("round-91-shapes", shortAnswer("q1", prompt, "412 élèves", sentence));
    expect(flagged("Combien d'élèves cette rentrée l'établissement compte-t-il ?")).toBe(true);
    expect(flagged("Combien d'élèves l'établissement compte-t-il cette rentrée ?")).toBe(false);
    expect(flagged("Quel est le montant de l'enveloppe ?")).toBe(true);
    expect(flagged("Quel est le montant de l'enveloppe votée par le conseil ?")).toBe(false);
  });
});

describe("round 131's defect classes", () => {
  it("how-won-in-key: a side beaten keyed with how the match was won", () => {
    const sentence = "L'ASC Keur Cheikh a gagné en battant l'ASC Sadaga aux tirs au but (4-3).";
    const ask = (answer: string) =>
      shortAnswer("q1", "Qui l'ASC Keur Cheikh a-t-elle battu ?", answer, sentence);
    expect(flags("how-won-in-key", ask("l'ASC Sadaga aux tirs au but"))).toBe(true);
    expect(flags("how-won-in-key", ask("l'ASC Sadaga"))).toBe(false);
  });

  it("crowd-count: a count keyed with the first noun of the list it counts", () => {
    const sentence =
      "La cérémonie a rassemblé plus de 600 producteurs, acheteurs agréés et responsables de coopératives.";
    const ask = (answer: string, text = sentence) =>
      singleChoice(
        "q1",
        "Combien de producteurs la cérémonie a-t-elle rassemblés ?",
        [answer, "700 producteurs"],
        text,
        {
          kind: "number",
        },
      );
    expect(flags("crowd-count", ask("plus de 600 producteurs"))).toBe(true);
    expect(
      flags(
        "crowd-count",
        ask("600 producteurs", "La cérémonie a rassemblé 600 producteurs, samedi."),
      ),
    ).toBe(false);
  });

  it("object-cut-before-participle: a why keyed before the participle that says which", () => {
    const sentence =
      "L'accusé a détourné l'argent parce qu'il tentait de rembourser des dettes accumulées sur des sites de jeu en ligne.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Pourquoi l'accusé a-t-il détourné l'argent ?", answer, sentence);
    expect(
      flags("object-cut-before-participle", ask("parce qu'il tentait de rembourser des dettes")),
    ).toBe(true);
    expect(
      flags(
        "object-cut-before-participle",
        ask(
          "parce qu'il tentait de rembourser des dettes accumulées sur des sites de jeu en ligne",
        ),
      ),
    ).toBe(false);
  });

  it("vague-deed: what a barely named body adopted, with nothing to say which deed", () => {
    const sentence =
      "Lors de la même séance, le conseil a adopté la première modification budgétaire.";
    const ask = (prompt: string) =>
      shortAnswer("q1", prompt, "la première modification budgétaire", sentence);
    expect(flags("vague-deed", ask("Qu'a adopté le conseil ?"))).toBe(true);
    expect(flags("vague-deed", ask("Qu'a annoncé le conseil ?"))).toBe(false);
    expect(flags("vague-deed", ask("Qu'a adopté le conseil lors de la même séance ?"))).toBe(false);
  });

  it("scope-dropped: a count asked without the scope its sentence opens on", () => {
    const sentence = "Au niveau national, 51 cas ont été enregistrés depuis septembre.";
    const body = `La campagne fait suite à 37 cas confirmés dans le mohafazat. ${sentence}`;
    const ask = (prompt: string) =>
      singleChoice("q1", prompt, ["51 cas", "43 cas"], sentence, { kind: "number" });
    expect(flags("scope-dropped", ask("Combien de cas ont été enregistrés ?"), body)).toBe(true);
    expect(
      flags("scope-dropped", ask("Combien de cas ont été enregistrés au niveau national ?"), body),
    ).toBe(false);
    expect(flags("scope-dropped", ask("Combien de cas ont été enregistrés ?"), sentence)).toBe(
      false,
    );
  });

  it("agent-of-event-to-come: who runs an event to come, asked in the past", () => {
    const future =
      "Keur Cheikh représentera le département de Diourbel à la phase nationale organisée par l'ONCAV.";
    const past = "Keur Cheikh a disputé la phase nationale organisée par l'ONCAV.";
    const ask = (sentence: string) =>
      shortAnswer("q1", "Qui a organisé la phase nationale ?", "ONCAV", sentence);
    expect(flags("agent-of-event-to-come", ask(future))).toBe(true);
    expect(flags("agent-of-event-to-come", ask(past))).toBe(false);
  });
});

describe("round 132's defect classes", () => {
  it("planned-date-why: why a planned thing is set for a date, keyed with its purpose", () => {
    const sentence =
      "Une seconde campagne de suivi est prévue en avril afin d'évaluer la mortalité réelle des colonies.";
    const ask = (prompt: string) =>
      shortAnswer("q1", prompt, "pour évaluer la mortalité réelle des colonies", sentence);
    expect(
      flags(
        "planned-date-why",
        ask("Pourquoi la seconde campagne de suivi est-elle prévue en avril ?"),
      ),
    ).toBe(true);
    expect(
      flags("planned-date-why", ask("Pourquoi la seconde campagne de suivi est-elle prévue ?")),
    ).toBe(false);
  });

  it("guilty-of-after-pour: an offence keyed after « pour » with its second « de »", () => {
    const sentence =
      "Le tribunal a condamné Gildas Houngbédji, reconnu coupable d'escroquerie et d'abus de confiance.";
    const ask = (answer: string) =>
      shortAnswer(
        "q1",
        "Pourquoi le tribunal a-t-il condamné Gildas Houngbédji ?",
        answer,
        sentence,
      );
    expect(flags("guilty-of-after-pour", ask("pour escroquerie et d'abus de confiance"))).toBe(
      true,
    );
    expect(flags("guilty-of-after-pour", ask("pour escroquerie et abus de confiance"))).toBe(false);
    expect(flags("guilty-of-after-pour", ask("pour avoir volé du cuivre et de l'or"))).toBe(false);
  });

  it("wh-noun-repeated: the interrogative's noun heads the subject again", () => {
    const sentence = "La température de l'eau a atteint 31,4 °C à un mètre de profondeur.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "31,4 °C", sentence);
    expect(
      flags(
        "wh-noun-repeated",
        ask("Quelle température la température de l'eau a-t-elle atteinte ?"),
      ),
    ).toBe(true);
    expect(flags("wh-noun-repeated", ask("Quelle température l'eau a-t-elle atteinte ?"))).toBe(
      false,
    );
  });

  it("wrong-elision: l', d', qu' before a consonant, not a name's own apostrophe", () => {
    const sentence = "La pluie est tombée sur la ville de Birni N'Konni.";
    const checks = (prompt: string) =>
      findDefects(shortAnswer("q1", prompt, "94 millimètres", sentence), sentence).map(
        (defect) => defect.check,
      );
    expect(checks("Où est tombée la pluie de Birni N'Konni ?")).not.toContain("wrong-elision");
    expect(checks("Qui est l'Française ?")).toContain("wrong-elision");
  });

  it("one-of-several-announcements: a bare Qu'a annoncé S ? where S announces more", () => {
    const sentence = "La direction a annoncé l'affrètement de dix bus supplémentaires.";
    const body = `La direction annonce 650 embauches. ${sentence}`;
    const ask = shortAnswer(
      "q1",
      "Qu'a annoncé la direction ?",
      "l'affrètement de dix bus",
      sentence,
    );
    expect(flags("one-of-several-announcements", ask, body)).toBe(true);
    expect(flags("one-of-several-announcements", ask, sentence)).toBe(false);
  });

  it("far-temperature: a temperature option far from the answer", () => {
    const sentence = "La température des eaux profondes a augmenté de 1,5 °C.";
    const ask = (options: string[]) =>
      singleChoice("q1", "De combien la température a-t-elle augmenté ?", options, sentence, {
        kind: "number",
      });
    expect(flags("far-temperature", ask(["1,5 °C", "4,5 °C", "6,5 °C", "9,5 °C"]))).toBe(true);
    expect(flags("far-temperature", ask(["1,5 °C", "2 °C", "2,5 °C", "3 °C"]))).toBe(false);
  });

  it("said-setting-on-deed: a why of a deed that carries where it was told", () => {
    const sentence =
      "À la barre, Gildas Houngbédji a reconnu avoir utilisé l'argent pour importer des véhicules.";
    const ask = (prompt: string) =>
      shortAnswer("q1", prompt, "pour importer des véhicules", sentence);
    expect(
      flags(
        "said-setting-on-deed",
        ask("Pourquoi est-ce que Gildas Houngbédji a utilisé l'argent à la barre ?"),
      ),
    ).toBe(true);
    expect(
      flags(
        "said-setting-on-deed",
        ask("Pourquoi est-ce que Gildas Houngbédji a utilisé l'argent ?"),
      ),
    ).toBe(false);
  });

  it("adjective-for-noun: a question ending on an adjective whose noun was cut", () => {
    const sentence =
      "Le tribunal a condamné à quatre ans de prison le principal accusé d'un réseau.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "quatre ans de prison", sentence);
    expect(
      flags("adjective-for-noun", ask("À quelle peine le tribunal a-t-il condamné le principal ?")),
    ).toBe(true);
    expect(
      flags(
        "adjective-for-noun",
        ask("À quelle peine le tribunal a-t-il condamné le principal accusé d'un réseau ?"),
      ),
    ).toBe(false);
  });
});

describe("round 133's defect classes", () => {
  it("phone-number-asked, duration-given-by-dates, hour-before-place-why", () => {
    const call = "Selon la SQ, l'appel au 911 a été fait vers 16 h 15.";
    const blank = (prompt: string, sentence: string, options: string[]) =>
      singleChoice("q1", prompt, options, sentence, { kind: "number" });
    expect(
      flags(
        "phone-number-asked",
        blank("Complétez : « Selon la SQ, l'appel au …… a été fait vers 16 h 15. »", call, [
          "911",
          "638",
        ]),
      ),
    ).toBe(true);
    const walk = "Les secouristes ont parcouru 12 kilomètres.";
    expect(
      flags(
        "phone-number-asked",
        blank("Complétez : « Les secouristes ont parcouru ……. »", walk, [
          "12 kilomètres",
          "9 kilomètres",
        ]),
      ),
    ).toBe(false);
    const days = "Ce premier passage se déroule sur quatre jours, du 17 au 20 juillet.";
    expect(
      flags(
        "duration-given-by-dates",
        blank("Complétez : « Ce premier passage se déroule sur ……, du 17 au 20 juillet. »", days, [
          "4 jours",
          "3 jours",
        ]),
      ),
    ).toBe(true);
    expect(
      flags(
        "duration-given-by-dates",
        blank("Complétez : « Ce passage se déroule sur ……. »", days, ["4 jours", "3 jours"]),
      ),
    ).toBe(false);
    expect(
      flags(
        "duration-given-by-dates",
        blank("Complétez : « … lors d'une campagne de …… organisée du 12 au 16 juin. »", days, [
          "5 jours",
          "6 jours",
        ]),
      ),
    ).toBe(true);
    const show = "La projection a débuté vers 15 h 30 sur la place du marché, faute de salle.";
    const why = (prompt: string) => shortAnswer("q1", prompt, "faute de salle", show);
    expect(
      flags(
        "hour-before-place-why",
        why("Pourquoi la projection a-t-elle débuté vers 15 h 30 sur la place du marché ?"),
      ),
    ).toBe(true);
    expect(
      flags(
        "hour-before-place-why",
        why("Pourquoi la projection a-t-elle débuté sur la place du marché ?"),
      ),
    ).toBe(false);
  });

  it("share-as-what: a what keyed with a share of a thing", () => {
    const sentence = "La commune financera l'essentiel des travaux.";
    expect(
      flags(
        "share-as-what",
        shortAnswer("q1", "Que financera la commune ?", "l'essentiel des travaux", sentence),
      ),
    ).toBe(true);
    expect(
      flags(
        "share-as-what",
        shortAnswer("q1", "Que financera la commune ?", "la rénovation du bassin", sentence),
      ),
    ).toBe(false);
  });

  it("adult-age-for-child: an age option of 18 or more for children", () => {
    const sentence = "Une campagne visant 46 300 enfants âgés de 9 mois à 14 ans a été lancée.";
    const ask = (options: string[]) =>
      singleChoice(
        "q1",
        "Complétez : « … enfants âgés de 9 mois à …… a été lancée. »",
        options,
        sentence,
        {
          kind: "number",
        },
      );
    expect(flags("adult-age-for-child", ask(["14 ans", "9 ans", "21 ans", "28 ans"]))).toBe(true);
    expect(flags("adult-age-for-child", ask(["14 ans", "9 ans", "15 ans", "16 ans"]))).toBe(false);
  });

  it("crowd-count: a prompt stating a crowd's count as its first noun's (round 134)", () => {
    const sentence =
      "La DSP a mobilisé 85 médecins, sages-femmes et paramédicaux pour la campagne.";
    expect(
      flags("crowd-count", shortAnswer("q1", "Qui a mobilisé 85 médecins ?", "DSP", sentence)),
    ).toBe(true);
    const alone = "La DSP a mobilisé 85 médecins pour la campagne.";
    expect(
      flags("crowd-count", shortAnswer("q1", "Qui a mobilisé 85 médecins ?", "DSP", alone)),
    ).toBe(false);
  });

  it("key-ends-on-auxiliary: a key cut right after an auxiliary (round 134)", () => {
    const sentence =
      "L'affaire a éclaté parce qu'une conseillère bancaire s'était inquiétée de chèques successifs.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Pourquoi l'affaire a-t-elle éclaté ?", answer, sentence);
    expect(flags("key-ends-on-auxiliary", ask("parce qu'une conseillère bancaire s'était"))).toBe(
      true,
    );
    expect(
      flags(
        "key-ends-on-auxiliary",
        ask("parce qu'une conseillère bancaire s'était inquiétée de chèques successifs"),
      ),
    ).toBe(false);
  });

  it("change-asked-of-speaker: a change asked of who reports it (round 135)", () => {
    const sentence =
      "La Municipalité a rappelé que la population du bourg est passée de 5900 à 6700 habitants.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "6700 habitants", sentence);
    expect(flags("change-asked-of-speaker", ask("À combien est passée la Municipalité ?"))).toBe(
      true,
    );
    expect(
      flags("change-asked-of-speaker", ask("À combien est passée la population du bourg ?")),
    ).toBe(false);
  });

  it("participle-owns-cause: a why of a main verb whose cause a participle owns (round 135)", () => {
    const sentence =
      "Yannick Schmit a remporté la course, bouclant en 2 h 36 un parcours ramené de 42 à 34 kilomètres à cause des arbres abattus par l'orage.";
    const ask = (prompt: string) =>
      shortAnswer("q1", prompt, "à cause des arbres abattus par l'orage", sentence);
    expect(
      flags("participle-owns-cause", ask("Pourquoi Yannick Schmit a-t-il remporté la course ?")),
    ).toBe(true);
    expect(
      flags(
        "participle-owns-cause",
        ask("Pourquoi le parcours a-t-il été ramené de 42 à 34 kilomètres ?"),
      ),
    ).toBe(false);
  });

  it("computable-figure: a figure key the quiz's prompts or keys add up to (round 135)", () => {
    const sentence =
      "La Région prendra en charge 2,1 millions d'euros, ce qui porte le coût total à 8,5 millions d'euros.";
    const total = (prompt: string) =>
      singleChoice(
        "q2",
        prompt,
        ["8,5 millions d'euros", "11 millions d'euros", "13 millions d'euros"],
        sentence,
        {
          kind: "number",
        },
      );
    const loan = shortAnswer(
      "q1",
      "Quel emprunt le conseil a-t-il voté pour 6,4 millions d'euros ?",
      "un emprunt",
      sentence,
    );
    const checks = (quiz: Question[]) =>
      findQuizDefects(quiz, sentence).filter((d) => d.check === "computable-figure");
    expect(
      checks([
        loan,
        total(
          "Complétez : « La Région prendra en charge 2,1 millions d'euros, ce qui porte le coût total à ……. »",
        ),
      ]),
    ).toHaveLength(1);
    expect(checks([loan, total("À combien s'élève le coût total du chantier ?")])).toHaveLength(0);
  });

  it("sibling-figure-option: an option the sentence states of something else (round 135)", () => {
    const sentence =
      "Le ministère public avait requis cinq ans de prison ferme contre le trésorier et deux ans ferme contre le président.";
    const ask = (options: string[]) =>
      singleChoice(
        "q1",
        "Combien d'années de prison ferme avait requises le ministère public ?",
        options,
        sentence,
        {
          kind: "number",
        },
      );
    expect(flags("sibling-figure-option", ask(["5 ans", "2 ans", "3 ans", "4 ans"]))).toBe(true);
    expect(flags("sibling-figure-option", ask(["5 ans", "3 ans", "4 ans", "8 ans"]))).toBe(false);
  });

  it("accepted-ends-on-figure: an accepted cause cut after a figure (round 135)", () => {
    const sentence =
      "Les élèves sont privés de cours en raison d'une grève de 19 de leurs 27 enseignants.";
    const key = "en raison d'une grève de 19 de leurs 27 enseignants";
    const ask = (accepted: string[]) => ({
      ...shortAnswer("q1", "Pourquoi les élèves sont-ils privés de cours ?", key, sentence),
      accepted: [key, ...accepted],
    });
    expect(flags("accepted-ends-on-figure", ask(["en raison d'une grève de 19"]))).toBe(true);
    expect(flags("accepted-ends-on-figure", ask(["une grève de 19 de leurs 27 enseignants"]))).toBe(
      false,
    );
  });

  it("comparative-dropped: an attribute asked without its comparative (round 136)", () => {
    const sentence =
      "L'objectif de cette année est plus élevé en raison de l'arrivée de nouvelles familles.";
    const ask = (prompt: string) =>
      shortAnswer("q1", prompt, "l'arrivée de nouvelles familles", sentence);
    expect(
      flags("comparative-dropped", ask("Pourquoi l'objectif de cette année est-il élevé ?")),
    ).toBe(true);
    expect(
      flags("comparative-dropped", ask("Pourquoi l'objectif de cette année est-il plus élevé ?")),
    ).toBe(false);
  });

  it("when-of-date-set-for: *Quand* of a date a thing is set for (round 136)", () => {
    const sentence = "La prochaine édition est annoncée pour janvier 2026.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "janvier 2026", sentence);
    expect(
      flags("when-of-date-set-for", ask("Quand la prochaine édition est-elle annoncée ?")),
    ).toBe(true);
    expect(
      flags("when-of-date-set-for", ask("Pour quand la prochaine édition est-elle annoncée ?")),
    ).toBe(false);
  });

  it("options-across-comparison: an option across what the answer is compared with (round 136)", () => {
    const sentence =
      "Le vignoble devrait produire environ 92 000 hectolitres de vin cette année, contre une moyenne de 112 000 hectolitres.";
    const ask = (options: string[]) =>
      singleChoice(
        "q1",
        "Combien d'hectolitres de vin le vignoble devrait-il produire ?",
        options,
        sentence,
        {
          kind: "number",
        },
      );
    expect(
      flags(
        "options-across-comparison",
        ask([
          "92 000 hectolitres",
          "120 000 hectolitres",
          "140 000 hectolitres",
          "64 000 hectolitres",
        ]),
      ),
    ).toBe(true);
    expect(
      flags(
        "options-across-comparison",
        ask([
          "92 000 hectolitres",
          "101 000 hectolitres",
          "108 000 hectolitres",
          "64 000 hectolitres",
        ]),
      ),
    ).toBe(false);
  });

  it("who-of-a-thing: *Qui* keyed with a river or a road (round 137)", () => {
    const sentence = "La Komadougou a atteint lundi 3,12 mètres à la station de Diffa.";
    const ask = (prompt: string, key: string) => shortAnswer("q1", prompt, key, sentence);
    expect(flags("who-of-a-thing", ask("Qui a atteint 3,12 mètres ?", "la Komadougou"))).toBe(true);
    expect(
      flags("who-of-a-thing", ask("Qui a lancé la campagne ?", "le ministère de la Santé")),
    ).toBe(false);
  });

  it("accepted-cut-from-complement: an accepted cause cut from its complement (round 137)", () => {
    const sentence =
      "Des classes seront ajoutées, car le conseil prévoit l'inscription d'une quarantaine d'élèves.";
    const key = "car le conseil prévoit l'inscription d'une quarantaine d'élèves";
    const ask = (accepted: string[]) => ({
      ...shortAnswer("q1", "Pourquoi des classes seront-elles ajoutées ?", key, sentence),
      accepted: [key, ...accepted],
    });
    expect(
      flags("accepted-cut-from-complement", ask(["car le conseil prévoit l'inscription"])),
    ).toBe(true);
    expect(flags("accepted-cut-from-complement", ask([]))).toBe(false);
  });

  it("what-keyed-with-frequency: a what keyed with how often it was done (round 137)", () => {
    const sentence =
      "Le conseil scolaire avait présenté une demande de financement à trois reprises.";
    const ask = (key: string) =>
      shortAnswer("q1", "Qu'avait présenté le conseil scolaire ?", key, sentence);
    expect(
      flags("what-keyed-with-frequency", ask("une demande de financement à trois reprises")),
    ).toBe(true);
    expect(flags("what-keyed-with-frequency", ask("une demande de financement"))).toBe(false);
  });

  it("loose-reference: `les deux précédents` and `dans sa coopérative` with no owner (round 138)", () => {
    const sentence =
      "Les deux précédents avaient été abandonnés en raison de l'absence de subsides.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "l'absence de subsides", sentence);
    expect(
      flags("loose-reference", ask("Pourquoi les deux précédents avaient-ils été abandonnés ?")),
    ).toBe(true);
    expect(
      flags(
        "loose-reference",
        ask("Pourquoi les deux projets de piscine avaient-ils été abandonnés ?"),
      ),
    ).toBe(false);
    expect(
      flags(
        "loose-reference",
        ask(
          "Pourquoi est-ce que les cueilleuses commencent le travail vers 5 h 30 dans sa coopérative ?",
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        "loose-reference",
        ask(
          "Pourquoi est-ce que les cueilleuses commencent le travail vers 5 h 30 dans la coopérative de Fatima Oubella ?",
        ),
      ),
    ).toBe(false);
  });

  it("cut-phrase: a demand keyed up to the `ce` of its `que` (round 138)", () => {
    const sentence =
      "Le gouverneur a invité les parents à réserver un bon accueil aux distributeurs et à veiller à ce que les enfants prennent les doses.";
    const ask = (key: string) =>
      shortAnswer("q1", "À quoi le gouverneur a-t-il invité les parents ?", key, sentence);
    expect(
      flags("cut-phrase", ask("à réserver un bon accueil aux distributeurs et à veiller à ce")),
    ).toBe(true);
    expect(flags("cut-phrase", ask("à réserver un bon accueil aux distributeurs"))).toBe(false);
  });

  it("torn-opening: a window opening on `et` with no verb (round 138)", () => {
    const sentence =
      "En 2023, le paludisme a représenté 41 % des motifs de consultation, et 63 % des hospitalisations d'enfants de moins de cinq ans, d'après les données.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "63 %", sentence);
    expect(
      flags(
        "torn-opening",
        ask("Complétez : « … et …… des hospitalisations d'enfants de moins de cinq ans … »"),
      ),
    ).toBe(true);
    expect(
      flags("torn-opening", ask("Complétez : « … et …… des hospitalisations ont été évitées … »")),
    ).toBe(false);
  });

  it("post-acronym-key: a post's acronym keyed, its named holder refused (round 138)", () => {
    const body =
      "Selon le médecin-chef du district (MCD) de Léo, Dr Salif Ouattara, la période a été choisie. Le MCD a signalé des difficultés d'accès.";
    const ask = (accepted: string[]) =>
      shortAnswer("q1", "Qui a signalé des difficultés d'accès ?", "MCD", body, {
        accepted: ["MCD", ...accepted],
      });
    expect(flags("post-acronym-key", ask(["médecin-chef du district"]), body)).toBe(true);
    expect(
      flags("post-acronym-key", ask(["médecin-chef du district", "Salif Ouattara"]), body),
    ).toBe(false);
  });

  it("one-cause-of-two: the first cause keyed alone before `, ainsi que par` (dev: Mascara, found while widening causes)", () => {
    const sentence =
      "Cette production record s'explique par les pluies abondantes enregistrées en mars et avril, ainsi que par l'extension des surfaces irriguées.";
    const ask = (key: string) =>
      shortAnswer("q1", "Comment cette production record s'explique-t-elle ?", key, sentence);
    expect(
      flags("one-cause-of-two", ask("les pluies abondantes enregistrées en mars et avril")),
    ).toBe(true);
    expect(
      flags(
        "one-cause-of-two",
        ask(
          "les pluies abondantes enregistrées en mars et avril et l'extension des surfaces irriguées",
        ),
      ),
    ).toBe(false);
  });

  it("clause-crossing: a distributive after a figure ends the phrase (`de 40 tonnes chacun`)", () => {
    const sentence =
      "Cette progression s'explique par la mise en service de deux portiques d'une capacité de 40 tonnes chacun, acquis pour 3,2 milliards.";
    const ask = (key: string) =>
      shortAnswer("q1", "Comment la progression du trafic s'explique-t-elle ?", key, sentence);
    expect(
      flags(
        "clause-crossing",
        ask("la mise en service de deux portiques d'une capacité de 40 tonnes chacun"),
      ),
    ).toBe(false);
    expect(flags("clause-crossing", ask("la mise en service de deux portiques et chacun"))).toBe(
      true,
    );
  });

  it("round 139's classes: an offence cut from its list, a taking cut from where, an infinitive subject", () => {
    const court =
      "Le tribunal a condamné mardi deux hommes pour détention, circulation et commercialisation de 52 kilogrammes d'écailles de pangolin.";
    const why = (key: string) =>
      shortAnswer("q1", "Pourquoi le tribunal a-t-il condamné les hommes ?", key, court);
    expect(flags("one-cause-of-two", why("pour détention"))).toBe(true);
    expect(
      flags(
        "one-cause-of-two",
        why(
          "pour détention, circulation et commercialisation de 52 kilogrammes d'écailles de pangolin",
        ),
      ),
    ).toBe(false);
    const pupils = "Quelque 2 400 élèves sont conduits en car vers des piscines voisines.";
    const count = (prompt: string) => shortAnswer("q2", prompt, "2 400 élèves", pupils);
    expect(flags("participle-needs-complement", count("Combien d'élèves sont conduits ?"))).toBe(
      true,
    );
    expect(
      flags(
        "participle-needs-complement",
        count("Combien d'élèves sont conduits vers des piscines voisines ?"),
      ),
    ).toBe(false);
    const quote =
      "« Rafistoler aurait coûté près de deux millions pour gagner cinq ans », a-t-il déclaré.";
    const ask = (prompt: string) => shortAnswer("q3", prompt, "pour gagner cinq ans", quote);
    expect(
      flags(
        "capitalised-common-word",
        ask("Pourquoi est-ce que Rafistoler aurait coûté près de deux millions ?"),
      ),
    ).toBe(true);
    expect(
      flags(
        "capitalised-common-word",
        ask("Pourquoi est-ce que Julien Masset a porté le dossier ?"),
      ),
    ).toBe(false);
  });

  it("works-without-thing: a length of works asked without what is built (round 139)", () => {
    const sentence =
      "Il prévoit aussi la construction de 6,8 kilomètres de caniveaux et de deux dalots.";
    const ask = (prompt: string) =>
      singleChoice("q1", prompt, ["6,8 kilomètres", "8,8 kilomètres"], sentence);
    expect(
      flags(
        "works-without-thing",
        ask("Combien de kilomètres la construction prévue par le chantier concerne-t-elle ?"),
      ),
    ).toBe(true);
    expect(
      flags(
        "works-without-thing",
        ask("Combien de kilomètres de caniveaux le chantier prévoit-il ?"),
      ),
    ).toBe(false);
  });

  it("round-116-shapes: `tout au plus` ends a clause, it is no degree cut from its adjective", () => {
    const sentence =
      "« Rafistoler aurait coûté deux millions pour gagner cinq ans, tout au plus », a déclaré Julien Masset.";
    const ask = (prompt: string) => shortAnswer("q1", prompt, "Julien Masset", sentence);
    expect(
      flags(
        "round-116-shapes",
        ask(
          "Qui a déclaré que rafistoler aurait coûté deux millions pour gagner cinq ans, tout au plus ?",
        ),
      ),
    ).toBe(false);
    expect(flags("round-116-shapes", ask("Qui a élevé le niveau jugé trop ?"))).toBe(true);
  });

  it("round 140's classes: a bare organisation, a side for a scorer, a disease as agent, made-for, a season's options, a second cause past an incise", () => {
    const body =
      "Selon Benoît Lambotte, de l'Association des hébergeurs de l'Ourthe, l'idée divise. L'association demande la création d'un comité de suivi.";
    const asked = (prompt: string) =>
      shortAnswer("q1", prompt, "la création d'un comité de suivi", body);
    expect(flags("bare-organisation-noun", asked("Que demande l'association ?"), body)).toBe(true);
    expect(
      flags("bare-organisation-noun", asked("Que demande l'Association des hébergeurs ?"), body),
    ).toBe(false);

    const goal =
      "L'Étoile du Borgne a ouvert le score à la 34e minute par son attaquante Nerlande Saint-Fleur.";
    const who = (key: string) =>
      shortAnswer("q2", "Qui a ouvert le score à la 34e minute ?", key, goal);
    expect(flags("side-for-scorer", who("l'Étoile du Borgne"))).toBe(true);
    expect(flags("side-for-scorer", who("Nerlande Saint-Fleur"))).toBe(false);

    const lede =
      "Le district a lancé une campagne contre la rougeole et la rubéole, qui vise 61 480 enfants.";
    const count = (prompt: string) =>
      singleChoice("q3", prompt, ["61 480 enfants", "73 780 enfants"], lede);
    expect(flags("disease-as-agent", count("Combien d'enfants la rubéole vise-t-elle ?"))).toBe(
      true,
    );
    expect(flags("disease-as-agent", count("Combien d'enfants la campagne vise-t-elle ?"))).toBe(
      false,
    );

    const net = "« La moustiquaire est faite pour dormir dessous », a-t-il lancé.";
    const why = (prompt: string) => shortAnswer("q4", prompt, "pour dormir dessous", net);
    expect(flags("made-for-why", why("Pourquoi la moustiquaire est-elle faite ?"))).toBe(true);
    expect(
      flags("made-for-why", why("Pourquoi les moustiquaires ont-elles été distribuées ?")),
    ).toBe(false);

    const dry = "Les essences résistent à une saison sèche qui peut durer huit mois.";
    const months = (options: string[]) =>
      singleChoice(
        "q5",
        "Complétez : « … résistent à une saison sèche qui peut durer …… . »",
        options,
        dry,
        { kind: "number" },
      );
    expect(flags("implausible-option", months(["8 mois", "9 mois", "12 mois", "16 mois"]))).toBe(
      true,
    );
    expect(flags("implausible-option", months(["8 mois", "9 mois", "10 mois", "11 mois"]))).toBe(
      false,
    );

    const rise =
      "La hausse s'explique par l'arrivée de familles venues du Québec, attirées par des loyers moins élevés, mais aussi de familles immigrantes d'expression française.";
    const cause = (key: string) =>
      shortAnswer("q6", "Comment la hausse s'explique-t-elle ?", key, rise);
    expect(flags("one-cause-of-two", cause("l'arrivée de familles venues du Québec"))).toBe(true);
  });

  it("round 141's classes: a first without its `depuis`, a work without its title", () => {
    const final =
      "Devant près de 4 000 spectateurs, les Bleus décrochent leur premier titre régional depuis 2011.";
    const won = (key: string) => shortAnswer("q1", "Que décrochent les Bleus ?", key, final);
    expect(flags("first-without-since", won("leur premier titre régional"))).toBe(true);
    expect(flags("first-without-since", won("leur premier titre régional depuis 2011"))).toBe(
      false,
    );
    const show =
      "Le Grimaldi Forum a inauguré jeudi sa grande exposition de l'été, « Riviera, cent ans d'affiches », qui réunit 236 affiches.";
    const opened = (key: string, accepted: string[]) =>
      shortAnswer("q2", "Qu'a inauguré le Grimaldi Forum ?", key, show, { accepted });
    expect(flags("work-without-title", opened("sa grande exposition de l'été", []))).toBe(true);
    expect(
      flags(
        "work-without-title",
        opened("sa grande exposition de l'été", ["Riviera, cent ans d'affiches"]),
      ),
    ).toBe(false);
  });

  it("word-cut: a key cut inside a word (round 142: `quatre at`)", () => {
    const sentence =
      "Le district a inauguré une école de 18 salles de classe et quatre ateliers dans le secteur.";
    const ask = (key: string) => shortAnswer("q1", "Qu'a inauguré le district ?", key, sentence);
    expect(flags("word-cut", ask("une école de 18 salles de classe et quatre at"))).toBe(true);
    expect(flags("word-cut", ask("une école de 18 salles de classe et quatre ateliers"))).toBe(
      false,
    );
  });
});

describe("round 144's classes (set CF)", () => {
  it("adverb-cut: an accepted wording cut after an adverb (Niamtougou)", () => {
    const sentence =
      "Le stade ne peut pas accueillir de matches, car sa pelouse n'est pas entièrement clôturée et il ne dispose pas de vestiaires.";
    const ask = (accepted: string[]) =>
      shortAnswer(
        "q1",
        "Pourquoi le stade ne peut-il pas accueillir de matches ?",
        "car sa pelouse n'est pas entièrement clôturée et il ne dispose pas de vestiaires",
        sentence,
        { accepted },
      );
    expect(flags("adverb-cut", ask(["car sa pelouse n'est pas entièrement"]))).toBe(true);
    expect(flags("adverb-cut", ask(["car sa pelouse n'est pas entièrement clôturée"]))).toBe(false);
  });

  it("adverb-cut and clause-crossing: a negation that ends its clause is whole (Gonaïves)", () => {
    const sentence =
      "« Les forages ont perdu quatre mètres de niveau, parce que la nappe ne se recharge plus », a expliqué l'ingénieur.";
    const cause = "parce que la nappe ne se recharge plus";
    const ask = shortAnswer("q1", "Pourquoi les forages ont-ils perdu … ?", cause, sentence);
    expect(flags("adverb-cut", ask)).toBe(false);
    expect(flags("clause-crossing", ask)).toBe(false);
    const cut = shortAnswer(
      "q1",
      "Pourquoi … ?",
      "parce que la nappe ne se recharge plus",
      "Les forages ont baissé, parce que la nappe ne se recharge plus assez vite.",
    );
    expect(flags("clause-crossing", cut)).toBe(true);
    const elided = shortAnswer(
      "q1",
      "Pourquoi le vainqueur a-t-il attaqué ?",
      "parce qu'il sentait que Bressan était à la limite",
      "« J'ai attaqué parce que je sentais que Bressan était à la limite », a confié le vainqueur.",
    );
    expect(flags("clause-crossing", elided)).toBe(false);
  });

  it("main-cause-as-only: `en grande partie` left out of the question (Coutances)", () => {
    const sentence =
      "Selon les chercheurs, la progression s'explique en grande partie par la fermeture de deux secteurs de pêche à pied.";
    const ask = (prompt: string) =>
      shortAnswer("q1", prompt, "la fermeture de deux secteurs de pêche à pied", sentence);
    expect(flags("main-cause-as-only", ask("Comment la progression s'explique-t-elle ?"))).toBe(
      true,
    );
    expect(
      flags(
        "main-cause-as-only",
        ask("Comment la progression s'explique-t-elle en grande partie ?"),
      ),
    ).toBe(false);
  });

  it("text-without-purpose: a convention keyed without what it is for (Ouezzane)", () => {
    const sentence =
      "Le conseil communal a approuvé mardi une convention de partenariat pour la construction d'une nouvelle gare routière.";
    const ask = (key: string) =>
      shortAnswer("q1", "Qu'a approuvé le conseil communal ?", key, sentence);
    expect(flags("text-without-purpose", ask("une convention de partenariat"))).toBe(true);
    expect(
      flags(
        "text-without-purpose",
        ask("une convention de partenariat pour la construction d'une nouvelle gare routière"),
      ),
    ).toBe(false);
  });

  it("options-across-comparison: a figure written with dots, compared with a bare one (Moanda)", () => {
    const sentence =
      "L'établissement a enregistré 6.842 cas de paludisme en 2024, contre 5.560 l'année précédente, soit une hausse de 23 %.";
    const ask = (options: string[]) =>
      singleChoice(
        "q1",
        "Complétez : « L'établissement a enregistré …… de paludisme en 2024, contre 5.560 l'année précédente. »",
        options,
        sentence,
        { kind: "number" },
      );
    expect(
      flags("options-across-comparison", ask(["6 842 cas", "2 395 cas", "3 763 cas", "4 789 cas"])),
    ).toBe(true);
    expect(
      flags(
        "options-across-comparison",
        ask(["6 842 cas", "8 895 cas", "11 630 cas", "16 420 cas"]),
      ),
    ).toBe(false);
  });
});

describe("false positives of round 145's new why questions", () => {
  it("round-94-shapes, round-99-shapes, clause-crossing: a purpose reaching people, a deal concluded, a season", () => {
    const reach = shortAnswer(
      "q1",
      "Pourquoi les organisateurs ont-ils demandé au groupe d'enregistrer une chanson ?",
      "pour atteindre les jeunes",
      "Afin d'atteindre les jeunes, les organisateurs ont demandé au groupe d'enregistrer une chanson.",
    );
    expect(flags("round-94-shapes", reach)).toBe(false);
    const level = shortAnswer(
      "q1",
      "Pourquoi la production progresse-t-elle ?",
      "pour atteindre 5,2 millions d'euros",
      "La production progresse de 4 %, pour atteindre 5,2 millions d'euros.",
    );
    expect(flags("round-94-shapes", level)).toBe(true);
    const deal = shortAnswer(
      "q1",
      "Pourquoi les professionnels comptent-ils sur le salon ?",
      "pour conclure de nouveaux contrats avec des acheteurs étrangers",
      "Les professionnels comptent sur le salon pour conclure de nouveaux contrats avec des acheteurs étrangers.",
    );
    expect(flags("round-99-shapes", deal)).toBe(false);
    const season = shortAnswer(
      "q1",
      "Pourquoi le ministre a-t-il promis de travailler avec les sénateurs ?",
      "pour améliorer le texte d'ici à l'été",
      "Le ministre a promis de travailler avec les sénateurs pour améliorer le texte d'ici à l'été.",
    );
    expect(flags("clause-crossing", season)).toBe(false);
  });
});

describe("round 145's classes (set CG)", () => {
  const check = "round-145-shapes";
  it("a pronoun for someone unsaid, a habit asked bare", () => {
    const sentence = "Le programme leur a versé 18,6 millions de gourdes depuis son lancement.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Combien le programme leur a-t-il versé ?",
          "18,6 millions de gourdes",
          sentence,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Combien le programme a-t-il versé aux planteurs ?",
          "18,6 millions de gourdes",
          sentence,
        ),
      ),
    ).toBe(false);
    const habit = "Nadia Charbonneau quitte son domicile à 5h50 chaque matin.";
    expect(
      flags(check, shortAnswer("q1", "Qui quitte son domicile ?", "Nadia Charbonneau", habit)),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer("q1", "Qui quitte son domicile à 5h50 ?", "Nadia Charbonneau", habit),
      ),
    ).toBe(false);
  });

  it("a business keyed as the person it is named after", () => {
    const sentence = "La fromagerie Bernardeau a couvert ses toits de panneaux photovoltaïques.";
    const ask = (key: string) =>
      shortAnswer("q1", "Qui a couvert ses toits de panneaux photovoltaïques ?", key, sentence);
    expect(flags(check, ask("Hélène Bernardeau"))).toBe(true);
    expect(flags(check, ask("la fromagerie Bernardeau"))).toBe(false);
  });

  it("a unit cut in the prompt, a figure asked without where it holds", () => {
    const building = "Le bâtiment de 850 mètres carrés a coûté 386 millions de francs CFA.";
    const cost = (prompt: string) =>
      singleChoice(
        "q1",
        prompt,
        [
          "386 millions de francs CFA",
          "463 millions de francs CFA",
          "618 millions de francs CFA",
          "328 millions de francs CFA",
        ],
        building,
        { kind: "number" },
      );
    expect(flags(check, cost("Combien le bâtiment de 850 mètres a-t-il coûté ?"))).toBe(true);
    expect(flags(check, cost("Combien le bâtiment de 850 mètres carrés a-t-il coûté ?"))).toBe(
      false,
    );
    const yieldSentence =
      "Le rendement moyen est estimé à 11 quintaux par hectare dans les zones pluviales, contre 32 quintaux par hectare dans les périmètres irrigués.";
    const yieldAsked = (prompt: string) =>
      singleChoice(
        "q1",
        prompt,
        ["11 quintaux", "14 quintaux", "17 quintaux", "21 quintaux"],
        yieldSentence,
        { kind: "number" },
      );
    expect(
      flags(check, yieldAsked("À combien le rendement moyen est-il estimé par hectare ?")),
    ).toBe(true);
    expect(
      flags(
        check,
        yieldAsked(
          "À combien le rendement moyen est-il estimé par hectare dans les zones pluviales ?",
        ),
      ),
    ).toBe(false);
  });

  it("figure-echo: one figure asked twice whatever it counts, or stated in another prompt", () => {
    const twice = [
      singleChoice(
        "q1",
        "Combien de passagers le minibus a-t-il transportés ?",
        ["9 600 passagers", "8 200 passagers", "12 000 passagers", "15 000 passagers"],
        "Le minibus a transporté 9 600 passagers.",
        { kind: "number" },
      ),
      singleChoice(
        "q2",
        "Combien de trajets le service a-t-il enregistrés ?",
        ["9 600 trajets", "3 400 trajets", "5 300 trajets", "6 700 trajets"],
        "Le service a enregistré 9 600 trajets.",
        { kind: "number" },
      ),
    ];
    expect(findQuizDefects(twice, "").some((defect) => defect.check === "figure-echo")).toBe(true);
    const inWords = [
      singleChoice(
        "q1",
        "Combien de jeunes ont fait leur rentrée lundi ?",
        ["25 jeunes", "21 jeunes", "30 jeunes", "40 jeunes"],
        "Vingt-cinq jeunes ont fait leur rentrée lundi.",
        { kind: "number" },
      ),
      shortAnswer(
        "q2",
        "Complétez : « Vingt-cinq apprentis y suivront pendant …… une formation. »",
        "18 mois",
        "Vingt-cinq apprentis y suivront pendant 18 mois une formation.",
      ),
    ];
    expect(findQuizDefects(inWords, "").some((defect) => defect.check === "figure-echo")).toBe(
      true,
    );
    const apart = [twice[0], inWords[1]].filter((question) => question !== undefined);
    expect(findQuizDefects(apart, "").some((defect) => defect.check === "figure-echo")).toBe(false);
  });
});

describe("round 146's classes (set CH)", () => {
  const check = "round-146-shapes";
  const figure = (prompt: string, options: string[], sentence: string) =>
    singleChoice("q1", prompt, options, sentence, { kind: "number" });
  it("a relative's noun changed, a fall's range keyed as a level", () => {
    const arena =
      "Le département de Magaria a inauguré lundi son arène de lutte, dont la capacité passe de 1 200 à 4 000 places.";
    expect(
      flags(
        check,
        figure(
          "À combien passe le département de Magaria ?",
          ["4 000 places", "5 000 places", "6 000 places", "3 000 places"],
          arena,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        figure(
          "À combien passe la capacité de l'arène ?",
          ["4 000 places", "5 000 places", "6 000 places", "3 000 places"],
          "La capacité de l'arène passe de 1 200 à 4 000 places.",
        ),
      ),
    ).toBe(false);
    const flow = "Le débit de plusieurs forages a baissé de 15 à 30 % en deux ans.";
    expect(
      flags(
        check,
        figure(
          "À combien est passé le débit de plusieurs forages ?",
          ["30 %", "35 %", "40 %", "45 %"],
          flow,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        figure(
          "À combien est passé le débit de plusieurs forages ?",
          ["15 %", "20 %", "25 %", "10 %"],
          "Le débit de plusieurs forages a baissé de 30 à 15 % en deux ans.",
        ),
      ),
    ).toBe(false);
  });

  it("a possessive subject, *Que* for people, a sum's use asked as why it was voted", () => {
    const cost = "Son coût total s'élève à 180 000 dollars américains.";
    expect(
      flags(
        check,
        shortAnswer("q1", "À combien s'élève son coût total ?", "180 000 dollars américains", cost),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "À combien s'élève le coût total de l'unité d'oxygène ?",
          "180 000 dollars américains",
          cost,
        ),
      ),
    ).toBe(false);
    const bus = "À bord, un médecin et une infirmière recevront les patients sur rendez-vous.";
    expect(
      flags(
        check,
        shortAnswer("q1", "Que recevront un médecin et une infirmière ?", "les patients", bus),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Que recevront les élèves ?",
          "un repas chaud",
          "Les élèves recevront un repas chaud.",
        ),
      ),
    ).toBe(false);
    const vote =
      "Les citoyens de Vouvry ont accepté lundi soir un crédit de 8,4 millions de francs pour agrandir le centre scolaire.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Pourquoi les citoyens de Vouvry ont-ils accepté lundi soir un crédit ?",
          "pour agrandir le centre scolaire",
          vote,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Pourquoi les citoyens ont-ils refusé le projet ?",
          "en raison de son coût",
          "Les citoyens ont refusé le projet en raison de son coût.",
        ),
      ),
    ).toBe(false);
  });
});

describe("round-151-shapes (set CM's Hazebrouck, Huntingdon, Koungou, Arris and Fougamou)", () => {
  const check = "round-151-shapes";
  it("a pronoun with no antecedent; one part of a split count", () => {
    const built =
      "La Communauté de communes, maître d'ouvrage, explique l'avoir construit parce que les arceaux étaient saturés.";
    expect(flags(check, shortAnswer("q1", "Qui explique l'avoir construit ?", "CCFI", built))).toBe(
      true,
    );
    expect(
      flags(check, shortAnswer("q1", "Qui a construit le parking ?", "la Communauté", built)),
    ).toBe(false);
    const places =
      "Le bâtiment compte 296 emplacements pour des vélos classiques et 24 pour des vélos cargos.";
    const count = (prompt: string, evidence: string) =>
      singleChoice(
        "q1",
        prompt,
        ["252 emplacements", "296 emplacements", "355 emplacements", "474 emplacements"],
        evidence,
        { kind: "number", answer: "b" },
      );
    expect(flags(check, count("Combien d'emplacements le bâtiment compte-t-il ?", places))).toBe(
      true,
    );
    expect(
      flags(
        check,
        count(
          "Combien d'emplacements le bâtiment compte-t-il ?",
          "Le bâtiment compte 296 emplacements pour des vélos, selon la mairie.",
        ),
      ),
    ).toBe(false);
  });
  it("a kind of body or a described place for who; a cut permission; an undated announcement", () => {
    const moved =
      "La PME occupera 1 200 mètres carrés, soit quatre fois la surface de son atelier.";
    expect(
      flags(check, shortAnswer("q1", "Qui occupera 1 200 mètres carrés ?", "PME", moved)),
    ).toBe(true);
    const opened = "La commune du nord de Grande-Terre a inauguré samedi un terrain synthétique.";
    const who = (answer: string) =>
      shortAnswer("q1", "Qui a inauguré un terrain synthétique ?", answer, opened);
    expect(flags(check, who("la commune du nord de Grande-Terre"))).toBe(true);
    expect(flags(check, who("la commune de Koungou"))).toBe(false);
    const cold =
      "Une chambre froide a été mise en service pour permettre aux producteurs de pommes de stocker leur récolte.";
    const why = (accepted: string[]) =>
      shortAnswer(
        "q1",
        "Pourquoi la chambre froide a-t-elle été mise en service ?",
        "pour permettre aux producteurs de pommes de stocker leur récolte",
        cold,
        { accepted },
      );
    expect(flags(check, why(["pour permettre aux producteurs de pommes"]))).toBe(true);
    expect(flags(check, why(["pour stocker leur récolte"]))).toBe(false);
    const festival = "Les organisateurs annoncent une deuxième édition en août 2027.";
    expect(
      flags(
        check,
        shortAnswer("q1", "Qu'annoncent les organisateurs ?", "une deuxième édition", festival),
      ),
    ).toBe(true);
  });
});

describe("round-150-shapes (set CL's Lodève, Fana and Bras-Panon)", () => {
  const check = "round-150-shapes";
  it("years for a decade; a relative fragment; a possessive with no owner", () => {
    const registers =
      "Les registres permettent de suivre le passage aux colorants chimiques, à partir des années 1870.";
    const decade = (options: string[]) =>
      singleChoice(
        "q1",
        "Complétez : « Les registres permettent de suivre le passage aux colorants chimiques, à partir des années ……. »",
        options,
        registers,
        { kind: "number" },
      );
    expect(flags(check, decade(["1870", "1871", "1872", "1874"]))).toBe(true);
    expect(flags(check, decade(["1850", "1860", "1870", "1880"]))).toBe(false);
    const oxygen = "Les bouteilles, qui représentent près de 70 % des besoins, arrivent de Bamako.";
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "Complétez : « … qui représentent près de …… des besoins. »",
          ["65 %", "70 %", "75 %", "80 %"],
          oxygen,
          { kind: "number" },
        ),
      ),
    ).toBe(true);
    const river = "Les prises déclarées à son embouchure sont passées de 12 à 4,5 tonnes.";
    const ask = (prompt: string) =>
      singleChoice("q1", prompt, ["1,8 tonne", "2,7 tonnes", "3,6 tonnes", "4,5 tonnes"], river, {
        kind: "number",
      });
    expect(
      flags(check, ask("À combien sont passées les prises déclarées à son embouchure ?")),
    ).toBe(true);
    expect(flags(check, ask("À combien sont passées les prises déclarées à l'embouchure ?"))).toBe(
      false,
    );
  });
});

describe("round-149-shapes (set CK's Dogondoutchi, Herve and Halba)", () => {
  const check = "round-149-shapes";
  it("a wording cut on a noun of mixture; a key that says whose", () => {
    const support = "La Région wallonne a soutenu le projet à hauteur de 310 000 euros.";
    const ask = (accepted: string[]) =>
      shortAnswer("q1", "Qu'a soutenu la Région wallonne ?", "le projet", support, { accepted });
    expect(flags(check, ask(["le projet à hauteur"]))).toBe(true);
    expect(flags(check, ask(["le projet"]))).toBe(false);
    const school = "L'établissement a financé sa propre centrale grâce à ses anciens élèves.";
    expect(
      flags(
        check,
        shortAnswer("q1", "Qu'a financé l'établissement ?", "sa propre centrale", school),
      ),
    ).toBe(true);
  });
});

describe("round-114-shapes on a fronted purpose (set CJ's Tata)", () => {
  it("takes the main clause after a fronted purpose for no list of offences", () => {
    const sentence =
      "Lancé en 2023 pour faire face à la sécheresse, le projet couvre 85 hectares et bénéficie à 340 agriculteurs.";
    const ask = (answer: string) =>
      shortAnswer("q1", "Pourquoi le projet a-t-il été lancé en 2023 ?", answer, sentence);
    expect(flags("round-114-shapes", ask("pour faire face à la sécheresse"))).toBe(false);
    const offences =
      "Il a été condamné pour faux, usage de faux et escroquerie par le tribunal de Lomé.";
    expect(
      flags(
        "round-114-shapes",
        shortAnswer("q1", "Pourquoi a-t-il été condamné ?", "pour faux", offences),
      ),
    ).toBe(true);
  });
});

describe("round-148-shapes (set CJ's Lutry and Koumac)", () => {
  const check = "round-148-shapes";
  it("a named scale read as a temperature; a bare object its complement names", () => {
    const must = "Les premiers moûts pesés mardi affichaient 78 degrés Oechsle.";
    const ask = (prompt: string) =>
      singleChoice("q1", prompt, ["70 degrés", "73 degrés", "75 degrés", "78 degrés"], must, {
        kind: "number",
      });
    expect(
      flags(check, ask("Quelle température les premiers moûts affichaient-ils Oechsle ?")),
    ).toBe(true);
    expect(
      flags(check, ask("Combien de degrés Oechsle les premiers moûts affichaient-ils ?")),
    ).toBe(false);
    const coach =
      "Son entraîneur, Didier Poédi, vise désormais une sélection pour les Jeux du Pacifique de 2027.";
    expect(flags(check, shortAnswer("q1", "Qui vise une sélection ?", "Didier Poédi", coach))).toBe(
      true,
    );
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Qui vise une sélection pour les Jeux du Pacifique ?",
          "Didier Poédi",
          coach,
        ),
      ),
    ).toBe(false);
  });
});

describe("round 147's classes (set CI)", () => {
  const check = "round-147-shapes";
  it("who runs it asked in the past; months that give the count", () => {
    const workshop =
      "L'atelier, dirigé par Rachida Ouro-Agoro, produit 1,2 tonne de beurre par mois.";
    expect(
      flags(check, shortAnswer("q1", "Qui a dirigé l'atelier ?", "Rachida Ouro-Agoro", workshop)),
    ).toBe(true);
    expect(
      flags(check, shortAnswer("q1", "Qui dirige l'atelier ?", "Rachida Ouro-Agoro", workshop)),
    ).toBe(false);
    const rains =
      "Les pluies d'août à octobre avaient transformé le terrain en bourbier pendant près de trois mois.";
    const ask = (prompt: string) =>
      singleChoice("q1", prompt, ["3 mois", "4 mois", "5 mois", "6 mois"], rains, {
        kind: "number",
      });
    expect(
      flags(
        check,
        ask(
          "Complétez : « Les pluies d'août à octobre avaient transformé le terrain en bourbier pendant près de …… mois. »",
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        ask(
          "Complétez : « Les pluies avaient transformé le terrain en bourbier pendant près de …… mois. »",
        ),
      ),
    ).toBe(false);
  });

  it("one cause of three keyed; an option the prompt states; an object cut before its means", () => {
    const causes =
      "Les chercheurs attribuent cette baisse à l'ensablement, au manque d'entretien des puits et à la multiplication des forages.";
    const why = (key: string) =>
      shortAnswer("q1", "À quoi les chercheurs attribuent-ils cette baisse ?", key, causes);
    expect(flags(check, why("l'ensablement"))).toBe(true);
    expect(
      flags(
        check,
        why("l'ensablement, le manque d'entretien des puits et la multiplication des forages"),
      ),
    ).toBe(false);
    const trip = "Le trajet, qui prend habituellement deux jours, en demande désormais cinq.";
    const options = (list: string[]) =>
      singleChoice(
        "q1",
        "Complétez : « Le trajet, qui prend habituellement ……, en demande désormais cinq. »",
        list,
        trip,
        { kind: "number" },
      );
    expect(flags(check, options(["2 jours", "3 jours", "4 jours", "5 jours"]))).toBe(true);
    expect(flags(check, options(["2 jours", "3 jours", "4 jours", "6 jours"]))).toBe(false);
    const map = "L'équipe a achevé la première cartographie par drone des foggaras.";
    expect(
      flags(check, shortAnswer("q1", "Qu'a achevé l'équipe ?", "la première cartographie", map)),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Qu'a achevé l'équipe ?",
          "la première cartographie par drone des foggaras",
          map,
        ),
      ),
    ).toBe(false);
  });
});

describe("round-152-shapes (set CN's Kinkala, Leysin, Rawdon, Solenzo and Clamecy)", () => {
  const check = "round-152-shapes";
  it("a cut perception; a share given by its complement; a cut call; a demonym; a cut valid", () => {
    const price = "Gildas Mabiala a vu le prix du sac passer de 21 000 à 29 500 FCFA.";
    expect(
      flags(check, shortAnswer("q1", "Qui a vu le prix du sac passer ?", "Gildas Mabiala", price)),
    ).toBe(true);
    expect(
      flags(check, shortAnswer("q1", "Qui dirige la boulangerie ?", "Gildas Mabiala", price)),
    ).toBe(false);
    const mix = "Il a retenu un mélange de 70 % de farine de blé et de 30 % de farine de manioc.";
    const blank = (prompt: string) =>
      singleChoice("q1", prompt, ["61 %", "65 %", "70 %", "75 %"], mix, {
        kind: "number",
        answer: "c",
      });
    expect(
      flags(
        check,
        blank(
          "Complétez : « Il a retenu un mélange de …… de farine de blé et de 30 % de farine de manioc. »",
        ),
      ),
    ).toBe(true);
    expect(
      flags(check, blank("Complétez : « Il a retenu un mélange de …… de farine de blé. »")),
    ).toBe(false);
    const call = "Le chef de la CEB a lancé un appel aux producteurs pour constituer un stock.";
    expect(
      flags(
        check,
        shortAnswer("q1", "Qu'a lancé le chef de la CEB ?", "un appel aux producteurs", call),
      ),
    ).toBe(true);
    const letter = "La lettre d'une jeune Genevoise, hospitalisée à 19 ans, ouvre le parcours.";
    expect(
      flags(
        check,
        shortAnswer("q1", "Quelle lettre d'une jeune ouvre le parcours ?", "Genevoise", letter),
      ),
    ).toBe(true);
    const sticker = "Les propriétaires recevront une vignette valide pour la saison.";
    expect(
      flags(
        check,
        shortAnswer("q1", "Que recevront les propriétaires ?", "une vignette valide", sticker),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Que recevront les propriétaires ?",
          "une vignette valide pour la saison",
          sticker,
        ),
      ),
    ).toBe(false);
  });
});

describe("long-short-answer on a figure with separators", () => {
  it("counts `17.650` as one word typed", () => {
    const sentence = "La campagne a permis d'expédier 17.650 tonnes de clémentines en un mois.";
    expect(
      flags(
        "long-short-answer",
        shortAnswer(
          "q1",
          "Qu'a permis la campagne ?",
          "expédier 17.650 tonnes de clémentines en un mois",
          sentence,
        ),
      ),
    ).toBe(false);
    expect(
      flags(
        "long-short-answer",
        shortAnswer(
          "q1",
          "Qu'a permis la campagne ?",
          "expédier 17.650 tonnes de clémentines en un mois de récolte",
          sentence,
        ),
      ),
    ).toBe(true);
  });
});

describe("round-157-158-shapes (sets CS and CT: Abbeville, Courtételle, Champéry, Beaufort, Sprimont, Grombalia, Dahra)", () => {
  const check = "round-157-158-shapes";
  it("a cleft, a subject on a preposition, a question ending on `peu`, a fragment opened on a complement", () => {
    const cleft =
      "C'est ici qu'au XIXe siècle Jacques Boucher de Perthes avait défendu l'existence d'hommes très anciens.";
    const defended = (prompt: string) =>
      shortAnswer("q1", prompt, "l'existence d'hommes très anciens", cleft);
    expect(
      flags(
        check,
        defended("Qu'avait défendu C'est ici qu'au XIXe siècle Jacques Boucher de Perthes ?"),
      ),
    ).toBe(true);
    expect(flags(check, defended("Qu'avait défendu Jacques Boucher de Perthes ?"))).toBe(false);
    const heat =
      "Pour la géologue Nadia Perrig, du bureau sédunois, l'accélération s'explique par la chaleur du début du mois.";
    const explained = (prompt: string) =>
      shortAnswer("q1", prompt, "la chaleur du début du mois", heat);
    expect(flags(check, explained("Comment du bureau sédunois s'explique-t-il ?"))).toBe(true);
    expect(flags(check, explained("Comment l'accélération s'explique-t-elle ?"))).toBe(false);
    const race = "Lemaiyan a lâché ses derniers adversaires peu après Lutry.";
    expect(
      flags(
        check,
        shortAnswer("q1", "Qui a lâché ses derniers adversaires peu ?", "Lemaiyan", race),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Qui a lâché ses derniers adversaires peu après Lutry ?",
          "Lemaiyan",
          race,
        ),
      ),
    ).toBe(false);
    const castle =
      "Fermé depuis 2022, le bâtiment construit au pied des ruines de la forteresse médiévale a fait l'objet d'un chantier de 14,6 millions d'euros.";
    const blank = (prompt: string) => shortAnswer("q1", prompt, "14,6 millions d'euros", castle);
    expect(
      flags(
        check,
        blank(
          "Complétez : « … des ruines de la forteresse médiévale a fait l'objet d'un chantier de ……. »",
        ),
      ),
    ).toBe(true);
    expect(
      flags(check, blank("Complétez : « … le bâtiment a fait l'objet d'un chantier de ……. »")),
    ).toBe(false);
  });

  it("options without the noun's complement, a cause cut on a noun of time or before its incise, a generic announcement", () => {
    const ponds = "Quatorze plans d'eau ont été aménagés en sept ans.";
    const count = (options: string[]) =>
      singleChoice("q1", "Combien de plans d'eau ont été aménagés ?", options, ponds);
    expect(flags(check, count(["7 plans", "9 plans", "14 plans", "21 plans"]))).toBe(true);
    expect(
      flags(check, count(["7 plans d'eau", "9 plans d'eau", "14 plans d'eau", "21 plans d'eau"])),
    ).toBe(false);
    const drought =
      "La production devrait reculer de 30 %, en raison d'une troisième année consécutive de faibles précipitations.";
    const why = (accepted: string[]) =>
      shortAnswer(
        "q1",
        "Pourquoi la production devrait-elle reculer de 30 % ?",
        "en raison d'une troisième année consécutive de faibles précipitations",
        drought,
        { accepted },
      );
    expect(flags(check, why(["en raison d'une troisième année consécutive"]))).toBe(true);
    expect(
      flags(check, why(["en raison d'une troisième année consécutive de faibles précipitations"])),
    ).toBe(false);
    const crowd =
      "L'afflux s'explique surtout par l'ouverture, pour la première fois, des concours aux enfants de moins de 10 ans.";
    const afflux = (answer: string) =>
      shortAnswer("q1", "Comment l'afflux s'explique-t-il surtout ?", answer, crowd);
    expect(flags(check, afflux("l'ouverture"))).toBe(true);
    expect(flags(check, afflux("l'ouverture des concours aux enfants de moins de 10 ans"))).toBe(
      false,
    );
    const body =
      "Les autorités ont annoncé le déblocage de 1 200 tonnes d'aliments. Le préfet a annoncé l'ouverture de 60 kilomètres de pare-feu.";
    const announced = (prompt: string) =>
      shortAnswer("q1", prompt, "le déblocage de 1 200 tonnes d'aliments", body);
    expect(flags(check, announced("Qu'ont annoncé les autorités ?"), body)).toBe(true);
    expect(
      flags(
        check,
        announced("Qu'ont annoncé les autorités ?"),
        "Les autorités ont annoncé le déblocage de 1 200 tonnes d'aliments.",
      ),
    ).toBe(false);
  });
});

describe("round-156-shapes (set CR's Gamba, Mbuji-Mayi and Bouillante)", () => {
  const check = "round-156-shapes";
  it("a rounded key of an exact figure, a date's year, a road's number, a purpose of someone else, a subject across a colon", () => {
    const nests =
      "Plus de 400 nids de tortues ont été déplacés. Parmi eux, 412 nids menacés ont été transférés.";
    const moved = (answer: string) =>
      shortAnswer("q1", "Combien de nids de tortues ont été déplacés ?", answer, nests);
    expect(flags(check, moved("plus de 400 nids"), nests)).toBe(true);
    expect(flags(check, moved("412 nids"), nests)).toBe(false);
    const helmet = "Le casque sera obligatoire à partir du 1er septembre 2026.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Complétez : « … obligatoire à partir du 1er septembre ……. »",
          "2026",
          helmet,
        ),
      ),
    ).toBe(true);
    const minimum =
      "Elle devait franchir 65 mètres, le minimum fixé par la fédération pour être sélectionnée.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Pourquoi le minimum a-t-il été fixé par la fédération ?",
          "pour être sélectionnée",
          minimum,
        ),
      ),
    ).toBe(true);
    const swell =
      "Une performance obtenue au terme d'un week-end perturbé : la forte houle a contraint les organisateurs à repousser l'épreuve.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "À quoi la performance a-t-elle contraint les organisateurs ?",
          "à repousser l'épreuve",
          swell,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "À quoi la houle a-t-elle contraint les organisateurs ?",
          "à repousser l'épreuve",
          swell,
        ),
      ),
    ).toBe(false);
  });
});

describe("round-155-shapes (set CQ's Fourmies, Fermont and Sabou)", () => {
  const check = "round-155-shapes";
  it("a purpose tied to the sentence before, a count of a list asked of its first, a fragment without its subject", () => {
    const knit =
      "Pour suivre le rythme, l'entreprise a investi 240 000 euros dans deux métiers à tricoter.";
    const why = (answer: string) =>
      shortAnswer("q1", "Pourquoi l'entreprise a-t-elle investi 240 000 euros ?", answer, knit);
    expect(flags(check, why("pour suivre le rythme"))).toBe(true);
    expect(flags(check, why("pour suivre le rythme des commandes"))).toBe(false);
    const grain = "Les familles ont apporté 42 tonnes de mil, de sorgho, de maïs et de niébé.";
    const tonnes = ["42 tonnes", "29 tonnes", "55 tonnes"];
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "Combien de tonnes de mil les familles ont-elles apportées ?",
          tonnes,
          grain,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "Combien de tonnes de mil les familles ont-elles apportées ?",
          tonnes,
          "Les familles ont apporté 42 tonnes de mil.",
        ),
      ),
    ).toBe(false);
    const rate =
      "Le taux de fréquentation des écoles de Sabou, dans la province du Boulkiemdé, est passé de 78 % à 93 % en deux ans.";
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "Complétez : « … dans la province du Boulkiemdé, est passé de 78 % à …… en deux ans. »",
          ["93 %", "84 %", "88 %"],
          rate,
        ),
      ),
    ).toBe(true);
  });
});

describe("round-154-shapes (set CP's Entre-Deux, Mitzic, Gao, Goulmima, Téra and Ksar Hellal)", () => {
  const check = "round-154-shapes";
  it("a described place for who, a clitic, people pointed at, a possessive with no owner, a cut participle", () => {
    const bus = "La commune des Hauts du Sud mettra en service trois minibus.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Qui mettra en service trois minibus ?",
          "la commune des Hauts du Sud",
          bus,
        ),
      ),
    ).toBe(true);
    expect(
      flags(check, shortAnswer("q1", "Qui mettra en service trois minibus ?", "L'Entre-Deux", bus)),
    ).toBe(false);
    const school = "La direction d'académie envisage de la reproduire dans d'autres lycées.";
    expect(
      flags(
        check,
        shortAnswer("q1", "Qui envisage de la reproduire ?", "la direction d'académie", school),
      ),
    ).toBe(true);
    const wrestlers = "Les meilleurs formeront la sélection de Tillabéri.";
    expect(
      flags(
        check,
        shortAnswer("q1", "Que formeront les meilleurs ?", "la sélection de Tillabéri", wrestlers),
      ),
    ).toBe(true);
    const wells = "Leur débit cumulé doit passer à 21 litres par seconde.";
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "À combien doit passer leur débit cumulé ?",
          ["21 litres par seconde", "27 litres par seconde", "36 litres par seconde"],
          wells,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "À combien doit passer le débit cumulé des forages ?",
          ["21 litres par seconde", "27 litres par seconde", "36 litres par seconde"],
          wells,
        ),
      ),
    ).toBe(false);
    const mill =
      "L'atelier a investi 380 000 dinars dans une effilocheuse d'occasion achetée en Italie.";
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "Combien l'atelier a-t-il investi dans une effilocheuse d'occasion achetée ?",
          ["380 000 dinars", "490 000 dinars", "650 000 dinars"],
          mill,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "Combien l'atelier a-t-il investi dans une effilocheuse ?",
          ["380 000 dinars", "490 000 dinars", "650 000 dinars"],
          mill,
        ),
      ),
    ).toBe(false);
  });
});

describe("round-154-shapes on time and rate (Lorient's eelgrass, round 153's Bossangoa unit)", () => {
  const check = "round-154-shapes";
  it("a past figure without its year, a figure without the rate after what it counts", () => {
    const eelgrass =
      "Selon ce décompte, les herbiers couvraient 38 hectares en 2016, contre 25 hectares cette année.";
    const options = ["38 hectares", "27 hectares", "49 hectares"];
    expect(
      flags(
        check,
        singleChoice("q1", "Combien d'hectares les herbiers couvraient-ils ?", options, eelgrass),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "Combien d'hectares les herbiers couvraient-ils en 2016 ?",
          options,
          eelgrass,
        ),
      ),
    ).toBe(false);
    const unit = "L'unité peut traiter 2 tonnes de tubercules frais par jour.";
    const tonnes = ["2 tonnes", "3 tonnes", "4 tonnes"];
    expect(
      flags(check, singleChoice("q1", "Combien de tonnes peut traiter l'unité ?", tonnes, unit)),
    ).toBe(true);
    expect(
      flags(
        check,
        singleChoice("q1", "Combien de tonnes peut traiter l'unité par jour ?", tonnes, unit),
      ),
    ).toBe(false);
  });
});

describe("round-154-shapes on an approximate figure (round 153's mosaic)", () => {
  it("an option within a tenth of a figure said to be about so much", () => {
    const mosaic = "Une mosaïque romaine d'environ 18 m2 a été mise au jour.";
    const prompt = "Complétez : « Une mosaïque romaine d'environ …… a été mise au jour. »";
    expect(
      flags(
        "round-154-shapes",
        singleChoice("q1", prompt, ["18 m2", "19 m2", "27 m2", "36 m2"], mosaic),
      ),
    ).toBe(true);
    expect(
      flags(
        "round-154-shapes",
        singleChoice("q1", prompt, ["18 m2", "20 m2", "27 m2", "36 m2"], mosaic),
      ),
    ).toBe(false);
  });
});

describe("dev-why-shapes (why questions recovered on dev articles that had none)", () => {
  const check = "dev-why-shapes";
  it("a purpose cut before what it shows, a moment cut from its relative, a why of the saying", () => {
    const festival = "Le festival est né afin de montrer aux jeunes que le patrimoine est vivant.";
    const why = (answer: string) =>
      shortAnswer("q1", "Pourquoi le festival est-il né ?", answer, festival);
    expect(flags(check, why("pour montrer aux jeunes"))).toBe(true);
    expect(flags(check, why("pour montrer aux jeunes que le patrimoine est vivant"))).toBe(false);
    const campaign =
      "La campagne est organisée afin de protéger les populations au moment où la transmission est forte.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Pourquoi la campagne est-elle organisée ?",
          "pour protéger les populations au moment",
          campaign,
        ),
      ),
    ).toBe(true);
    const mill = "Youssef Alaoui affirme avoir prolongé ses horaires afin d'absorber les apports.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Pourquoi Youssef Alaoui affirme-t-il avoir prolongé ses horaires ?",
          "pour absorber les apports",
          mill,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Pourquoi Youssef Alaoui a-t-il prolongé ses horaires ?",
          "pour absorber les apports",
          mill,
        ),
      ),
    ).toBe(false);
  });
});

describe("round-153-shapes (set CO's Ampefy, Genappe and Kandé)", () => {
  const check = "round-153-shapes";
  it("a key that points back; `d'y`; a count cut from who; a time before `est-ce que`", () => {
    const lake =
      "La commune a organisé une opération de nettoyage pour tenter d'enrayer le phénomène.";
    const why = (answer: string) =>
      shortAnswer("q1", "Pourquoi la commune a-t-elle organisé une opération ?", answer, lake);
    expect(flags(check, why("pour tenter d'enrayer le phénomène"))).toBe(true);
    expect(flags(check, why("pour enrayer la prolifération de la jacinthe"))).toBe(false);
    const meadow = "Olivier Lambotte continuera d'y faire pâturer ses vaches.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Quel agriculteur continuera d'y faire pâturer ses vaches ?",
          "Olivier Lambotte",
          meadow,
        ),
      ),
    ).toBe(true);
    const school = "Le CEG compte 640 élèves de la 6e à la 3e.";
    expect(flags(check, shortAnswer("q1", "Qui compte de la 6e à la 3e ?", "CEG", school))).toBe(
      true,
    );
    const weeds = "Les bénévoles ont retiré 46 tonnes de plantes en une semaine.";
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "Combien de tonnes de plantes en une semaine est-ce que les bénévoles ont retirées ?",
          ["30 tonnes", "39 tonnes", "46 tonnes", "55 tonnes"],
          weeds,
          { kind: "number", answer: "c" },
        ),
      ),
    ).toBe(true);
  });
});

describe("round-160-shapes (set CV: Falaise, Lamentin, Khenchela, Esneux, Villars-sur-Glâne, Berdorf)", () => {
  const check = "round-160-shapes";
  it("an adverb before a cause, an age as the cause, a purpose naming nothing", () => {
    const trip =
      "Certains patients faisaient 40 kilomètres jusqu'à Caen simplement pour renouveler une ordonnance.";
    const why = (prompt: string, answer = "pour renouveler une ordonnance") =>
      shortAnswer("q1", prompt, answer, trip);
    expect(
      flags(
        check,
        why(
          "Pourquoi est-ce que certains patients faisaient 40 kilomètres jusqu'à Caen simplement ?",
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        why("Pourquoi est-ce que certains patients faisaient 40 kilomètres jusqu'à Caen ?"),
      ),
    ).toBe(false);
    expect(
      flags(check, why("Pourquoi le facteur de tambours a-t-il lancé une formation à 63 ans ?")),
    ).toBe(true);
    expect(
      flags(check, why("Pourquoi l'atelier ouvre-t-il ses portes ?", "pour combler le manque")),
    ).toBe(true);
    expect(
      flags(
        check,
        why("Pourquoi l'atelier ouvre-t-il ses portes ?", "pour combler le manque de facteurs"),
      ),
    ).toBe(false);
  });

  it("a place asked with Qui, a blank on one of two days, a count without its year, one of several announcements, `salle des fêtes` cut", () => {
    const orchards =
      "La région montagneuse de Bouhmama concentre l'essentiel des vergers de pommiers de Khenchela.";
    const who = (answer: string) =>
      shortAnswer(
        "q1",
        "Qui concentre l'essentiel des vergers de pommiers de Khenchela ?",
        answer,
        orchards,
      );
    expect(flags(check, who("la région montagneuse de Bouhmama"))).toBe(true);
    expect(flags(check, who("la coopérative de Bouhmama"))).toBe(false);
    const flood = "Les 14 et 15 juillet 2021, l'Ourthe était montée de plus de quatre mètres.";
    const blank = (prompt: string) => singleChoice("q1", prompt, ["14", "7", "9", "21"], flood);
    expect(
      flags(check, blank("Complétez : « Les …… et 15 juillet 2021, l'Ourthe était montée … »")),
    ).toBe(true);
    expect(
      flags(check, blank("Complétez : « Les 14 et 15 juillet 2021, l'Ourthe était montée de …… »")),
    ).toBe(false);
    const repairs = "L'entreprise a effectué 1870 réparations en 2025, contre 960 en 2023.";
    const count = (prompt: string) =>
      singleChoice(
        "q1",
        prompt,
        ["1 870 réparations", "1 030 réparations", "1 310 réparations", "2 430 réparations"],
        repairs,
      );
    expect(flags(check, count("Combien de réparations l'entreprise a-t-elle effectuées ?"))).toBe(
      true,
    );
    expect(
      flags(check, count("Combien de réparations l'entreprise a-t-elle effectuées en 2025 ?")),
    ).toBe(false);
    const meeting =
      "Les organisateurs annoncent par ailleurs la 3e édition d'une rencontre internationale de bloc.";
    const announced = (sentence: string) =>
      shortAnswer(
        "q1",
        "Qu'annoncent les organisateurs ?",
        "la 3e édition d'une rencontre internationale de bloc",
        sentence,
      );
    expect(flags(check, announced(meeting))).toBe(true);
    expect(flags(check, announced(meeting.replace(" par ailleurs", "")))).toBe(false);
    const session = "La commune organisera une séance d'information à la salle des fêtes de Tilff.";
    const organised = (accepted: string[]) =>
      shortAnswer(
        "q1",
        "Qu'organisera la commune le samedi 18 avril ?",
        "une séance d'information à la salle des fêtes de Tilff",
        session,
        { accepted },
      );
    expect(flags(check, organised(["une séance d'information à la salle"]))).toBe(true);
    expect(flags(check, organised(["une séance d'information"]))).toBe(false);
  });
});

describe("round-161-shapes (set CW: Clisson, Iracoubo, Tinejdad, Dogbo)", () => {
  const check = "round-161-shapes";
  it("`de` before a name that elides it, a cause asked of two verbs, a short what of one deed among others", () => {
    const cellar =
      "Dans sa cuverie, les premières bennes sont arrivées avant 9h00, pour rentrer le raisin au frais.";
    const why = (prompt: string) =>
      shortAnswer("q1", prompt, "pour rentrer le raisin au frais", cellar);
    expect(
      flags(
        check,
        why(
          "Pourquoi les premières bennes sont-elles arrivées dans la cuverie de Hélène Gouraud ?",
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        why("Pourquoi les premières bennes sont-elles arrivées dans la cuverie d'Hélène Gouraud ?"),
      ),
    ).toBe(false);
    expect(
      flags(
        check,
        why(
          "Pourquoi les premières bennes sont-elles arrivées dans la cuverie de Hugues Le Roux ?",
        ),
      ),
    ).toBe(true);
    const vines =
      "Plusieurs domaines testent déjà des cépages plus tardifs ou relèvent la hauteur de leur feuillage pour protéger les grappes.";
    const grapes = (prompt: string) =>
      shortAnswer("q1", prompt, "pour protéger les grappes", vines);
    expect(
      flags(
        check,
        grapes(
          "Pourquoi est-ce que plusieurs domaines testent déjà des cépages plus tardifs ou relèvent la hauteur de leur feuillage ?",
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        grapes("Pourquoi est-ce que plusieurs domaines relèvent la hauteur de leur feuillage ?"),
      ),
    ).toBe(false);
    const works = "Les travaux ont aussi permis d'installer un système de ventilation discret.";
    const allowed = (sentence: string) =>
      shortAnswer(
        "q1",
        "Qu'ont permis les travaux ?",
        "installer un système de ventilation discret",
        sentence,
      );
    expect(flags(check, allowed(works))).toBe(true);
    expect(flags(check, allowed(works.replace(" aussi", "")))).toBe(false);
  });

  it("options without their rate, a count without the year set against the year before", () => {
    const flow = "Le débit cumulé des trois ouvrages est passé de 6 à 19 litres par seconde.";
    const debit = (options: string[]) =>
      singleChoice(
        "q1",
        "À combien le débit cumulé des trois ouvrages est-il passé ?",
        options,
        flow,
      );
    expect(flags(check, debit(["19 litres", "20 litres", "29 litres", "38 litres"]))).toBe(true);
    expect(
      flags(
        check,
        debit([
          "19 litres par seconde",
          "20 litres par seconde",
          "29 litres par seconde",
          "38 litres par seconde",
        ]),
      ),
    ).toBe(false);
    const stays =
      "Les centres de santé ont enregistré 412 hospitalisations d'enfants pour paludisme grave en 2025, contre 665 l'année précédente.";
    const count = (prompt: string) =>
      singleChoice(
        "q1",
        prompt,
        [
          "412 hospitalisations",
          "227 hospitalisations",
          "288 hospitalisations",
          "536 hospitalisations",
        ],
        stays,
      );
    expect(
      flags(check, count("Combien d'hospitalisations les centres de santé ont-ils enregistrées ?")),
    ).toBe(true);
    expect(
      flags(
        check,
        count("Combien d'hospitalisations les centres de santé ont-ils enregistrées en 2025 ?"),
      ),
    ).toBe(false);
  });
});

describe("round-172-shapes (set DH: Boghé, Hienghène, Nyamata, Pétion-Ville)", () => {
  const check = "round-172-shapes";
  it("an unknown h-word elided, a trend or a bare lack keyed, two verbs asked by inversion", () => {
    const text = "Le hakem de la moughataa a invité les exploitants à payer la redevance.";
    const ask = (prompt: string, answer = "pour financer les pompes") =>
      shortAnswer("q1", prompt, answer, text);
    expect(flags(check, ask("Pourquoi l'hakem a-t-il invité les exploitants ?"))).toBe(true);
    expect(flags(check, ask("Pourquoi le hakem a-t-il invité les exploitants ?"))).toBe(false);
    expect(flags(check, ask("Pourquoi l'hôpital a-t-il fermé ?"))).toBe(false);
    expect(
      flags(
        check,
        ask(
          "Pourquoi les plongeurs vont-ils plus loin ?",
          "pour trouver des animaux de plus en plus petits",
        ),
      ),
    ).toBe(true);
    expect(flags(check, ask("À quoi le projet vise-t-il ?", "à combler un manque criant"))).toBe(
      true,
    );
    expect(flags(check, ask("À quoi le projet vise-t-il ?", "à combler le manque de vélos"))).toBe(
      false,
    );
    expect(flags(check, ask("Pourquoi le salon ouvre-t-il à 9h et ferme à 16h30 ?"))).toBe(true);
    expect(flags(check, ask("Pourquoi est-ce que le salon ouvre à 9h et ferme à 16h30 ?"))).toBe(
      false,
    );
  });
});

describe("round-171-shapes (set DG: Melong, Danané, Bol)", () => {
  const check = "round-171-shapes";
  it("the same thing unnamed, a sum paid for nothing said, a fronted participle's window, a year to come for a past one", () => {
    const coffee =
      "Le délégué d'arrondissement, Emmanuel Tchoffo, observe le même mouvement à plus grande échelle. L'atelier, lui, paie 1 700 FCFA.";
    const who = (prompt: string) => shortAnswer("q1", prompt, "Emmanuel Tchoffo", coffee);
    expect(flags(check, who("Qui observe le même mouvement à plus grande échelle ?"))).toBe(true);
    expect(flags(check, who("Qui est le délégué d'arrondissement ?"))).toBe(false);
    const paid = (prompt: string) =>
      singleChoice("q1", prompt, ["1 700 FCFA", "2 000 FCFA", "2 700 FCFA", "3 700 FCFA"], coffee);
    expect(flags(check, paid("Combien l'atelier paie-t-il ?"))).toBe(true);
    expect(flags(check, paid("Combien paie l'atelier ?"))).toBe(true);
    expect(flags(check, paid("Combien l'atelier paie-t-il le kilo de café ?"))).toBe(false);
    const built =
      "Construite et équipée pour un montant de 145 millions de FCFA, la nouvelle structure dispose de deux chambres froides.";
    const blank = (prompt: string) =>
      singleChoice(
        "q1",
        prompt,
        [
          "145 millions de FCFA",
          "174 millions de FCFA",
          "210 millions de FCFA",
          "290 millions de FCFA",
        ],
        built,
      );
    expect(
      flags(check, blank("Complétez : « Construite et équipée pour un montant de …… … »")),
    ).toBe(true);
    expect(
      flags(
        check,
        blank(
          "Complétez : « Construite et équipée pour un montant de ……, la nouvelle structure dispose de deux chambres froides. »",
        ),
      ),
    ).toBe(false);
    const floods =
      "Elles doivent alerter les cultivateurs des polders, dont les champs avaient été noyés lors des inondations de 2024.";
    const year = (options: string[]) =>
      singleChoice("q1", "Complétez : « … noyés lors des inondations de ……. »", options, floods);
    expect(flags(check, year(["2024", "2025", "2026", "2028"]))).toBe(true);
    expect(flags(check, year(["2021", "2022", "2024", "2025"]))).toBe(false);
  });
});

describe("round-170-shapes (set DF: Jemmal, Sindou)", () => {
  const check = "round-170-shapes";
  it("a unit in the singular from 2 on, an object pronoun before a finite verb", () => {
    const olives =
      "Le kilogramme d'olives se négocie autour de 1,6 dinar, contre 2,4 dinars l'an dernier.";
    const price = (options: string[]) =>
      singleChoice(
        "q1",
        "Complétez : « Le kilogramme d'olives se négocie autour de ……. »",
        options,
        olives,
      );
    expect(flags(check, price(["1,6 dinar", "1,4 dinar", "1,9 dinar", "2,6 dinar"]))).toBe(true);
    expect(flags(check, price(["1,6 dinar", "1,4 dinar", "1,9 dinar", "2,2 dinars"]))).toBe(false);
    const buyers =
      "« Les acheteurs le savaient et fixaient eux-mêmes le prix », explique Adama Traoré.";
    const who = (prompt: string) => shortAnswer("q1", prompt, "Adama Traoré", buyers);
    expect(
      flags(
        check,
        who("Qui a expliqué que les acheteurs le savaient et fixaient eux-mêmes le prix ?"),
      ),
    ).toBe(true);
    expect(flags(check, who("Qui a expliqué que les acheteurs fixaient eux-mêmes le prix ?"))).toBe(
      false,
    );
  });
});

describe("round-169-shapes (set DE: Kadiolo, Kimpese, Plessisville)", () => {
  const check = "round-169-shapes";
  it("another thing unnamed, a why keyed with what a price pays for, a window opening after a preposition, a symbolic sum among options", () => {
    const effect =
      "Le directeur technique du centre, Dr Adama Sanogo, souligne un autre effet : les femmes viennent plus tôt.";
    const who = (prompt: string) => shortAnswer("q1", prompt, "Adama Sanogo", effect);
    expect(flags(check, who("Qui souligne un autre effet ?"))).toBe(true);
    expect(flags(check, who("Qui dirige le centre ?"))).toBe(false);
    const fare =
      "« Avant les travaux, un motocycliste exigeait 15 000 francs congolais (FC) pour transporter un sac de 50 kilos. »";
    const why = (prompt: string) =>
      shortAnswer("q1", prompt, "pour transporter un sac de 50 kilos", fare);
    expect(
      flags(
        check,
        why(
          "Selon Didier Nsimba Lukombo, pourquoi un motocycliste exigeait-il 15 000 francs congolais (FC) ?",
        ),
      ),
    ).toBe(true);
    expect(flags(check, why("Pourquoi la Ville a-t-elle investi 350 000 $ ?"))).toBe(false);
    const road =
      "Le coût du transport a baissé de plus de moitié depuis la fin des travaux de réhabilitation d'une route de 38 kilomètres.";
    const blank = (prompt: string) =>
      singleChoice(
        "q1",
        prompt,
        ["38 kilomètres", "46 kilomètres", "61 kilomètres", "84 kilomètres"],
        road,
      );
    expect(
      flags(
        check,
        blank(
          "Complétez : « … moitié depuis la fin des travaux de réhabilitation d'une route de ……. »",
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        blank("Complétez : « … depuis la fin des travaux de réhabilitation d'une route de ……. »"),
      ),
    ).toBe(false);
    const rent = "La clinique est installée dans un local prêté par la Ville pour 1 $ par année.";
    const sum = (answer: string) =>
      singleChoice(
        "q1",
        "Complétez : « … prêté par la Ville pour …… par année. »",
        [answer, "2 $", "3 $", "4 $"],
        rent,
      );
    expect(flags(check, sum("1 $"))).toBe(true);
    expect(flags(check, sum("5 $"))).toBe(false);
  });
});

describe("round-168-shapes (set DD: Cinkassé, Loches, Thurso, Pama)", () => {
  const check = "round-168-shapes";
  it("`des` before a verb, a level's start keyed as a change, an accepted form cut after `réussi` or `pendant les jours`", () => {
    const lorries =
      "Les motos et les piétons étaient obligés de les contourner par la voie opposée.";
    const who = (prompt: string) => shortAnswer("q1", prompt, "le préfet", lorries);
    expect(
      flags(check, who("Qui a rappelé que les piétons étaient obligés des contourner ?")),
    ).toBe(true);
    expect(
      flags(check, who("Qui a rappelé que les piétons devaient contourner les camions ?")),
    ).toBe(false);
    const seats = "La jauge passe de 420 places dans la salle à 300 places sur les gradins.";
    const gauge = (prompt: string, answer: string) =>
      singleChoice("q1", prompt, [answer, "250 places", "360 places", "500 places"], seats);
    expect(flags(check, gauge("De combien la jauge passe-t-elle ?", "420 places"))).toBe(true);
    expect(flags(check, gauge("À combien la jauge passe-t-elle ?", "300 places"))).toBe(false);
    const bakery =
      "Le commerce n'ouvrira que quatre jours par semaine, parce qu'ils n'ont pas réussi à recruter assez de personnel.";
    const why = (accepted: string[]) =>
      shortAnswer(
        "q1",
        "Pourquoi le commerce ouvrira-t-il quatre jours par semaine ?",
        "parce qu'ils n'ont pas réussi à recruter assez de personnel",
        bakery,
        { accepted },
      );
    expect(flags(check, why(["parce qu'ils n'ont pas réussi"]))).toBe(true);
    expect(flags(check, why(["parce qu'ils n'ont pas réussi à recruter"]))).toBe(false);
  });
});

describe("round-167-shapes (set DC: Gouvy, Ouadane)", () => {
  const check = "round-167-shapes";
  it("an elision before an aspirated h, a time as a subject, an object pronoun before an infinitive, a key ending on `conservés`", () => {
    const hedges = "La commune de Gouvy va planter 18 kilomètres de haies en bordure de champs.";
    const commune = (prompt: string) => shortAnswer("q1", prompt, "Gouvy", hedges);
    expect(flags(check, commune("Quelle commune va planter 18 kilomètres d'haies ?"))).toBe(true);
    expect(flags(check, commune("Quelle commune va planter 18 kilomètres de haies ?"))).toBe(false);
    const map =
      "Une cartographie réalisée l'an dernier, qui a identifié 41 parcelles à risque sur le territoire communal.";
    const plots = (prompt: string) =>
      singleChoice(
        "q1",
        prompt,
        ["41 parcelles", "16 parcelles", "25 parcelles", "33 parcelles"],
        map,
      );
    expect(
      flags(check, plots("Combien de parcelles l'an dernier a-t-il identifiées à risque ?")),
    ).toBe(true);
    expect(flags(check, plots("Combien de parcelles la cartographie a-t-elle identifiées ?"))).toBe(
      false,
    );
    const said =
      "Des chercheurs pourront ainsi les étudier sans manipuler les originaux, a précisé le président.";
    const who = (prompt: string) => shortAnswer("q1", prompt, "Mohamed Lemine", said);
    expect(
      flags(
        check,
        who(
          "Qui a précisé que des chercheurs pourront ainsi les étudier sans manipuler les originaux ?",
        ),
      ),
    ).toBe(true);
    expect(
      flags(check, who("Qui a précisé que des chercheurs pourront étudier les manuscrits ?")),
    ).toBe(false);
    const scans =
      "Une équipe a achevé la numérisation de 1 243 manuscrits conservés dans neuf bibliothèques familiales.";
    const what = (answer: string) => shortAnswer("q1", "Qu'a achevé l'équipe ?", answer, scans);
    expect(flags(check, what("la numérisation de 1 243 manuscrits conservés"))).toBe(true);
    expect(
      flags(
        check,
        what("la numérisation de 1 243 manuscrits conservés dans neuf bibliothèques familiales"),
      ),
    ).toBe(false);
  });
});

describe("round-166-shapes (set DB: Theux, Thiotte)", () => {
  const check = "round-166-shapes";
  it("a figure left out before a rate that goes on, a length of time of days out of a week, a town described by its district", () => {
    const rent =
      "La commune proposera un loyer de 450 euros par mois et par cabinet, pour convaincre de jeunes diplômés.";
    const why = (prompt: string) =>
      shortAnswer("q1", prompt, "pour convaincre de jeunes diplômés", rent);
    expect(
      flags(check, why("Pourquoi la commune proposera-t-elle un loyer et par cabinet ?")),
    ).toBe(true);
    expect(
      flags(
        check,
        why("Pourquoi la commune proposera-t-elle un loyer de 450 euros par mois et par cabinet ?"),
      ),
    ).toBe(false);
    const roaster = "Le torréfacteur tourne six jours sur sept, de 5h00 à 14h30.";
    const days = (prompt: string) =>
      singleChoice("q1", prompt, ["6 jours", "4 jours", "5 jours", "7 jours"], roaster);
    expect(flags(check, days("Combien de temps tourne le torréfacteur ?"))).toBe(true);
    expect(flags(check, days("Combien de jours par semaine le torréfacteur tourne-t-il ?"))).toBe(
      false,
    );
    const town = "La commune de l'arrondissement de Verviers compte environ 12.300 habitants.";
    const count = (prompt: string) =>
      singleChoice(
        "q1",
        prompt,
        ["12 300 habitants", "9 800 habitants", "15 000 habitants", "18 400 habitants"],
        town,
      );
    expect(
      flags(
        check,
        count("Combien d'habitants la commune de l'arrondissement de Verviers compte-t-elle ?"),
      ),
    ).toBe(true);
    expect(flags(check, count("Combien d'habitants la commune de Theux compte-t-elle ?"))).toBe(
      false,
    );
  });
});

describe("round-165-shapes (set DA: Pohénégamook, Miandrivazo, Dakoro, Soa)", () => {
  const check = "round-165-shapes";
  it("an event asked with *Qui*, `le tout`, a form ending on a kind, a minimum's options beyond the bound, a figure a split gives", () => {
    const tournament =
      "La première Classique Ponik a réuni 32 équipes sur le lac gelé en fin de semaine.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Qui a réuni 32 équipes sur le lac gelé ?",
          "Classique Ponik",
          tournament,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer("q1", "Qui a organisé le tournoi ?", "le comité organisateur", tournament),
      ),
    ).toBe(false);
    const cost = "Le tout a coûté 96 millions d'ariary, financés à parts égales par la commune.";
    const costs = (prompt: string) =>
      singleChoice(
        "q1",
        prompt,
        [
          "96 millions d'ariary",
          "77 millions d'ariary",
          "120 millions d'ariary",
          "140 millions d'ariary",
        ],
        cost,
      );
    expect(flags(check, costs("Combien le tout a-t-il coûté ?"))).toBe(true);
    expect(flags(check, costs("Combien les panneaux solaires ont-ils coûté ?"))).toBe(false);
    const seeds =
      "Chacun des ménages recevra un sac de 20 kilogrammes d'une variété améliorée de mil précoce.";
    const sack = (accepted: string[]) =>
      shortAnswer(
        "q1",
        "Que recevra chacun des ménages ?",
        "un sac de 20 kilogrammes d'une variété améliorée de mil précoce",
        seeds,
        { accepted },
      );
    expect(flags(check, sack(["un sac de 20 kilogrammes d'une variété"]))).toBe(true);
    expect(flags(check, sack(["un sac de 20 kilogrammes"]))).toBe(false);
    const ice =
      "Elle atteignait 48 centimètres samedi, bien au-delà du minimum de 30 centimètres fixé par les organisateurs.";
    const blank = (options: string[]) =>
      singleChoice(
        "q1",
        "Complétez : « Elle atteignait 48 centimètres samedi, bien au-delà du minimum de …… fixé par les organisateurs. »",
        options,
        ice,
      );
    expect(
      flags(check, blank(["30 centimètres", "21 centimètres", "51 centimètres", "72 centimètres"])),
    ).toBe(true);
    expect(
      flags(check, blank(["30 centimètres", "17 centimètres", "21 centimètres", "39 centimètres"])),
    ).toBe(false);
    const labs = "Le nouveau bâtiment compte 96 postes de travail, soit 32 par laboratoire.";
    const posts = (prompt: string) =>
      singleChoice("q1", prompt, ["96 postes", "72 postes", "110 postes", "128 postes"], labs);
    expect(
      flags(
        check,
        posts("Complétez : « Le nouveau bâtiment compte …… de travail, soit 32 par laboratoire. »"),
      ),
    ).toBe(true);
    const rooms = "Le nouveau bâtiment compte 96 postes de travail et une réserve.";
    expect(
      flags(
        check,
        singleChoice(
          "q1",
          "Complétez : « Le nouveau bâtiment compte …… de travail et une réserve. »",
          ["96 postes", "72 postes", "110 postes", "128 postes"],
          rooms,
        ),
      ),
    ).toBe(false);
  });
});

describe("round-164-shapes (set CZ: Boundiali, Bama, Amizmiz, Mboro, Forcalquier, Téboulba)", () => {
  const check = "round-164-shapes";
  it("a subject cut inside a range, an obligation's why keyed on its purpose, a form ending on `vieux`, *Que* of people, an option beside a rough count, a window torn from its determiner", () => {
    const malaria =
      "Les cas de paludisme chez les enfants de 3 à 59 mois ont baissé de 58 %, à la suite de la campagne.";
    const cases = (prompt: string) => shortAnswer("q1", prompt, "la campagne", malaria);
    expect(
      flags(
        check,
        cases("À la suite de quoi les cas chez les enfants de 3 ont-ils baissé de 58 % ?"),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        cases(
          "À la suite de quoi les cas chez les enfants de 3 à 59 mois ont-ils baissé de 58 % ?",
        ),
      ),
    ).toBe(false);
    const herds = "Des familles ont dû vendre leurs animaux pour tenir jusqu'à l'hivernage.";
    const sold = (prompt: string) =>
      shortAnswer("q1", prompt, "pour tenir jusqu'à l'hivernage", herds);
    expect(flags(check, sold("Pourquoi des familles ont-elles dû vendre leurs animaux ?"))).toBe(
      true,
    );
    expect(
      flags(check, sold("Dans quel but des familles ont-elles dû vendre leurs animaux ?")),
    ).toBe(false);
    const craft =
      "Elle prévoit d'accueillir cinq apprentis afin d'assurer la transmission d'un savoir-faire vieux de plusieurs siècles.";
    const apprentices = (accepted: string[]) =>
      shortAnswer(
        "q1",
        "Pourquoi la coopérative prévoit-elle d'accueillir cinq apprentis ?",
        "pour assurer la transmission d'un savoir-faire vieux de plusieurs siècles",
        craft,
        { accepted },
      );
    expect(
      flags(check, apprentices(["pour assurer la transmission d'un savoir-faire vieux"])),
    ).toBe(true);
    expect(flags(check, apprentices(["pour assurer la transmission d'un savoir-faire"]))).toBe(
      false,
    );
    const centre = "Le centre de santé reçoit des femmes venues des localités des Niayes.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Que reçoit le centre de santé ?",
          "des femmes venues des localités des Niayes",
          centre,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "D'où viennent les femmes que reçoit le centre ?",
          "des localités des Niayes",
          centre,
        ),
      ),
    ).toBe(false);
    const farms =
      "Une vingtaine d'exploitants arrachent leurs lavandes. Selon la chambre, 23 exploitations ont engagé la même reconversion.";
    const options = (texts: string[]) =>
      singleChoice(
        "q1",
        "Combien d'exploitations ont engagé la même reconversion ?",
        texts,
        farms,
        {
          kind: "number",
        },
      );
    expect(
      flags(
        check,
        options(["23 exploitations", "15 exploitations", "20 exploitations", "28 exploitations"]),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        options(["23 exploitations", "10 exploitations", "15 exploitations", "28 exploitations"]),
      ),
    ).toBe(false);
    const crabs =
      "Un atelier a doublé ses capacités de stockage et prévoit d'exporter 600 tonnes en 2026, contre 250 tonnes l'an dernier.";
    const blank = (prompt: string) =>
      singleChoice("q1", prompt, ["2026", "2025", "2027", "2028"], crabs);
    expect(
      flags(
        check,
        blank(
          "Complétez : « … capacités de stockage et prévoit d'exporter 600 tonnes en ……, contre 250 tonnes l'an dernier. »",
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        blank(
          "Complétez : « Un atelier a doublé ses capacités de stockage et prévoit d'exporter 600 tonnes en ……. »",
        ),
      ),
    ).toBe(false);
  });
});

describe("round-162-shapes (set CX: L'Étang-Salé, Grandson, Châteaulin, Kollo)", () => {
  const check = "round-162-shapes";
  it("a why without its hour, a purpose cut after whom it keeps, an object with its manner, a blank in parentheses, an open *Que doit permettre … ?*", () => {
    const race =
      "Le départ des deux épreuves sera donné à 6h30 depuis le front de mer, afin d'éviter les fortes chaleurs.";
    const start = (prompt: string) =>
      shortAnswer("q1", prompt, "pour éviter les fortes chaleurs", race);
    expect(
      flags(
        check,
        start("Pourquoi le départ des deux épreuves sera-t-il donné depuis le front de mer ?"),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        start(
          "Pourquoi le départ des deux épreuves sera-t-il donné à 6h30 depuis le front de mer ?",
        ),
      ),
    ).toBe(false);
    const pipe =
      "La conduite sera équipée d'un dispositif, pour empêcher les larves de se fixer à l'intérieur du tuyau.";
    const larvae = (accepted: string[]) =>
      shortAnswer(
        "q1",
        "Pourquoi la conduite sera-t-elle équipée d'un dispositif ?",
        "pour empêcher les larves de se fixer à l'intérieur du tuyau",
        pipe,
        { accepted },
      );
    expect(flags(check, larvae(["pour empêcher les larves"]))).toBe(true);
    expect(flags(check, larvae(["pour empêcher les larves de se fixer"]))).toBe(false);
    const quay = "Sur les quais, les pêcheurs saluent la nouvelle sans crier victoire.";
    expect(
      flags(
        check,
        shortAnswer("q1", "Que saluent les pêcheurs ?", "la nouvelle sans crier victoire", quay),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer("q1", "Que saluent les pêcheurs ?", "la réouverture de la passe", quay),
      ),
    ).toBe(false);
    const course = "Le parcours du semi-marathon (21,1 km) emprunte des sentiers sablonneux.";
    const blank = (prompt: string) =>
      singleChoice("q1", prompt, ["21,1 km", "15 km", "18 km", "42,2 km"], course);
    expect(
      flags(
        check,
        blank(
          "Complétez : « Le parcours du semi-marathon (……) emprunte des sentiers sablonneux. »",
        ),
      ),
    ).toBe(true);
    expect(flags(check, blank("Complétez : « Le parcours du semi-marathon mesure ……. »"))).toBe(
      false,
    );
    const unit = "La nouvelle unité doit permettre d'alimenter simultanément jusqu'à 20 lits.";
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Que doit permettre la nouvelle unité ?",
          "alimenter simultanément jusqu'à 20 lits",
          unit,
        ),
      ),
    ).toBe(true);
    expect(
      flags(
        check,
        shortAnswer(
          "q1",
          "Combien de lits la nouvelle unité doit-elle alimenter ?",
          "20 lits",
          unit,
        ),
      ),
    ).toBe(false);
  });
});
