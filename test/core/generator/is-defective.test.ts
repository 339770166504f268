import { describe, expect, it } from "vitest";
import type { AnswerForms } from "../../../src/core/generator/answer-forms";
import {
  endsBeforeParticipleComplement,
  isDefective,
} from "../../../src/core/generator/is-defective";

function forms(...accepted: string[]): AnswerForms {
  return { answer: accepted[0] ?? "", accepted, rejected: [] };
}

const michel = forms("Charles Michel", "Michel");

describe("isDefective", () => {
  it("takes *Qui* asked of a place's score for defective (*Qui a enregistré un taux de succès de 58,4 % ? → la province du Sourou*)", () => {
    expect(
      isDefective("Qui a enregistré un taux de succès de 58,4 % ?", forms("la province du Sourou")),
    ).toBe(true);
    expect(
      isDefective("Qui a enregistré un taux de succès de 58,4 % ?", forms("le lycée Zinda Kaboré")),
    ).toBe(false);
  });

  it("takes an object pronoun before an infinitive for a loose reference (round 167: `pourront ainsi les étudier`)", () => {
    expect(
      isDefective(
        "Qui a précisé que des chercheurs pourront ainsi les étudier sans manipuler les originaux ?",
        forms("Mohamed Lemine Ould Cheikhna"),
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Qui a précisé que des chercheurs pourront étudier les manuscrits sans manipuler les originaux ?",
        forms("Mohamed Lemine Ould Cheikhna"),
      ),
    ).toBe(false);
  });

  it("takes a town described by the district it lies in for defective (round 166: Theux)", () => {
    expect(
      isDefective(
        "Combien d'habitants la commune de l'arrondissement de Verviers compte-t-elle ?",
        forms("12 300 habitants"),
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Combien d'habitants la commune de Theux compte-t-elle ?",
        forms("12 300 habitants"),
      ),
    ).toBe(false);
  });

  it("takes an event asked with *Qui* and `le tout` for defective (round 165)", () => {
    expect(
      isDefective(
        "Qui a réuni 32 équipes sur le lac gelé en fin de semaine ?",
        forms("la première Classique Ponik"),
      ),
    ).toBe(true);
    expect(isDefective("Qui a réuni 32 équipes sur le lac gelé ?", forms("Classique Ponik"))).toBe(
      true,
    );
    expect(
      isDefective("Qui a réuni 32 équipes sur le lac gelé ?", forms("le comité organisateur")),
    ).toBe(false);
    expect(isDefective("Combien le tout a-t-il coûté ?", forms("96 millions d'ariary"))).toBe(true);
    expect(
      isDefective(
        "Complétez : « Le tout a coûté ……, financés à parts égales par la commune. »",
        forms("96 millions d'ariary"),
      ),
    ).toBe(true);
    expect(isDefective("Combien le projet a-t-il coûté ?", forms("96 millions d'ariary"))).toBe(
      false,
    );
  });

  it("takes *Qui ferme la marche ?* for defective: last of a ranking it does not name (round 142)", () => {
    const forms = {
      answer: "la CISCO de Mandritsara",
      accepted: ["la CISCO de Mandritsara"],
      rejected: [],
    };
    expect(isDefective("Qui ferme la marche ?", forms)).toBe(true);
    expect(isDefective("Qui a ouvert le score à la 34e minute ?", forms)).toBe(false);
  });

  it("rejects a prompt that gives the answer away (the @example)", () => {
    expect(isDefective("Qui a conduit la délégation de Charles Michel ?", michel)).toBe(true);
  });

  it.each([
    ["the surname", "Qui a conduit la délégation de Michel ?"],
    ["the name in capitals", "Qui a conduit la délégation de MICHEL ?"],
    ["the acronym", "Que signifie le sigle FMI ?", forms("FMI", "Fonds monétaire international")],
    [
      "the name with its determiner",
      "Qui a parlé à l'Office des étrangers ?",
      forms("l'Office des étrangers"),
    ],
    ["the number", "Combien de jours a duré le séjour de 2 ministres ?", forms("2 jours", "2")],
  ])("rejects a prompt that contains %s", (_, prompt, answerForms = michel) => {
    expect(isDefective(prompt, answerForms)).toBe(true);
  });

  it("accepts a prompt that only contains a longer word starting like the answer", () => {
    expect(isDefective("Qui a conduit la délégation de Michelle ?", michel)).toBe(false);
    expect(isDefective("Qui a conduit la délégation belge ?", michel)).toBe(false);
  });

  it("accepts `Que signifie le sigle FMI ?` when only the expansion is accepted", () => {
    expect(isDefective("Que signifie le sigle FMI ?", forms("Fonds monétaire international"))).toBe(
      false,
    );
  });

  it.each([
    ["Qui a parlé à la ?"],
    ["Qui a parlé au nom de ?"],
    ["Qui a dit que la ligne serait prête et ?"],
    ["Qui a remis le prix aux ?"],
    ["Qu'a-t-on décidé à la suite ?"],
  ])("rejects %j, which ends on a dangling word", (prompt) => {
    expect(isDefective(prompt, michel)).toBe(true);
  });

  it("accepts `suite` that ends `faire suite à` (*À quoi la décision fait-elle suite ?*)", () => {
    expect(isDefective("À quoi la décision fait-elle suite ?", forms("une baisse"))).toBe(false);
  });

  it.each([
    ["Qui il a rencontré à Rabat ?"],
    ["Quand elle a-t-elle parlé à la presse ?"],
    ["Combien ils ont marqué de buts ?"],
    ["Pourquoi est-ce que certaines entreprises y ont fermé leurs portes ?"],
    ["Où est-ce qu'il en a fait l'annonce ?"],
  ])("rejects %j, whose pronoun has no antecedent", (prompt) => {
    expect(isDefective(prompt, michel)).toBe(true);
  });

  it("rejects a quotation cut open and a pronoun with nothing to stand for", () => {
    const film = forms("Rania Haddad");
    expect(isDefective("Qui a réalisé le film « Rif ?", film)).toBe(true);
    expect(isDefective("Quand il en a-t-il annoncé la récolte ?", film)).toBe(true);
    expect(isDefective("Qui a réalisé le film « Rif » ?", film)).toBe(false);
    expect(isDefective("Quand la récolte a-t-elle commencé ?", film)).toBe(false);
    expect(isDefective("Qui a déclaré : « Il faut agir vite » ?", film)).toBe(false);
  });

  it("rejects a demonstrative pointing back to a sentence not shown, in questions and statements", () => {
    const film = forms("Rania Haddad");
    expect(isDefective("Ottawa estime que celle-ci pourrait créer 900 emplois.", film, true)).toBe(
      true,
    );
    expect(isDefective("Combien d'élèves ce dernier accueille-t-il ?", film)).toBe(true);
    expect(
      isDefective("Ottawa estime que la filière pourrait créer 900 emplois.", film, true),
    ).toBe(false);
    expect(
      isDefective("Les trois autres ont péri dans l'effondrement de leur maison.", film, true),
    ).toBe(true);
    expect(isDefective("L'autre a été blessé à Toliara.", film, true)).toBe(true);
    expect(
      isDefective("La société civile a cependant réclamé un audit à Lusaka.", film, true),
    ).toBe(true);
  });

  it("rejects a question without its spaced question mark", () => {
    expect(isDefective("Qui a conduit la délégation belge", michel)).toBe(true);
    expect(isDefective("Qui a conduit la délégation belge?", michel)).toBe(true);
  });

  it("rejects prompts that are too short or too long", () => {
    expect(isDefective("Qui est ?", michel)).toBe(true);
    const long = `Qui a inauguré la ligne ${"de tramway ".repeat(20)}?`;
    expect(long.length).toBeGreaterThan(220);
    expect(isDefective(long, michel)).toBe(true);
  });

  it("rejects a statement that opens on a pronoun (`C'est le poumon du corridor …`)", () => {
    expect(
      isDefective("C'est le poumon du corridor Dakar-Bamako.", forms("Tambacounda"), true),
    ).toBe(true);
    expect(isDefective("Le pont est le poumon du corridor.", forms("Tambacounda"), true)).toBe(
      false,
    );
  });

  it("accepts a statement without a question mark only when asked as a statement", () => {
    const statement = "Johanna Rolland est la maire de Nantes.";
    expect(isDefective(statement, forms(), true)).toBe(false);
    expect(isDefective(statement, forms())).toBe(true);
  });

  it("accepts a gap-fill prompt, which has no question mark", () => {
    const prompt = "Complétez : « La maire de Nantes, ……, a inauguré la ligne 6 du tramway. »";
    expect(isDefective(prompt, forms("Johanna Rolland", "Rolland"))).toBe(false);
    const leaky = "Complétez : « La maire de Nantes, Rolland, a inauguré …… la ligne 6. »";
    expect(isDefective(leaky, forms("Johanna Rolland", "Rolland"))).toBe(true);
  });

  it.each([
    [
      "a figure cut from its unit",
      "Qui avait émis un bulletin annonçant des chutes de neige de 40 ?",
    ],
    ["a participle clause read as a subject", "Qui a apporté le reste étant ?"],
    [
      "a participle that does not agree with the noun before it",
      "Où le projet sera-t-il réalisé sur un site de 35 hectares situé ?",
    ],
    ["the first person of a quotation", "Qui a déclaré que j'ai compris tout de suite ?"],
    ["the first person, possessive", "Qui a remporté la plus belle victoire de ma carrière ?"],
    ["a capitalised function word", "Pourquoi est-ce que Beaucoup se sont endettés ?"],
    [
      "a subject cut at its conjunction",
      "Pourquoi les souches prélevées sur les malades et ont-elles été transmises ?",
    ],
    [
      "a bare capitalised noun after est-ce que",
      "Quel jour est-ce que Direction et syndicats ont signé un accord ?",
    ],
    ["a measure the question does not name", "Quand la mesure a-t-elle été approuvée ?"],
    [
      "a possessive the question does not resolve",
      "Pourquoi ses deux députés se sont-ils abstenus ?",
    ],
    [
      "a singular possessive subject",
      "Pourquoi sa peine est-elle ramenée de douze à huit mois de prison avec sursis ?",
    ],
    ["a possessive subject of a figure", "De combien son coût initial a-t-il augmenté ?"],
    [
      "a possessive after a count of votes",
      "Par combien de voix sa proposition a-t-elle été rejetée ?",
    ],
    [
      "a situation the question does not name",
      "À quoi cette situation a-t-elle poussé les services forestiers ?",
    ],
    ["a change someone explains, not named (round 66)", "Qui attribue cette hausse ?"],
    ["a change not named (round 120)", "Comment ce retard s'explique-t-il ?"],
    ["a subject that points back (round 119)", "Pourquoi cette stratégie a-t-elle ses limites ?"],
    ["a company not named (round 119)", "Qu'a annoncé la société ?"],
    ["one man of several (round 120)", "Pourquoi le tribunal a-t-il condamné un homme ?"],
    ["an action named alone (round 67)", "Qui annonce l'arrivée ?"],
    [
      "a pair the question does not name (round 68)",
      "Quelle part de sa production ces deux marchés absorbent-ils ?",
    ],
    ["a possessive subject after Quel montant (round 69)", "Quel montant son coût atteint-il ?"],
    [
      "a clause cut before its participle (round 68)",
      "Qui a approuvé le budget doit encore être ?",
    ],
    [
      "people of a group not shown (round 67)",
      "Pourquoi est-ce que onze d'entre eux ont été hospitalisés ?",
    ],
    [
      "a kind named by the sentence before",
      "Combien d'installations de ce type ont été recensées ?",
    ],
    ["figures the question does not name", "Qui a présenté les chiffres ?"],
    ["estimates the question does not name", "Qui a réalisé les estimations ?"],
    [
      "a possessive after est-ce que",
      "À quelle peine est-ce que deux de ses employés ont été condamnés ?",
    ],
    [
      "a dangling ainsi",
      "Pourquoi est-ce que 420 agents seront déployés dans les régions du pays ainsi ?",
    ],
    [
      "a demonstrative inside a why (round 75)",
      "Pourquoi une partie de cette somme a-t-elle servi à renforcer la sécurité ?",
    ],
    [
      "a demonstrative inside a why after whose view it is",
      "Selon le ministère, pourquoi une partie de cette somme a-t-elle servi à renforcer la sécurité ?",
    ],
    [
      "a demonstrative inside a reason given (round 71)",
      "Par quoi le gouvernement justifie-t-il cette loi ?",
    ],
    ["a subject that is someone's (round 88)", "Que déposerait son club ?"],
    [
      "an inverted subject that is someone's",
      "Combien de personnes ses équipes ont-elles évacuées ?",
    ],
    [
      "a comparison cut from what it compares with (round 89)",
      "Quelle agence météorologique prévoit des précipitations supérieures ?",
    ],
    [
      "years counted as `ans` (round 90)",
      "Combien d'ans moins est-ce que la procureure réclamait ?",
    ],
    [
      "a time between the counted noun and the subject (round 91)",
      "Combien d'élèves cette rentrée l'établissement compte-t-il ?",
    ],
    ["an envelope without what it funds (rounds 87, 91)", "Quel est le montant de l'enveloppe ?"],
    [
      "a delay without what it follows (round 89)",
      "Combien de minutes plus tard Renaissance FC a-t-il égalisé ?",
    ],
    [
      "a time before est-ce que (round 75)",
      "Combien de buts cette saison est-ce que Kourouma compte désormais ?",
    ],
    [
      "a lone capital cut from its name",
      "Combien de cas d'hépatite le ministère a-t-il recensés A ?",
    ],
    [
      "a preposition read as the verb, a second verb after the inversion",
      "Pourquoi le trajet entre-t-il les deux extrémités de la ligne sera effectué en sept minutes environ ?",
    ],
    [
      "a condition pointing back to a sentence not shown",
      "Qui a assuré que si c'est le cas, chaque personne concernée sera avisée individuellement ?",
    ],
    [
      "a singular possessive after a plural subject",
      "Pourquoi les coupures programmées seront-elles communiquées chaque jour à 17h sur son site internet ?",
    ],
    ["a deed the answer's own names (round 122)", "Qui a porté son attaque décisive ?"],
    ["a possessive subject with no owner (round 123)", "À combien s'élève son budget ?"],
    ["a decision not named (round 123)", "Pourquoi la décision a-t-elle été prise ?"],
    ["a superlative with no noun (round 125)", "Combien de temps a duré le plus long ?"],
    [
      "a why of two deeds (round 126)",
      "Pourquoi le gouvernement provincial a-t-il décrété un deuil et rappelé l'interdiction de la navigation nocturne ?",
    ],
    ["what a company signed, vaguely (round 125)", "Qu'a signé l'entreprise ?"],
    ["who did a deed on a bare noun (rounds 100–127)", "Qui a soutenu le projet ?"],
    ["a trip not named (round 122)", "Quelle est la longueur du parcours ?"],
    ["a scale counted with no noun (round 129)", "Combien de millions produit l'usine ?"],
    ["a measure that climbs (round 122)", "À combien grimpe la mesure la plus discutée ?"],
    ["an urging cut from what it urges to", "Qui a appelé les partenaires internationaux ?"],
    [
      "a why of two deeds, the second finite",
      "Pourquoi la Ville puisera-t-elle sept millions de dollars dans ses surplus et reportera certains travaux ?",
    ],
    ["who did a deed on a bare noun, plural", "Qui avaient négocié la grille ?"],
    [
      "a why of two deeds, inverted without `-t-` (round 130)",
      "Pourquoi les 38 kilogrammes d'ivoire ont-ils été placés sous scellés et seront transférés à Libreville ?",
    ],
    [
      "a bare subject that opened its sentence (round 123)",
      "Combien de personnes est-ce que Sapeurs-pompiers et gendarmes ont évacuées en pirogue ?",
    ],
    [
      "a thing named by a demonstrative (round 121)",
      "À combien le bol de cette farine de manioc est-il passé ?",
    ],
    ["an unnamed change (round 121)", "Comment cette augmentation s'explique-t-elle ?"],
    [
      "a blank compared with a figure cut off (round 121)",
      "Complétez : « … chef-lieu de la préfecture de l'Haho, contre …… il y a un mois … »",
    ],
    [
      "a gap-fill whose `lui` stands for someone in the sentence before",
      "Complétez : « Cet abonnement lui coûte près de …… par mois pour 5 ampères. »",
    ],
  ])("rejects %s", (_, prompt) => {
    expect(isDefective(prompt, forms("réponse"))).toBe(true);
  });

  it("keeps who won or led, and a deed with more than a bare noun", () => {
    expect(isDefective("Qui a remporté la course ?", forms("Sarah Dethier"))).toBe(false);
    expect(isDefective("Qui a conduit la délégation belge ?", forms("Charles Michel"))).toBe(false);
    expect(isDefective("Qui a financé la construction du pont ?", forms("la BID"))).toBe(false);
  });

  it("reads two adjectives joined by `et` as no second deed (`publiques et privées`)", () => {
    expect(
      isDefective(
        "Pourquoi le ministère a-t-il annoncé la fermeture des écoles publiques et privées jeudi ?",
        forms("car les routes restent dangereuses"),
      ),
    ).toBe(false);
  });

  it("rejects an event asked *Qui*, a rank keyed for a what, a purpose asked of *seul* (round 124)", () => {
    expect(isDefective("Qui réunit 16 équipes et 94 coureurs ?", forms("le Tour du Rwanda"))).toBe(
      true,
    );
    expect(isDefective("Qui réunit 16 équipes ?", forms("la Fédération rwandaise"))).toBe(false);
    expect(isDefective("Qu'obtient la série D ?", forms("le meilleur taux de réussite"))).toBe(
      true,
    );
    expect(
      isDefective(
        "Pourquoi est-ce que seul un groupe d'une trentaine d'hommes s'est présenté ?",
        forms("pour disputer la victoire"),
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Pourquoi est-ce qu'un groupe d'une trentaine d'hommes s'est présenté ?",
        forms("pour disputer la victoire"),
      ),
    ).toBe(false);
  });

  it("rejects an idiom keyed as a thing made (round 126: *Qu'a créé … ? → la surprise*)", () => {
    expect(
      isDefective("Qu'a créé la Camerounaise Mireille Ngo Bayiha ?", forms("la surprise")),
    ).toBe(true);
    expect(isDefective("Qu'a créé la coopérative ?", forms("une unité de transformation"))).toBe(
      false,
    );
  });

  it("rejects a time keyed as what set something off (round 122)", () => {
    const prompt = "Qu'est-ce qui avait déclenché l'enquête ?";
    expect(isDefective(prompt, forms("le printemps 2022"))).toBe(true);
    expect(isDefective(prompt, forms("un écart dans les comptes du club"))).toBe(false);
  });

  it.each([
    "À combien le gouvernement burundais a-t-il fixé le prix d'un kilogramme de café cerise A ?",
    "Combien de longs métrages cette édition a-t-elle réunis ?",
    "Pourquoi la ville est-elle devenue ces dernières années un point de départ ?",
    "Complétez : « Le bol de maïs se vend 450 F CFA, contre …… il y a un mois. »",
    "Pourquoi les écoles resteront-elles fermées cette semaine ?",
    "Combien de personnes ont été blessées ?",
    "À combien s'élève le budget du film ?",
    "Combien de temps a duré l'épisode le plus long ?",
    "Pourquoi le club a-t-il recruté un entraîneur et des joueurs ?",
    "Qu'a signé la ministre de la Santé ?",
    "Pourquoi la décision de fermer le pont a-t-elle été prise ?",
    "Combien de personnes est-ce que Sonatrach a embauchées ?",
    "Pourquoi est-ce que Pêches et Océans Canada a décidé de reporter l'ouverture de la pêche ?",
    "Combien de personnes sont toujours portées disparues ?",
    "Combien de femmes figurent parmi les personnes interpellées ?",
    "Quel jour le préfet a-t-il signé deux arrêtés ?",
    "Qui a inauguré la Foire de La Louvière ?",
    "Pourquoi la ville est-elle devenue ces dernières années un point de départ ?",
    "Qui a dit : « Nous avons gagné » ?",
    "Quelle est la vitesse des rafales, de 40 km/h ?",
    "De combien les charges ont-elles augmenté par rapport à 2024 ?",
    "Pourquoi les joueurs ont-ils salué leur entraîneur ?",
    "Qui a présenté les chiffres du chômage ?",
    "Comment la hausse du prix du mil s'explique-t-elle ?",
    "Pourquoi cette année a-t-elle été difficile ?",
    "Qui a ouvert la séance ce mardi ?",
    "Pourquoi le ministre a-t-il affirmé que la ligne sera prête en mai ?",
    "Pourquoi le club a-t-il recruté des joueurs qui ont gagné la coupe ?",
    "Complétez : « Le coton de deuxième choix sera quant à lui acheté à …… le kilo. »",
    "Complétez : « La station accueille à lui seul près de …… étudiants. »",
  ])("accepts %s", (prompt) => {
    expect(isDefective(prompt, forms("réponse"))).toBe(false);
  });

  it("rejects a count a word of the prompt says (`auteur d'un doublé` for 2), not another count", () => {
    const two = { ...forms("2 fois"), value: 2 };
    const prompt =
      "Complétez : « Les « Noir et Jaune » ont cédé …… face à l'attaquant, auteur d'un doublé. »";
    expect(isDefective(prompt, two)).toBe(true);
    expect(isDefective(prompt, { ...forms("3 fois"), value: 3 })).toBe(false);
  });

  // Round 78's DEFECTs, in their own shape.
  it.each([
    ["a question cut before its complement", "Qui a remporté le derby abidjanais face ?"],
    [
      "a `ne` left without its negation",
      "Quelle est la capacité totale de la coopérative ne dispose ?",
    ],
    ["a `n'` left without its negation", "Combien de lits l'hôpital n'a-t-il ?"],
    ["how long someone has, but for what", "Combien de temps ont les parties ?"],
  ])("rejects %s: %s", (_, prompt) => {
    expect(isDefective(prompt, forms("réponse"))).toBe(true);
  });

  it.each([
    "Pourquoi la coopérative ne dispose-t-elle plus de magasin ?",
    "Pourquoi le ministre n'a-t-il pas signé l'accord ?",
    "Combien de temps les parties ont-elles pour faire appel ?",
    "Combien de temps a duré la grève ?",
  ])("accepts %s", (prompt) => {
    expect(isDefective(prompt, forms("réponse"))).toBe(false);
  });

  it("rejects a key cut inside a quotation, that names nothing or is one letter", () => {
    const prompt = "Qu'a déclaré le coordonnateur du syndicat ?";
    expect(isDefective(prompt, forms("le gouvernement doit payer »"))).toBe(true);
    expect(isDefective(prompt, forms("« le gouvernement doit payer »"))).toBe(false);
    const what = "Qu'ouvrira la région l'an prochain ?";
    expect(isDefective(what, forms("une unité similaire"))).toBe(true);
    expect(isDefective(what, forms("le prochain rendez-vous"))).toBe(true);
    expect(isDefective(what, forms("la même salle"))).toBe(true);
    expect(isDefective(what, forms("une unité de dialyse"))).toBe(false);
    expect(isDefective("Quelle saison fera l'objet d'un prix plancher ?", forms("B"))).toBe(true);
  });

  it("rejects a possessive before anything it could refer to (`À combien leur taux … ?`)", () => {
    expect(isDefective("À combien leur taux de survie est-il estimé ?", forms("5 %"))).toBe(true);
    expect(isDefective("Quel est son montant total ?", forms("5 000 euros"))).toBe(true);
    expect(isDefective("À combien le parc estime-t-il leur taux de survie ?", forms("5 %"))).toBe(
      false,
    );
  });

  it("rejects a participle cut from the complement it needs (`mangue destinée a-t-il`)", () => {
    const price = forms("135 francs CFA");
    expect(
      isDefective(
        "À combien le prix plancher du kilogramme de mangue destinée a-t-il été fixé ?",
        price,
      ),
    ).toBe(true);
    expect(isDefective("Combien de lits sont réservés ?", price)).toBe(true);
    expect(
      isDefective(
        "À combien le prix plancher du kilogramme de mangue destinée à l'exportation a-t-il été fixé ?",
        price,
      ),
    ).toBe(false);
  });

  it("rejects round 80's shapes: a pronoun read as a name, a decimal cut, a demonym for a name", () => {
    expect(isDefective("Qu'ont reçu Toutes ?", forms("un traitement préventif"))).toBe(true);
    expect(
      isDefective("Quel canton participera 2 million de francs ?", forms("le canton de Berne")),
    ).toBe(true);
    expect(
      isDefective(
        "Quel canton participera à hauteur de 12 millions de francs ?",
        forms("le canton de Berne"),
      ),
    ).toBe(false);
    expect(
      isDefective("Qui a fait la différence à la passe de Taapuna ?", forms("le Mooréen")),
    ).toBe(true);
    expect(isDefective("Qui a signé l'accord avec le Togo ?", forms("le Bénin"))).toBe(false);
  });

  it("rejects round 81's shapes: `signer une victoire` asked as a thing signed, a key cut at its participle", () => {
    expect(isDefective("Qu'a signé l'AS Capoise ?", forms("une victoire de prestige"))).toBe(true);
    expect(
      isDefective("Qu'ont signé les Sélestadiens ?", forms("une remontée spectaculaire")),
    ).toBe(true);
    expect(isDefective("Qu'a signé le ministre ?", forms("un accord de coopération"))).toBe(false);
    expect(
      isDefective("Qu'avaient découvert les agents ?", forms("412 diamants bruts dissimulés")),
    ).toBe(true);
    expect(isDefective("Qu'avaient découvert les agents ?", forms("412 diamants bruts"))).toBe(
      false,
    );
  });

  it("rejects round 82's shapes: what of people, Quel before an adjective, a duration cut from `après`", () => {
    const answer = forms("réponse");
    expect(isDefective("Qu'a condamné la chambre correctionnelle du tribunal ?", answer)).toBe(
      true,
    );
    expect(isDefective("Quel territorial réclame un barème d'indemnisation ?", answer)).toBe(true);
    expect(isDefective("Quand la première patiente est-elle décédée trois jours ?", answer)).toBe(
      true,
    );
    expect(isDefective("Qu'a annoncé la chambre correctionnelle du tribunal ?", answer)).toBe(
      false,
    );
    expect(isDefective("Quel conseiller réclame un barème d'indemnisation ?", answer)).toBe(false);
    expect(isDefective("Combien de temps la grève a-t-elle duré ?", answer)).toBe(false);
  });

  it("asks what someone received when it is a prize or a grant, not a visitor", () => {
    expect(isDefective("Qu'a reçu la romancière Aminata Koné ?", forms("le prix Akwaba"))).toBe(
      false,
    );
    expect(isDefective("Qu'a reçu la commune ?", forms("une subvention de l'État"))).toBe(false);
    expect(isDefective("Qu'a reçu Issouf Kaboré ?", forms("une délégation syndicale"))).toBe(true);
  });

  it("rejects a gap-fill window that opens on its blank and is cut before its verb (round 85)", () => {
    const figure = forms("38 %");
    expect(
      isDefective(
        "Complétez : « Près de …… des colonies observées dans le lagon de Saint-Paul … »",
        figure,
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Complétez : « Près de …… des colonies observées présentaient des signes de stress … »",
        figure,
      ),
    ).toBe(false);
    expect(
      isDefective(
        "Complétez : « Au cours de son séjour de …… au Maroc, la première depuis … »",
        forms("2 jours"),
      ),
    ).toBe(false);
  });

  it("rejects round 86's shapes: a pronoun against its participle, a figure for a subject, a second complement lost, a canton's code", () => {
    const cause = forms("un risque d'effondrement");
    expect(
      isDefective(
        "Pourquoi une trentaine de ménages ont-elles été évacués pendant la nuit ?",
        cause,
      ),
    ).toBe(true);
    expect(isDefective("Pourquoi les ménages ont-ils été évacués pendant la nuit ?", cause)).toBe(
      false,
    );
    expect(isDefective("Quand la ministre a-t-elle annoncé la mesure ?", forms("mardi"))).toBe(
      false,
    );
    expect(isDefective("Qu'ont obtenu 123 ?", forms("leur diplôme d'État"))).toBe(true);
    expect(isDefective("Qui avait placé la province du Brabant flamand ?", forms("l'IRM"))).toBe(
      true,
    );
    expect(isDefective("Qui a placé la province en alerte orange ?", forms("l'IRM"))).toBe(false);
    expect(isDefective("Qui a accepté un crédit de 14,6 millions ?", forms("GE"))).toBe(true);
    expect(
      isDefective("Qui a accepté un crédit de 14,6 millions ?", forms("le Conseil municipal")),
    ).toBe(false);
  });

  it("rejects round 98's shapes: a place or a stay lost after a gathering, a plural subject before a singular verb, a subject blank after its source", () => {
    const crowd = forms("130 personnes");
    expect(isDefective("Combien de personnes se sont pressées ?", crowd)).toBe(true);
    expect(
      isDefective("Combien de personnes se sont pressées dans la médiathèque du Lamentin ?", crowd),
    ).toBe(false);
    const stay = forms("6 semaines");
    expect(isDefective("Combien de temps passeront les étudiants ?", stay)).toBe(true);
    expect(
      isDefective("Combien de temps passeront les étudiants sur un site d'exploitation ?", stay),
    ).toBe(false);
    const who = forms("le directeur départemental de la Santé");
    expect(isDefective("Qui les personnes mordues par un chien a-t-elle annoncé ?", who)).toBe(
      true,
    );
    expect(isDefective("Qui les joueurs ont-ils battu ?", forms("l'ASEC Mimosas"))).toBe(false);
    const trick = forms("la supercherie");
    expect(isDefective("Qu'ont découvert la plupart ?", trick)).toBe(true);
    expect(isDefective("Qu'ont découvert la plupart des victimes ?", trick)).toBe(false);
    const rise = forms("20 %");
    expect(
      isDefective("Complétez : « … en hausse de …… par rapport à la campagne précédente. »", rise),
    ).toBe(true);
    expect(
      isDefective(
        "Complétez : « La production atteint 78 000 tonnes, en hausse de …… sur un an. »",
        rise,
      ),
    ).toBe(false);
    const director = forms("Mourad Ben Hamouda");
    expect(isDefective("Qui le coût du projet s'élève a-t-il précisé ?", director)).toBe(true);
    expect(isDefective("Pourquoi le chantier s'est-il arrêté en mars ?", director)).toBe(false);
    const share = forms("30 %");
    expect(
      isDefective(
        "Complétez : « Selon les Services paramédicaux du Grand Sudbury, près de …… des appels reçus dans certains secteurs … »",
        share,
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Complétez : « Selon les Services paramédicaux, près de …… des appels proviennent de francophones. »",
        share,
      ),
    ).toBe(false);
    // A window that does not open on its blank: `D'un coût de` names what the figure is.
    expect(
      isDefective(
        "Complétez : « D'un coût de ……, entièrement financé par l'État nigérien … »",
        share,
      ),
    ).toBe(false);
  });
});

describe("isDefective on round 103's shapes", () => {
  it("refuses a blank in brackets restating the figure just before it", () => {
    const cases = forms("412 cas", "412");
    expect(
      isDefective(
        "Complétez : « … où quatre cent douze (……) cas suspects ont été notifiés. »",
        cases,
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Complétez : « Dans la région, quelque …… cas suspects ont été notifiés à Bambari. »",
        cases,
      ),
    ).toBe(false);
  });

  it("refuses a blank whose fragment opens on a relative pronoun (set CL's Fana)", () => {
    const share = forms("70 %", "70");
    expect(
      isDefective(
        "Complétez : « … qui représentent selon le médecin-chef près de …… des besoins en oxygène du centre. »",
        share,
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Complétez : « Les bouteilles représentent selon le médecin-chef près de …… des besoins en oxygène du centre. »",
        share,
      ),
    ).toBe(false);
  });

  it("refuses a subject whose possessive has no owner in the question (set CL's Bras-Panon)", () => {
    const catch_ = forms("4,5 tonnes", "4,5");
    expect(
      isDefective("À combien sont passées les prises déclarées à son embouchure ?", catch_),
    ).toBe(true);
    expect(
      isDefective(
        "À combien sont passées les prises déclarées à l'embouchure de la rivière ?",
        catch_,
      ),
    ).toBe(false);
  });

  it("refuses a question ending on what needs its complement (`uniquement accessibles`)", () => {
    const people = forms("60 000 habitants", "60 000");
    expect(
      isDefective("Combien d'habitants vivent dans des localités uniquement accessibles ?", people),
    ).toBe(true);
    expect(
      isDefective("Combien d'habitants vivent dans des localités enclavées de la région ?", people),
    ).toBe(false);
  });
});

describe("isDefective on round 105's shapes", () => {
  const year = forms("2027");
  it("refuses a verb and its pronoun that disagree in number", () => {
    expect(
      isDefective(
        "En quelle année les travaux débuteront au printemps et l'ouverture est-ils prévue ?",
        year,
      ),
    ).toBe(true);
    expect(isDefective("En quelle année l'ouverture est-elle prévue ?", year)).toBe(false);
    expect(isDefective("En quelle année les travaux sont-il prévus ?", year)).toBe(true);
    expect(isDefective("En quelle année les travaux sont-ils prévus ?", year)).toBe(false);
  });

  it("refuses a question ending on `fois`, cut from how often", () => {
    const association = forms("Cotentin Faune Sauvage");
    expect(
      isDefective("Quelle association assure les comptages à marée basse deux fois ?", association),
    ).toBe(true);
    expect(
      isDefective("Quelle association assure les comptages à marée basse ?", association),
    ).toBe(false);
  });

  it("refuses round 108's shapes: `ses portes` as a thing opened, `celui de` as a subject, `Seules` kept", () => {
    expect(
      isDefective("Qu'a rouvert le musée historique d'Abomey ?", forms("ses portes au public")),
    ).toBe(true);
    expect(
      isDefective("Qu'a rouvert le musée historique d'Abomey ?", forms("sa salle du trône")),
    ).toBe(false);
    const counter = forms("un guichet unique");
    expect(isDefective("Qu'ouvrira celui de la province de Namur ?", counter)).toBe(true);
    expect(isDefective("Qu'ouvrira la province de Namur ?", counter)).toBe(false);
    // The antecedent in the prompt itself: kept.
    expect(
      isDefective(
        "De combien le budget a-t-il augmenté par rapport à celui de 2025 ?",
        forms("12 %"),
      ),
    ).toBe(false);
    const cause = forms("car les producteurs attendaient une hausse du prix");
    expect(
      isDefective("Pourquoi est-ce que Seules 11 000 tonnes avaient été enregistrées ?", cause),
    ).toBe(true);
    expect(
      isDefective("Pourquoi est-ce que seules 11 000 tonnes avaient été enregistrées ?", cause),
    ).toBe(false);
    // A town's name whose stem is a function word (`Mons` → `mon`) is a name.
    expect(
      isDefective(
        "Par combien de voix le conseil communal de Mons a-t-il adopté le budget ?",
        forms("27 voix pour"),
      ),
    ).toBe(false);
  });

  it("refuses `sur la même période` with nothing to say which (round 110, dev), not `la même période de 2025`", () => {
    const cause = forms("l'inflation des dernières années");
    expect(
      isDefective("Pourquoi le syndicat réclame-t-il plutôt 17 % sur la même période ?", cause),
    ).toBe(true);
    expect(
      isDefective(
        "De combien le nombre d'escales a-t-il augmenté par rapport à la même période de 2025 ?",
        forms("6 %"),
      ),
    ).toBe(false);
    expect(
      isDefective(
        "De combien le prix a-t-il baissé par rapport à la même période l'an dernier ?",
        forms("6 %"),
      ),
    ).toBe(false);
  });

  it("refuses a key cut after an elided word (`… la ligne jusqu'`, round 110, dev)", () => {
    const prompt = "Que réclame l'Association transports et environnement ?";
    expect(isDefective(prompt, forms("un prolongement de la ligne jusqu'"))).toBe(true);
    expect(isDefective(prompt, forms("un prolongement de la ligne jusqu'à Satigny"))).toBe(false);
  });

  it("refuses round 110's counts: factors counted of `justifie`, a requested sentence as a duration", () => {
    expect(
      isDefective("Combien de facteurs l'entreprise justifie-t-elle ?", forms("2 facteurs")),
    ).toBe(true);
    expect(isDefective("Combien de temps avait requis le procureur ?", forms("7 ans"))).toBe(true);
    expect(isDefective("Combien de temps le chantier a-t-il duré ?", forms("7 ans"))).toBe(false);
  });

  it("refuses a count of the reasons an article gives (`2 causes`, round 110)", () => {
    const blank = "Complétez : « La présence de ces engins s'explique par …… principales. »";
    expect(isDefective(blank, forms("2 causes"))).toBe(true);
    expect(isDefective(blank.replace("principales", "en mer"), forms("2 tonnes"))).toBe(false);
  });

  it("keeps a vote on an award whose winner the sentence does not name (round 110)", () => {
    const vote = forms("quatre voix contre trois");
    expect(isDefective("Par combien de voix le jury a-t-il attribué la récompense ?", vote)).toBe(
      false,
    );
    expect(isDefective("Qui a attribué la récompense ?", forms("le jury"))).toBe(true);
  });

  it("refuses a key that only counts a category the next sentences name (round 111)", () => {
    expect(isDefective("À quoi les dégâts sont-ils dus ?", forms("deux phénomènes combinés"))).toBe(
      true,
    );
    expect(
      isDefective(
        "À quoi la directrice attribue-t-elle ce succès ?",
        forms("deux initiatives lancées à la rentrée"),
      ),
    ).toBe(true);
    expect(isDefective("À quoi les dégâts sont-ils dus ?", forms("l'action des vagues"))).toBe(
      false,
    );
    expect(isDefective("Combien de points le club totalise-t-il ?", forms("19 points"))).toBe(
      false,
    );
  });

  it("refuses who gave reasons and a purpose that says nothing (round 112)", () => {
    expect(isDefective("Qui avait justifié sa demande ?", forms("le Conseil municipal"))).toBe(
      true,
    );
    expect(isDefective("Qui a maintenu sa décision ?", forms("le Conseil municipal"))).toBe(true);
    expect(isDefective("Qui a présenté sa démission ?", forms("le maire"))).toBe(false);
    const why = "Pourquoi les autorités misent-elles sur deux nouveaux forages ?";
    expect(isDefective(why, forms("pour sortir de la crise"))).toBe(true);
    expect(isDefective(why, forms("pour alimenter les quartiers périphériques"))).toBe(false);
  });

  it("refuses why an aim is the aim (round 113)", () => {
    expect(
      isDefective(
        "Selon Souleymane Bamba, pourquoi l'objectif est-il d'attirer plus d'animaux à Odienné ?",
        forms("pour faire baisser les prix"),
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Pourquoi le conseil a-t-il réduit la taxe sur chaque bovin ?",
        forms("pour attirer plus d'animaux"),
      ),
    ).toBe(false);
  });

  it("refuses round 114's shapes", () => {
    const prompt = "Combien de voix est-ce que le « non » l'a emporté avec 2318 voix contre ?";
    expect(isDefective(prompt, forms("1806 voix"))).toBe(true);
    const jury =
      "Complétez : « Le jury, composé de …… issus des médiathèques, a tranché par 6 voix contre 3. »";
    expect(isDefective(jury, { ...forms("neuf lecteurs"), value: 9 })).toBe(true);
    expect(isDefective(jury, { ...forms("onze lecteurs"), value: 11 })).toBe(false);
    expect(
      isDefective("Qu'a réalisé la société ?", forms("un chiffre d'affaires de 640 MDH")),
    ).toBe(true);
    expect(
      isDefective(
        "Que vendait le vigneron ?",
        forms("ses bouteilles de Chablais jusqu'à 16 francs"),
      ),
    ).toBe(true);
    expect(isDefective("Qu'ont annoncé les CFF ?", forms("un chantier de grande ampleur"))).toBe(
      true,
    );
    expect(
      isDefective("Qu'ont annoncé les CFF ?", forms("la fermeture du tunnel du Mont-d'Or")),
    ).toBe(false);
  });
  it("refuses round 115's shapes", () => {
    expect(isDefective("Qu'a obtenu le film ?", forms("une note moyenne de 4,71 sur 5"))).toBe(
      true,
    );
    expect(isDefective("Qu'a obtenu le film ?", forms("le Prix du public"))).toBe(false);
    expect(
      isDefective("Quand les premières séances doivent-elles débuter ?", forms("7 janvier")),
    ).toBe(true);
    expect(
      isDefective(
        "Quand les premiers camions ont-ils franchi le pont-bascule de l'usine ?",
        forms("lundi 3 mars"),
      ),
    ).toBe(false);
  });
  it("refuses an adjective for a subject (round 116)", () => {
    const prompt = "Pourquoi la seule a-t-elle donné des résultats aussi nets ?";
    expect(isDefective(prompt, forms("parce qu'elle colonise les racines"))).toBe(true);
    expect(
      isDefective(
        "Pourquoi la souche a-t-elle donné des résultats aussi nets ?",
        forms("parce qu'elle colonise les racines"),
      ),
    ).toBe(false);
  });
});

describe("isDefective on who did something to its own", () => {
  // Round 117: *Qui avait suspendu ses opérations ?* — `ses` is the answer's own.
  it("rejects *Qui avait suspendu ses opérations ?*, keeps a title defended", () => {
    const mecc = forms("MECC");
    expect(isDefective("Qui avait suspendu ses opérations ?", mecc)).toBe(true);
    expect(isDefective("Qui a suspendu les opérations de la mutuelle ?", mecc)).toBe(false);
    expect(isDefective("Qui a conservé son titre ?", forms("Hinarii Faatau"))).toBe(false);
  });
});

describe("isDefective on a key that points back (round 118)", () => {
  it("rejects `l'annonce` for what caused it, keeps the announcement named", () => {
    const prompt = "Qu'est-ce qui a provoqué la consternation parmi les producteurs ?";
    expect(isDefective(prompt, forms("l'annonce"))).toBe(true);
    expect(isDefective(prompt, forms("l'annonce d'un prix de 42 cents la livre"))).toBe(false);
  });
});

describe("isDefective on set CG's prompts (now dev)", () => {
  const figure = forms("18,6 millions de gourdes");
  it("rejects an object pronoun before an inverted verb: to whom, the question does not say", () => {
    expect(isDefective("Combien le programme leur a-t-il versé ?", figure)).toBe(true);
    expect(isDefective("Combien le programme a-t-il versé aux planteurs ?", figure)).toBe(false);
  });

  it("rejects a habit asked of one's own thing (*Qui quitte son domicile ?*), not a resignation", () => {
    const nadia = forms("Nadia Charbonneau", "Charbonneau");
    expect(isDefective("Qui quitte son domicile ?", nadia)).toBe(true);
    expect(isDefective("Qui présente sa démission ?", nadia)).toBe(false);
  });
});

describe("isDefective on set CH's prompts (now dev)", () => {
  it("rejects a possessive subject of up to three words (*À combien s'élève son coût total ?*)", () => {
    const cost = forms("180 000 dollars américains");
    expect(isDefective("À combien s'élève son coût total ?", cost)).toBe(true);
    expect(isDefective("À combien s'élève le coût total de l'unité ?", cost)).toBe(false);
  });
});

describe("isDefective on set CM's prompts (round 151, now dev)", () => {
  it("rejects a pronoun with no antecedent, a kind of body and a described place for who", () => {
    const body = forms("Communauté de communes de Flandre intérieure", "CCFI");
    expect(isDefective("Qui explique l'avoir construit ?", body)).toBe(true);
    expect(isDefective("Qui a construit le parking vélo de la gare ?", body)).toBe(false);
    expect(isDefective("Qui occupera 1 200 mètres carrés ?", forms("la PME", "PME"))).toBe(true);
    const opened = "Qui a inauguré un terrain synthétique homologué ?";
    expect(isDefective(opened, forms("la commune du nord de Grande-Terre"))).toBe(true);
    expect(isDefective(opened, forms("la commune de Koungou"))).toBe(false);
    expect(isDefective(opened, forms("la région médicale de Sédhiou"))).toBe(false);
  });
});

describe("isDefective on a preposition read as a verb", () => {
  it("rejects `entre-t-il` for `entre deux bassins`, keeps `entre-t-il en vigueur`", () => {
    const figure = forms("2 bassins");
    expect(
      isDefective(
        "Combien de bassins ne dépasse pas le dénivelé entre-t-il 17 centimètres ?",
        figure,
      ),
    ).toBe(true);
    expect(isDefective("Quand le règlement entre-t-il en vigueur ?", forms("1er janvier"))).toBe(
      false,
    );
  });
});

describe("isDefective on two asked after `entre`", () => {
  it("rejects `entre …… ` keyed two: the preposition gives it", () => {
    const two = { ...forms("2 bassins"), value: 2 };
    expect(
      isDefective("Complétez : « Le dénivelé entre …… ne dépasse pas 17 centimètres. »", two),
    ).toBe(true);
    expect(isDefective("Complétez : « La passe se compose de …… successifs. »", two)).toBe(false);
  });
});

describe("isDefective on set CN's prompts (round 152, now dev)", () => {
  it("rejects a share given by its complement, a fragment cut on `ne`, a perception cut, a vague who", () => {
    const share = { ...forms("70 %"), value: 70 };
    expect(
      isDefective(
        "Complétez : « Il a retenu un mélange de …… de farine de blé et de 30 % de farine de manioc. »",
        share,
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Complétez : « Il a retenu un mélange de …… de farine de blé et de 20 % de farine de manioc. »",
        share,
      ),
    ).toBe(false);
    expect(
      isDefective(
        "Complétez : « … grâce au travail de …… qui veulent sauver les gestes avant que les souvenirs ne … »",
        { ...forms("32 bénévoles"), value: 32 },
      ),
    ).toBe(true);
    const gildas = forms("Gildas Mabiala", "Mabiala");
    expect(
      isDefective("Qui a vu le prix du sac de 50 kilogrammes de farine de blé passer ?", gildas),
    ).toBe(true);
    expect(isDefective("Qui reconnaît une difficulté ?", gildas)).toBe(true);
    expect(isDefective("Qui a ouvert une boulangerie à Kinkala ?", gildas)).toBe(false);
  });
});

describe("isDefective on set CO's prompts (round 153, now dev)", () => {
  it("rejects a key that points back, `d'y`, a count cut from who, a time before `est-ce que`", () => {
    expect(
      isDefective(
        "Pourquoi la commune a-t-elle organisé une opération de nettoyage ?",
        forms("pour tenter d'enrayer le phénomène"),
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Pourquoi la commune a-t-elle organisé une opération de nettoyage ?",
        forms("pour tenter d'enrayer la prolifération de la jacinthe"),
      ),
    ).toBe(false);
    const farmer = forms("Olivier Lambotte", "Lambotte");
    expect(isDefective("Quel agriculteur continuera d'y faire pâturer ses vaches ?", farmer)).toBe(
      true,
    );
    expect(
      isDefective(
        "Quel agriculteur continuera de faire pâturer ses vaches dans la prairie ?",
        farmer,
      ),
    ).toBe(false);
    expect(isDefective("Qui compte de la 6e à la 3e ?", forms("CEG"))).toBe(true);
    expect(
      isDefective(
        "Combien de tonnes de plantes en une semaine est-ce que les bénévoles ont retirées ?",
        { ...forms("46 tonnes"), value: 46 },
      ),
    ).toBe(true);
  });
});

describe("isDefective on round 154's shapes (set CP)", () => {
  it("a described place, a clitic before an infinitive, a pronoun or an adjective for people, a possessive with no owner", () => {
    expect(
      isDefective("Qui mettra en service trois minibus ?", forms("la commune des Hauts du Sud")),
    ).toBe(true);
    expect(
      isDefective("Qui mettra en service trois minibus ?", forms("la commune de L'Entre-Deux")),
    ).toBe(false);
    const academy = forms("la direction d'académie provinciale du Woleu-Ntem");
    expect(isDefective("Qui envisage de la reproduire ?", academy)).toBe(true);
    expect(isDefective("Qui envisage de reproduire l'expérience ?", academy)).toBe(false);
    // `de la production`: an article and its noun, no pronoun.
    expect(isDefective("Qui assure la commercialisation de la production ?", academy)).toBe(false);
    const share = { ...forms("18 %"), value: 18 };
    expect(isDefective("À combien le taux de décès parmi eux est-il tombé ?", share)).toBe(true);
    expect(isDefective("À combien le taux de décès des nouveau-nés est-il tombé ?", share)).toBe(
      false,
    );
    expect(isDefective("Que formeront les meilleurs ?", forms("la sélection de Tillabéri"))).toBe(
      true,
    );
    const flow = { ...forms("21 litres par seconde"), value: 21 };
    expect(isDefective("À combien doit passer leur débit cumulé ?", flow)).toBe(true);
    expect(isDefective("À combien doit passer le débit cumulé des deux forages ?", flow)).toBe(
      false,
    );
    // The owner is in the question: the counted pupils, the one asked for.
    expect(
      isDefective("Combien d'élèves ont fait leur rentrée lundi ?", {
        ...forms("310 élèves"),
        value: 310,
      }),
    ).toBe(false);
  });

  it("a question cut after a participle its sentence goes on with (`achetée | en Italie`)", () => {
    const sentence =
      "L'atelier a investi 380 000 dinars dans une effilocheuse d'occasion achetée en Italie, qui transforme les chutes de tissu.";
    expect(
      endsBeforeParticipleComplement(
        "Combien l'atelier a-t-il investi dans une effilocheuse d'occasion achetée ?",
        sentence,
      ),
    ).toBe(true);
    // A verb's own participle, and one before the cause a why asks, are no cut.
    expect(
      endsBeforeParticipleComplement(
        "Qui a été arrêté ?",
        "Un homme a été arrêté par la police à Thiès.",
      ),
    ).toBe(false);
    expect(
      endsBeforeParticipleComplement(
        "Pourquoi le tronçon est-il dans un état de dégradation avancé ?",
        "Le tronçon est dans un état de dégradation avancé en raison du trafic des poids lourds.",
      ),
    ).toBe(false);
  });
});

describe("isDefective on round 155's shapes (set CQ)", () => {
  it("a blank's fragment opened inside the subject's apposition", () => {
    const share = { ...forms("93 %"), value: 93 };
    expect(
      isDefective(
        "Complétez : « … dans la province du Boulkiemdé, est passé de 78 % à …… en deux ans grâce à la généralisation des cantines … »",
        share,
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Complétez : « Le taux de fréquentation des écoles est passé de 78 % à …… en deux ans. »",
        share,
      ),
    ).toBe(false);
  });
});

describe("isDefective on round 156's shapes (set CR)", () => {
  it("a blank on the year of a day and month, a blank on a road's number", () => {
    const year = { ...forms("2026"), value: 2026 };
    expect(
      isDefective(
        "Complétez : « Le port du casque sera obligatoire à partir du 1er septembre ……. »",
        year,
      ),
    ).toBe(true);
    expect(isDefective("Complétez : « Le casque sera obligatoire dès ……. »", year)).toBe(false);
    expect(
      isDefective(
        "Complétez : « Le service partira d'un stationnement aménagé près de l'autoroute ……, sur un terrain cédé par la municipalité. »",
        { ...forms("640"), value: 640 },
      ),
    ).toBe(true);
  });
});

describe("isDefective on round 157's and 158's shapes (sets CS and CT)", () => {
  it("a cleft read into a question, a question ending on `peu`", () => {
    const existence = forms("l'existence d'hommes très anciens");
    expect(
      isDefective(
        "Qu'avait défendu C'est ici qu'au XIXe siècle Jacques Boucher de Perthes ?",
        existence,
      ),
    ).toBe(true);
    expect(isDefective("Qu'avait défendu le directeur des douanes ?", existence)).toBe(false);
    const runner = forms("Kiprono Lemaiyan");
    expect(isDefective("Qui a lâché ses derniers adversaires peu ?", runner)).toBe(true);
    expect(isDefective("Qui a lâché le peloton peu après Lutry ?", runner)).toBe(false);
  });

  it("a blank's fragment opened on a complement before its verb (Beaufort)", () => {
    const cost = { ...forms("14,6 millions d'euros"), value: 14.6 };
    expect(
      isDefective(
        "Complétez : « … des ruines de la forteresse médiévale a fait l'objet d'un chantier de restauration de ……, financé par l'État. »",
        cost,
      ),
    ).toBe(true);
    expect(
      isDefective(
        "Complétez : « … des habitants ont été évacués et un chantier de ……, financé par l'État, a commencé. »",
        cost,
      ),
    ).toBe(false);
  });

  it("a blank on one of two days given with one month (Esneux, round 160)", () => {
    const day = { ...forms("14"), value: 14 };
    expect(
      isDefective(
        "Complétez : « Les …… et 15 juillet 2021, l'Ourthe était montée de plus de quatre mètres. »",
        day,
      ),
    ).toBe(true);
    expect(
      isDefective("Complétez : « Du 3 au …… mars, la route restera fermée aux camions. »", day),
    ).toBe(true);
    expect(
      isDefective("Complétez : « Le 15 juillet 2021, l'Ourthe était montée de …… mètres. »", {
        ...forms("4 mètres"),
        value: 4,
      }),
    ).toBe(false);
  });

  it("a place asked with *Qui* (Khenchela, round 160)", () => {
    const region = forms("la région montagneuse de Bouhmama", "région montagneuse de Bouhmama");
    expect(
      isDefective("Qui concentre l'essentiel des vergers de pommiers de Khenchela ?", region),
    ).toBe(true);
    expect(
      isDefective(
        "Qui concentre l'essentiel des vergers de pommiers de Khenchela ?",
        forms("la coopérative de Bouhmama"),
      ),
    ).toBe(false);
    // A commune acts: who did it stays asked.
    expect(isDefective("Qui a inauguré un verger conservatoire ?", region)).toBe(false);
  });
});

describe("isDefective on round 169's shapes (set DE, now dev)", () => {
  it("another thing the question cannot name (Kadiolo)", () => {
    const sanogo = forms("Adama Sanogo", "Sanogo");
    expect(isDefective("Qui souligne un autre effet ?", sanogo)).toBe(true);
    expect(isDefective("Qui souligne l'autre effet ?", sanogo)).toBe(true);
    expect(
      isDefective("Qui souligne un effet de la maternité sur les consultations ?", sanogo),
    ).toBe(false);
    // Other than the article's own, said: the question names it.
    expect(
      isDefective(
        "Pourquoi la cidrerie devra-t-elle acheter des pommes à des producteurs d'autres régions ?",
        forms("pour maintenir sa production"),
      ),
    ).toBe(false);
  });
});

describe("isDefective on round 170's shapes (set DF, now dev)", () => {
  it("an object pronoun before a finite verb, its referent left behind (Sindou)", () => {
    const speaker = forms("Adama Traoré", "Traoré");
    expect(
      isDefective(
        "Qui a expliqué que les acheteurs le savaient et fixaient eux-mêmes le prix ?",
        speaker,
      ),
    ).toBe(true);
    // A second verb that takes up its own object, a noun after `la`.
    expect(
      isDefective(
        "Qui avait annulé les deux épreuves concernées et les avait fait repasser quatre jours plus tard ?",
        forms("la Direction des examens"),
      ),
    ).toBe(false);
    expect(isDefective("Pourquoi la rencontre a-t-elle été interrompue ?", speaker)).toBe(false);
  });
});

describe("isDefective on round 171's shapes (set DG, now dev)", () => {
  it("the same thing as one the question does not name (Melong)", () => {
    const tchoffo = forms("Emmanuel Tchoffo", "Tchoffo");
    expect(isDefective("Qui observe le même mouvement à plus grande échelle ?", tchoffo)).toBe(
      true,
    );
    expect(
      isDefective(
        "De quel pourcentage le nombre d'escales a-t-il augmenté par rapport à la même période de 2025 ?",
        forms("6 %"),
      ),
    ).toBe(false);
  });

  it("a sum paid with nothing said of what for (Melong)", () => {
    expect(isDefective("Combien l'atelier paie-t-il ?", forms("1 700 FCFA"))).toBe(true);
    expect(isDefective("Combien paie l'atelier ?", forms("1 700 FCFA"))).toBe(true);
    expect(isDefective("Combien paie l'atelier pour le kilo de café ?", forms("1 700 FCFA"))).toBe(
      false,
    );
    expect(isDefective("Combien l'atelier paie-t-il le kilo de café ?", forms("1 700 FCFA"))).toBe(
      false,
    );
  });
});
