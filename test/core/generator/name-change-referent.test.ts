import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import type { Candidate } from "../../../src/core/generator/candidate";
import { nameChangeReferent } from "../../../src/core/generator/name-change-referent";

/** A why candidate with `prompt`, on the last sentence of `text`, renamed. */
function renamed(prompt: string, text: string, title = "Titre"): string {
  const analysis = analyseArticle(parseArticle([title, text].join("\n\n")));
  const sentence = analysis.sentences.at(-1);
  if (!sentence) throw new Error("no sentence");
  const candidate: Candidate = {
    template: "why",
    prompt,
    answer: { kind: "phrase", text: "le recul de la production" },
    sentence,
    reliability: 0.8,
    topic: "t",
    choice: false,
  };
  return nameChangeReferent(candidate, analysis, title).prompt;
}

describe("nameChangeReferent", () => {
  it("names a change a headline puts after its noun (`un prix en baisse de 21 %`), and one `soit une hausse` states of a measure", () => {
    expect(
      renamed(
        "À quoi les opérateurs attribuent-ils ce repli ?",
        "Les opérateurs attribuent ce repli au recul de la demande internationale.",
        "Vanille verte : la campagne s'ouvre à Sambava sur un prix en baisse de 21 %",
      ),
    ).toBe("À quoi les opérateurs attribuent-ils le repli du prix ?");
    expect(
      renamed(
        "Comment cette hausse s'explique-t-elle ?",
        "Le prix de la grenade oscille entre 2,200 et 3,500 dinars le kilo, soit une hausse d'environ 20 %. Cette hausse s'explique par le recul de la production.",
      ),
    ).toBe("Comment la hausse du prix de la grenade s'explique-t-elle ?");
    // The producers are no measure: what rose is the price they sell at.
    expect(
      renamed(
        "Comment cette hausse s'explique-t-elle ?",
        "Les producteurs de girofle vendent le kilo à 3 150 francs, soit une hausse de 40 %. Cette hausse s'explique par une récolte moins abondante.",
      ),
    ).not.toContain("des producteurs");
  });

  it("reads a price that `se négocie` now and then, and a headline whose price `s'effondre`", () => {
    expect(
      renamed(
        "Comment cette chute s'explique-t-elle ?",
        "Le sac de 100 kg d'oignons se négocie depuis une semaine entre 9 000 et 11 000 FCFA, contre près de 25 000 FCFA l'an dernier. Cette chute s'explique par une récolte abondante.",
      ),
    ).toBe("Comment la chute du prix du sac de 100 kg d'oignons s'explique-t-elle ?");
    expect(
      renamed(
        "Comment cette chute s'explique-t-elle ?",
        "Les producteurs sont inquiets. Cette chute s'explique par une récolte abondante.",
        "Yatenga : le prix de l'oignon s'effondre sur le marché de Ouahigouya",
      ),
    ).toBe("Comment la chute du prix de l'oignon s'explique-t-elle ?");
  });

  it("names a change with its measure (`cette baisse de près de 45 %`), and an `embellie`", () => {
    expect(
      renamed(
        "Comment cette baisse de près de 45 % s'explique-t-elle ?",
        "Le prix du sac de maïs a chuté de 24 000 à 13 500 francs en deux semaines. Cette baisse de près de 45 % s'explique par l'arrivée de la récolte.",
      ),
    ).toBe("Comment la baisse du prix du sac de maïs s'explique-t-elle ?");
    expect(
      renamed(
        "Comment cette embellie s'explique-t-elle ?",
        "Le prix du kilo de vanille a grimpé de 30 %. Cette embellie s'explique par une récolte plus faible.",
      ),
    ).toBe("Comment l'embellie du prix du kilo de vanille s'explique-t-elle ?");
  });

  it("names `cette hausse` after the rise the sentence before states", () => {
    expect(
      renamed(
        "Comment cette hausse s'explique-t-elle ?",
        "Le prix du kilogramme a augmenté de 20 %. Cette hausse s'explique surtout par le recul de la production.",
      ),
    ).toBe("Comment la hausse du prix du kilogramme s'explique-t-elle ?");
  });

  it("reads a fall from `est passé de … à …`, two sentences back", () => {
    expect(
      renamed(
        "À quoi le ministre attribue-t-il ce recul ?",
        "Le taux de réussite est passé de 58 % à 49,7 %. Les candidats étaient 2 146. Le ministre attribue ce recul à l'insécurité.",
      ),
    ).toBe("À quoi le ministre attribue-t-il le recul du taux de réussite ?");
  });

  it("leaves a change it cannot name: the other way, a list, a pronoun", () => {
    const prompt = "Comment cette baisse s'explique-t-elle ?";
    expect(
      renamed(prompt, "Le prix du riz a augmenté de 20 %. Cette baisse s'explique par la pluie."),
    ).toBe(prompt);
    expect(
      renamed(
        prompt,
        "Le riz et le maïs ont baissé de 20 %. Cette baisse s'explique par la récolte.",
      ),
    ).toBe(prompt);
    expect(renamed(prompt, "Il a baissé de 20 %. Cette baisse s'explique par la récolte.")).toBe(
      prompt,
    );
  });

  it("names it after the headline's change when the sentences before state none", () => {
    const text =
      "Le groupe a produit 2,1 millions de tonnes. Cette baisse s'explique par l'arrêt de la laverie.";
    const prompt = "Comment cette baisse s'explique-t-elle ?";
    expect(renamed(prompt, text, "Phosphate : la production de la CPG recule de 18 %")).toBe(
      "Comment la baisse de la production de la CPG s'explique-t-elle ?",
    );
    expect(
      renamed(prompt, text, "Cacao : les planteurs inquiets après la baisse des prix bord champ"),
    ).toBe("Comment la baisse des prix bord champ s'explique-t-elle ?");
    // The headline's clause is the story's change: the one it names after is a cause.
    expect(
      renamed(
        prompt,
        text,
        "Tunisie : les recettes d'exportation augmentent en dépit de la baisse des prix",
      ),
    ).toBe(prompt);
    expect(renamed(prompt, text, "Phosphate : la production de la CPG progresse de 18 %")).toBe(
      prompt,
    );
  });

  it("names `la baisse` a why opens on, and leaves a blank's quoted sentence as written", () => {
    const text =
      "Le sac s'échange à 24 500 francs CFA. La chute s'explique par une récolte abondante.";
    const title = "Alibori : le prix du soja chute de plus de 23 % sur le marché de Kandi";
    expect(renamed("Comment la chute s'explique-t-elle ?", text, title)).toBe(
      "Comment la chute du prix du soja s'explique-t-elle ?",
    );
    const blank = "Complétez : « Cette chute s'explique par …… . »";
    expect(renamed(blank, text, title)).toBe(blank);
  });

  it("reads a headline's present that also spells a noun (`le prix du soja chute de 23 %`, round 124)", () => {
    const text =
      "Le sac s'échange à 24 500 francs CFA. Cette chute s'explique par une récolte abondante.";
    const prompt = "Comment cette chute s'explique-t-elle ?";
    expect(
      renamed(
        prompt,
        text,
        "Alibori : le prix du soja chute de plus de 23 % sur le marché de Kandi",
      ),
    ).toBe("Comment la chute du prix du soja s'explique-t-elle ?");
    // A rise in the headline names no fall; `la baisse des prix` is no verb.
    expect(renamed(prompt, text, "Dondon : le prix du cacao grimpe à 520 gourdes le kilo")).toBe(
      prompt,
    );
    expect(
      renamed(prompt, text, "Cacao : les producteurs inquiets après la baisse des prix bord champ"),
    ).toBe("Comment la baisse des prix bord champ s'explique-t-elle ?".replace("baisse", "chute"));
  });

  it("names a change a market report gives as a price now and then (`s'achète à …, contre …`)", () => {
    const text =
      "Le kilo de café robusta s'achète désormais à 9 500 francs congolais auprès des planteurs, contre 6 200 FC au début de la campagne en avril. Cette hausse s'explique par la remontée des cours mondiaux.";
    const prompt = "Comment cette hausse s'explique-t-elle ?";
    expect(renamed(prompt, text)).toBe(
      "Comment la hausse du prix du kilo de café robusta s'explique-t-elle ?",
    );
    // The price went up: a fall named by it would be the wrong change.
    expect(renamed("Comment cette baisse s'explique-t-elle ?", text)).toBe(
      "Comment cette baisse s'explique-t-elle ?",
    );
    const price =
      "Le prix du sac de maïs est fixé à 18 000 francs CFA, contre 21 000 l'an dernier. Cette baisse s'explique par une bonne récolte.";
    expect(renamed("Comment cette baisse s'explique-t-elle ?", price)).toBe(
      "Comment la baisse du prix du sac de maïs s'explique-t-elle ?",
    );
  });
});

describe("nameChangeReferent on a count recorded (set CF, now dev)", () => {
  it("names the change by what was counted when `soit une hausse` follows a count recorded", () => {
    expect(
      renamed(
        "Comment cette flambée s'explique-t-elle ?",
        "Selon la médecin-chef du centre médical de Moanda, le Dr Flore Ngari Mbadinga, l'établissement a enregistré 6.842 cas de paludisme en 2024, contre 5.560 l'année précédente, soit une hausse de 23 %. Les enfants de moins de cinq ans représentent près de quatre cas sur dix. Cette flambée s'explique par les pluies abondantes de la dernière saison.",
      ),
    ).toBe("Comment la flambée du nombre de cas de paludisme s'explique-t-elle ?");
    // A unit is no thing counted: *la hausse du nombre de tonnes* is not said.
    expect(
      renamed(
        "Comment cette hausse s'explique-t-elle ?",
        "La coopérative a reçu 1 200 tonnes de cacao cette saison, contre 900 l'an dernier, soit une hausse de 33 %. Cette hausse s'explique par les pluies.",
      ),
    ).toBe("Comment cette hausse s'explique-t-elle ?");
  });
});

describe("nameChangeReferent on a measure's long subject, a count now and then, an intertitle (set CW, now dev)", () => {
  it("names the change of a measure whose subject the clause reader leaves (Dogbo)", () => {
    expect(
      renamed(
        "À quoi les autorités sanitaires attribuent-elles cette baisse ?",
        "Le nombre d'enfants de moins de cinq ans hospitalisés pour un paludisme grave à Dogbo, dans le département du Couffo, a reculé de 38 % entre 2024 et 2025. Les autorités sanitaires attribuent cette baisse au déploiement de 126 relais communautaires.",
      ),
    ).toBe(
      "À quoi les autorités sanitaires attribuent-elles la baisse du nombre d'enfants de moins de cinq ans hospitalisés pour un paludisme grave ?",
    );
    expect(
      renamed(
        "Comment cette progression s'explique-t-elle ?",
        "Le nombre d'enfants ciblés est en hausse de 12 % par rapport à l'an dernier. Cette progression s'explique par l'arrivée de familles déplacées.",
      ),
    ).toBe("Comment la progression du nombre d'enfants ciblés s'explique-t-elle ?");
  });

  it("names the change of a count given now and then, and of a harvest weighed, not of a sum or of figures of different sizes", () => {
    expect(
      renamed(
        "Comment la hausse s'explique-t-elle ?",
        "L'île abritait cet été 38 400 couples nicheurs, contre 31 700 en 2024. La hausse s'explique par une meilleure survie des adultes.",
      ),
    ).toBe("Comment la hausse du nombre de couples nicheurs s'explique-t-elle ?");
    expect(
      renamed(
        "À quoi la DRDR attribue-t-elle cette hausse ?",
        "La DRDR prévoit une production de 98 000 tonnes de paddy dans la région, contre 81 500 tonnes lors de la campagne précédente. La DRDR attribue cette hausse à de bonnes pluies.",
      ),
    ).toBe("À quoi la DRDR attribue-t-elle la hausse de la production de paddy ?");
    const unnamed = [
      "Le kilo de dattes atteint 700 ouguiyas, contre 450 ouguiyas l'an dernier. Cette envolée s'explique par la sécheresse.",
      "Le comptage a permis de recenser 52 espèces, contre 46 870 oiseaux l'an dernier. Ce recul s'explique par la sécheresse.",
    ];
    expect(renamed("Comment cette envolée s'explique-t-elle ?", unnamed[0] ?? "")).toBe(
      "Comment cette envolée s'explique-t-elle ?",
    );
    expect(renamed("Comment ce recul s'explique-t-il ?", unnamed[1] ?? "")).toBe(
      "Comment ce recul s'explique-t-il ?",
    );
    // The figure of now is the one of the size of the one of before (El Kala).
    expect(
      renamed(
        "Comment ce recul s'explique-t-il ?",
        "Le comptage a permis de recenser 41 236 oiseaux appartenant à 52 espèces, contre 46 870 l'an dernier. Ce recul s'explique par la sécheresse.",
      ),
    ).toBe("Comment le recul du nombre d'oiseaux s'explique-t-il ?");
  });

  it("looks back past an intertitle between the change and the question", () => {
    expect(
      renamed(
        "Comment cette hausse s'explique-t-elle ?",
        "Le taux de réussite a augmenté de 9 points en un an. Les filles font mieux que les garçons.\n\nUne meilleure préparation\n\nCette hausse s'explique par des cours de soutien.",
      ),
    ).toBe("Comment la hausse du taux de réussite s'explique-t-elle ?");
  });
});
