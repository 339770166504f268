import { describe, expect, it } from "vitest";
import { markAnswer } from "../../../src/core/marking/mark-answer";
import type {
  Question,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "../../../src/core/quiz/quiz";
import { shortAnswer } from "./short-answer-question";

// Questions built from the seed article (Belgian delegation at the DSITI in Rabat, 1 March 2016).
const evidence = { text: "…", start: 0, end: 1 };

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

// A person whose role and title students add; the other people keep theirs.
const president = shortAnswer({
  kind: "person",
  prompt: "Qui a reçu la délégation ?",
  answer: "Emmanuel Macron",
  accepted: ["Emmanuel Macron", "Macron"],
  rejected: ["Olaf Scholz", "Scholz"],
});

// A woman, a surname with particles, and another woman of the article.
const presidente = shortAnswer({
  kind: "person",
  prompt: "Qui préside la Commission européenne ?",
  answer: "Ursula von der Leyen",
  accepted: ["Ursula von der Leyen", "von der Leyen"],
  rejected: ["Christine Lagarde", "Lagarde"],
});

// Issue 11's examples: a quantity with a unit, a large one, one the analysis reads with its
// scale in the unit (`2,5` `millions d'euros`, as findQuantities does), a percentage.
const distance = shortAnswer({
  kind: "number",
  prompt: "Quelle distance les marcheurs ont-ils parcourue ?",
  answer: "14 kilomètres",
  accepted: ["14 kilomètres", "quatorze kilomètres", "14"],
  value: 14,
});

const population = shortAnswer({
  kind: "number",
  prompt: "Combien d'habitants compte la ville ?",
  answer: "1 500 000 habitants",
  accepted: ["1 500 000 habitants", "1 500 000"],
  value: 1_500_000,
});

const cost = shortAnswer({
  kind: "number",
  prompt: "Combien ont coûté les travaux ?",
  answer: "2,5 millions d'euros",
  accepted: ["2,5 millions d'euros", "2,5", "2,5 millions", "2.5"],
  value: 2.5,
});

const share = shortAnswer({
  kind: "number",
  prompt: "Quelle part des élèves a réussi ?",
  answer: "15 %",
  accepted: ["15 %", "15"],
  value: 15,
});

// An organisation whose key spells its acronym with dots.
const dotted = shortAnswer({
  kind: "organisation",
  prompt: "Quelle organisation a publié le rapport ?",
  answer: "O.N.U.",
  accepted: ["O.N.U."],
  rejected: ["OTAN", "Organisation du traité de l'Atlantique nord"],
});

// A phrase with single-letter words, which are no acronym.
const phrase = shortAnswer({
  kind: "phrase",
  prompt: "Complétez : « La loi a été votée …… »",
  answer: "il y a deux ans",
  accepted: ["il y a deux ans"],
});

// A date whose year the prompt does not ask for, then the same date asked by its year.
const december = shortAnswer({
  kind: "date",
  prompt: "Quel jour la loi a-t-elle été votée ?",
  answer: "3 décembre 2023",
  accepted: ["3 décembre 2023", "03/12/2023"],
  date: "2023-12-03",
});

const decemberYear = { ...december, prompt: "En quelle année la loi a-t-elle été votée ?" };

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
  // A person named with a title or a role is right; another person is wrong, role or not.
  ["title and role before the name", person, "le Premier ministre Charles Michel", true],
  ["title M. before the surname", person, "M. Michel", true],
  ["Mr before the surname", person, "Mr Michel", true],
  ["role after the name", person, "Charles Michel, Premier ministre", true],
  ["role after the name, with determiner", person, "Charles Michel, le Premier ministre", true],
  ["role without determiner before the surname", person, "Premier ministre Michel", true],
  ["role with a complement", person, "le Premier ministre belge Charles Michel", true],
  ["title then role", person, "Monsieur le Premier ministre Charles Michel", true],
  ["former role", person, "l'ancien Premier ministre Charles Michel", true],
  ["role, lower case", person, "premier ministre charles michel", true],
  ["role and a typo in the name", person, "le Premier ministre Charle Michel", true],
  ["the president by his title", president, "le président Macron", true],
  [
    "the president with a long role",
    president,
    "le président de la République Emmanuel Macron",
    true,
  ],
  ["the president, role after", president, "Emmanuel Macron, président", true],
  ["Mme and a surname with particles", presidente, "Mme von der Leyen", true],
  ["Madame and the full name", presidente, "Madame Ursula von der Leyen", true],
  [
    "feminine role with a complement",
    presidente,
    "la présidente de la Commission Ursula von der Leyen",
    true,
  ],
  ["the right role, another person", person, "le Premier ministre Jan Jambon", false],
  ["the right title, another person", person, "M. Jambon", false],
  ["another person, role after", person, "Jan Jambon, Premier ministre", false],
  ["another person with his own role", person, "le ministre de l'Intérieur Jan Jambon", false],
  ["the role alone", person, "le Premier ministre", false],
  ["the title alone", person, "M.", false],
  ["someone of the person's", person, "le porte-parole de Charles Michel", false],
  ["someone of the person's, with a role", person, "le chef de cabinet de Charles Michel", false],
  ["the right person and another", person, "M. Michel et M. Jambon", false],
  [
    "the right person, then another in the role",
    person,
    "Charles Michel, Premier ministre de Jan Jambon",
    false,
  ],
  ["not a role before the name", person, "le successeur de Charles Michel", false],
  ["the president's rival by title", president, "le président Scholz", false],
  ["another woman, Mme", presidente, "Mme Lagarde", false],
  [
    "another woman with the right role",
    presidente,
    "la présidente de la Commission Christine Lagarde",
    false,
  ],
  // An acronym is the same with dots, spaces, lower case and its article.
  ["acronym with dots", organisation, "D.S.I.T.I.", true],
  ["acronym with dots, no final dot", organisation, "D.S.I.T.I", true],
  ["acronym with dots and spaces", organisation, "D. S. I. T. I.", true],
  ["acronym with spaces", organisation, "D S I T I", true],
  ["acronym with spaces, lower case", organisation, "d s i t i", true],
  ["acronym with dots, mixed case", organisation, "d.S.i.T.i.", true],
  ["acronym with dots and its article", organisation, "la D.S.I.T.I.", true],
  ["acronym with spaces and its article", organisation, "la D S I T I", true],
  ["another acronym with dots", organisation, "D.G.S.N.", false],
  ["another acronym with spaces", organisation, "d g s n", false],
  ["a letter missing, with dots", organisation, "D.S.T.I.", false],
  ["a letter too many, spaced", organisation, "L D S I T I", false],
  ["a key spelled with dots, answered without", dotted, "ONU", true],
  ["a key spelled with dots, with its article", dotted, "l'ONU", true],
  ["a key spelled with dots, answered with them", dotted, "O.N.U", true],
  ["a key spelled with dots, another acronym", dotted, "OTAN", false],
  ["single-letter words are no acronym", phrase, "il y a deux ans", true],
  ["single-letter words, another phrase", phrase, "il y a trois ans", false],
  // Numbers: digits or words, with or without their unit; the unit, when given, must be right.
  ["distance: digits", distance, "14", true],
  ["distance: words", distance, "quatorze", true],
  ["distance: digits and abbreviated unit", distance, "14 km", true],
  ["distance: unit glued", distance, "14km", true],
  ["distance: words and abbreviated unit", distance, "quatorze km", true],
  ["distance: digits and unit", distance, "14 kilomètres", true],
  ["distance: unit without accent", distance, "14 kilometres", true],
  ["distance: unit in the singular", distance, "14 kilomètre", true],
  ["distance: unit misspelt", distance, "14 kilomètes", true],
  ["distance: environ is no unit", distance, "14 environ", true],
  ["distance: wrong unit", distance, "14 euros", false],
  ["distance: wrong unit, words", distance, "quatorze jours", false],
  ["distance: another length unit", distance, "14 mètres", false],
  ["distance: wrong number", distance, "15 km", false],
  ["distance: wrong number, words", distance, "quinze", false],
  ["distance: forty is not fourteen", distance, "quarante", false],
  ["population: 1,5 million", population, "1,5 million", true],
  ["population: 1,5 million d'habitants", population, "1,5 million d'habitants", true],
  ["population: 1 500 000", population, "1 500 000", true],
  ["population: 1.500.000", population, "1.500.000", true],
  ["population: 1500000", population, "1500000", true],
  ["population: in words", population, "un million cinq cent mille", true],
  ["population: 1,6 million", population, "1,6 million", false],
  ["population: 15 millions", population, "15 millions", false],
  ["population: 1,5 million d'euros", population, "1,5 million d'euros", false],
  ["cost: as the article writes it", cost, "2,5 millions d'euros", true],
  ["cost: digits and symbol", cost, "2 500 000 €", true],
  ["cost: digits and unit", cost, "2 500 000 euros", true],
  ["cost: without its unit", cost, "2,5 millions", true],
  ["cost: the key's own value", cost, "2,5", true],
  ["cost: words", cost, "deux millions cinq cent mille euros", true],
  ["cost: euros without millions", cost, "2,5 euros", false],
  ["cost: milliards", cost, "2,5 milliards d'euros", false],
  ["cost: dollars", cost, "2,5 millions de dollars", false],
  ["share: per cent in words", share, "15 pour cent", true],
  ["share: number in words, symbol", share, "quinze %", true],
  ["share: percent glued", share, "15%", true],
  ["share: wrong unit", share, "15 km", false],
  // Dates written or numeric; the year may be left out, unless the prompt asks for it.
  ["december: day/month", december, "3/12", true],
  ["december: le day/month", december, "le 3/12", true],
  ["december: numeric with year", december, "03/12/2023", true],
  ["december: abbreviated month", december, "3 déc.", true],
  ["december: abbreviated month, no accent", december, "3 dec", true],
  ["december: day and month", december, "3 décembre", true],
  ["december: in full", december, "3 décembre 2023", true],
  ["december: another day", december, "4 décembre 2023", false],
  ["december: another day, day/month", december, "4/12", false],
  ["december: another month", december, "3/11", false],
  ["december: month/day (US order)", december, "12/3", false],
  ["december: wrong year", december, "03/12/2022", false],
  ["year asked: the year", decemberYear, "2023", true],
  ["year asked: en and the year", decemberYear, "en 2023", true],
  ["year asked: the full date", decemberYear, "3 décembre 2023", true],
  ["year asked: numeric date", decemberYear, "03/12/2023", true],
  ["year asked: no year", decemberYear, "3 décembre", false],
  ["year asked: day/month", decemberYear, "3/12", false],
  ["year asked: another year", decemberYear, "2022", false],
  ["year asked: another day", decemberYear, "4 décembre 2023", false],
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

  it.each([
    ["Charle Michel", person, "Charles Michel"],
    ["charls michell", person, "Charles Michel"],
    ["Mihcel", person, "Michel"],
    ["le Premier ministre Charle Michel", person, "Charles Michel"],
    ["M. Mihcel", person, "Michel"],
    ["Rbaat", place, "Rabat"],
    [
      "DSITI (Direction des systemes d'information, de telecommunication et d'identificaton)",
      organisation,
      "DSITI (Direction des systèmes d'information, de télécommunication et d'identification)",
    ],
  ] as const)("accepts %j and shows the right spelling %j", (given, question, spelling) => {
    expect(markAnswer(question, given)).toEqual({
      correct: true,
      expected: question.answer,
      spelling,
    });
  });

  it.each([
    ["Charles Michel", person],
    ["CHARLES michel", person],
    ["le Premier ministre Charles Michel", person],
    ["M. Michel", person],
    ["Direction des systemes d'information de telecommunication et d'identification", organisation],
    ["D.S.I.T.I.", organisation],
    ["quatorze km", distance],
    ["3 déc.", december],
  ] as const)("has no spelling to show for %j, written right", (given, question) => {
    expect(markAnswer(question, given)).toEqual({ correct: true, expected: question.answer });
  });

  it.each([
    ["Jambom", person],
    ["Mischell", person],
    ["15 km", distance],
  ] as const)("has no spelling to show for %j, marked wrong", (given, question) => {
    expect(markAnswer(question, given)).toEqual({ correct: false, expected: question.answer });
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

  it("marks a cause on what it says, whatever connective opens it (or none)", () => {
    const why = shortAnswer({
      prompt: "Pourquoi le club a-t-il recruté dix bénévoles ?",
      answer: "car les pontes se sont succédé chaque nuit",
      accepted: ["car les pontes se sont succédé chaque nuit"],
    });
    for (const given of [
      "parce que les pontes se sont succédé chaque nuit",
      "les pontes se sont succédé chaque nuit",
      "Car les pontes se sont succédé chaque nuit.",
    ]) {
      expect(markAnswer(why, given).correct, given).toBe(true);
    }
    expect(markAnswer(why, "parce que le club manquait d'argent").correct).toBe(false);
    const drought = shortAnswer({
      answer: "en raison de la sécheresse",
      accepted: ["en raison de la sécheresse"],
    });
    expect(markAnswer(drought, "à cause de la sécheresse").correct).toBe(true);
    expect(markAnswer(drought, "la sécheresse").correct).toBe(true);
    // A place is no cause: its connective-like words are kept.
    const place = shortAnswer({ kind: "place", answer: "Car", accepted: ["Car"] });
    expect(markAnswer(place, "car").correct).toBe(true);
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

  it("marks a frozen question (a kept quiz's) the same on every call, its key's forms made once", () => {
    const frozen = Object.freeze({
      ...person,
      accepted: Object.freeze([...person.accepted]),
      rejected: Object.freeze([...person.rejected]),
    }) as typeof person;
    for (let i = 0; i < 3; i++) {
      expect(markAnswer(frozen, "Charle Michel")).toEqual(markAnswer(person, "Charle Michel"));
      expect(markAnswer(frozen, "Jambon").correct).toBe(false);
    }
  });

  it("reads the key of a question that is not frozen again on every call (a draft being edited)", () => {
    const draft = { ...person, accepted: [...person.accepted] };
    expect(markAnswer(draft, "Michel").correct).toBe(true);
    draft.accepted = ["Charles Michel"];
    expect(markAnswer(draft, "Michel").correct).toBe(false);
  });
});
