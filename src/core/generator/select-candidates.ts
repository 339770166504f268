/**
 * @module
 * Ranks candidate questions and picks a set that reads as one quiz: key facts first, questions
 * before gap-fills, no question that gives away another's answer, spread over the article.
 */
import { normalizeAnswer } from "../marking/normalize-answer";
import type { Candidate } from "./candidate";

/** A candidate with what the selection needs to compare it with the others. */
export interface RankedCandidate {
  candidate: Candidate;
  /** The entity answered (`person:Charles Michel`); one entity is the answer of one question. */
  answerKey: string;
  /**
   * Every accepted form of the answer, normalised (`charles michel`, `michel`): a question whose
   * prompt holds one of them gives this one away. Empty for true/false statements.
   */
  forms?: string[];
  /** How much the candidate asks about the article's key facts (headline, lede): 1 is neutral. */
  salience?: number;
  /** Index of the paragraph the evidence is in, to spread the quiz over the article. */
  paragraph?: number;
}

/** Tuning of {@link selectCandidates}. */
export interface SelectOptions {
  /** Most gap-fills in the selection (default: 30 % of `count`, rounded down, at least 1). */
  maxGapFills?: number;
  /** Most questions on one sentence (default 2). */
  maxPerSentence?: number;
  /** Most questions of some templates (default {@link TEMPLATE_LIMITS}). */
  maxPerTemplate?: Readonly<Record<string, number>>;
}

/**
 * Forms that are worth one question, not several: what an acronym stands for, which job a person
 * holds, a true/false statement.
 */
export const TEMPLATE_LIMITS: Readonly<Record<string, number>> = {
  acronym: 1,
  "role-of": 1,
  "role-true-false": 1,
  "swap-true-false": 2,
};

/** How much each earlier pick of the same template, answer kind or sentence costs. */
const REPEAT_COST = { template: 0.6, kind: 0.75, sentence: 0.5 };
/** A kind of answer not asked yet (a place, a date…) is worth more: the quiz should cover them. */
const NEW_KIND_BONUS = 1.5;
/** A paragraph no question comes from yet. */
const NEW_PARAGRAPH_BONUS = 1.2;
const GAP_FILL_SHARE = 0.3;

/**
 * Picks up to `count` candidates greedily: each step takes the best one by reliability,
 * salience, weight of its answer in the article and variety, under the quiz's rules — one
 * question per topic and per answer, at most two per sentence, at most 30 % gap-fills, and no
 * prompt that holds the answer of another question.
 *
 * @example
 * selectCandidates(ranked, 10, weights).map((r) => r.candidate.prompt);
 */
export function selectCandidates(
  ranked: RankedCandidate[],
  count: number,
  weights: Map<string, number>,
  options: SelectOptions = {},
): RankedCandidate[] {
  const maxGapFills = options.maxGapFills ?? Math.max(1, Math.floor(count * GAP_FILL_SHARE));
  const maxPerSentence = options.maxPerSentence ?? 2;
  const maxPerTemplate = options.maxPerTemplate ?? TEMPLATE_LIMITS;
  const prompts = new Map(
    ranked.map((item) => [item, ` ${normalizeAnswer(item.candidate.prompt)} `]),
  );
  const chosen: RankedCandidate[] = [];
  const remaining = [...ranked];
  while (chosen.length < count) {
    let best: { item: RankedCandidate; score: number } | undefined;
    for (const item of remaining) {
      if (!allowed(item, chosen, prompts, maxGapFills, maxPerSentence, maxPerTemplate)) continue;
      const score = worth(item, chosen, weights);
      if (!best || score > best.score) best = { item, score };
    }
    if (!best) break;
    chosen.push(best.item);
    remaining.splice(remaining.indexOf(best.item), 1);
  }
  return chosen;
}

/** Whether `item` may join `chosen` without breaking a rule of the quiz. */
function allowed(
  item: RankedCandidate,
  chosen: RankedCandidate[],
  prompts: Map<RankedCandidate, string>,
  maxGapFills: number,
  maxPerSentence: number,
  maxPerTemplate: Readonly<Record<string, number>>,
): boolean {
  const { candidate } = item;
  const isStatement = candidate.answer.kind === "truth";
  let sameSentence = 0;
  let gapFills = 0;
  let sameTemplate = 0;
  for (const other of chosen) {
    if (other.candidate.template === candidate.template) sameTemplate += 1;
    if (other.candidate.topic === candidate.topic) return false;
    // The same answer asked twice: the second question adds nothing.
    if (!isStatement && other.answerKey === item.answerKey) return false;
    if (other.candidate.sentence.start === candidate.sentence.start) sameSentence += 1;
    if (other.candidate.template === "gap-fill") gapFills += 1;
    if (givesAway(prompts.get(other) ?? "", item) || givesAway(prompts.get(item) ?? "", other)) {
      return false;
    }
  }
  if (sameSentence >= maxPerSentence) return false;
  if (sameTemplate >= (maxPerTemplate[candidate.template] ?? Infinity)) return false;
  return candidate.template !== "gap-fill" || gapFills < maxGapFills;
}

/** Whether a prompt (normalised, padded with spaces) holds one of the answer's forms. */
function givesAway(prompt: string, item: RankedCandidate): boolean {
  return (item.forms ?? []).some((form) => form.length > 0 && prompt.includes(` ${form} `));
}

function worth(
  item: RankedCandidate,
  chosen: RankedCandidate[],
  weights: Map<string, number>,
): number {
  const { candidate } = item;
  let sameTemplate = 0;
  let sameKind = 0;
  let sameSentence = 0;
  let sameParagraph = 0;
  for (const other of chosen) {
    if (other.candidate.template === candidate.template) sameTemplate += 1;
    if (other.candidate.answer.kind === candidate.answer.kind) sameKind += 1;
    if (other.candidate.sentence.start === candidate.sentence.start) sameSentence += 1;
    if (item.paragraph !== undefined && other.paragraph === item.paragraph) sameParagraph += 1;
  }
  return (
    candidate.reliability *
    (item.salience ?? 1) *
    (1 + (weights.get(item.answerKey) ?? 0)) *
    REPEAT_COST.template ** sameTemplate *
    (sameKind === 0 ? NEW_KIND_BONUS : REPEAT_COST.kind ** sameKind) *
    REPEAT_COST.sentence ** sameSentence *
    (item.paragraph !== undefined && sameParagraph === 0 ? NEW_PARAGRAPH_BONUS : 1)
  );
}
