import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import type { Candidate } from "../../../../src/core/generator/candidate";
import { askRole } from "../../../../src/core/generator/templates/ask-role";

function analysisOf(...paragraphs: string[]) {
  return analyseArticle(parseArticle(["Titre", ...paragraphs].join("\n\n")));
}

function byTemplate(candidates: Candidate[], template: string): string[] {
  return candidates.filter((c) => c.template === template).map((c) => c.prompt);
}

describe("askRole", () => {
  const analysis = analysisOf(
    "La maire de Rennes, Nathalie Appéré, a ouvert la séance. Le président de la région, Loïg Chesnais-Girard, a assisté au conseil. La préfète, Anne Durand, a pris la parole. La directrice du port, Claire Morin, a signé le contrat.",
  );
  const candidates = askRole(analysis);

  it("asks who holds each role, with the determiner of the holder's gender", () => {
    expect(byTemplate(candidates, "role-holder")).toEqual([
      "Qui est la maire de Rennes ?",
      "Qui est le président de la région ?",
      "Qui est la préfète ?",
      "Qui est la directrice du port ?",
    ]);
    const holder = candidates.find((c) => c.prompt === "Qui est la préfète ?");
    expect(holder?.answer).toMatchObject({ kind: "person", person: { name: "Anne Durand" } });
    expect(holder?.choice).toBe(true);
    expect(holder?.sentence.text).toBe("La préfète, Anne Durand, a pris la parole.");
  });

  // Which role a person holds, asked or stated true or false, went for the bundle budget.
  it("asks only who holds a role, one question a role", () => {
    expect(new Set(candidates.map((c) => c.template))).toEqual(new Set(["role-holder"]));
    expect(new Set(candidates.map((c) => c.topic)).size).toBe(candidates.length);
  });

  it("elides the determiner before a vowel", () => {
    const club = analysisOf(
      "L'entraîneur du FC Nantes, Antoine Kombouaré, a parlé. L'attaquant nantais, Moses Simon, a marqué.",
    );
    const prompts = askRole(club).map((c) => c.prompt);
    expect(prompts).toContain("Qui est l'entraîneur du FC Nantes ?");
    expect(prompts).toContain("Qui est l'attaquant nantais ?");
  });

  it("asks nothing about people without a role", () => {
    expect(askRole(analysisOf("Johanna Rolland a rencontré Bertrand Affilé à Nantes."))).toEqual(
      [],
    );
  });
});

describe("askRole on a first name the lexicon does not know", () => {
  it("takes the article from the role's feminine noun", () => {
    const candidates = askRole(
      analysisOf(
        "« Le public est venu », sourit Élodie Gautier, directrice du festival depuis 2021.",
      ),
    );
    expect(byTemplate(candidates, "role-holder")).toEqual([
      "Qui est la directrice du festival depuis 2021 ?",
    ]);
    // `professeure`: a feminine in `-eure` the lexicon may not list.
    expect(
      byTemplate(
        askRole(analysisOf("Le roman de Nadège Sainte-Rose, professeure de lettres, est paru.")),
        "role-holder",
      ),
    ).toEqual(["Qui est la professeure de lettres ?"]);
  });
});

describe("askRole on a job being left", () => {
  it("asks nothing of the role of someone who resigns", () => {
    const analysis = analyseArticle(
      parseArticle(
        [
          "Titre",
          "La ministre des Transports, Geneviève Ouellet, a remis sa démission au premier ministre lundi. Le ministre de l'Économie, Martin Lévesque, assure l'intérim. Le porte-parole libéral, Alexandre Gagnon, a réagi.",
        ].join("\n\n"),
      ),
    );
    const prompts = askRole(analysis).map((candidate) => candidate.prompt);
    expect(prompts.join(" ")).not.toContain("Geneviève Ouellet");
    expect(prompts).not.toContain("Qui est la ministre des Transports ?");
    expect(prompts).toContain("Qui est le ministre de l'Économie ?");
  });
});

describe("askRole on a role of both genders", () => {
  it("takes the adjective's gender (`la secrétaire centrale`)", () => {
    const analysis = analysisOf(
      "« Nous avons évité le pire », a réagi Nadine Thill, secrétaire centrale du syndicat Chimie de l'OGBL. Le président, Marc Weydert, a parlé. Le ministre, Paul Roux, a visité l'usine.",
    );
    expect(byTemplate(askRole(analysis), "role-holder")).toContain(
      "Qui est la secrétaire centrale du syndicat Chimie de l'OGBL ?",
    );
  });
});
