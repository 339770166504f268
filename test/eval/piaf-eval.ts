/**
 * @module
 * Answer-candidate recall on PIAF: how many of the answers people chose for their questions the
 * generator also picks as the answer of one of its questions, compared with the naive baseline.
 */
import { readFileSync } from "node:fs";
import type { Article } from "../../src/core/article/article";
import { generateQuizDraft } from "../../src/core/generator/generate-quiz";
import { normaliseAnswer } from "../../src/core/marking/normalise-answer";
import type { Question } from "../../src/core/quiz/quiz";
import { baselineCandidates, type CandidateForms } from "./baseline-candidates";
import { classifyAnswer, HUMAN_ANSWER_KINDS, type HumanAnswerKind } from "./classify-answer";
import { rightAnswer } from "./right-answer";
import { answerTokens, tokenF1 } from "./token-f1";

/** The generator is asked for this many questions per paragraph. */
export const PIAF_QUESTION_COUNT = 20;
/** A human question counts as found when some candidate reaches this token F1. */
export const F1_THRESHOLD = 0.5;

export interface HumanQuestion {
  question: string;
  answers: string[];
  kind: HumanAnswerKind;
}

export interface PiafParagraph {
  title: string;
  context: string;
  questions: HumanQuestion[];
}

export interface Score {
  questions: number;
  exact: number;
  f1Hits: number;
  f1Sum: number;
}

export interface SystemScore {
  name: string;
  /** Distinct answer candidates over all paragraphs. */
  candidates: number;
  overall: Score;
  byKind: Record<HumanAnswerKind, Score>;
}

export interface PiafResult {
  paragraphs: number;
  humanQuestions: number;
  humanKinds: Record<HumanAnswerKind, number>;
  /** Questions our generator wrote, over all paragraphs (true/false included). */
  generatedQuestions: number;
  maxQuestionsPerParagraph: number;
  generatedByType: Record<string, number>;
  generatedByKind: Record<string, number>;
  /**
   * Ours with every accepted form, ours with the canonical answer only, the baseline (both ways),
   * then ours counting the draft's alternatives too (the quiz-level rules leave fewer questions
   * per paragraph; the alternatives show what the generator found before selecting).
   */
  systems: SystemScore[];
  errors: string[];
}

interface SquadFile {
  data: {
    title: string;
    paragraphs: {
      context: string;
      qas: { question: string; answers: { text: string; answer_start: number }[] }[];
    }[];
  }[];
}

/** Reads a SQuAD-format file into paragraphs, each human answer classified by kind. */
export function loadPiaf(file: string): PiafParagraph[] {
  const squad = JSON.parse(readFileSync(file, "utf8")) as SquadFile;
  return squad.data.flatMap((entry) =>
    entry.paragraphs.map((paragraph) => ({
      title: entry.title,
      context: paragraph.context,
      questions: paragraph.qas
        .filter((qa) => qa.answers.length > 0)
        .map((qa) => {
          const [first] = qa.answers;
          return {
            question: qa.question,
            answers: qa.answers.map((answer) => answer.text),
            kind: classifyAnswer(first?.text ?? "", paragraph.context, first?.answer_start ?? -1),
          };
        }),
    })),
  );
}

/** `limit` paragraphs spread evenly over the data set (not just the first articles' topics). */
export function sampleParagraphs(paragraphs: PiafParagraph[], limit?: number): PiafParagraph[] {
  if (limit === undefined || limit >= paragraphs.length) return paragraphs;
  const step = paragraphs.length / limit;
  return Array.from({ length: limit }, (_, index) => paragraphs[Math.floor(index * step)]).filter(
    (paragraph): paragraph is PiafParagraph => paragraph !== undefined,
  );
}

/** Scores our generator and the baseline on every paragraph. */
export function evaluatePiaf(paragraphs: PiafParagraph[]): PiafResult {
  const systems = [
    "ours",
    "ours (canonical answer only)",
    "baseline",
    "baseline (canonical only)",
    "ours + alternatives",
  ];
  const scores = systems.map((name) => emptySystem(name));
  const result: PiafResult = {
    paragraphs: paragraphs.length,
    humanQuestions: 0,
    humanKinds: countByKind(),
    generatedQuestions: 0,
    maxQuestionsPerParagraph: 0,
    generatedByType: {},
    generatedByKind: {},
    systems: scores,
    errors: [],
  };

  for (const [index, paragraph] of paragraphs.entries()) {
    const { quiz: ours, withAlternatives } = ourCandidates(paragraph, result, index);
    const baseline = baselineCandidates(paragraph.context);
    const candidateSets = [
      ours,
      ours.map(canonicalOnly),
      baseline,
      baseline.map(canonicalOnly),
      withAlternatives,
    ];
    const prepared = candidateSets.map(prepare);
    for (const [system, candidates] of candidateSets.entries()) {
      const score = scores[system];
      if (score) score.candidates += candidates.length;
    }
    for (const question of paragraph.questions) {
      result.humanQuestions += 1;
      result.humanKinds[question.kind] += 1;
      const golds = question.answers.map((answer) => ({
        normalised: normaliseAnswer(answer),
        tokens: answerTokens(answer),
      }));
      for (const [system, candidates] of prepared.entries()) {
        const score = scores[system];
        if (!score) continue;
        const exact = golds.some((gold) =>
          candidates.some((candidate) => candidate.normalised === gold.normalised),
        );
        let best = 0;
        for (const gold of golds) {
          for (const candidate of candidates)
            best = Math.max(best, tokenF1(candidate.tokens, gold.tokens));
        }
        for (const bucket of [score.overall, score.byKind[question.kind]]) {
          bucket.questions += 1;
          bucket.exact += exact ? 1 : 0;
          bucket.f1Hits += best >= F1_THRESHOLD ? 1 : 0;
          bucket.f1Sum += best;
        }
      }
    }
  }
  return result;
}

/**
 * Right answers of the questions generated from the paragraph, one candidate per answer: those
 * of the quiz, and those of the quiz and its alternatives.
 */
function ourCandidates(
  paragraph: PiafParagraph,
  result: PiafResult,
  index: number,
): { quiz: CandidateForms[]; withAlternatives: CandidateForms[] } {
  const article: Article = { title: paragraph.title, paragraphs: [paragraph.context] };
  let draft: ReturnType<typeof generateQuizDraft>;
  try {
    draft = generateQuizDraft(article, { id: `piaf-${index}`, questionCount: PIAF_QUESTION_COUNT });
  } catch (error) {
    result.errors.push(`paragraph ${index} (${paragraph.title}): ${String(error)}`);
    return { quiz: [], withAlternatives: [] };
  }
  const { questions } = draft.quiz;
  result.generatedQuestions += questions.length;
  result.maxQuestionsPerParagraph = Math.max(result.maxQuestionsPerParagraph, questions.length);
  for (const question of questions) {
    result.generatedByType[question.type] = (result.generatedByType[question.type] ?? 0) + 1;
    result.generatedByKind[question.kind] = (result.generatedByKind[question.kind] ?? 0) + 1;
  }
  return {
    quiz: answerCandidates(questions),
    withAlternatives: answerCandidates([...questions, ...draft.alternatives]),
  };
}

/** One candidate per distinct right answer (true/false questions have none). */
function answerCandidates(questions: Question[]): CandidateForms[] {
  const candidates: CandidateForms[] = [];
  const seen = new Set<string>();
  for (const question of questions) {
    const answer = rightAnswer(question);
    if (!answer) continue;
    const key = normaliseAnswer(answer.canonical);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push(answer.forms);
  }
  return candidates;
}

function canonicalOnly(forms: CandidateForms): CandidateForms {
  return forms.slice(0, 1);
}

function prepare(candidates: CandidateForms[]): { normalised: string; tokens: string[] }[] {
  return candidates.flat().map((form) => ({
    normalised: normaliseAnswer(form),
    tokens: answerTokens(form),
  }));
}

function emptySystem(name: string): SystemScore {
  const byKind = {} as Record<HumanAnswerKind, Score>;
  for (const kind of HUMAN_ANSWER_KINDS) byKind[kind] = emptyScore();
  return { name, candidates: 0, overall: emptyScore(), byKind };
}

function emptyScore(): Score {
  return { questions: 0, exact: 0, f1Hits: 0, f1Sum: 0 };
}

function countByKind(): Record<HumanAnswerKind, number> {
  const counts = {} as Record<HumanAnswerKind, number>;
  for (const kind of HUMAN_ANSWER_KINDS) counts[kind] = 0;
  return counts;
}
