/**
 * @module
 * The French question generator: analyse the article, let every template propose candidates,
 * drop the defective ones, rank and select, then build the questions in reading order.
 */
import type { Article } from "../article/article";
import { analyseArticle } from "../french/analyse-article";
import type { ArticleAnalysis } from "../french/entities";
import type { Quiz } from "../quiz/quiz";
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

/**
 * Generates a comprehension quiz from a French news article. Deterministic: the same article
 * always gives the same quiz.
 *
 * @example
 * const quiz = generateQuiz(parseArticle(raw), { id: "seed" });
 * quiz.questions[0]; // { id: "q1", type: "short_answer", prompt: "Qui a …", … }
 */
export function generateQuiz(article: Article, options: GenerateQuizOptions): Quiz {
  const analysis = analyseArticle(article);
  const candidates = TEMPLATES.flatMap((template) => template(analysis));
  const ranked: RankedCandidate[] = [];
  for (const candidate of candidates) {
    const forms = answerForms(candidate.answer, analysis);
    if (isDefective(candidate.prompt, forms, candidate.answer.kind === "truth")) continue;
    ranked.push({ candidate, answerKey: answerKey(candidate.answer) });
  }
  const selected = selectCandidates(ranked, options.questionCount ?? 10, answerWeights(analysis))
    .map((item) => item.candidate)
    .sort((a, b) => a.sentence.start - b.sentence.start);
  return {
    id: options.id,
    title: options.title ?? article.title,
    language: "fr",
    article,
    questions: selected.map((candidate: Candidate, index) =>
      buildQuestion(candidate, answerForms(candidate.answer, analysis), analysis, `q${index + 1}`),
    ),
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
