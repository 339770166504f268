/**
 * @module
 * Selection defects (issue 10) a single question shows: a function word as the answer, a long
 * quotation asked as an exact short answer.
 */
import { isFunctionWord } from "../../src/core/french/lexicon/common-words";
import { type QuestionCheck, wordsOf } from "./defect-check";
import { rightAnswer } from "./right-answer";

/** A short answer longer than this is a quotation to recite, not a fact to recall. */
const MAX_SHORT_ANSWER_WORDS = 8;

/** Whatever the question's kind, a weekday or a month answers « Quel jour… ? ». */
const WEEKDAY_OR_MONTH =
  /(?<!\p{L})(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?!\p{L})/iu;

export const SELECTION_CHECKS: Record<string, QuestionCheck> = {
  "function-word-answer": {
    description: "the right answer is only function words (Outre, Certaines, ceux-ci)",
    find: (question) => {
      // stopwords-fr lists weekdays and months: a date is not a function word.
      if (question.kind === "date" || question.kind === "number") return [];
      const answer = rightAnswer(question)?.canonical ?? "";
      if (WEEKDAY_OR_MONTH.test(answer)) return [];
      const words = wordsOf(answer);
      return words.length > 0 && words.every((word) => !/\d/u.test(word) && isFunctionWord(word))
        ? [`« ${answer} »`]
        : [];
    },
  },
  "long-short-answer": {
    description: `a short answer of more than ${MAX_SHORT_ANSWER_WORDS} words (a long quote to type back exactly)`,
    find: (question) => {
      // An acronym's expansion is long by nature; a long quotation is not a fact.
      if (question.type !== "short_answer" || question.kind === "organisation") return [];
      const count = wordsOf(question.answer).length;
      // A long cause whose shorter wording is accepted (`pour lutter contre la fuite des
      // fèves`) asks no long answer back.
      const shortest = Math.min(
        count,
        ...question.accepted.map((form) => wordsOf(form).length).filter((n) => n > 0),
      );
      return shortest > MAX_SHORT_ANSWER_WORDS ? [`${count} words`] : [];
    },
  },
};
