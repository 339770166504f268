import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import type { Organisation, Person } from "../../../src/core/french/entities";
import { answerForms } from "../../../src/core/generator/answer-forms";

const analysis = analyseArticle(
  parseArticle(
    [
      "Visite ministérielle au Maroc",
      "Le ministre de l'Intérieur, Jan Jambon, a rencontré à Rabat, au Maroc, la maire de Nantes, Johanna Rolland, et son adjointe, Marie Rolland. Jean Jambon a ensuite parlé avec Bertrand Affilé. Jambon a visité le Fonds monétaire international (FMI) puis la Banque mondiale et la Banque africaine de développement (BAD) à Bruxelles, en Belgique.",
      "La SEMITAN attend 40 000 voyageurs par jour. Le chantier a duré trois ans. Elle a parlé mardi 1er mars à Rabat.",
      "Le 01/03/2016 à 13h33",
    ].join("\n\n"),
  ),
);

function person(name: string): Person {
  const found = analysis.people.find((p) => p.name === name);
  if (!found) throw new Error(`no person ${name}`);
  return found;
}

function organisation(name: string): Organisation {
  const found = analysis.organisations.find((o) => o.name === name);
  if (!found) throw new Error(`no organisation ${name}`);
  return found;
}

describe("answerForms for a person", () => {
  it("accepts the name, the other spellings and the surname when nobody else bears it", () => {
    const forms = answerForms({ kind: "person", person: person("Jan Jambon") }, analysis);
    expect(forms.answer).toBe("Jan Jambon");
    expect(forms.accepted).toEqual(["Jan Jambon", "Jean Jambon", "Jambon"]);
  });

  it("rejects the other people of the article, by full name and by surname", () => {
    const forms = answerForms({ kind: "person", person: person("Jan Jambon") }, analysis);
    expect(forms.rejected).toEqual(
      expect.arrayContaining([
        "Johanna Rolland",
        "Marie Rolland",
        "Rolland",
        "Bertrand Affilé",
        "Affilé",
      ]),
    );
    expect(forms.rejected).not.toContain("Jambon");
    expect(forms.rejected).not.toContain("Jean Jambon");
  });

  it("does not accept a surname two people share, nor reject it for either of them", () => {
    const johanna = answerForms({ kind: "person", person: person("Johanna Rolland") }, analysis);
    expect(johanna.accepted).toEqual(["Johanna Rolland"]);
    expect(johanna.rejected).toContain("Marie Rolland");
    expect(johanna.rejected).not.toContain("Rolland");
    expect(johanna.rejected).toEqual(
      expect.arrayContaining(["Jan Jambon", "Jean Jambon", "Jambon"]),
    );
    const marie = answerForms({ kind: "person", person: person("Marie Rolland") }, analysis);
    expect(marie.accepted).toEqual(["Marie Rolland"]);
    expect(marie.rejected).toContain("Johanna Rolland");
  });

  it("never both accepts and rejects a form, and lists each form once", () => {
    for (const someone of analysis.people) {
      const forms = answerForms({ kind: "person", person: someone }, analysis);
      expect(forms.accepted.filter((form) => forms.rejected.includes(form))).toEqual([]);
      expect(new Set(forms.rejected).size).toBe(forms.rejected.length);
    }
  });
});

describe("answerForms for an organisation", () => {
  const fmi = organisation("Fonds monétaire international");

  it("asked either way: answers the acronym and accepts the expansion too", () => {
    const forms = answerForms(
      { kind: "organisation", organisation: fmi, form: "either" },
      analysis,
    );
    expect(forms.answer).toBe("FMI");
    expect(forms.accepted).toEqual(["FMI", "Fonds monétaire international"]);
    expect(forms.rejected).toEqual(
      expect.arrayContaining(["BAD", "Banque africaine de développement", "Banque mondiale"]),
    );
    expect(forms.rejected).not.toContain("FMI");
  });

  it("asked for the acronym itself: accepts only the acronym", () => {
    const forms = answerForms(
      { kind: "organisation", organisation: fmi, form: "acronym" },
      analysis,
    );
    expect(forms.answer).toBe("FMI");
    expect(forms.accepted).toEqual(["FMI"]);
    expect(forms.rejected).toContain("BAD");
    expect(forms.rejected).not.toContain("FMI");
  });

  it("asked for what the acronym means: accepts only the expansion and rejects the acronym", () => {
    const forms = answerForms({ kind: "organisation", organisation: fmi, form: "name" }, analysis);
    expect(forms.answer).toBe("Fonds monétaire international");
    expect(forms.accepted).toEqual(["Fonds monétaire international"]);
    expect(forms.rejected).toContain("FMI");
    expect(forms.rejected).toContain("BAD");
  });

  it("without an expansion: the name is the only accepted form", () => {
    const forms = answerForms(
      { kind: "organisation", organisation: organisation("Banque mondiale"), form: "either" },
      analysis,
    );
    expect(forms.answer).toBe("Banque mondiale");
    expect(forms.accepted).toEqual(["Banque mondiale"]);
    expect(forms.rejected).toEqual(expect.arrayContaining(["FMI", "BAD", "SEMITAN"]));
  });
});

describe("answerForms for a place", () => {
  it("accepts the place and rejects the other places of the article", () => {
    const rabat = analysis.places.find((place) => place.name === "Rabat");
    if (!rabat) throw new Error("no Rabat");
    const forms = answerForms({ kind: "place", place: rabat }, analysis);
    expect(forms).toEqual({
      answer: "Rabat",
      accepted: ["Rabat"],
      rejected: ["Maroc", "Nantes", "Bruxelles", "Belgique"],
    });
  });
});

describe("answerForms for a date", () => {
  it("shows the date as the article writes it (no year it does not give), accepts it with the year", () => {
    const [date] = analysis.dates;
    if (!date) throw new Error("no date");
    expect(answerForms({ kind: "date", date }, analysis)).toEqual({
      answer: "mardi 1er mars",
      accepted: ["mardi 1er mars", "1er mars", "1er mars 2016", "01/03/2016"],
      rejected: [],
      date: "2016-03-01",
    });
  });

  it("without a year: no numeric form, and the ISO date says the year is unknown", () => {
    const date = { text: "14 mai", start: 0, end: 6, month: 5, day: 14 };
    expect(answerForms({ kind: "date", date }, analysis)).toEqual({
      answer: "14 mai",
      accepted: ["14 mai"],
      rejected: [],
      date: "--05-14",
    });
  });

  it("a month and year (`en mars 2023`) is answered as that month, never as its first day", () => {
    const date = { text: "mars 2023", start: 0, end: 9, month: 3, year: 2023 };
    expect(answerForms({ kind: "date", date }, analysis)).toEqual({
      answer: "mars 2023",
      accepted: ["mars 2023", "en mars 2023", "03/2023"],
      rejected: [],
    });
  });
});

describe("answerForms for a number", () => {
  it("answers in digits with the unit and accepts the number as written and its value", () => {
    const quantity = analysis.quantities.find((q) => q.unit === "voyageurs");
    if (!quantity) throw new Error("no quantity");
    const forms = answerForms({ kind: "number", quantity }, analysis);
    expect(forms.answer).toBe("40 000 voyageurs");
    expect(forms.value).toBe(40000);
    expect(forms.accepted).toEqual(expect.arrayContaining(["40 000 voyageurs", "40000"]));
    expect(forms.rejected).toEqual([]);
  });

  it("writes a number given in words in digits, and accepts the words", () => {
    const quantity = analysis.quantities.find((q) => q.unit === "ans");
    if (!quantity) throw new Error("no quantity");
    const forms = answerForms({ kind: "number", quantity }, analysis);
    expect(forms.answer).toBe("3 ans");
    expect(forms.value).toBe(3);
    expect(forms.accepted).toEqual(expect.arrayContaining(["3 ans", "trois ans", "3"]));
  });

  it("keeps a decimal comma and a scale word in the unit (`3,5 millions d'euros`)", () => {
    const quantity = {
      text: "3,5 millions d'euros",
      start: 0,
      end: 20,
      value: 3.5,
      unit: "millions d'euros",
    };
    const forms = answerForms({ kind: "number", quantity }, analysis);
    expect(forms.answer).toBe("3,5 millions d'euros");
    expect(forms.value).toBe(3.5);
  });

  it("reads a Swiss thousands apostrophe as part of the number (`350'000 francs` is not 350)", () => {
    const quantity = { text: "350'000 francs", start: 0, end: 14, value: 350000, unit: "francs" };
    const forms = answerForms({ kind: "number", quantity }, analysis);
    expect(forms.answer).toBe("350 000 francs");
    expect(forms.accepted).toContain("350'000");
    expect(forms.accepted).not.toContain("350");
  });

  it("answers a bare year without a unit", () => {
    const quantity = { text: "2016", start: 0, end: 4, value: 2016, unit: "" };
    const forms = answerForms({ kind: "number", quantity }, analysis);
    expect(forms.answer).toBe("2016");
    expect(forms.accepted).toContain("2016");
  });
});

describe("answerForms for roles, statements and phrases", () => {
  it("accepts a role and rejects the other roles of the article", () => {
    const jambon = person("Jan Jambon");
    const forms = answerForms(
      { kind: "role", person: jambon, role: "ministre de l'Intérieur" },
      analysis,
    );
    expect(forms).toEqual({
      answer: "ministre de l'Intérieur",
      accepted: ["ministre de l'Intérieur"],
      rejected: ["maire de Nantes"],
    });
  });

  it("answers Vrai or Faux for a statement, with nothing to accept or reject", () => {
    expect(answerForms({ kind: "truth", value: true }, analysis)).toEqual({
      answer: "Vrai",
      accepted: [],
      rejected: [],
    });
    expect(answerForms({ kind: "truth", value: false }, analysis).answer).toBe("Faux");
  });

  it("accepts a phrase as it is written", () => {
    expect(answerForms({ kind: "phrase", text: "bien avancée" }, analysis)).toEqual({
      answer: "bien avancée",
      accepted: ["bien avancée"],
      rejected: [],
    });
  });
});

describe("answerForms for a post's acronym", () => {
  it("accepts the person named right after it (round 138: `MCD` alone keyed, Dr Ouattara refused)", () => {
    const leo = analyseArticle(
      parseArticle(
        "Titre\n\nSelon le médecin-chef du district (MCD) de Léo, Dr Salif Ouattara, la période a été choisie. Le MCD a signalé des difficultés d'accès.",
      ),
    );
    const mcd = leo.organisations.find((o) => o.acronym === "MCD");
    if (!mcd) throw new Error("no MCD");
    const forms = answerForms({ kind: "organisation", organisation: mcd, form: "either" }, leo);
    expect(forms.accepted).toEqual(
      expect.arrayContaining(["MCD", "médecin-chef du district", "Salif Ouattara"]),
    );
  });

  it("accepts no person after an organisation's proper name", () => {
    const office = analyseArticle(
      parseArticle(
        "Titre\n\nSelon l'Office national de l'eau (ONE) de Léo, Dr Salif Ouattara, la période a été choisie. L'ONE a signalé des difficultés d'accès.",
      ),
    );
    const one = office.organisations.find((o) => o.acronym === "ONE");
    if (!one) throw new Error("no ONE");
    const forms = answerForms({ kind: "organisation", organisation: one, form: "either" }, office);
    expect(forms.accepted).toContain("Office national de l'eau");
    expect(forms.accepted.some((text) => /Ouattara/u.test(text))).toBe(false);
  });
});
