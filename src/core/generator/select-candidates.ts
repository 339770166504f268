/**
 * @module
 * Ranks candidate questions and picks a set that reads as one quiz: key facts first, questions
 * before gap-fills, no question that gives away another's answer, spread over the article.
 */
import { isFunctionWord } from "../french/lexicon/common-words";
import { normaliseAnswer } from "../marking/normalise-answer";
import type { Candidate } from "./candidate";
import { PhraseIndex } from "./phrase-index";

/** A candidate with what the selection needs to compare it with the others. */
export interface RankedCandidate {
  candidate: Candidate;
  /** The entity answered (`name:Charles Michel`); one entity is the answer of one question. */
  answerKey: string;
  /**
   * Every accepted form of the answer, normalised (`charles michel`, `michel`): a question whose
   * prompt holds one of them gives this one away. Empty for true/false statements.
   */
  forms?: string[];
  /** {@link forms} padded with spaces (` charles michel `), computed once for the many checks. */
  needles?: string[];
  /** The prompt normalised and padded with spaces (its counts in words also in digits), computed once. */
  normalPrompt?: string;
  /**
   * What of the candidates' answers the prompt holds (their {@link needles}, unpadded), found
   * once for all the give-away checks ({@link findHeldForms}).
   */
  heldForms?: ReadonlySet<string>;
  /** How much the candidate asks about the article's key facts (headline, lede): 1 is neutral. */
  salience?: number;
  /** Index of the paragraph the evidence is in, to spread the quiz over the article. */
  paragraph?: number;
  /**
   * Right but of little worth to a teacher (blind grading: WEAK nearly every time): a weekday,
   * who said a quotation, who holds a job, a name further down, an answer the headline prints.
   */
  lowValue?: boolean;
  /**
   * The headline or the caption prints the answer: a low-value question of the last resort
   * (blind grading, December rounds: 0 GOOD of 48 such fill questions, 15 % of 198 other ones).
   */
  inHeadline?: boolean;
  /**
   * Asked only if the teacher swaps it in: a weekday alone (`Quel jour … ? → mardi`) was WEAK in
   * every blind grading (0 GOOD in some 30), even where it filled a short quiz.
   */
  alternativeOnly?: boolean;
  /** A figure in the article's tail: asked only in a quiz with no other figure question. */
  tail?: boolean;
}

/** Tuning of {@link selectCandidates}. */
export interface SelectOptions {
  /** Most gap-fills in the selection (default: 30 % of `count`, rounded down, at least 1). */
  maxGapFills?: number;
  /** Most questions on one sentence (default 2). */
  maxPerSentence?: number;
  /** Most questions of some templates (default {@link TEMPLATE_LIMITS}). */
  maxPerTemplate?: Readonly<Record<string, number>>;
  /**
   * Most {@link RankedCandidate.lowValue} questions (default: none, but for a quiz shorter than
   * {@link MIN_QUESTIONS}).
   */
  maxLowValue?: number;
}

/**
 * Forms that are worth one question, not several: what an acronym stands for, which job a person
 * holds.
 */
export const TEMPLATE_LIMITS: Readonly<Record<string, number>> = {
  // The expansion stands next to the acronym in news copy: trivial, kept for the teacher's swap.
  acronym: 0,
  // `Qui est le directeur de … ?` looks a name up: worth asking, not many times.
  "role-holder": 1,
};

/** How much each earlier pick of the same template, answer kind or sentence costs. */
const REPEAT_COST = { template: 0.6, kind: 0.75, sentence: 0.5 };
/** A kind of answer not asked yet (a place, a date…) is worth more: the quiz should cover them. */
const NEW_KIND_BONUS = 1.5;
/** A paragraph no question comes from yet. */
const NEW_PARAGRAPH_BONUS = 1.2;
const GAP_FILL_SHARE = 0.3;
/**
 * The length a quiz is filled up to with low-value questions when nothing better is left; past
 * it they go to the alternatives, for the teacher to swap in. Blind grading, rounds 50–78: 11 %
 * of 586 low-value questions GOOD against 44 % of 1 734 others, whatever made them low value (a
 * name looked up 5 %, an answer the headline prints 7 %, a date or who further down 15 %); with
 * one in each quiz and more up to six questions, they were a quarter of the quizzes. Filled to
 * three only, a quiz of ten asked 2.8 questions an article on dev and missed most key facts;
 * rounds 100–143 graded low-value questions DEFECT about as often as the others (6.2 % of 812
 * against 5.4 % of 3 450), so a teacher gets five, right if easy, rather than three.
 */
export const MIN_QUESTIONS = 5;
/** The quiz length past which low-value questions may stand. */
export const LONG_QUIZ = 10;
/**
 * A gap-fill comes after a question on the same answer even when that question's template was
 * already picked (blind grading: nine in ten gap-fills are WEAK).
 */
const GAP_FILL_COST = 0.6;
/** A low-value question comes after any other of the same worth. */
const LOW_VALUE_COST = 0.7;
/** A low-value question the headline answers comes after the other low-value ones. */
const IN_HEADLINE_COST = 0.3;
/**
 * Gap-fills a short quiz keeps over the share: one, for a key fact no other question asks (blind
 * grading, rounds 17–28: a second blank in a five-question quiz was nearly always WEAK).
 */
const MIN_GAP_FILLS = 1;

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
  // generateQuiz asks for no alternatives: nothing to work out.
  if (count <= 0) return [];
  // A teacher who asks for more than ten wants the article combed: past ten, low-value
  // questions may stand (they are right, only easy).
  const maxLowValue = options.maxLowValue ?? Math.max(0, count - LONG_QUIZ);
  const chosen = pick(ranked, count, weights, { ...options, maxLowValue });
  // An article with few questions of worth still gets a quiz: low-value ones fill it up to
  // MIN_QUESTIONS, no further.
  const short = Math.min(count, MIN_QUESTIONS) - chosen.length;
  if (short <= 0 || options.maxLowValue !== undefined) return chosen;
  // A quiz this short keeps one blank (withinGapFillShare): a low-value one picked to fill it
  // beside another would be dropped again, and the quiz left shorter than a question the fill
  // passed over.
  // Blanks of worth the first pass took stay; the fill re-picks its low-value ones.
  const blanks = chosen.filter(
    (item) => item.candidate.template === "gap-fill" && !item.lowValue,
  ).length;
  return pick(ranked, count, weights, {
    maxGapFills: MIN_GAP_FILLS,
    ...options,
    maxLowValue: maxLowValue + short,
    maxLowValueGapFills: Math.max(0, MIN_GAP_FILLS - blanks),
  });
}

function pick(
  ranked: RankedCandidate[],
  count: number,
  weights: Map<string, number>,
  options: SelectOptions & { maxLowValue: number; maxLowValueGapFills?: number },
): RankedCandidate[] {
  const maxLowValueGapFills = options.maxLowValueGapFills ?? Infinity;
  let lowValueGapFills = 0;
  const maxGapFills = options.maxGapFills ?? Math.max(1, Math.floor(count * GAP_FILL_SHARE));
  const maxPerSentence = options.maxPerSentence ?? 2;
  const maxPerTemplate = options.maxPerTemplate ?? TEMPLATE_LIMITS;
  const { maxLowValue } = options;
  const chosen: RankedCandidate[] = [];
  // How often each template, kind, sentence and paragraph was picked, kept up to date pick by
  // pick; and the candidates still open, in rank order, with their worth. A pick closes those it
  // conflicts with, and a candidate over a limit stays over it (the counts only grow): each step
  // is one pass over fewer candidates. Limits and worth hang on the counts of the candidate's
  // own template, kind, sentence and paragraph: only those that share one with the last pick
  // are worked out again.
  let gapFills = 0;
  let lowValues = 0;
  const giveAways = new GiveAways(ranked);
  const ids = new Ids();
  // Templates, kinds, sentences and paragraphs as small numbers, whose picks are counted in
  // arrays: the counts are read for most open candidates at every pick.
  const counted = {
    template: new Ids(),
    kind: new Ids(),
    sentence: new Ids(),
    paragraph: new Ids(),
  };
  const open: OpenCandidate[] = ranked.map((item) => {
    const { candidate } = item;
    return {
      item,
      base: baseWorth(item, weights),
      score: 0,
      topic: ids.of(candidate.topic),
      // A statement is about a name when it swaps one (`concerns`): one fact with a question
      // on that name. Otherwise two statements may share an answer (both false).
      answer: item.answerKey.startsWith("truth:") ? NO_ANSWER : ids.of(item.answerKey),
      longest: longestForm(item),
      contentWords: contentWordsOf(item),
      predicate: predicateOf(candidate.prompt),
      template: counted.template.of(candidate.template),
      kind: counted.kind.of(candidate.answer.kind),
      sentence: counted.sentence.of(String(candidate.sentence.start)),
      paragraph:
        item.paragraph === undefined ? NO_PARAGRAPH : counted.paragraph.of(String(item.paragraph)),
      maxPerTemplate: maxPerTemplate[candidate.template] ?? Infinity,
    };
  });
  const picks: Picks = {
    template: counted.template.zeros(),
    kind: counted.kind.zeros(),
    sentence: counted.sentence.zeros(),
    paragraph: counted.paragraph.zeros(),
  };
  let last: OpenCandidate | undefined;
  let givenAway: Set<RankedCandidate> | undefined;
  while (chosen.length < count) {
    let best: OpenCandidate | undefined;
    // Those still open are moved up in place (behind the reading): no new array a step.
    let kept = 0;
    for (const entry of open) {
      const { item } = entry;
      // The last pick closes those it conflicts with, in this same pass over the open ones.
      if (last && (entry === last || conflicts(entry, last) || givenAway?.has(item))) continue;
      if (!last || sharesCounts(entry, last)) {
        if ((picks.sentence[entry.sentence] ?? 0) >= maxPerSentence) continue;
        if ((picks.template[entry.template] ?? 0) >= entry.maxPerTemplate) continue;
        if (item.candidate.template === "gap-fill" && gapFills >= maxGapFills) continue;
        if (item.lowValue && lowValues >= maxLowValue) continue;
        if (
          item.lowValue &&
          item.candidate.template === "gap-fill" &&
          lowValueGapFills >= maxLowValueGapFills
        ) {
          continue;
        }
        entry.score = worth(entry, picks);
      }
      open[kept] = entry;
      kept += 1;
      if (!best || entry.score > best.score) best = entry;
    }
    open.length = kept;
    if (!best) break;
    const pick = best.item;
    chosen.push(pick);
    increment(picks.template, best.template);
    increment(picks.kind, best.kind);
    increment(picks.sentence, best.sentence);
    if (best.paragraph !== NO_PARAGRAPH) increment(picks.paragraph, best.paragraph);
    if (pick.candidate.template === "gap-fill") gapFills += 1;
    if (pick.lowValue) lowValues += 1;
    if (pick.lowValue && pick.candidate.template === "gap-fill") lowValueGapFills += 1;
    givenAway = giveAways.of(pick);
    last = best;
  }
  return options.maxGapFills === undefined ? withinGapFillShare(chosen) : chosen;
}

/**
 * The share of gap-fills holds on the quiz as chosen, not only on the count asked: when an
 * article gives few other questions, fewer gap-fills stand beside them (blind grading: nine in
 * ten gap-fills were low value). Low-value ones go first, then the last picked; one may stay.
 */
function withinGapFillShare(chosen: RankedCandidate[]): RankedCandidate[] {
  const kept = [...chosen];
  const isGapFill = (item: RankedCandidate) => item.candidate.template === "gap-fill";
  let gapFills = kept.filter(isGapFill).length;
  while (gapFills > MIN_GAP_FILLS && gapFills > GAP_FILL_SHARE * kept.length) {
    // A low-value blank goes before one on a figure, whatever the order they were picked in.
    const lowValue = kept.findLastIndex((item) => isGapFill(item) && item.lowValue);
    kept.splice(lowValue === -1 ? kept.findLastIndex(isGapFill) : lowValue, 1);
    gapFills -= 1;
  }
  return kept;
}

/**
 * Whether two candidates cannot both be in a quiz: same topic or same answer (true/false
 * statements aside). A prompt that holds the other's answer is the other conflict
 * ({@link GiveAways}).
 */
function conflicts(entry: OpenCandidate, pick: OpenCandidate): boolean {
  if (entry.topic === pick.topic || entry.predicate === pick.predicate) return true;
  if (entry.answer !== NO_ANSWER && entry.answer === pick.answer) return true;
  if (entry.sentence === pick.sentence && (tells(entry, pick) || tells(pick, entry))) return true;
  if (entry.sentence === pick.sentence && complementary(entry.item, pick.item)) return true;
  return answersOverlap(entry.longest, pick.longest);
}

/**
 * `financé à 70 % par l'État … et à 30 % par l'ONG`: two shares of one whole, one the other's
 * complement (round 135: « réponse déduite de q1 (100 % − 70 %) », DEFECT for both graders).
 */
function complementary(one: RankedCandidate, other: RankedCandidate): boolean {
  const a = one.candidate.answer;
  const b = other.candidate.answer;
  if (a.kind !== "number" || b.kind !== "number") return false;
  if (a.quantity.unit !== "%" || b.quantity.unit !== "%") return false;
  return Math.abs(a.quantity.value + b.quantity.value - 100) < 0.01;
}

/**
 * *Qui a transformé le penalty ?* next to *Grâce à quoi les Olympiens ont-ils égalisé ? → grâce
 * à un penalty …* (blind grading: answer given away): a prompt holding a content word of a
 * phrase answer from the same sentence tells it.
 */
function tells(asking: OpenCandidate, answering: OpenCandidate): boolean {
  return answering.contentWords.some((word) => asking.item.normalPrompt?.includes(` ${word} `));
}

/** Content words (5 letters or more, no function word) of a phrase answer's first form. */
function contentWordsOf(item: RankedCandidate): string[] {
  if (item.candidate.answer.kind !== "phrase") return [];
  return (item.forms?.[0] ?? "")
    .split(" ")
    .filter((word) => word.length >= 5 && !isFunctionWord(word));
}

/** A candidate still open in {@link pick}, with its worth and what {@link conflicts} compares. */
interface OpenCandidate {
  item: RankedCandidate;
  /** {@link baseWorth}. */
  base: number;
  /** Its worth after the picks so far. */
  score: number;
  /** Its topic and answer key as numbers: compared for every open candidate at every pick. */
  topic: number;
  /** {@link NO_ANSWER} for a true/false statement: two may share an answer. */
  answer: number;
  longest: LongestForm;
  /** {@link contentWordsOf}: what a prompt on the same sentence may not hold. */
  contentWords: string[];
  /** The prompt past who is asked for: `a donné …` of *Qui a donné … ?* and *Quelle direction a donné … ?*. */
  predicate: string;
  /** Its template, answer kind, sentence and paragraph ({@link NO_PARAGRAPH}), as numbers. */
  template: number;
  kind: number;
  sentence: number;
  paragraph: number;
  /** How many questions of its template a quiz may hold. */
  maxPerTemplate: number;
}

/** `Qui `, `Quelle direction `: the words that ask for the agent. */
const ASKED_WHO = /^(?:Qui|Quel(?:le)?s? \p{Ll}+) (?=\p{Ll})/u;
/** Determiners and counts in words: `une équipe de techniciens` is `l'équipe de six techniciens`. */
const DETERMINER_OR_COUNT =
  /(?<![\p{L}'’])(?:l['’]|le\s|la\s|les\s|un\s|une\s|des\s|ce\s|cet\s|cette\s|ces\s|son\s|sa\s|ses\s|leurs?\s|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s)/giu;

/**
 * What a question asks, whoever it asks of and without determiners or small counts:
 * *Qu'a achevé une équipe de techniciens ?* and *Qu'a achevé l'équipe de six techniciens ?* ask
 * one thing (round 167: two keys for one question, DEFECT for both graders).
 */
function predicateOf(prompt: string): string {
  return prompt.replace(ASKED_WHO, "").replace(DETERMINER_OR_COUNT, "");
}

const NO_ANSWER = -1;
const NO_PARAGRAPH = -1;

/** Numbers for strings, equal when the strings are: 0, 1, 2… */
class Ids {
  readonly #ids = new Map<string, number>();

  of(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(key, id);
    }
    return id;
  }

  /** A count for each number given so far, at 0. */
  zeros(): number[] {
    return new Array<number>(this.#ids.size).fill(0);
  }
}

/**
 * `un fonds d'urgence de 5 milliards d'ariary` and `5 milliards d'ariary`: one answer holds the
 * other, so the two questions ask one fact and each gives the other away (blind grading).
 */
function answersOverlap(one: LongestForm, other: LongestForm): boolean {
  if (one.length === 0 || other.length === 0) return false;
  // `Unifor` keyed as an organisation and as a phrase: one answer, whatever the kinds.
  if (one.padded === other.padded) return true;
  // `3 5` (3,5 %) is three characters long and stands in `… le plafond de 3 5 applicable …`.
  if (one.length < 3 || other.length < 3) return false;
  // No pair built: this runs for every open candidate at every pick.
  const oneShorter = one.length < other.length;
  const short = oneShorter ? one : other;
  const long = oneShorter ? other : one;
  return short.spaced && long.padded.includes(short.padded);
}

/**
 * A candidate's longest answer form, padded with spaces, and whether it has several words:
 * found once a selection, since the overlap check runs for every open candidate at every pick.
 */
interface LongestForm {
  length: number;
  padded: string;
  spaced: boolean;
}

function longestForm(item: RankedCandidate): LongestForm {
  let form = "";
  for (const each of item.forms ?? []) if (each.length > form.length) form = each;
  return { length: form.length, padded: ` ${form} `, spaced: form.includes(" ") };
}

/**
 * Which candidates a prompt gives away the answer of, and which give away its own: by form,
 * both ways, so that a pick finds them at once rather than by testing every candidate.
 */
class GiveAways {
  /** Form → the candidates it answers. */
  readonly #answered = new Map<string, RankedCandidate[]>();
  /** Form → the candidates whose prompt holds it. */
  readonly #heldBy = new Map<string, RankedCandidate[]>();
  readonly #held = new Map<RankedCandidate, ReadonlySet<string>>();

  constructor(ranked: RankedCandidate[]) {
    // Found by rankCandidates; here for candidates ranked otherwise.
    const index = ranked.some((item) => !item.heldForms) ? formIndex(ranked) : undefined;
    for (const item of ranked) {
      const held = item.heldForms ?? heldIn(item, index);
      this.#held.set(item, held);
      for (const phrase of giveAwayPhrases(item)) add(this.#answered, phrase, item);
      for (const form of held) add(this.#heldBy, form, item);
    }
  }

  /** The candidates whose answer the pick's prompt holds, or whose prompt holds its answer. */
  of(pick: RankedCandidate): Set<RankedCandidate> {
    const found = new Set<RankedCandidate>();
    for (const form of this.#held.get(pick) ?? []) {
      for (const item of this.#answered.get(form) ?? []) found.add(item);
    }
    for (const form of giveAwayPhrases(pick)) {
      for (const item of this.#heldBy.get(form) ?? []) found.add(item);
    }
    return found;
  }
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

/**
 * Sets each candidate's {@link RankedCandidate.heldForms}: every prompt read once against what
 * gives each answer away.
 *
 * @example
 * findHeldForms(ranked); ranked[0].heldForms; // Set { "charles michel", "michel" }
 */
export function findHeldForms(ranked: RankedCandidate[]): void {
  const index = formIndex(ranked);
  for (const item of ranked) item.heldForms = heldIn(item, index);
}

function formIndex(ranked: RankedCandidate[]): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const item of ranked) for (const phrase of giveAwayPhrases(item)) index.add(phrase, phrase);
  return index;
}

/**
 * What in a prompt gives the candidate's answer away, as {@link PhraseIndex} takes it: its
 * needles without their padding (its forms, and what else the ranking added), or its forms.
 */
function giveAwayPhrases(item: RankedCandidate): string[] {
  return item.needles?.map((needle) => needle.trim()) ?? (item.forms ?? []).filter(Boolean);
}

function heldIn(
  item: RankedCandidate,
  index: PhraseIndex<string> | undefined,
): ReadonlySet<string> {
  const prompt = item.normalPrompt ?? ` ${normaliseAnswer(item.candidate.prompt)} `;
  // *Qu'a permis l'unité ? → soigner sur place 138 nouveau-nés* and a blank on `138 bébés`: a
  // phrase a student writes out states what it holds as much as a prompt does (round 156: «
  // réponse donnée par q1 », DEFECT for one grader).
  const { answer } = item.candidate;
  const written = answer.kind === "phrase" ? `${normaliseAnswer(answer.text)} ` : "";
  return index?.valuesIn(`${prompt}${written}`) ?? new Set();
}

function increment(counts: number[], id: number): void {
  counts[id] = (counts[id] ?? 0) + 1;
}

/** How many picks so far of each template, answer kind, sentence and paragraph, by number. */
interface Picks {
  template: number[];
  kind: number[];
  sentence: number[];
  paragraph: number[];
}

/** Whether a pick changed a count the candidate's limits and worth read. */
function sharesCounts(entry: OpenCandidate, pick: OpenCandidate): boolean {
  return (
    entry.template === pick.template ||
    entry.kind === pick.kind ||
    entry.sentence === pick.sentence ||
    (entry.paragraph !== NO_PARAGRAPH && entry.paragraph === pick.paragraph)
  );
}

/** What a candidate is worth before any pick: the part of {@link worth} that picks leave alone. */
function baseWorth(item: RankedCandidate, weights: Map<string, number>): number {
  return (
    item.candidate.reliability *
    (item.salience ?? 1) *
    (1 + (weights.get(item.answerKey) ?? 0)) *
    (item.lowValue ? LOW_VALUE_COST * (item.inHeadline ? IN_HEADLINE_COST : 1) : 1) *
    (item.candidate.template === "gap-fill" ? GAP_FILL_COST : 1)
  );
}

function worth(entry: OpenCandidate, picks: Picks): number {
  const sameKind = picks.kind[entry.kind] ?? 0;
  const newParagraph =
    entry.paragraph !== NO_PARAGRAPH && (picks.paragraph[entry.paragraph] ?? 0) === 0;
  return (
    entry.base *
    repeatCost("template", picks.template[entry.template] ?? 0) *
    (sameKind === 0 ? NEW_KIND_BONUS : repeatCost("kind", sameKind)) *
    repeatCost("sentence", picks.sentence[entry.sentence] ?? 0) *
    (newParagraph ? NEW_PARAGRAPH_BONUS : 1)
  );
}

/** `REPEAT_COST[what] ** picks` for up to 31 picks, worked out once: worth() is hot. */
const REPEAT_COSTS = {
  template: powers(REPEAT_COST.template),
  kind: powers(REPEAT_COST.kind),
  sentence: powers(REPEAT_COST.sentence),
};

function powers(cost: number): number[] {
  return Array.from({ length: 32 }, (_, picks) => cost ** picks);
}

function repeatCost(what: keyof typeof REPEAT_COST, picks: number): number {
  return REPEAT_COSTS[what][picks] ?? REPEAT_COST[what] ** picks;
}
