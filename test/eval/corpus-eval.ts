/**
 * @module
 * Runs the generator on the hand-written corpus: which key facts it asks about, which questions
 * it writes, and which of them trip the automatic defect checks.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../../src/core/article/article";
import { parseArticle } from "../../src/core/article/parse-article";
import { valuesIn } from "../../src/core/french/values-in";
import { generateQuiz } from "../../src/core/generator/generate-quiz";
import { normaliseAnswer } from "../../src/core/marking/normalise-answer";
import type { AnswerKind, Question, QuestionType } from "../../src/core/quiz/quiz";
import { type Defect, findQuizDefects } from "./find-defects";
import { answersEqual, answersMatch, figuresMatch } from "./match-answer";
import { type QuizMetrics, quizMetrics } from "./quiz-metrics";
import { rightAnswer } from "./right-answer";

/** One line of `<topic>.facts.json`: something a teacher would ask about the article. */
export interface KeyFact {
  fact: string;
  answer: string;
  alternatives: string[];
  kind: AnswerKind;
  /** A key fact, one the quiz should ask (absent in the first 8 articles' files). */
  key?: boolean;
}

/** Facts files without `key` flags: their first this many facts count as key. */
export const DEFAULT_KEY_FACTS = 5;

export interface FactResult extends KeyFact {
  key: boolean;
  /**
   * Whether the headline or the photo caption prints the answer (an accepted form, or the
   * figure's value): a question on it is WEAK under the grading brief.
   */
  inHeadline: boolean;
  /** Id of the first question asking it in the 10-question quiz, if any. */
  askedAt10?: string;
  /** Id of the first question asking it in the 20-question quiz, if any. */
  askedAt20?: string;
  /** Id of the first question of the 20-question quiz whose answer equals it once normalised. */
  askedExactlyAt20?: string;
}

export interface QuestionRow {
  id: string;
  type: QuestionType;
  kind: AnswerKind;
  prompt: string;
  /** The right answer as text (`vrai`/`faux` for true/false). */
  answer: string;
  /** Wrong options of a single-choice question. */
  distractors: string[];
  /** Whether the default 10-question quiz asks the same prompt. */
  inDefaultQuiz: boolean;
}

export interface ArticleResult {
  topic: string;
  title: string;
  /** The article as the student sees it. */
  article: Article;
  /** Whether the facts file had no `key` flags (its first {@link DEFAULT_KEY_FACTS} count). */
  keyDefaulted: boolean;
  characters: number;
  questionsAt10: number;
  questionsAt20: number;
  facts: FactResult[];
  /** The questions of the 20-question quiz, in reading order. */
  questions: QuestionRow[];
  /** The 10-question quiz, as generated. */
  quiz10: Question[];
  /** Quiz-level measures of the 10- and 20-question quizzes. */
  metrics10?: QuizMetrics;
  metrics20?: QuizMetrics;
  /** Defects of both quizzes, each reported once. */
  defects: Defect[];
  /** Set when the generator threw. */
  error?: string;
}

const ARTICLE_SUFFIX = ".fr.txt";
const FACTS_SUFFIX = ".facts.json";

/** Evaluates every `<topic>.fr.txt` of `corpusDir` against its `<topic>.facts.json`. */
export function evaluateCorpus(corpusDir: string): ArticleResult[] {
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith(ARTICLE_SUFFIX))
    .sort()
    .map((file) => {
      const topic = file.slice(0, -ARTICLE_SUFFIX.length);
      const raw = readFileSync(join(corpusDir, file), "utf8");
      const facts = JSON.parse(
        readFileSync(join(corpusDir, `${topic}${FACTS_SUFFIX}`), "utf8"),
      ) as KeyFact[];
      return evaluateArticle(topic, raw, facts);
    });
}

/** Whether `headline` prints one of the fact's forms, or the value of its figure. */
export function printedInHeadline(fact: KeyFact, headline: string): boolean {
  const printed = ` ${normaliseAnswer(headline)} `;
  const forms = [fact.answer, ...fact.alternatives].map(normaliseAnswer);
  if (forms.some((form) => form.length > 2 && printed.includes(` ${form} `))) return true;
  if (fact.kind !== "number") return false;
  const values = new Set(valuesIn(headline));
  return valuesIn(fact.answer).some((value) => values.has(value));
}

function evaluateArticle(topic: string, raw: string, facts: KeyFact[]): ArticleResult {
  const article = parseArticle(raw);
  const body = article.paragraphs.join("\n\n");
  const keyDefaulted = facts.every((fact) => fact.key === undefined);
  const result: ArticleResult = {
    topic,
    title: article.title,
    article,
    keyDefaulted,
    characters: raw.trim().length,
    questionsAt10: 0,
    questionsAt20: 0,
    facts: facts.map((fact, index) => ({
      ...fact,
      key: keyDefaulted ? index < DEFAULT_KEY_FACTS : fact.key === true,
      inHeadline: printedInHeadline(fact, `${article.title} ${article.caption ?? ""}`),
    })),
    quiz10: [],
    questions: [],
    defects: [],
  };
  let quiz10: Question[];
  let quiz20: Question[];
  try {
    quiz10 = generateQuiz(article, { id: `eval-${topic}` }).questions;
    quiz20 = generateQuiz(article, { id: `eval-${topic}`, questionCount: 20 }).questions;
  } catch (error) {
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return result;
  }
  result.quiz10 = quiz10;
  result.metrics10 = quizMetrics(quiz10, body);
  result.metrics20 = quizMetrics(quiz20, body);
  result.questionsAt10 = quiz10.length;
  result.questionsAt20 = quiz20.length;
  for (const fact of result.facts) {
    fact.askedAt10 = questionAsking(fact, quiz10)?.id;
    fact.askedAt20 = questionAsking(fact, quiz20)?.id;
    fact.askedExactlyAt20 = questionAsking(fact, quiz20, answersEqual)?.id;
  }
  const defaultPrompts = new Set(quiz10.map((question) => question.prompt));
  result.questions = quiz20.map((question) => toRow(question, defaultPrompts.has(question.prompt)));
  result.defects = uniqueDefects([
    ...findQuizDefects(quiz20, body),
    ...findQuizDefects(quiz10, body).map((defect) => ({
      ...defect,
      questionId: `${defect.questionId} (10)`,
    })),
  ]);
  return result;
}

/** The first question whose right answer matches the fact's answer or one of its alternatives. */
function questionAsking(
  fact: KeyFact,
  questions: Question[],
  matches: (a: string, b: string) => boolean = answersMatch,
): Question | undefined {
  const references = [fact.answer, ...fact.alternatives];
  // A figure the article writes in words (`six prévenus`) is asked when a quiz shows it in digits.
  const match = (form: string, reference: string) =>
    matches(form, reference) || (fact.kind === "number" && figuresMatch(form, reference));
  return questions.find((question) =>
    (rightAnswer(question)?.forms ?? []).some((form) =>
      references.some((reference) => match(form, reference)),
    ),
  );
}

function toRow(question: Question, inDefaultQuiz: boolean): QuestionRow {
  const base = {
    id: question.id,
    type: question.type,
    kind: question.kind,
    prompt: question.prompt,
    inDefaultQuiz,
  };
  switch (question.type) {
    case "true_false":
      return { ...base, answer: question.answer ? "vrai" : "faux", distractors: [] };
    case "short_answer":
      return { ...base, answer: question.answer, distractors: [] };
    case "single_choice":
      return {
        ...base,
        answer: rightAnswer(question)?.canonical ?? `(missing option ${question.answer})`,
        distractors: question.options
          .filter((option) => option.id !== question.answer)
          .map((option) => option.text),
      };
  }
}

/** The 10-question quiz mostly repeats the 20-question one: keep each prompt's defect once. */
function uniqueDefects(defects: Defect[]): Defect[] {
  const seen = new Set<string>();
  return defects.filter((defect) => {
    const key = `${defect.check}\u0000${defect.prompt}\u0000${defect.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
