import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askSubjectAction } from "../../../../src/core/generator/templates/ask-subject-action";

function promptsFor(...sentences: string[]): string[] {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askSubjectAction(analysis).map((candidate) => candidate.prompt);
}

describe("askSubjectAction", () => {
  it("asks who inaugurated the line, dropping the apposition and the date (the @example)", () => {
    const analysis = analyseArticle(
      parseArticle(
        "Titre\n\nLa maire de Nantes, Johanna Rolland, a inauguré samedi 14 mai la ligne 6 du tramway.",
      ),
    );
    const [candidate, ...others] = askSubjectAction(analysis);
    expect(others).toEqual([]);
    expect(candidate?.prompt).toBe("Qui a inauguré la ligne 6 du tramway ?");
    expect(candidate?.answer).toMatchObject({
      kind: "person",
      person: { name: "Johanna Rolland" },
    });
    expect(candidate?.choice).toBe(false);
    expect(candidate?.sentence.start).toBe(0);
  });

  it.each([
    [
      "Marie Lefèvre a décrit une nouvelle espèce de grenouille.",
      "Qui a décrit une nouvelle espèce de grenouille ?",
    ],
    ["Paul Dupont a signé à Rome un accord commercial.", "Qui a signé un accord commercial ?"],
    ["Johanna Rolland a présenté le projet en présence des élus.", "Qui a présenté le projet ?"],
    ["L'entraîneur de Lyon, Laurent Blanc, a reconnu la défaite.", "Qui a reconnu la défaite ?"],
    [
      "Les deux chercheurs, Marie Lefèvre et Thomas Girard, ont découvert une grenouille.",
      undefined,
    ],
    [
      "Hélène Marchand a prononcé la peine après deux heures de délibéré.",
      "Qui a prononcé la peine ?",
    ],
  ])("%j → %j", (sentence, prompt) => {
    if (prompt) expect(promptsFor(sentence)).toEqual([prompt]);
    else expect(promptsFor(sentence)).toEqual([]);
  });

  it.each([
    ["the sentence does not open on the person", "Samedi, Johanna Rolland a inauguré la ligne 6."],
    ["the verb has no object", "Le président, Loïg Chesnais-Girard, a assisté au conseil."],
    [
      "the object is too long",
      "Johanna Rolland a inauguré la ligne 6 du tramway entre la gare de Nantes et le nouveau quartier de la commune de Rezé.",
    ],
    ["the verb is not a compound past", "Johanna Rolland inaugure la ligne 6 du tramway."],
  ])("asks nothing when %s", (_, sentence) => {
    expect(promptsFor(sentence)).toEqual([]);
  });
});

describe("askSubjectAction past a decimal comma", () => {
  it("reads the object past `2,4` and leaves its parenthesis out", () => {
    expect(
      promptsFor(
        "La ministre, Fanja Rakotomalala, a annoncé le déblocage de 12 milliards d'ariary (environ 2,4 millions d'euros) afin de financer l'aide.",
      ),
    ).toEqual(["Qui a annoncé le déblocage de 12 milliards d'ariary ?"]);
  });
});

describe("askSubjectAction on an object a quotation goes on with", () => {
  it("asks nothing of `a salué un ouvrage « qui … »`", () => {
    const analysis = analyseArticle(
      parseArticle(
        [
          "Titre",
          "La mairesse de Saint-Georges, Annie Poulin, a salué un ouvrage « qui change la vie des travailleurs » de la région.",
        ].join("\n\n"),
      ),
    );
    expect(askSubjectAction(analysis)).toEqual([]);
  });
});
