import { describe, expect, it } from "vitest";
import { asFuture, reportedClause } from "../../../src/core/french/reported-clause";

function sentence(text: string) {
  return { text, start: 100, end: 100 + text.length };
}

describe("reportedClause", () => {
  it("reads the clause after a verb of saying and a day, at its own offset (the @example)", () => {
    const text = "Le ministre a précisé mardi que la station ouvrira en mai.";
    expect(reportedClause(sentence(text))).toEqual({
      sentence: {
        text: "La station ouvrira en mai.",
        start: 100 + text.indexOf("la station"),
        end: 100 + text.length,
      },
      fact: true,
    });
  });

  it("tells a fact reported from a view, and reads no clause opening on a pronoun", () => {
    expect(
      reportedClause(sentence("Le maire a estimé que le projet coûtera trop cher."))?.fact,
    ).toBe(false);
    expect(
      reportedClause(sentence("La DINEPA a annoncé jeudi soir que l'eau sera rationnée."))?.sentence
        .text,
    ).toBe("L'eau sera rationnée.");
    expect(reportedClause(sentence("Le maire a annoncé qu'il serait candidat."))).toBeUndefined();
    expect(reportedClause(sentence("Le maire a annoncé sa candidature."))).toBeUndefined();
  });
});

describe("reportedClause before its source", () => {
  it("reads the fact before `, a annoncé X.` or `, selon X.` at the same offset", () => {
    const text =
      "Quelque 214 nids ont été recensés cette année, a annoncé mercredi l'équipe de la réserve.";
    expect(reportedClause(sentence(text))).toEqual({
      sentence: {
        text: "Quelque 214 nids ont été recensés cette année.",
        start: 100,
        end: 100 + "Quelque 214 nids ont été recensés cette année.".length,
      },
      fact: true,
      instead: true,
    });
    expect(
      reportedClause(sentence("Le ministère a recensé 217 cas, selon un bilan publié lundi."))
        ?.sentence.text,
    ).toBe("Le ministère a recensé 217 cas.");
  });

  it("reads no quotation, and no view put after it (`, estime la direction.`)", () => {
    expect(
      reportedClause(sentence("« Nous fermerons le site », a annoncé le directeur.")),
    ).toBeUndefined();
    expect(
      reportedClause(sentence("Quinze départs pourraient être évités, estime la direction.")),
    ).toBeUndefined();
    expect(
      reportedClause(sentence("Le président de l'UCP, Jean-Marc Rio, a annoncé une braderie.")),
    ).toBeUndefined();
  });
});

describe("asFuture", () => {
  it("writes a reported conditional of être as the future, with -t- where it is due", () => {
    expect(asFuture("Pourquoi la distribution serait-elle ramenée ?")).toBe(
      "Pourquoi la distribution sera-t-elle ramenée ?",
    );
    expect(asFuture("Quand les travaux seraient-ils achevés ?")).toBe(
      "Quand les travaux seront-ils achevés ?",
    );
    expect(asFuture("Quand est-ce que le chantier serait achevé ?")).toBe(
      "Quand est-ce que le chantier sera achevé ?",
    );
    expect(asFuture("Combien de serais-je ?")).toBe("Combien de serais-je ?");
  });

  it("writes any other conditional as the future, not a noun nor a modal's likelihood", () => {
    expect(asFuture("Pourquoi l'opposition saisirait-elle le tribunal ?")).toBe(
      "Pourquoi l'opposition saisira-t-elle le tribunal ?",
    );
    expect(asFuture("Pourquoi les élus mettraient-ils un extrait en ligne ?")).toBe(
      "Pourquoi les élus mettront-ils un extrait en ligne ?",
    );
    expect(asFuture("Quand la phase devrait-elle démarrer ?")).toBe(
      "Quand la phase devrait-elle démarrer ?",
    );
  });
});
