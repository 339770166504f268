/**
 * @module
 * The French question generator: analyse the article, let every template propose candidates,
 * drop the defective ones, rank and select, then build the questions in reading order.
 */
import type { Article } from "../article/article";
import { analyseArticle } from "../french/analyse-article";
import type { ArticleAnalysis } from "../french/entities";
import type { Question, Quiz } from "../quiz/quiz";
import { answerForms } from "./answer-forms";
import { buildQuestion } from "./build-question";
import type { Candidate, CandidateAnswer } from "./candidate";
import { isDefective } from "./is-defective";
import { type RankedCandidate, selectCandidates } from "./select-candidates";
import { askAcronym } from "./templates/ask-acronym";
import { askAgent } from "./templates/ask-agent";
import { askGapFill } from "./templates/ask-gap-fill";
import { askHowMany } from "./templates/ask-how-many";
import { askQuantity } from "./templates/ask-quantity";
import { askReportedSpeech } from "./templates/ask-reported-speech";
import { askRole } from "./templates/ask-role";
import { askSubjectAction } from "./templates/ask-subject-action";
import { askSwapTrueFalse } from "./templates/ask-swap-true-false";

export interface GenerateQuizOptions {
  id: string;
  title?: string;
  /** How many questions to ask at most (default 10). */
  questionCount?: number;
}

const TEMPLATES = [
  askAgent,
  askSubjectAction,
  askAcronym,
  askReportedSpeech,
  askRole,
  askQuantity,
  askHowMany,
  askGapFill,
  askSwapTrueFalse,
];

/** How many ranked candidates beyond the quiz are kept for the teacher to swap in. */
const ALTERNATIVE_COUNT = 20;

/** A generated quiz and the candidates that were not selected, built as questions, best first. */
export interface QuizDraft {
  quiz: Quiz;
  /** Questions a teacher may swap in; ids `a1`, `a2`… (never those of the quiz). */
  alternatives: Question[];
}

/**
 * Generates a comprehension quiz from a French news article. Deterministic: the same article
 * always gives the same quiz.
 *
 * @example
 * const quiz = generateQuiz(parseArticle(raw), { id: "seed" });
 * quiz.questions[0]; // { id: "q1", type: "short_answer", prompt: "Qui a …", … }
 */
export function generateQuiz(article: Article, options: GenerateQuizOptions): Quiz {
  return generateQuizDraft(article, options, 0).quiz;
}

/**
 * Generates a quiz as {@link generateQuiz} does, plus up to `alternativeCount` other questions the
 * generator ranked next (the teacher's "swap" choices), in the order the selection would take them.
 *
 * @example
 * const { quiz, alternatives } = generateQuizDraft(parseArticle(raw), { id: "abc" });
 * alternatives[0].id; // "a1"
 */
export function generateQuizDraft(
  article: Article,
  options: GenerateQuizOptions,
  alternativeCount = ALTERNATIVE_COUNT,
): QuizDraft {
  const analysis = analyseArticle(article);
  const candidates = TEMPLATES.flatMap((template) => template(analysis));
  const ranked: RankedCandidate[] = [];
  for (const candidate of candidates) {
    const forms = answerForms(candidate.answer, analysis);
    if (isDefective(candidate.prompt, forms, candidate.answer.kind === "truth")) continue;
    ranked.push({ candidate, answerKey: answerKey(candidate.answer) });
  }
  const count = options.questionCount ?? 10;
  const picked = selectCandidates(ranked, count + alternativeCount, answerWeights(analysis)).map(
    (item) => item.candidate,
  );
  const selected = picked.slice(0, count).sort((a, b) => a.sentence.start - b.sentence.start);
  const build = (candidate: Candidate, id: string) =>
    buildQuestion(candidate, answerForms(candidate.answer, analysis), analysis, id);
  return {
    quiz: {
      id: options.id,
      title: options.title ?? article.title,
      language: "fr",
      article,
      questions: selected.map((candidate, index) => build(candidate, `q${index + 1}`)),
    },
    alternatives: picked.slice(count).map((candidate, index) => build(candidate, `a${index + 1}`)),
  };
}

function answerKey(answer: CandidateAnswer): string {
  switch (answer.kind) {
    case "person":
      return `person:${answer.person.name}`;
    case "role":
      return `role:${answer.person.name}`;
    case "organisation":
      return `organisation:${answer.organisation.name}`;
    case "place":
      return `place:${answer.place.name}`;
    case "date":
      return `date:${answer.date.year}-${answer.date.month}-${answer.date.day}`;
    case "number":
      return `number:${answer.quantity.start}`;
    case "truth":
      return `truth:${answer.value}`;
    case "phrase":
      return `phrase:${answer.text.toLowerCase()}`;
  }
}

/** How much an entity matters in the article: its share of all mentions. */
function answerWeights(analysis: ArticleAnalysis): Map<string, number> {
  const weights = new Map<string, number>();
  const total =
    analysis.people.reduce((n, p) => n + p.mentions.length, 0) +
      analysis.organisations.reduce((n, o) => n + o.mentions.length, 0) || 1;
  for (const person of analysis.people)
    weights.set(`person:${person.name}`, person.mentions.length / total);
  for (const organisation of analysis.organisations) {
    weights.set(`organisation:${organisation.name}`, organisation.mentions.length / total);
  }
  return weights;
}
