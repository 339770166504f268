import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import { askScore } from "../../../../src/core/generator/templates/ask-score";

function scores(...sentences: string[]) {
  return asked("score", ...sentences);
}

function asked(template: string, ...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  const candidates = askScore(analysis).filter((candidate) => candidate.template === template);
  return candidates.map((candidate) => {
    const forms = answerForms(candidate.answer, analysis);
    return [candidate.prompt, forms.answer, forms.accepted] as const;
  });
}

describe("askScore", () => {
  it("asks the score of a win told with a gerund (the @example), either writing right", () => {
    expect(
      scores(
        "Les Lions indomptables du Cameroun se sont qualifiés mardi soir pour la CAN 2027 en battant la Namibie 2 à 1 au stade d'Olembé.",
      ),
    ).toEqual([
      [
        "Sur quel score les Lions indomptables du Cameroun ont-ils battu la Namibie ?",
        "2 à 1",
        ["2 à 1", "2-1"],
      ],
    ]);
  });

  it("reads a score in parentheses, a direct win and a win over someone", () => {
    const prompts = scores(
      "Teungueth FC a remporté, samedi, la finale de la Coupe du Sénégal en battant l'ASC Jaraaf de Dakar (2-1, après prolongation).",
      "Le Wydad a battu le Raja 3-0 samedi au stade Mohammed-V.",
      "L'équipe s'est imposée 2-0 face à Charleroi samedi.",
    ).map(([prompt, answer]) => [prompt, answer]);
    expect(prompts).toEqual([
      ["Sur quel score Teungueth FC a-t-il battu l'ASC Jaraaf de Dakar ?", "2 à 1"],
      ["Sur quel score le Wydad a-t-il battu le Raja ?", "3 à 0"],
      ["Sur quel score l'équipe s'est-elle imposée face à Charleroi ?", "2 à 0"],
    ]);
  });

  it("asks the score of a defeat that opens the sentence", () => {
    expect(
      scores(
        "Battu 4-0 à la Planet Group Arena dimanche, le Standard a limogé lundi son entraîneur.",
      ).map(([prompt, answer]) => [prompt, answer]),
    ).toEqual([["Sur quel score le Standard a-t-il été battu à la Planet Group Arena ?", "4 à 0"]]);
  });

  it("asks nothing of a loser's score read as a win, a decimal or a range of years", () => {
    expect(scores("Le Raja a battu le Wydad 1-3.")).toEqual([]);
    expect(scores("Le taux est passé de 2,5 à 3 % en un an.")).toEqual([]);
    expect(scores("Le club a battu son record de 2019-2020.")).toEqual([]);
  });
});

describe("askScore in basketball", () => {
  it("reads three-digit scores and a loser named by `celle du …`", () => {
    expect(
      scores(
        "L'équipe nationale de basket du Sénégal a battu celle du Cameroun 81-74, dimanche soir à Dakar.",
      ).map(([prompt, answer]) => [prompt, answer]),
    ).toEqual([
      [
        "Sur quel score l'équipe nationale de basket du Sénégal a-t-elle battu celle du Cameroun ?",
        "81 à 74",
      ],
    ]);
  });

  it("asks no score of a run of play (`ont renversé la rencontre … grâce à un partiel de 17-4`)", () => {
    expect(
      scores(
        "Menés 38-41 à la pause, les Lions ont renversé la rencontre dans le 3e quart-temps grâce à un partiel de 17-4.",
      ),
    ).toEqual([]);
  });

  it("asks a win `face aux …` too", () => {
    expect(
      scores(
        "Le RFC Liège s'est imposé 3-1 face aux Francs Borains, samedi soir à Rocourt.",
      )[0]?.[0],
    ).toBe("Sur quel score le RFC Liège s'est-il imposé face aux Francs Borains ?");
  });

  it("reads `sur le score de` between the loser and the score", () => {
    expect(
      scores(
        "Le CR Belouizdad a pris seul la tête du championnat, en battant l'USM Alger sur le score de 2 à 1 (mi-temps : 0-1), samedi soir.",
      ).map(([prompt, answer]) => [prompt, answer]),
    ).toEqual([["Sur quel score le CR Belouizdad a-t-il battu l'USM Alger ?", "2 à 1"]]);
  });

  it("asks whom the winner beat, with or without the article, not a team a pronoun stands for", () => {
    expect(
      asked(
        "score-loser",
        "Le Wydad a battu le Raja 3-0 samedi au stade Mohammed-V.",
        "L'équipe nationale du Sénégal a battu celle du Cameroun 81-74.",
      ),
    ).toEqual([["Qui le Wydad a-t-il battu ?", "le Raja", ["le Raja", "Raja"]]]);
  });

  it("asks whom the winner beat without how the match was won (`aux tirs au but`)", () => {
    const text =
      "L'ASC Keur Cheikh a remporté samedi la finale départementale en battant l'ASC Sadaga aux tirs au but (4-3), après un match nul (1-1).";
    expect(asked("score-loser", text)).toEqual([
      ["Qui l'ASC Keur Cheikh a-t-elle battu ?", "l'ASC Sadaga", ["l'ASC Sadaga", "ASC Sadaga"]],
    ]);
    expect(asked("score", text).map(([prompt]) => prompt)).toEqual([
      "Sur quel score l'ASC Keur Cheikh a-t-elle battu l'ASC Sadaga aux tirs au but ?",
    ]);
  });
});
