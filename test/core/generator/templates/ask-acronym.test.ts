import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askAcronym } from "../../../../src/core/generator/templates/ask-acronym";

function analysisOf(...paragraphs: string[]) {
  return analyseArticle(parseArticle(["Titre", ...paragraphs].join("\n\n")));
}

describe("askAcronym", () => {
  it("asks what an expanded acronym stands for, as a short answer on its expansion", () => {
    const analysis = analysisOf(
      "Des chercheurs du Centre national de la recherche scientifique (CNRS) ont identifié une nouvelle grenouille en Guyane.",
      "Le CNRS a publié les résultats mardi.",
    );
    const candidates = askAcronym(analysis);
    expect(candidates).toHaveLength(1);
    const [cnrs] = candidates;
    expect(cnrs?.prompt).toBe("Que signifie le sigle CNRS ?");
    expect(cnrs?.choice).toBe(false);
    expect(cnrs?.answer).toMatchObject({ kind: "organisation", form: "name" });
    if (cnrs?.answer.kind !== "organisation") return;
    expect(cnrs.answer.organisation.name).toBe("Centre national de la recherche scientifique");
    // The evidence is the sentence that expands the acronym, not a later bare mention.
    expect(cnrs.sentence.text).toMatch(/^Des chercheurs du Centre national/);
  });

  it("asks about each expanded acronym once, and about none given alone", () => {
    const analysis = analysisOf(
      "Le Fonds monétaire international (FMI) et l'Organisation mondiale de la santé (OMS) ont alerté l'UEFA.",
    );
    expect(askAcronym(analysis).map((c) => [c.prompt, c.topic])).toEqual([
      ["Que signifie le sigle FMI ?", "acronym:FMI"],
      ["Que signifie le sigle OMS ?", "acronym:OMS"],
    ]);
  });

  it("asks about an acronym paired loosely with the name before it (SEMITAN)", () => {
    const analysis = analysisOf(
      "Le réseau est exploité par la Société d'économie mixte des transports (SEMITAN) depuis 1979.",
    );
    const [semitan] = askAcronym(analysis);
    expect(semitan?.prompt).toBe("Que signifie le sigle SEMITAN ?");
    if (semitan?.answer.kind !== "organisation") throw new Error("expected an organisation");
    expect(semitan.answer.organisation.name).toBe("Société d'économie mixte des transports");
  });

  it("proposes nothing for an article without acronyms", () => {
    expect(askAcronym(analysisOf("Le maire a inauguré la ligne samedi."))).toEqual([]);
  });
});
