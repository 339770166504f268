import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import { askPurpose } from "../../../../src/core/generator/templates/ask-purpose";

function purposes(...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askPurpose(analysis).map((candidate) => {
    const forms = answerForms(candidate.answer, analysis);
    return { prompt: candidate.prompt, answer: forms.answer, accepted: forms.accepted };
  });
}

describe("askPurpose", () => {
  it("asks what a project aims at, past its incise (the @example)", () => {
    expect(
      purposes(
        "Le projet, estimé à 9,4 millions d'euros, vise à soulager le centre-ville des milliers de navetteurs qui franchissent chaque jour la frontière.",
      ),
    ).toMatchObject([
      {
        prompt: "À quoi le projet vise-t-il ?",
        answer: "à soulager le centre-ville des milliers de navetteurs",
      },
    ]);
  });

  it("asks what a plan is to make possible, a decimal kept whole", () => {
    const [plant, saving] = purposes(
      "La nouvelle usine doit permettre de doubler la production de ciment d'ici 2027.",
      "La mesure permettrait d'économiser environ 1,6 million de francs par an.",
    );
    expect(plant?.prompt).toBe("Que doit permettre la nouvelle usine ?");
    expect(plant?.answer).toBe("doubler la production de ciment");
    expect(saving?.answer).toBe("économiser environ 1,6 million de francs par an");
  });

  it("asks nothing of a purpose the key would halve, nor of what is no plan (round 137)", () => {
    expect(
      purposes(
        "Le crédit doit permettre de renouveler 4,3 kilomètres de conduites, dont certaines datent de 1954, et de construire un nouveau réservoir.",
        "La récolte devrait permettre de produire près de 10 500 tonnes d'huile.",
      ),
    ).toEqual([]);
  });

  it("asks nothing of a subject or a purpose that points back, nor of an indefinite subject", () => {
    expect(
      purposes(
        "Cette mesure vise à limiter les pertes des producteurs.",
        "Des analyses au carbone 14 doivent permettre d'affiner la datation du site.",
        "Les recettes devraient permettre d'effacer ce déficit.",
      ),
    ).toEqual([]);
  });
});

describe("askPurpose on what a facility allows someone, and a claim's holder", () => {
  it("asks *Que permettra … aux clubs … ?* and keeps `Selon …`", () => {
    const asked = (sentence: string) =>
      purposes(sentence).map(({ prompt, answer }) => [prompt, answer]);
    expect(
      asked(
        "Le nouveau terrain permettra aux clubs de la commune de recevoir leurs adversaires toute l'année.",
      ),
    ).toEqual([
      [
        "Que permettra le nouveau terrain aux clubs de la commune ?",
        "recevoir leurs adversaires toute l'année",
      ],
    ]);
    expect(
      asked(
        "Selon le Conseil communal, l'extension permettra d'économiser environ 3100 tonnes de CO2 par an.",
      ),
    ).toEqual([
      [
        "Selon le Conseil communal, que permettra l'extension ?",
        "économiser environ 3100 tonnes de CO2 par an",
      ],
    ]);
    // A win is no facility: what it allows is the standings (sport reports).
    expect(asked("Ce succès permet au club de reprendre la deuxième place du classement.")).toEqual(
      [],
    );
  });
});

describe("askPurpose on what was made possible", () => {
  it("asks *Qu'a permis … ?* of a compound past", () => {
    expect(
      purposes(
        "L'initiative a permis à la boulangerie d'embaucher trois nouveaux employés, portant son effectif à onze personnes.",
      ).map(({ prompt, answer }) => [prompt, answer]),
    ).toEqual([
      ["Qu'a permis l'initiative à la boulangerie ?", "embaucher trois nouveaux employés"],
    ]);
  });
});

describe("askPurpose on a lack named bare (round 172: Nyamata)", () => {
  it("asks nothing keyed « à combler un manque criant », but asks a lack said of what", () => {
    expect(
      purposes(
        "Le projet vise à combler un manque criant : faute de vélos de course, les talents de la région abandonnaient.",
      ),
    ).toEqual([]);
    expect(
      purposes("Le projet vise à combler le manque de vélos de course.").map(
        ({ prompt }) => prompt,
      ),
    ).toEqual(["À quoi le projet vise-t-il ?"]);
  });
});
