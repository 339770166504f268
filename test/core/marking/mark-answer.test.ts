import { describe, expect, it } from "vitest";
import { markAnswer } from "../../../src/core/marking/mark-answer";
import type {
  Question,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "../../../src/core/quiz/quiz";

// Questions built from the seed article (Belgian delegation at the DSITI in Rabat, 1 March 2016).
const evidence = { text: "…", start: 0, end: 1 };

function shortAnswer(fields: Partial<ShortAnswerQuestion>): ShortAnswerQuestion {
  return {
    id: "q",
    type: "short_answer",
    prompt: "?",
    kind: "phrase",
    answer: "",
    accepted: [],
    rejected: [],
    evidence,
    ...fields,
  };
}

const person = shortAnswer({
  kind: "person",
  prompt: "Qui conduisait la délégation belge ?",
  answer: "Charles Michel",
  accepted: ["Charles Michel", "Michel"],
  rejected: [
    "Jan Jambon",
    "Jambon",
    "Jean Jambon",
    "Theo Francken",
    "Francken",
    "Freddy Roosemont",
    "Roosemont",
    "Mourad Naimi",
    "Naimi",
  ],
});

const organisation = shortAnswer({
  kind: "organisation",
  prompt: "Quelle direction la délégation a-t-elle visitée ?",
  answer: "DSITI",
  accepted: [
    "DSITI",
    "Direction des systèmes d'information, de télécommunication et d'identification",
  ],
  rejected: ["DGSN", "Direction générale de la sûreté nationale", "Office des étrangers"],
});

const date = shortAnswer({
  kind: "date",
  prompt: "Quel jour le ministre a-t-il fait cette déclaration ?",
  answer: "1er mars 2016",
  accepted: ["1er mars 2016"],
  date: "2016-03-01",
});

const dateWithoutYear = shortAnswer({
  kind: "date",
  prompt: "Quel jour le ministre a-t-il fait cette déclaration ?",
  answer: "mardi 1er mars",
  accepted: ["mardi 1er mars"],
  date: "--03-01",
});

const number = shortAnswer({
  kind: "number",
  prompt: "Combien de jours a duré le séjour de Charles Michel au Maroc ?",
  answer: "deux jours",
  accepted: ["deux jours", "2 jours"],
  value: 2,
});

const place = shortAnswer({
  kind: "place",
  prompt: "Dans quelle ville le ministre s'est-il exprimé ?",
  answer: "Rabat",
  accepted: ["Rabat"],
  rejected: ["Bruxelles", "Maroc", "Belgique"],
});

const singleChoice: SingleChoiceQuestion = {
  id: "q-choice",
  type: "single_choice",
  kind: "person",
  prompt: "Qui dirige la DSITI ?",
  options: [
    { id: "a", text: "Jan Jambon" },
    { id: "b", text: "Mourad Naimi" },
    { id: "c", text: "Theo Francken" },
  ],
  answer: "b",
  evidence,
};

const trueFalse: TrueFalseQuestion = {
  id: "q-true",
  type: "true_false",
  kind: "phrase",
  prompt: "La coopération antiterroriste est jugée optimale.",
  answer: true,
  evidence,
};

const falseStatement: TrueFalseQuestion = { ...trueFalse, id: "q-false", answer: false };

// Two people with near-identical names, to show that closeness to a rejected form decides.
const twin = shortAnswer({
  kind: "person",
  prompt: "Qui est le secrétaire d'Etat à l'Asile et la migration ?",
  answer: "Theo Francken",
  accepted: ["Theo Francken", "Francken"],
  rejected: ["Theo Franken", "Franken"],
});

type Case = [
  rule: string,
  question: Question,
  given: string | boolean | undefined,
  correct: boolean,
];

const cases: Case[] = [
  // Form does not count: case, accents, punctuation, spacing, determiners.
  ["exact answer", person, "Charles Michel", true],
  ["case", person, "CHARLES michel", true],
  ["spacing", person, "  Charles    Michel ", true],
  ["non-breaking space", person, "Charles\u00a0Michel", true],
  ["punctuation", person, "Charles Michel.", true],
  ["curly quotes", person, "« Charles Michel »", true],
  [
    "accents",
    organisation,
    "Direction des systemes d'information, de telecommunication et d'identification",
    true,
  ],
  [
    "curly apostrophes",
    organisation,
    "Direction des systèmes d’information, de télécommunication et d’identification",
    true,
  ],
  [
    "no comma",
    organisation,
    "Direction des systèmes d'information de télécommunication et d'identification",
    true,
  ],
  ["leading determiner la", organisation, "la DSITI", true],
  ["leading determiner l'", organisation, "l'DSITI", true],
  [
    "leading determiner la, with expansion",
    organisation,
    "La Direction des systèmes d'information, de télécommunication et d'identification",
    true,
  ],
  ["leading determiner le", place, "le Rabat", true],
  ["lower-case acronym", organisation, "dsiti", true],
  // Small typos pass, scaled to length.
  ["one extra letter in a 6-letter word", person, "Charles Michell", true],
  ["one missing letter in a 7-letter word", person, "Charls Michel", true],
  ["one typo in the surname alone", person, "Micheal", true],
  ["adjacent transposition counts once", person, "Mihcel", true],
  ["one typo in each word", person, "Charls Michell", true],
  ["two typos in a 6-letter word", person, "Mischell", false],
  ["two typos in a 5-letter word", place, "Rabbatt", false],
  ["one typo in a 5-letter word", place, "Rabbat", true],
  ["transposition in a 5-letter word", place, "Rbaat", true],
  [
    "two typos in a long word",
    organisation,
    "Direction des systemes d'infomation de telecomunication et d'identification",
    true,
  ],
  [
    "one typo in the expansion",
    organisation,
    "Direction des systemes d'information de telecommunication et d'identificaton",
    true,
  ],
  [
    "words glued together",
    organisation,
    "Direction des systèmes dinformation, de télécommunication et didentification",
    true,
  ],
  [
    "no typo allowed in a word under 5 letters",
    organisation,
    "Direction dos systèmes d'information, de télécommunication et d'identification",
    false,
  ],
  ["no typo allowed in a short acronym", organisation, "DSTI", false],
  ["no typo allowed in a short acronym (substitution)", organisation, "DSITE", false],
  // The surname alone passes when accepted; other partial names do not.
  ["surname alone", person, "Michel", true],
  ["surname alone, lower case", person, "michel", true],
  ["first name alone", person, "Charles", false],
  ["answer with extra words", person, "Charles Michel et Jan Jambon", false],
  // Acronym and expansion are equivalent, together too.
  ["acronym", organisation, "DSITI", true],
  [
    "expansion",
    organisation,
    "Direction des systèmes d'information, de télécommunication et d'identification",
    true,
  ],
  [
    "acronym then expansion in parentheses",
    organisation,
    "DSITI (Direction des systèmes d'information, de télécommunication et d'identification)",
    true,
  ],
  [
    "expansion then acronym in parentheses",
    organisation,
    "la Direction des systèmes d'information, de télécommunication et d'identification (DSITI)",
    true,
  ],
  [
    "acronym with a typo'd expansion in parentheses",
    organisation,
    "DSITI (Direction des systemes d'information, de telecommunication et d'identificaton)",
    true,
  ],
  [
    "acronym with a determiner inside the parentheses",
    organisation,
    "DSITI (la Direction des systèmes d'information, de télécommunication et d'identification)",
    true,
  ],
  [
    "acronym, dash, expansion",
    organisation,
    "DSITI - Direction des systèmes d'information, de télécommunication et d'identification",
    true,
  ],
  [
    "wrong acronym with the right expansion in parentheses",
    organisation,
    "DGSN (Direction des systèmes d'information, de télécommunication et d'identification)",
    false,
  ],
  [
    "right acronym with another organisation in parentheses",
    organisation,
    "DSITI (Direction générale de la sûreté nationale)",
    false,
  ],
  // Other entities of the article are wrong, even when close.
  ["another organisation's acronym", organisation, "DGSN", false],
  ["another organisation's acronym, lower case", organisation, "dgsn", false],
  [
    "another organisation's expansion",
    organisation,
    "Direction générale de la sûreté nationale",
    false,
  ],
  ["another organisation, determiner", organisation, "l'Office des étrangers", false],
  ["another person", person, "Jan Jambon", false],
  ["another person, spelled as in the article", person, "Jean Jambon", false],
  ["another person's surname", person, "Jambon", false],
  ["another person's surname with a typo", person, "Jambom", false],
  ["another person, the director", person, "Mourad Naimi", false],
  ["another place", place, "Maroc", false],
  ["another place, with determiner", place, "la Belgique", false],
  ["another city", place, "Bruxelles", false],
  ["a near twin, exactly", twin, "Franken", false],
  ["a near twin, full name", twin, "Theo Franken", false],
  ["closer to the twin than to the answer", twin, "Frankenn", false],
  ["as close to the twin as to the answer", twin, "Frankcen", false],
  ["closer to the answer than to the twin", twin, "Francke", true],
  ["the answer, not the twin", twin, "Francken", true],
  ["right city", place, "Rabat", true],
  // Dates: the usual French forms; a year, when given, must be right.
  ["date: 1er mars 2016", date, "1er mars 2016", true],
  ["date: 1 mars 2016", date, "1 mars 2016", true],
  ["date: 01/03/2016", date, "01/03/2016", true],
  ["date: 1/3/2016", date, "1/3/2016", true],
  ["date: 2016-03-01", date, "2016-03-01", true],
  ["date: mardi 1er mars", date, "mardi 1er mars", true],
  ["date: mardi 1er mars 2016", date, "mardi 1er mars 2016", true],
  ["date: le 1er mars", date, "le 1er mars", true],
  ["date: capitals and accents", date, "Le Mardi 1ᵉʳ Mars 2016", true],
  ["date: weekday not checked", date, "lundi 1er mars 2016", true],
  ["date: wrong year", date, "1er mars 2015", false],
  ["date: wrong year, numeric", date, "01/03/2017", false],
  ["date: wrong day", date, "2 mars 2016", false],
  ["date: wrong month", date, "1er avril 2016", false],
  ["date: day and month swapped", date, "03/01/2016", false],
  ["date: month and year only", date, "mars 2016", false],
  ["date: year only", date, "2016", false],
  ["date: not a date", date, "mardi", false],
  ["date without year: day and month", dateWithoutYear, "1er mars", true],
  ["date without year: any year", dateWithoutYear, "01/03/2016", true],
  ["date without year: wrong day", dateWithoutYear, "mardi 2 mars", false],
  // Numbers: digits or words, unit ignored.
  ["number: digit", number, "2", true],
  ["number: word", number, "deux", true],
  ["number: word, capitalised", number, "Deux", true],
  ["number: digit and unit", number, "2 jours", true],
  ["number: word and unit", number, "deux jours", true],
  ["number: decimal comma", number, "2,0", true],
  ["number: wrong digit", number, "3", false],
  ["number: wrong word", number, "trois jours", false],
  ["number: twenty-two is not two", number, "vingt-deux", false],
  ["number: not a number", number, "jours", false],
  ["number: 2,5 is not 2", number, "2,5", false],
  // Single choice: the right option id.
  ["single choice: right option", singleChoice, "b", true],
  ["single choice: right option, spaces", singleChoice, " b ", true],
  ["single choice: wrong option", singleChoice, "a", false],
  ["single choice: option text instead of id", singleChoice, "Mourad Naimi", false],
  ["single choice: unknown option", singleChoice, "z", false],
  ["single choice: boolean", singleChoice, true, false],
  // True/false: a boolean or what a form posts.
  ["true/false: true", trueFalse, true, true],
  ["true/false: false", trueFalse, false, false],
  ["true/false: 'true'", trueFalse, "true", true],
  ["true/false: 'vrai'", trueFalse, "vrai", true],
  ["true/false: 'Vrai'", trueFalse, "Vrai", true],
  ["true/false: 'faux'", trueFalse, "faux", false],
  ["true/false: 'false'", trueFalse, "false", false],
  ["false statement: false", falseStatement, false, true],
  ["false statement: 'faux'", falseStatement, "faux", true],
  ["false statement: 'false'", falseStatement, "false", true],
  ["false statement: true", falseStatement, true, false],
  ["false statement: 'vrai'", falseStatement, "vrai", false],
  ["true/false: other text", trueFalse, "oui peut-être", false],
  // No answer is a wrong answer.
  ["short answer: empty", person, "", false],
  ["short answer: whitespace", person, " \u00a0 ", false],
  ["short answer: punctuation only", person, "?", false],
  ["short answer: a determiner only", organisation, "la", false],
  ["short answer: missing", person, undefined, false],
  ["short answer: boolean", person, true, false],
  ["date: empty", date, "", false],
  ["number: missing", number, undefined, false],
  ["single choice: empty", singleChoice, "", false],
  ["single choice: missing", singleChoice, undefined, false],
  ["true/false: empty", trueFalse, "", false],
  ["true/false: missing", trueFalse, undefined, false],
  ["false statement: missing", falseStatement, undefined, false],
];

describe("markAnswer", () => {
  it.each(cases.map(([rule, question, given, correct]) => ({ rule, question, given, correct })))(
    "$rule: $given → $correct",
    ({ question, given, correct }) => {
      expect(markAnswer(question, given).correct).toBe(correct);
    },
  );

  it.each([
    ["Charles Michel", person],
    ["DSITI", organisation],
    ["1er mars 2016", date],
    ["Mourad Naimi", singleChoice],
    ["Vrai", trueFalse],
    ["Faux", falseStatement],
  ] as const)("shows %j as the right answer", (expected, question) => {
    expect(markAnswer(question, "n'importe quoi").expected).toBe(expected);
    expect(markAnswer(question, undefined).expected).toBe(expected);
  });

  it("marks a date answer by the date even when the accepted text differs", () => {
    const bare = { ...date, accepted: [] };
    expect(markAnswer(bare, "01/03/2016").correct).toBe(true);
    expect(markAnswer(bare, "02/03/2016").correct).toBe(false);
  });

  it("marks a number answer by the value even when the accepted text differs", () => {
    const bare = { ...number, accepted: [], answer: "2" };
    expect(markAnswer(bare, "deux").correct).toBe(true);
    expect(markAnswer(bare, "1").correct).toBe(false);
  });

  it("falls back to the accepted text when a date or number question has no value", () => {
    const untyped = { ...number, value: undefined };
    expect(markAnswer(untyped, "deux jours").correct).toBe(true);
    expect(markAnswer(untyped, "trois jours").correct).toBe(false);
  });

  it("accepts the surname alone only when it is listed", () => {
    const fullNameOnly = { ...person, accepted: ["Charles Michel"] };
    expect(markAnswer(fullNameOnly, "Michel").correct).toBe(false);
    expect(markAnswer(person, "Michel").correct).toBe(true);
  });

  it("rejects a form listed both as accepted and rejected", () => {
    const ambiguous = { ...person, rejected: [...person.rejected, "Michel"] };
    expect(markAnswer(ambiguous, "Michel").correct).toBe(false);
    expect(markAnswer(ambiguous, "Charles Michel").correct).toBe(true);
  });
});
