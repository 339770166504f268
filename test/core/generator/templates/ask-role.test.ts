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

  it("asks which role a person holds when at least three people have one", () => {
    expect(byTemplate(candidates, "role-of")).toEqual([
      "Quelle fonction occupe Nathalie Appéré ?",
      "Quelle fonction occupe Loïg Chesnais-Girard ?",
      "Quelle fonction occupe Anne Durand ?",
      "Quelle fonction occupe Claire Morin ?",
    ]);
    const roleOf = candidates.find((c) => c.prompt === "Quelle fonction occupe Claire Morin ?");
    expect(roleOf?.answer).toMatchObject({ kind: "role", role: "directrice du port" });
  });

  it("states a person's own role or another woman's role, true or false", () => {
    const statements = candidates
      .filter((c) => c.template === "role-true-false")
      .map((c) => [c.prompt, c.answer.kind === "truth" && c.answer.value]);
    expect(statements).toEqual([
      ["Nathalie Appéré est la préfète.", false],
      ["Anne Durand est la maire de Rennes.", false],
      ["Claire Morin est la directrice du port.", true],
    ]);
  });

  it("ties a statement to the holder of the role it states, true or false (one fact with *Qui est … ?*)", () => {
    const concerns = candidates
      .filter((c) => c.template === "role-true-false")
      .map((c) => [c.prompt, c.concerns]);
    expect(concerns).toEqual([
      ["Nathalie Appéré est la préfète.", "Anne Durand"],
      ["Anne Durand est la maire de Rennes.", "Nathalie Appéré"],
      ["Claire Morin est la directrice du port.", "Claire Morin"],
    ]);
  });

  it("never gives a man a woman's role: no statement for the only man", () => {
    const statements = byTemplate(candidates, "role-true-false");
    expect(statements.some((s) => s.includes("Chesnais-Girard"))).toBe(false);
    for (const statement of statements) expect(statement).not.toMatch(/président de la région/);
  });

  it("keeps the three questions on one role under one topic", () => {
    const topics = candidates
      .filter((c) => c.prompt.includes("Claire Morin") || c.prompt.includes("directrice du port"))
      .map((c) => c.topic);
    expect(topics).toEqual([
      "holder:directrice du port",
      "holder:directrice du port",
      "holder:directrice du port",
    ]);
  });

  it("elides the determiner before a vowel and asks no role-of with fewer than three roles", () => {
    const club = analysisOf(
      "L'entraîneur du FC Nantes, Antoine Kombouaré, a parlé. L'attaquant nantais, Moses Simon, a marqué.",
    );
    const prompts = askRole(club).map((c) => c.prompt);
    expect(prompts).toContain("Qui est l'entraîneur du FC Nantes ?");
    expect(prompts).toContain("Qui est l'attaquant nantais ?");
    expect(prompts.some((p) => p.startsWith("Quelle fonction"))).toBe(false);
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
