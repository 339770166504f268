import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import type { Candidate } from "../../../../src/core/generator/candidate";
import { askGapFill } from "../../../../src/core/generator/templates/ask-gap-fill";
import { normaliseAnswer } from "../../../../src/core/marking/normalise-answer";

function analysisOf(...paragraphs: string[]) {
  return analyseArticle(parseArticle(["Titre", ...paragraphs].join("\n\n")));
}

const tramway = analysisOf(
  "La maire de Nantes, Johanna Rolland, a inauguré samedi 14 mai la ligne 6 du tramway. Le conseil municipal avait voté le projet par 45 voix contre 12.",
  'Le vice-président, Bertrand Affilé, a salué une ligne "vraiment attendue" par les habitants du quartier.',
  "Le 15/05/2022 à 10h00",
);
const candidates = askGapFill(tramway);

function withAnswer(kind: Candidate["answer"]["kind"], answer: string): Candidate[] {
  return candidates.filter(
    (c) => c.answer.kind === kind && answerForms(c.answer, tramway).answer === answer,
  );
}

describe("askGapFill", () => {
  it("opens no window on a noun torn from its determiner (round 164: `… capacités de stockage …`)", () => {
    const analysis = analysisOf(
      "Un atelier de transformation du crabe bleu installé à Téboulba, dans le gouvernorat de Monastir, a doublé ses capacités de stockage et prévoit d'exporter 600 tonnes de chair et de crabes congelés en 2026, contre 250 tonnes l'an dernier, a indiqué, mardi, sa fondatrice, Samia Ben Ammar.",
    );
    const prompts = askGapFill(analysis).map((candidate) => candidate.prompt);
    expect(prompts.some((prompt) => /« … capacités/u.test(prompt))).toBe(false);
  });

  it("opens no window on the second of two objects, its verb left out (round 138: `… et …… des hospitalisations …`)", () => {
    const analysis = analysisOf(
      "En 2023, le paludisme a représenté 41 % des motifs de consultation dans les formations sanitaires du district, et 63 % des hospitalisations d'enfants de moins de cinq ans, d'après les données présentées lors du lancement.",
    );
    const prompts = askGapFill(analysis).map((candidate) => candidate.prompt);
    expect(prompts.some((prompt) => /63|……/u.test(prompt))).toBe(true);
    expect(prompts.filter((prompt) => /« … et ……/u.test(prompt))).toEqual([]);
  });

  it("leaves no blank the score beside it gives, nor a number that is part of a name (`la zone ……`)", () => {
    const prompts = askGapFill(
      analysisOf(
        "Menées de six points à la pause (33-39), les Rwandaises ont renversé le match dans le 3e quart-temps.",
        "Les Rwandaises n'avaient plus remporté le tournoi de la zone 5 depuis 2011.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.filter((prompt) => /Menées de ……|zone ……/u.test(prompt))).toEqual([]);
  });

  it("leaves no blank on the rest of a duration (`deux heures et …… de jeu`)", () => {
    const prompts = askGapFill(
      analysisOf("La joueuse s'est imposée 4-6, 6-2, 6-3 après deux heures et 11 minutes de jeu."),
    ).map((candidate) => candidate.prompt);
    expect(prompts.filter((prompt) => /et …… de jeu/u.test(prompt))).toEqual([]);
  });

  it("leaves no blank on one side of a score nor on stoppage time", () => {
    const prompts = askGapFill(
      analysisOf(
        "Les Lions se sont qualifiés mardi soir en battant la Namibie 2 à 1 au stade d'Olembé, devant 45 000 spectateurs.",
        "Les Camerounais ont égalisé juste avant la pause par Yannick Ebongue (45e+2), d'une tête sur un corner.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.filter((prompt) => /2 à ……|…… à 1|\+……/u.test(prompt))).toEqual([]);
  });

  it("blanks no figure its sentence lets one work out from another and the change between them", () => {
    const analysis = analysisOf(
      "La somme de 348 millions $ représente une hausse de 28 % par rapport à l'estimation de 271 millions $ déposée en 2024.",
    );
    const numbers = askGapFill(analysis)
      .filter((c) => c.answer.kind === "number")
      .map((c) => answerForms(c.answer, analysis).answer);
    expect(numbers.filter((answer) => /\$|%/u.test(answer))).toEqual([]);
  });

  it("blanks a number with a dot between its thousands whole (`9.000`), never a part of it", () => {
    const analysis = analysisOf(
      "Au moins onze personnes ont été tuées et plus de 9.000 autres sinistrées après le cyclone.",
    );
    const prompts = askGapFill(analysis).map((c) => c.prompt);
    expect(prompts.some((prompt) => /……\.\d/u.test(prompt))).toBe(false);
    expect(prompts).toContain(
      "Complétez : « Au moins onze personnes ont été tuées et plus de …… autres sinistrées après le cyclone. »",
    );
  });

  it("blanks no number that names a road or a line (`La route nationale 2`)", () => {
    const analysis = analysisOf(
      "La route nationale 2, qui relie la capitale au port, a été coupée à au moins quatre endroits. La ligne 6 du tramway a transporté 640 000 passagers.",
    );
    const prompts = askGapFill(analysis).map((c) => c.prompt);
    expect(prompts.some((prompt) => /(?:nationale|ligne) ……/u.test(prompt))).toBe(false);
    // `la Ligue 1`: a division's name (round 107: options `1 | 2 | 3 | 4`); other blanks stay.
    const league = askGapFill(
      analysisOf(
        "L'Étoile sportive du Sahel s'est imposée dimanche face à l'Union sportive monastirienne (2-1), au stade olympique de Sousse, pour le compte de la 19e journée de la Ligue 1 professionnelle, et remonte ainsi à la 2e place du classement. Le match s'est joué devant 12 000 spectateurs.",
      ),
    ).map((c) => c.prompt);
    expect(league.some((prompt) => /Ligue ……/u.test(prompt))).toBe(false);
    expect(league.length).toBeGreaterThan(0);
  });

  it("blanks no count of a vote, nor a figure `soit` works out from a share or a change", () => {
    const analysis = analysisOf(
      "Le Grand Conseil l'a adopté mardi soir par 71 voix contre 24 et 5 abstentions. Il devait réunir une majorité des trois cinquièmes, soit 60 députés sur 100. Le ticket passera de 4 à 5 dirhams, soit une hausse de 25 %.",
    );
    const numbers = askGapFill(analysis)
      .filter((c) => c.answer.kind === "number")
      .map((c) => answerForms(c.answer, analysis).answer);
    expect(numbers.filter((answer) => !/dirhams/u.test(answer))).toEqual([]);
    // `……, soit près de 60 % de la fréquentation`: a share of a total works the count out.
    const share = analysisOf(
      "Le seul samedi, 3 400 personnes ont franchi les portes du bâtiment, soit près de 60 % de la fréquentation du week-end.",
    );
    expect(
      askGapFill(share).some((c) => answerForms(c.answer, share).answer === "3 400 personnes"),
    ).toBe(false);
    // A conversion gives nothing away: either side may be blanked.
    const conversion = analysisOf(
      "Le déneigement coûtera 38 millions de dollars, soit environ 264 dollars par ménage.",
    );
    expect(
      askGapFill(conversion).some(
        (c) => answerForms(c.answer, conversion).answer === "38 millions de dollars",
      ),
    ).toBe(true);
  });

  it("opens no window on a comparison without what it compares (`… contre …… au début …`)", () => {
    const analysis = analysisOf(
      "Le kilo de café robusta s'achète désormais à 9 500 francs congolais auprès des planteurs de la province de la Tshopo, contre 6 200 francs congolais au début de la campagne en avril, a-t-on appris mardi auprès des acheteurs.",
    );
    expect(askGapFill(analysis).some((c) => /« … (?:contre|soit) /u.test(c.prompt))).toBe(false);
  });

  it("blanks neither the hours nor the minutes of a time (`vers 5 h 40`)", () => {
    const analysis = analysisOf(
      "L'intrusion a été détectée lundi vers 5 h 40 par un technicien du service informatique. Le dernier train est arrivé vers 18 h 05 en gare de Sherbrooke.",
    );
    const numbers = askGapFill(analysis).filter((c) => c.answer.kind === "number");
    expect(numbers.map((c) => answerForms(c.answer, analysis).answer)).toEqual([]);
  });

  it("blanks no place inside a company's name (`la Coton …… SN`)", () => {
    const analysis = analysisOf(
      "L'usine d'égrenage de la Coton Tchad SN, à Moundou, a repris ses activités lundi matin.",
    );
    expect(
      askGapFill(analysis)
        .map((c) => c.prompt)
        .filter((p) => p.includes("Coton …… SN")),
    ).toEqual([]);
  });

  it("blanks no piece of a race time (`2 h 31 min 37 s`)", () => {
    const analysis = analysisOf(
      "L'Éthiopienne Tigist Alemu s'est imposée en 2 h 31 min 37 s, devant la Kényane Purity Jeptoo (2 h 33 min 41 s).",
    );
    const numbers = askGapFill(analysis).filter((c) => c.answer.kind === "number");
    expect(numbers.map((c) => answerForms(c.answer, analysis).answer)).toEqual([]);
  });

  it("blanks no minutes of a swimming time (`(4:33.90)`)", () => {
    const analysis = analysisOf(
      "Elle avait déjà remporté vendredi le 400 m quatre nages (4:33.90).",
    );
    const prompts = askGapFill(analysis).map((c) => c.prompt);
    expect(prompts.some((prompt) => prompt.includes("……:33.90"))).toBe(false);
  });

  it("blanks neither the end of a range nor half of a Swiss number", () => {
    const analysis = analysisOf(
      "Le gel a frappé dans la nuit du 8 au 9 juin. La ligne transportera 11'500 voyageurs par jour.",
    );
    const answers = askGapFill(analysis).map((c) => answerForms(c.answer, analysis).answer);
    expect(answers).not.toContain("9 juin");
    expect(answers.some((answer) => /^500/u.test(answer))).toBe(false);
  });

  it("blanks neither a figure's range end (`de cinq à ……`) nor an age set off after a name", () => {
    const analysis = analysisOf(
      "La commande publique pourrait encourager l'installation de cinq à six nouveaux maraîchers dans le Trégor. Son administrateur délégué, Marc Weydert, 58 ans, écope de dix-huit mois de prison avec sursis.",
    );
    const answers = askGapFill(analysis).map((c) => answerForms(c.answer, analysis).answer);
    expect(answers).not.toContain("6 nouveaux maraîchers");
    expect(answers).not.toContain("58 ans");
    expect(answers).toContain("18 mois");
    // A score in sets is given away by the sets' scores written after it.
    const final = analysisOf(
      "Le NR Bordj Bou Arréridj s'est imposé face au MB Béjaïa sur le score de trois sets à un (25-21, 22-25, 25-19, 25-23).",
    );
    expect(askGapFill(final).map((c) => answerForms(c.answer, final).answer)).not.toContain(
      "3 sets",
    );
  });

  it("blanks no common noun written with a capital in a set phrase (`président de la République`)", () => {
    const analysis = analysisOf(
      "Le programme décidé par le président de la République vise les villes côtières.",
    );
    const answers = askGapFill(analysis).map((c) => answerForms(c.answer, analysis).answer);
    expect(answers).not.toContain("République");
  });

  it("blanks no part of a name that carries on with a capital or an en dash", () => {
    const analysis = analysisOf(
      "Les cours ont monté en Afrique de l'Ouest. Les producteurs du Saguenay–Lac-Saint-Jean attendent.",
    );
    const answers = askGapFill(analysis).map((c) => answerForms(c.answer, analysis).answer);
    expect(answers).not.toContain("Afrique");
    expect(answers).not.toContain("Saguenay");
  });

  it("writes every prompt as `Complétez : « … »` with exactly one gap", () => {
    expect(candidates.length).toBeGreaterThan(3);
    for (const candidate of candidates) {
      expect(candidate.template).toBe("gap-fill");
      expect(candidate.prompt).toMatch(/^Complétez : « .+ »$/);
      expect(candidate.prompt.split("……")).toHaveLength(2);
    }
  });

  it("never leaves the answer elsewhere in the clause", () => {
    for (const candidate of candidates) {
      const rest = ` ${normaliseAnswer(candidate.prompt.replace("……", " "))} `;
      const forms = answerForms(candidate.answer, tramway);
      const answer = normaliseAnswer(forms.answer);
      expect(rest.includes(` ${answer} `), `${candidate.prompt} → ${forms.answer}`).toBe(false);
    }
  });

  it("leaves out a person, as a choice among the article's people", () => {
    const [rolland] = withAnswer("person", "Johanna Rolland");
    expect(rolland?.prompt).toBe(
      "Complétez : « La maire de Nantes, ……, a inauguré samedi 14 mai la ligne 6 du tramway. »",
    );
    expect(rolland?.choice).toBe(true);
    expect(rolland?.topic).toBe("gap:Johanna Rolland");
    expect(rolland?.sentence.text).toMatch(/^La maire de Nantes/);
  });

  it("leaves out a date, as a short answer", () => {
    const [date] = withAnswer("date", "samedi 14 mai");
    expect(date?.prompt).toBe(
      "Complétez : « La maire de Nantes, Johanna Rolland, a inauguré …… la ligne 6 du tramway. »",
    );
    expect(date?.choice).toBe(false);
  });

  it("leaves out a quantity, as a choice among nearby numbers", () => {
    const analysis = analysisOf(
      "Le musée d'art moderne a accueilli 25 000 visiteurs l'an dernier.",
    );
    const [visitors] = askGapFill(analysis).filter(
      (c) => answerForms(c.answer, analysis).answer === "25 000 visiteurs",
    );
    expect(visitors?.prompt).toBe(
      "Complétez : « Le musée d'art moderne a accueilli …… l'an dernier. »",
    );
    expect(visitors?.choice).toBe(true);
  });

  it("leaves out a short quotation and keeps its quotation marks", () => {
    const [quote] = withAnswer("phrase", "vraiment attendue");
    expect(quote?.prompt).toContain('a salué une ligne "……" par les habitants');
    expect(quote?.choice).toBe(false);
  });

  it("does not leave out a place that the clause names twice", () => {
    const analysis = analysisOf(
      "La maire de Nantes a inauguré samedi la ligne 6 du tramway de Nantes devant les habitants.",
    );
    const places = askGapFill(analysis).filter((c) => c.answer.kind === "place");
    expect(analysis.places.map((p) => p.name)).toEqual(["Nantes"]);
    expect(places).toEqual([]);
  });

  it("does not leave out a whole long quotation", () => {
    const quote = "Cette ligne change la vie des habitants du sud de la ville";
    const analysis = analysisOf(
      `« ${quote} », a déclaré samedi le vice-président de la métropole, Bertrand Affilé.`,
    );
    const texts = askGapFill(analysis).map((c) => answerForms(c.answer, analysis).answer);
    expect(texts).not.toContain(quote);
  });

  it("leaves out a person's whole name, never only the surname after the first name", () => {
    const analysis = analysisOf(
      "L'avocat de Gérard Poulain, Paul Renard, a annoncé jeudi que son client ferait appel. Gérard Poulain a été condamné par le tribunal de Lyon.",
    );
    const people = askGapFill(analysis).filter((c) => c.answer.kind === "person");
    expect(people.length).toBeGreaterThan(0);
    for (const candidate of people) expect(candidate.prompt).not.toContain("Gérard ……");
  });

  it("asks nothing about a sentence too short to give any context", () => {
    expect(askGapFill(analysisOf("Nantes a gagné 3 matchs."))).toEqual([]);
  });

  it("leaves out noun phrases that start on a whole determiner, not inside a word (`salué`)", () => {
    const analysis = analysisOf(
      "Le ministre a salué la technologie utilisée dans la production de la carte d'identité.",
    );
    for (const candidate of askGapFill(analysis)) {
      if (candidate.answer.kind !== "phrase") continue;
      expect(candidate.answer.text).toMatch(
        /^(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs)(?:\s|(?<=['’]))/u,
      );
    }
  });

  it("does not leave out a phrase that ends on a dangling `de`", () => {
    const analysis = analysisOf(
      "« Cette ligne change la vie des habitants du sud de la ville », a déclaré samedi le vice-président de la métropole, Bertrand Affilé.",
    );
    for (const candidate of askGapFill(analysis)) {
      const answer = answerForms(candidate.answer, analysis).answer;
      expect(answer).not.toMatch(/\s(?:de|du|des|à|au|aux)$/u);
    }
  });

  it("never blanks out the end of a longer name (`Afrique de l'……`, `Comité national de ……`)", () => {
    const prompts = askGapFill(
      analysisOf(
        "Les récoltes ont chuté en Afrique de l'Ouest cette année, selon le Comité national de Gestion, qui réunit quarante membres.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.some((prompt) => prompt.includes("Afrique de l'……"))).toBe(false);
    expect(prompts.some((prompt) => prompt.includes("national de ……"))).toBe(false);
  });

  it("never cuts `N'` off a name, nor a name that runs on to its acronym", () => {
    const prompts = askGapFill(
      analysisOf(
        "Le ministre de l'Agriculture, N'Dri Kouamé Aristide, a reçu mardi les planteurs.",
        "Selon l'Organisation des Nations unies pour l'éducation, la science et la culture (Unesco), le site est menacé.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.some((prompt) => prompt.includes("N'……"))).toBe(false);
    expect(prompts.some((prompt) => /l'…… unies/u.test(prompt))).toBe(false);
  });

  it("does not blank out the first word of a longer name (`l'……` for l'Office)", () => {
    const analysis = analysisOf(
      "L'Office national de l'eau et de l'assainissement (ONEA) a lancé un appel d'offres.",
      "C'est le troisième appel de ce type publié par l'Office cette année.",
    );
    const answers = askGapFill(analysis).map((c) => answerForms(c.answer, analysis).answer);
    expect(answers).not.toContain("Office");
  });

  it("never blanks out the start of a range whose end follows (`dans la nuit de …… à mercredi`)", () => {
    const prompts = askGapFill(
      analysisOf(
        "Le cyclone a touché la côte est dans la nuit de mardi à mercredi, selon la météo nationale.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.some((prompt) => /…… à mercredi/u.test(prompt))).toBe(false);
  });

  it("never cuts a name that carries on after a plus or a slash (`Bernex-P+R`)", () => {
    const answers = askGapFill(
      analysisOf("Un tram au terminus de Genthod-P+R, samedi, sous la pluie, à Genève."),
    ).map((c) => c.prompt);
    expect(answers.some((prompt) => prompt.includes("……+R"))).toBe(false);
  });

  it("never blanks out a place that only locates the one before it, nor an institution everyone names", () => {
    const prompts = askGapFill(
      analysisOf(
        "La fusée a décollé de la base de Kourou, en Guyane, mardi soir.",
        "Le collège a été financé par l'État, la Région Occitanie et le Département du Gard.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.some((prompt) => prompt.includes("Kourou, en ……"))).toBe(false);
    expect(prompts.some((prompt) => prompt.includes("la …… et le Département"))).toBe(false);
  });

  it("never blanks out a time zone (`à 23h48 heure de ……`)", () => {
    const prompts = askGapFill(
      analysisOf("La fusée a décollé à 23h48 heure de Dakar, depuis la base de Kourou."),
    ).map((candidate) => candidate.prompt);
    expect(prompts.some((prompt) => prompt.includes("heure de ……"))).toBe(false);
  });
});

describe("askGapFill on a club named by part of its name", () => {
  it("blanks the club's whole name, never the bare name the article uses later", () => {
    const analysis = analysisOf(
      "Teungueth FC a battu l'ASC Jaraaf de Dakar en finale. Le Jaraaf avait égalisé avant la pause.",
    );
    const blanks = askGapFill(analysis)
      .filter((c) => c.answer.kind === "organisation")
      .map((c) => c.prompt);
    expect(blanks.some((prompt) => prompt.includes("Le …… avait égalisé"))).toBe(false);
    expect(blanks.some((prompt) => prompt.includes("l'……"))).toBe(true);
  });
});

describe("askGapFill on a long sentence cut around the gap", () => {
  it("never ends the window on a small word nor opens it on a torn name's end", () => {
    const analysis = analysisOf(
      "Le trophée a été remis samedi soir au capitaine rufisquois, Mamadou Faye, par le Premier ministre, en présence du ministre des Sports et du président de la Fédération sénégalaise de football, sous les applaudissements de près de quarante mille spectateurs venus de tout le pays.",
    );
    const prompts = askGapFill(analysis).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) {
      expect(prompt).not.toMatch(/\s(?:de|du|des|la|le|les|pour|et|à|au|aux|en)\s…\s»$/u);
      expect(prompt).not.toMatch(/«\s…\s(?:de|du|des|d['’])\s*\p{Lu}/u);
    }
  });

  it("opens no window on the end of a ministry's name (`… de la Recherche et de l'Innovation`)", () => {
    const analysis = analysisOf(
      "Le ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation assure que près de 3,2 milliards de francs CFA ont été débloqués et que les paiements commenceront dans les prochains jours.",
    );
    const prompts = askGapFill(analysis).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) {
      expect(prompt).not.toMatch(/«\s…\s(?:et\s+)?(?:de|du|des|d['’])\s*(?:la\s+|l['’])?\p{Lu}/u);
    }
  });

  it("asks no blank whose window would open inside a name (`la Banque | ouest-africaine`)", () => {
    const analysis = analysisOf(
      "Le tour de table, une série A, a été mené par le fonds Lagune Ventures, basé à Abidjan, aux côtés de deux investisseurs nigérians et de la Banque ouest-africaine de développement (BOAD), qui apporte à elle seule 1,1 milliard de francs CFA.",
    );
    const prompts = askGapFill(analysis).map((c) => c.prompt);
    for (const prompt of prompts) expect(prompt).not.toMatch(/« … ouest-africaine/u);
  });

  it("asks no blank whose own clause in a cut window is a few words (`… il y a ……, a annoncé`)", () => {
    const analysis = analysisOf(
      "Il s'agit de la première preuve d'une reproduction naturelle de l'espèce dans ce cours d'eau depuis le début du programme de réintroduction, il y a onze ans, a annoncé jeudi le Parc naturel Haute-Sûre Forêt d'Anlier.",
    );
    const prompts = askGapFill(analysis).map((c) => c.prompt);
    expect(prompts.some((prompt) => /« … il y a ……/u.test(prompt))).toBe(false);
  });

  it("opens a cut window at a comma rather than inside a title, but not before a relative", () => {
    const analysis = analysisOf(
      "Le ministre de l'Agriculture, du Développement rural et des Productions vivrières, Kouadio Yao Serge, a fait cette annonce mardi à Abidjan, à l'ouverture officielle de la campagne intermédiaire de commercialisation.",
    );
    const named = askGapFill(analysis).find((c) => c.answer.kind === "person");
    expect(named?.prompt).toMatch(/^Complétez : « (?:Le ministre|… Kouadio|……)/u);
    expect(named?.prompt).not.toMatch(/« … rural/u);
    const bridge = analysisOf(
      "Les travaux permettront aux piétons et aux cyclistes d'emprunter le pont Saint-Joseph, où circulent chaque jour près de 9 000 véhicules.",
    );
    const count = askGapFill(bridge).find((c) => c.answer.kind === "number");
    expect(count?.prompt).not.toMatch(/« … où/u);
  });
});

describe("askGapFill inside a name", () => {
  it("leaves no blank for a place that is a word of an organisation's name", () => {
    const analysis = analyseArticle(
      parseArticle(
        "Titre\n\nLe président de l'Ordre national des pharmaciens du Cameroun (ONPC), le Dr Pierre Abena, estime que la crise était prévisible.",
      ),
    );
    expect(
      askGapFill(analysis).filter(
        (candidate) =>
          candidate.answer.kind === "place" && candidate.answer.place.name === "Cameroun",
      ),
    ).toEqual([]);
  });
});

describe("askGapFill on a long subject", () => {
  it("opens the window on the sentence's start rather than mid-phrase when no comma is near", () => {
    const analysis = analyseArticle(
      parseArticle(
        "Titre\n\nLe temps d'attente moyen des porte-conteneurs en rade du port de Casablanca est passé de 38 heures à 17 heures entre octobre 2025 et octobre 2026, a annoncé jeudi l'Agence nationale des ports (ANP).",
      ),
    );
    const gap = askGapFill(analysis).find(
      (candidate) => candidate.answer.kind === "number" && candidate.answer.quantity.value === 17,
    );
    expect(gap?.prompt).toMatch(/^Complétez : « Le temps d'attente moyen des porte-conteneurs/u);
  });
});

describe("askGapFill on blanks that would cut a phrase or a line of practical information", () => {
  // Each article still has blanks; none of them is the one that cuts.
  it.each([
    [
      "a country that an adjective makes a region (`la Suisse romande`)",
      [
        "La tempête qui a balayé la Suisse romande dans la nuit de dimanche à lundi a provoqué d'importants dégâts dans le canton de Vaud, en Suisse.",
      ],
      "la …… romande",
    ],
    [
      "a phrase running into its conjugated verb (`… Agadir | paieront leur trajet`)",
      [
        "Les usagers du transport urbain du Grand Agadir paieront leur trajet plus cher dès janvier.",
      ],
      "…… trajet",
    ],
    [
      "a `Tarif :` line",
      [
        "Le château a été restauré pendant trois ans par la région Bretagne, qui a investi 8,4 millions d'euros dans le chantier.",
        "Tarif : 8 euros ; gratuit pour les moins de 7 ans.",
      ],
      "Tarif",
    ],
    [
      "a figure that leaves its noun's adjective behind (`…… électrogènes`)",
      ["Le centre dispose de deux groupes électrogènes afin de pallier les délestages fréquents."],
      "…… électrogènes",
    ],
    [
      "a name right after `le Dr`",
      [
        "Le centre a été inauguré samedi par le ministre de la Santé publique, le Dr Haja Ravelonjanahary.",
      ],
      "Dr ……",
    ],
  ])("blanks no %s", (_what, paragraphs, cut) => {
    const prompts = askGapFill(analysisOf(...paragraphs)).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.join(" ")).not.toContain(cut);
  });
});

describe("askGapFill on a window opening on an apposition's tail", () => {
  it("asks no blank whose window starts at `… 34 ans, devront` (round 94)", () => {
    const prompts = askGapFill(
      analyseArticle(
        parseArticle(
          "Titre\n\nLes deux prévenus, Thierry Bonnaud, 47 ans, et son beau-frère Kévin Massias, 34 ans, devront en outre verser solidairement 18 400 euros de dommages et intérêts à l'ostréicultrice lésée, Nadège Poupard, installée au Château-d'Oléron.",
        ),
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.filter((prompt) => prompt.includes("34 ans, devront"))).toEqual([]);
  });
});

describe("askGapFill on round 110's cut windows", () => {
  const campaign = analysisOf(
    "Baptisée « Mer sans filets », la campagne, la 3e du genre depuis sa création, a mobilisé 42 plongeurs et une quinzaine de barques de pêche sur une dizaine de sites rocheux situés entre 8 et 25 mètres de profondeur, au nord et au sud de la presqu'île.",
  );
  const prompts = askGapFill(campaign).map((c) => c.prompt);

  it("never ends a window inside a range (`entre 8 …`) nor on `situés`", () => {
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) {
      expect(prompt).not.toMatch(/\s(?:entre|de)\s+\d+\s…\s»$/u);
      expect(prompt).not.toMatch(/\ssitués\s…\s»$/u);
    }
  });

  it("opens no window on an apposition whose verb lost its subject (`… la 3e du genre …, a mobilisé`)", () => {
    for (const prompt of prompts) {
      expect(prompt).not.toMatch(/^Complétez : « … la 3e du genre depuis sa création, a mobilisé/u);
    }
  });
});

describe("askGapFill on a window opening on its verb (round 111)", () => {
  it("opens no window past the subject's incise on `ne pèsent plus que ……`", () => {
    const prompts = askGapFill(
      analysisOf(
        "Les cures médicales, en partie remboursées par les mutualités pour certaines affections rhumatismales et articulaires chroniques, ne pèsent plus que 21 % du chiffre d'affaires, contre près d'un tiers il y a dix ans.",
      ),
    ).map((c) => c.prompt);
    for (const prompt of prompts) expect(prompt).not.toMatch(/^Complétez : « … (?:ne|n['’])\s?/u);
  });
});

describe("askGapFill on a window opening on a pronoun (round 112)", () => {
  it("opens no window on `… et celles d'huile de palme`", () => {
    const prompts = askGapFill(
      analysisOf(
        "Les expéditions de caoutchouc naturel ont progressé de 9 %, à 214 000 tonnes, portées par de nouvelles usines de transformation installées dans l'arrière-pays, et celles d'huile de palme de 6 %.",
      ),
    ).map((c) => c.prompt);
    for (const prompt of prompts) expect(prompt).not.toMatch(/^Complétez : « … (?:et )?celles/u);
  });
});

describe("askGapFill on a quotation inside its window", () => {
  it("nests the quotation's marks (« “Nous …” ») instead of doubling them (« « Nous …)", () => {
    const prompts = askGapFill(
      analysisOf(
        "« Nous avons reçu jusqu'à 45 malades par jour, certains arrivés trop tard », explique sa responsable, le Dr Clarisse Abena Owona.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((prompt) => /«\s*«/u.test(prompt))).toEqual([]);
    expect(prompts).toContain(
      "Complétez : « “Nous avons reçu jusqu'à …… par jour, certains arrivés trop tard”, explique sa responsable, le Dr Clarisse Abena Owona. »",
    );
  });
});

describe("askGapFill on a figure set against the one before", () => {
  it("blanks nothing in `Le coton de deuxième choix sera, lui, acheté à 290 francs le kilo.`", () => {
    const prompts = askGapFill(
      analysisOf(
        "Le coton de premier choix sera acheté à 310 francs CFA le kilo. Le coton de deuxième choix sera, lui, acheté à 290 francs le kilo.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.filter((prompt) => prompt.includes(", lui,"))).toEqual([]);
    expect(prompts.some((prompt) => prompt.includes("premier choix"))).toBe(true);
  });
});

describe("askGapFill on a window cut after a preposition (round 169: Kimpese)", () => {
  it("opens no window on `moitié` torn from `de plus de`", () => {
    const prompts = askGapFill(
      analysisOf(
        "Le coût du transport d'un sac de cossettes de manioc vers le marché de Kimpese, dans le territoire de Songololo, au Kongo-Central, a baissé de plus de moitié depuis la fin des travaux de réhabilitation d'une route de desserte agricole de 38 kilomètres, a-t-on appris samedi auprès de l'administrateur du territoire.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts.filter((prompt) => prompt.includes("« … moitié"))).toEqual([]);
  });
});

describe("askGapFill on a window cut to a fronted participle's phrase (round 171: Danané)", () => {
  it("opens no window that is only `Construite et équipée pour un montant de ……`", () => {
    const prompts = askGapFill(
      analysisOf(
        "Construite et équipée pour un montant de 145 millions de FCFA, la nouvelle structure dispose de deux chambres froides d'une capacité totale de 600 poches, d'un laboratoire de qualification et d'une salle de prélèvement de six fauteuils.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(
      prompts.filter((prompt) => /^Complétez : « Construite[^»]*…… … »$/u.test(prompt)),
    ).toEqual([]);
  });
});
