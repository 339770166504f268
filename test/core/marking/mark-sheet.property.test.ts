/**
 * Property tests of marking: on generated quizzes and answer sheets, `markSheet` and
 * `markAnswer` agree with a plain oracle for choice and true/false questions, mark a short
 * answer given exactly right, and do not depend on the order of the answers object (nor on
 * answers to ids the quiz does not have, `__proto__` and `constructor` among them). On generated
 * short answers, they treat as equal what a teacher does: a number in digits or in words (the
 * words written by n2words, not by the parser under test), with or without its unit; an
 * acronym with any dots, spaces and case; a date however written; a person with a title or a
 * role; and another person's name, another number, unit or day is never right.
 */
import fc from "fast-check";
import { toCardinal as belgianWords } from "n2words/fr-BE";
import { toCardinal as frenchWords } from "n2words/fr-FR";
import { describe, expect, it } from "vitest";
import { FUNCTION_WORDS } from "../../../src/core/french/function-words";
import { MONTH_NAMES } from "../../../src/core/french/lexicon/month-names";
import { markAnswer } from "../../../src/core/marking/mark-answer";
import { type AnswerSheet, markSheet } from "../../../src/core/marking/mark-sheet";
import type { Question, Quiz } from "../../../src/core/quiz/quiz";
import { shortAnswer } from "./short-answer-question";

const EVIDENCE = { text: "Une phrase.", start: 0, end: 11 };
const OPTION_IDS = ["a", "b", "c", "d"];

/** A proper name or two: text the fuzzy matcher reads as a name, not a date or a number. */
const nameArb = fc.stringMatching(/^[A-Z][a-zéè]{2,9}( [A-Z][a-z]{2,9})?$/);

const singleChoiceArb = fc.integer({ min: 2, max: 4 }).chain((count) =>
  fc.record({
    type: fc.constant("single_choice" as const),
    options: fc.constant(OPTION_IDS.slice(0, count).map((id) => ({ id, text: `Option ${id}` }))),
    answer: fc.constantFrom(...OPTION_IDS.slice(0, count)),
  }),
);
const trueFalseArb = fc.record({
  type: fc.constant("true_false" as const),
  answer: fc.boolean(),
});
const shortAnswerArb = nameArb.map((answer) => ({
  type: "short_answer" as const,
  answer,
  accepted: [answer],
  rejected: [] as string[],
}));

const quizArb: fc.Arbitrary<Quiz> = fc
  .array(fc.oneof(singleChoiceArb, trueFalseArb, shortAnswerArb), { minLength: 1, maxLength: 12 })
  .map((shapes) => ({
    id: "quiz-propriete",
    title: "Quiz de propriété",
    language: "fr" as const,
    article: { title: "Article", paragraphs: ["Une phrase."] },
    questions: shapes.map(
      (shape, index) =>
        ({
          ...shape,
          id: `q${index + 1}`,
          prompt: `Question ${index + 1} ?`,
          kind: "person",
          evidence: EVIDENCE,
        }) as Question,
    ),
  }));

/** Words a form or a client may send for true/false, in any case, with spaces around. */
const truthWordArb = fc
  .tuple(
    fc.constantFrom("true", "vrai", "false", "faux", "oui", "non", "", "1"),
    fc.boolean(),
    fc.constantFrom("", " ", "  \t"),
  )
  .map(([word, upper, pad]) => `${pad}${upper ? word.toUpperCase() : word}${pad}`);

/** What a student may give to `question`: right, wrong, near misses, the wrong type… */
function givenArb(question: Question): fc.Arbitrary<string | boolean> {
  const any = fc.oneof(fc.string({ maxLength: 12 }), fc.boolean());
  switch (question.type) {
    case "single_choice":
      return fc.oneof(
        fc.constantFrom(...OPTION_IDS, " a ", "A", ""),
        fc.constant(question.answer),
        fc.constant(` ${question.answer}\t`),
        any,
      );
    case "true_false":
      return fc.oneof(fc.boolean(), truthWordArb, any);
    case "short_answer":
      return fc.oneof(fc.constant(question.answer), nameArb, fc.constant(""), fc.boolean(), any);
  }
}

/** A quiz and a sheet: some questions answered, some skipped, some unknown ids thrown in. */
const quizAndSheetArb = quizArb.chain((quiz) =>
  fc
    .tuple(
      fc.tuple(
        ...quiz.questions.map((question) => fc.option(givenArb(question), { nil: undefined })),
      ),
      fc.array(
        fc.tuple(
          fc.constantFrom("q99", "__proto__", "constructor", "toString", "hasOwnProperty"),
          fc.oneof(fc.string({ maxLength: 5 }), fc.boolean()),
        ),
        { maxLength: 3 },
      ),
    )
    .map(([givens, strangers]) => {
      const entries: [string, string | boolean][] = [];
      quiz.questions.forEach((question, index) => {
        const given = givens[index];
        if (given !== undefined) entries.push([question.id, given]);
      });
      return { quiz, entries, strangers };
    }),
);

/** The oracle for choice and true/false; `undefined` where only the fuzzy matcher knows. */
function oracle(question: Question, given: string | boolean | undefined): boolean | undefined {
  switch (question.type) {
    case "single_choice":
      return typeof given === "string" && given.trim() === question.answer;
    case "true_false": {
      if (typeof given === "boolean") return given === question.answer;
      if (given === undefined) return false;
      const word = given.trim().toLowerCase();
      const value =
        word === "true" || word === "vrai"
          ? true
          : word === "false" || word === "faux"
            ? false
            : undefined;
      return value === question.answer;
    }
    case "short_answer":
      if (given === question.answer) return true;
      if (typeof given !== "string" || given.trim() === "") return false;
      return undefined;
  }
}

/** `Object.fromEntries`, whose own properties may be `__proto__` as in parsed JSON. */
function sheetOf(entries: [string, string | boolean][]): AnswerSheet {
  return Object.fromEntries(entries);
}

describe("markSheet and markAnswer, on generated quizzes and sheets", () => {
  it("agree with the oracle for every question, and score the number right", () => {
    fc.assert(
      fc.property(quizAndSheetArb, ({ quiz, entries }) => {
        const answers = sheetOf(entries);
        const given = new Map(entries);
        const sheet = markSheet(quiz, answers);
        expect(sheet.maxScore).toBe(quiz.questions.length);
        expect(sheet.results.map((result) => result.questionId)).toEqual(
          quiz.questions.map((question) => question.id),
        );
        quiz.questions.forEach((question, index) => {
          const result = sheet.results[index];
          const answer = given.get(question.id);
          expect(result?.given).toEqual(answer ?? null);
          expect(markAnswer(question, answer).correct).toBe(result?.correct);
          const expected = oracle(question, answer);
          if (expected !== undefined) expect(result?.correct, question.type).toBe(expected);
        });
        expect(sheet.score).toBe(sheet.results.filter((result) => result.correct).length);
      }),
      { numRuns: 500 },
    );
  });

  it("do not depend on the order of the answers, nor on answers to unknown ids", () => {
    fc.assert(
      fc.property(
        quizAndSheetArb.chain((case_) =>
          fc
            .shuffledSubarray([...case_.entries, ...case_.strangers], {
              minLength: case_.entries.length + case_.strangers.length,
            })
            .map((shuffled) => ({ ...case_, shuffled })),
        ),
        ({ quiz, entries, shuffled }) => {
          const inOrder = markSheet(quiz, sheetOf(entries));
          expect(markSheet(quiz, sheetOf(shuffled))).toEqual(inOrder);
          expect(markSheet(quiz, sheetOf([...entries].reverse()))).toEqual(inOrder);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leave Object.prototype alone whatever the ids", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(quizAndSheetArb, ({ quiz, entries, strangers }) => {
        markSheet(quiz, sheetOf([...strangers, ...entries]));
      }),
      { numRuns: 100 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});

/** Units as a student may write them, each with its other spellings. */
const UNITS = [
  ["kilomètres", "km", "kilometres", "kilomètre"],
  ["euros", "€", "euro", "EUR"],
  ["%", "pour cent"],
  ["jours", "jour"],
  ["tonnes", "t"],
  ["habitants", "habitant"],
] as const;

/** `1 500 000`, `1.500.000`, `1500000`. */
function groupDigits(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A whole number as students write it: digits in any grouping, or words (France, Belgium). */
function renderNumberArb(value: number): fc.Arbitrary<string> {
  const renderings = [
    fc.constantFrom(
      String(value),
      groupDigits(value, " "),
      groupDigits(value, "\u00a0"),
      groupDigits(value, "."),
    ),
    fc.constantFrom(
      frenchWords(value),
      frenchWords(value, { withHyphenSeparator: true }),
      belgianWords(value),
    ),
  ];
  // `1,5 million`, `3 milliards`: a round amount with its scale word.
  for (const [scale, word] of [
    [1e9, "milliard"],
    [1e6, "million"],
  ] as const) {
    if (value >= scale && value % (scale / 10) === 0) {
      const amount = value / scale;
      renderings.push(
        fc.constant(`${String(amount).replace(".", ",")} ${word}${amount >= 2 ? "s" : ""}`),
      );
      break;
    }
  }
  return fc.oneof(...renderings);
}

const numberArb = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 999_999_999_999 }),
  fc
    .tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom(100_000, 1_000_000, 100_000_000))
    .map(([count, scale]) => count * scale),
);

/** Names a teacher would read as people: no title, role or function word among their words. */
const TITLE_AND_ROLE_WORDS = new Set(
  "m mr mme mlle me dr pr mgr monsieur madame mademoiselle docteur maitre premier premiere ministre president presidente directeur directrice culture interieur republique commission general ancien".split(
    " ",
  ),
);
const personNameArb = nameArb.filter((name) =>
  fold(name)
    .split(" ")
    .every((word) => !FUNCTION_WORDS.has(word) && !TITLE_AND_ROLE_WORDS.has(word)),
);

/** Lower case without accents: two names equal so are one name to a reader. */
function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

/** A name framed as students write it: a title or role before it, a role after it, any case. */
function framedNameArb(name: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(
        "",
        "M. ",
        "Mme ",
        "Monsieur ",
        "Madame ",
        "Dr ",
        "le Premier ministre ",
        "Premier ministre ",
        "la ministre de la Culture ",
        "le président de la République ",
        "Monsieur le président ",
        "l'ancienne directrice ",
      ),
      fc.constantFrom(
        "",
        ", Premier ministre",
        ", ministre de l'Intérieur",
        " (directeur général)",
      ),
      fc.constantFrom("as typed", "lower", "upper"),
    )
    .map(([before, after, letterCase]) => {
      const text = `${before}${name}${after}`;
      return letterCase === "lower"
        ? text.toLowerCase()
        : letterCase === "upper"
          ? text.toUpperCase()
          : text;
    });
}

const acronymArb = fc.stringMatching(/^[A-Z]{2,6}$/);

/** An acronym typed with any dots, spaces and case, and maybe its article. */
function typedAcronymArb(acronym: string): fc.Arbitrary<string> {
  const letters = Array.from(acronym);
  return fc
    .tuple(
      fc.constantFrom("", ".", " ", ". "),
      fc.array(fc.boolean(), { minLength: letters.length, maxLength: letters.length }),
      fc.boolean(),
      fc.constantFrom("", "la ", "le ", "l'", "La "),
    )
    .map(([separator, lower, finalDot, article]) => {
      const cased = letters.map((letter, index) => (lower[index] ? letter.toLowerCase() : letter));
      // Spaces alone between two lower-case letters read as words (`il y a`): capitals there.
      const plain = separator === " " && cased.length === 2 ? letters : cased;
      const dot = finalDot && separator.includes(".") ? "." : "";
      return `${article}${plain.join(separator)}${dot}`;
    });
}

const ABBREVIATED_MONTHS = [
  "janv.",
  "févr.",
  "mars",
  "avr.",
  "mai",
  "juin",
  "juil.",
  "août",
  "sept.",
  "oct.",
  "nov.",
  "déc.",
];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface Day {
  year: number;
  month: number;
  day: number;
}

const dayArb: fc.Arbitrary<Day> = fc
  .record({
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .chain((date) =>
    fc
      .integer({ min: 1, max: DAYS_IN_MONTH[date.month - 1] ?? 28 })
      .map((day) => ({ ...date, day })),
  );

const pad = (value: number) => String(value).padStart(2, "0");

/** A date as students write it, with or without its year. */
function typedDateArb({ year, month, day }: Day): fc.Arbitrary<{ text: string; year: boolean }> {
  const dayWord = day === 1 ? "1er" : String(day);
  const name = MONTH_NAMES[month - 1] ?? "";
  const short = ABBREVIATED_MONTHS[month - 1] ?? "";
  return fc.constantFrom(
    { text: `${day}/${month}`, year: false },
    { text: `${pad(day)}/${pad(month)}`, year: false },
    { text: `le ${day}/${month}`, year: false },
    { text: `${dayWord} ${name}`, year: false },
    { text: `${day} ${short}`, year: false },
    { text: `le ${dayWord} ${name}`, year: false },
    { text: `${pad(day)}/${pad(month)}/${year}`, year: true },
    { text: `${day}/${month}/${String(year).slice(2)}`, year: true },
    { text: `${dayWord} ${name} ${year}`, year: true },
    { text: `${day} ${short} ${year}`, year: true },
    { text: `${year}-${pad(month)}-${pad(day)}`, year: true },
  );
}

describe("markAnswer's equivalences, on generated short answers", () => {
  it("marks a number the same in digits or words, with or without its unit", () => {
    fc.assert(
      fc.property(
        numberArb.chain((value) =>
          fc.record({
            value: fc.constant(value),
            unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
            typed: renderNumberArb(value),
            unitForm: fc.nat(),
            withUnit: fc.boolean(),
          }),
        ),
        ({ value, unit, typed, unitForm, withUnit }) => {
          const answer = unit === undefined ? `${value}` : `${groupDigits(value, " ")} ${unit[0]}`;
          const question = shortAnswer({ kind: "number", answer, accepted: [answer], value });
          // Any spelling of the key's unit; a key without one takes any unit.
          const given = withUnit ? `${typed} ${unit?.[unitForm % unit.length] ?? "km"}` : typed;
          expect(markAnswer(question, given).correct, given).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("marks `1000 milliards` wrong for 999 999 999 999 km (the property's counterexample, seed -780247037)", () => {
    const answer = "999 999 999 999 km";
    const question = shortAnswer({
      kind: "number",
      answer,
      accepted: [answer],
      value: 999999999999,
    });
    expect(markAnswer(question, "1000 milliards").correct).toBe(false);
    expect(markAnswer(question, "999 999 999 999").correct).toBe(true);
  });

  it("never marks another number right, nor the right number with another unit", () => {
    fc.assert(
      fc.property(
        numberArb
          .chain((value) =>
            fc.record({
              value: fc.constant(value),
              other: fc.oneof(numberArb, fc.constantFrom(value, value + 1, value * 10)),
            }),
          )
          .chain(({ value, other }) =>
            fc.record({
              value: fc.constant(value),
              other: fc.constant(other),
              typed: renderNumberArb(other),
              unit: fc.constantFrom(...UNITS),
              otherUnit: fc.constantFrom(...UNITS),
              withUnit: fc.boolean(),
            }),
          ),
        ({ value, other, typed, unit, otherUnit, withUnit }) => {
          const answer = `${groupDigits(value, " ")} ${unit[0]}`;
          const question = shortAnswer({ kind: "number", answer, accepted: [answer], value });
          const given = withUnit ? `${typed} ${otherUnit[0]}` : typed;
          const right = other === value && (!withUnit || unit === otherUnit);
          expect(markAnswer(question, given).correct, given).toBe(right);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("marks an acronym right with any dots, spaces, case and article; another one wrong", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(acronymArb, { minLength: 2, maxLength: 4 }).chain((acronyms) =>
          fc.record({
            acronyms: fc.constant(acronyms),
            right: typedAcronymArb(acronyms[0] ?? ""),
            wrong: typedAcronymArb(acronyms[1] ?? ""),
          }),
        ),
        ({ acronyms: [acronym = "", ...others], right, wrong }) => {
          const question = shortAnswer({
            kind: "organisation",
            answer: acronym,
            accepted: [acronym, "Direction des systèmes d'information"],
            rejected: others,
          });
          expect(markAnswer(question, right).correct, right).toBe(true);
          expect(markAnswer(question, wrong).correct, wrong).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("marks a person right with a title or role, and another person wrong with any", () => {
    const twoPeople = fc
      .tuple(personNameArb, personNameArb)
      .filter(([a, b]) => fold(a) !== fold(b));
    fc.assert(
      fc.property(
        twoPeople.chain(([person, other]) =>
          fc.record({
            person: fc.constant(person),
            other: fc.constant(other),
            right: framedNameArb(person),
            wrong: fc.oneof(framedNameArb(other), framedNameArb(surname(other))),
          }),
        ),
        ({ person, other, right, wrong }) => {
          // As the generator builds a person's key (src/core/generator/answer-forms.ts).
          const shared = surname(person) === surname(other);
          const question = shortAnswer({
            kind: "person",
            answer: person,
            accepted: shared || !person.includes(" ") ? [person] : [person, surname(person)],
            rejected: shared || !other.includes(" ") ? [other] : [other, surname(other)],
          });
          expect(markAnswer(question, right).correct, right).toBe(true);
          expect(markAnswer(question, wrong).correct, wrong).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("marks a date right however written, another day wrong, and the year when asked", () => {
    fc.assert(
      fc.property(
        dayArb.chain((expected) =>
          fc.record({
            expected: fc.constant(expected),
            own: typedDateArb(expected),
            given: fc.oneof(
              dayArb,
              fc.constant({ ...expected, day: expected.day === 1 ? 2 : expected.day - 1 }),
              fc.constant({ ...expected, year: expected.year + 1 }),
            ),
          }),
        ),
        fc.boolean(),
        ({ expected, own, given }, asksYear) => {
          const iso = `${expected.year}-${pad(expected.month)}-${pad(expected.day)}`;
          const question = shortAnswer({
            kind: "date",
            prompt: asksYear ? "En quelle année la loi a-t-elle été votée ?" : "Quel jour ?",
            answer: iso,
            accepted: [iso],
            date: iso,
          });
          // The key's own day, with its year or without when the prompt does not ask for it.
          expect(markAnswer(question, own.text).correct, own.text).toBe(own.year || !asksYear);
          fc.assert(
            fc.property(typedDateArb(given), (typed) => {
              const sameDay = given.month === expected.month && given.day === expected.day;
              const yearRight = typed.year ? given.year === expected.year : !asksYear;
              expect(markAnswer(question, typed.text).correct, typed.text).toBe(
                sameDay && yearRight,
              );
            }),
            { numRuns: 3 },
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** The last word of a name, as the analysis takes it for the surname. */
function surname(name: string): string {
  return name.split(" ").at(-1) ?? name;
}
