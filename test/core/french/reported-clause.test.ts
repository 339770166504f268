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
});
