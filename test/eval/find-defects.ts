/**
 * @module
 * Automatic checks on generated questions: the defects a teacher would notice at a glance.
 */
import { valuesIn } from "../../src/core/french/values-in";
import { normaliseAnswer } from "../../src/core/marking/normalise-answer";
import type { ChoiceOption, Question } from "../../src/core/quiz/quiz";
import { around, GAP, type QuestionCheck } from "./defect-check";
import { DISTRACTOR_CHECKS } from "./distractor-checks";
import { ENTITY_CHECKS } from "./entity-checks";
import { GRAMMAR_CHECKS } from "./grammar-checks";
import { containsWords } from "./match-answer";
import {
  copiedTrueStatements,
  crowdedSentences,
  figureEchoes,
  giveAways,
  nestedAnswers,
  type QuizFinding,
  repeatedAnswers,
  sentenceTells,
} from "./quiz-metrics";
import { rightAnswer } from "./right-answer";
import { SELECTION_CHECKS } from "./selection-checks";
import { SPAN_CHECKS } from "./span-checks";

/** The checks of issue 10's defect classes, by class; each finds its defects on one question. */
export const CLASS_CHECKS: Record<string, QuestionCheck> = {
  ...SPAN_CHECKS,
  ...ENTITY_CHECKS,
  ...GRAMMAR_CHECKS,
  ...DISTRACTOR_CHECKS,
  ...SELECTION_CHECKS,
};

/** Checks of a whole quiz (issue 10 §2), each finding the questions at fault. */
const QUIZ_CHECKS = {
  "give-away": {
    description:
      "the answer (or an accepted form) stands in another question's prompt or statement",
    find: (questions: Question[]) => giveAways(questions),
  },
  "tells-answer": {
    description:
      "a prompt holding a content word of the phrase answer of another question on the same sentence (Qui a transformé le penalty ? next to … → grâce à un penalty …)",
    find: (questions: Question[]) => sentenceTells(questions),
  },
  "same-answer-twice": {
    description: "the same answer asked by two questions of the quiz",
    find: (questions: Question[]) => repeatedAnswers(questions),
  },
  "nested-answer": {
    description: "a keyed answer that holds another question's answer (the same fact asked twice)",
    find: (questions: Question[]) => nestedAnswers(questions),
  },
  "trial-asked-twice": {
    description:
      "two why-questions on what a trial is about (Pourquoi … a-t-il condamné X ? and Pourquoi le prévenu était-il poursuivi ?)",
    find: (questions: Question[]) =>
      questions
        .filter((question) => PROSECUTION_WHY.test(question.prompt))
        .slice(1)
        .map((question) => ({
          questionId: question.id,
          prompt: question.prompt,
          detail: "a second question on the offence",
        })),
  },
  "figure-echo": {
    description:
      "a figure asked twice whatever it counts, or stated in another question's prompt (9 600 passagers and 9 600 trajets; « Vingt-cinq apprentis » before *Combien de jeunes … ? → 25*)",
    find: (questions: Question[]) => figureEchoes(questions),
  },
  "computable-figure": {
    description:
      "a figure key that two figures in sight add up to or differ by: in the prompts, or another question's key (8,5 = 6,4 + 2,1; 30 % = 100 % − 70 %)",
    find: (questions: Question[]) => computableFigures(questions),
  },
  "crowded-sentence": {
    description: "more than 2 questions from one sentence (each question beyond 2)",
    find: (questions: Question[]) => crowdedSentences(questions),
  },
  "copied-true-statement": {
    description: "true/false statement keyed true that copies the article word for word",
    find: (questions: Question[], body: string) => copiedTrueStatements(questions, body),
  },
} satisfies Record<
  string,
  { description: string; find(questions: Question[], body: string): QuizFinding[] }
>;

/** What each check catches, in the order the report lists them. */
export const DEFECT_CHECKS = {
  "answer-in-prompt": "answer (or an accepted form) written in the prompt",
  "prompt-ending": 'prompt not ending with " ?" (true/false: "." or " ?")',
  "gap-fill-ending":
    "gap-fill prompt (« Complétez : « … » ») not closing its quotation, or not one gap",
  "evidence-mismatch": "evidence text differs from body.slice(start, end)",
  "option-count": "fewer than 3 or more than 5 options",
  "missing-right-option": "the answer id is not one of the options",
  "duplicate-options": "two options equal once normalised",
  "option-overlaps-answer": "a wrong option contains, or is contained in, the right one",
  "options-share-name": "two person options with the same surname (one person twice)",
  "option-in-prompt": "a wrong option is written in the prompt (obviously wrong)",
  "number-format": "numbers written two ways in the options, or a year with a thousands space",
  "gap-fill-mismatch": "the right answer put in the blank does not give back the article's text",
  "unbalanced-punctuation": "unbalanced quotes or parentheses in the prompt",
  spacing: "double space, or space before a comma or full stop",
  "missing-contraction": "de le / à le / de les / à les / que il… instead of du, au, qu'il…",
  "missing-elision": "le, la, de, que, ne, ce… before a vowel (possible)",
  "wrong-elision": "l', d', qu'… before a consonant (l'Française)",
  "determiner-before-title": "article before M. / Mme (la Mme Vasseur)",
  "capital-mid-sentence":
    "capitalised determiner or pronoun inside the prompt (emploie L'entreprise)",
  "dangling-end":
    "question ending on a preposition, article or conjunction, or on a locution cut from its complement (face, grâce, auprès, lors)",
  "stray-letter": "a lone letter that is no French word (le s moins)",
  "half-question":
    "a question on a verb that needs a second complement or already says why, or a term miscounted (Qu'avait placé Météo-France ?, Pourquoi … justifie-t-il … ?, Combien d'ans ferme …)",
  "prompt-too-long": "prompt longer than 220 characters",
  "duplicate-prompt": "the same prompt twice in one quiz",
  ...descriptions(CLASS_CHECKS),
  ...descriptions(QUIZ_CHECKS),
} as Record<string, string>;

export type DefectCheck = string;

function descriptions(checks: Record<string, { description: string }>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(checks).map(([name, check]) => [name, check.description]),
  );
}

export interface Defect {
  check: DefectCheck;
  questionId: string;
  prompt: string;
  detail: string;
}

/** A why-question on a prosecution or a sentencing. */
const PROSECUTION_WHY =
  /^Pourquoi\s[^?]*(?<!\p{L})(?:poursuivie?s?|condamnée?s?|jugée?s?|inculpée?s?|accusée?s?)(?!\p{L})/u;
const MAX_PROMPT_LENGTH = 220;
const MIN_OPTIONS = 3;
const MAX_OPTIONS = 5;
/** How much text either side of the blank must be found again in the evidence. */
const GAP_CONTEXT = 25;

// JavaScript's \b only knows ASCII letters, so word edges are written with \p{L} look-arounds.
const MISSING_CONTRACTION = /(?<!\p{L})(?:de les?|à les?|que (?:il|elle|on)s?|si ils?)(?!\p{L})/giu;
const MISSING_ELISION =
  /(?<!\p{L})(?:le|la|de|que|ne|se|je|me|te|ce|jusque|lorsque|puisque)\s+[aeiouàâäéèêëîïôöûüœ]/giu;
const WRONG_ELISION = /(?<!\p{L})(?:[ldjmnstc]|qu)['’](?=[bcdfgjklmnpqrstvwxz])/giu;
/** `la Mme Vasseur`; not `le Dr Tagne`, which French writes with its article. */
const DETERMINER_BEFORE_TITLE =
  /(?<!\p{L})(?:le|la|les|du|des|au|aux|l['’])\s+(?:M\.|Mme|Mlle|Me)(?!\p{L})/u;
/** The finder's own reading of round 71's half questions. */
const HALF_QUESTION =
  /^Qu['’](?:a|ont|avait|avaient)(?:-t)?[-\s][^?]*?(?<!\p{L})(?:placée?s?|mise?s?(?!\s+(?:en service|au jour|en place|en œuvre|en ligne|en vente)(?!\p{L}))|classée?s?)\s+[^?]*\?$|^Pourquoi\s[^?«]*?(?<!\p{L})(?:justifi|motiv)\p{Ll}*(?:-t)?-(?:il|elle|ils|elles)(?!\p{L})|(?<!\p{L})d['’]ans\s+(?:ferme|avec sursis)(?!\p{L})/u;
const CAPITAL_MID_SENTENCE =
  /(?<=\p{Ll},? )(?:(?:Le|La|Les|Un|Une|Des|Ce|Cette|Ces|Il|Elle|Ils|Elles|Son|Sa|Ses|Leur|Leurs) \p{Ll}|(?:L|C|D|Qu|S|N)['’]\p{Ll})/u;
const DANGLING_END =
  /(?<![\p{L}'’])(?:de|du|des|d['’]|en|à|au|aux|le|la|les|l['’]|et|ou|que|qu['’]|qui|par|pour|sur|dans|avec|un|une|pendant|depuis|face|grâce|suite|auprès|lors|afin|quant|jusqu['’])\s*\?$/iu;
/** A lone consonant (not `y`, nor a unit after a number as in `1 h 08`, nor `M.`). */
// `48 °C`: a degree sign makes the letter a unit.
// Lowercase only: a capital standing alone names a grade or a kind (`le café cerise B`,
// `l'hépatite A`).
const STRAY_LETTER = /(?<![\p{L}\p{N}'’./°-]|\d )[bcdefghijklmnopqrstuvwxz](?![\p{L}\p{N}'’.°-])/u;
/** Doubled spaces, a space before a comma or full stop, `..`, or a full stop before ` ?`. */
/** `… de brigades. ?`: a stop left before the question mark; not an initial's (`Kevin D. ?`). */
const SPACING =
  /[ \u00a0]{2,}|[ \u00a0][,.](?!\.)|(?<!\.)\.\.(?!\.)|(?<!\.|(?:^|\s)\p{Lu})\.[ \u00a0]*\?$/u;
const GROUPED_NUMBER = /\d[ \u00a0\u202f]\d{3}(?!\d)/u;
const UNGROUPED_NUMBER = /\d{4,}/u;
/** `2 025` ending an answer: a year written as a figure; `1 200 voyageurs` counts something. */
const SPACED_YEAR = /(?<![\d,])([12])[ \u00a0\u202f](\d{3})$/u;

/** Every defect of one generated question; `body` is `article.paragraphs.join("\n\n")`. */
export function findDefects(question: Question, body: string): Defect[] {
  const defects: Defect[] = [];
  const add = (check: DefectCheck, detail: string) =>
    defects.push({ check, questionId: question.id, prompt: question.prompt, detail });
  const { prompt } = question;
  const isGapFill = prompt.includes(GAP);

  const forms = rightAnswer(question)?.forms ?? [];
  const normalisedPrompt = normaliseAnswer(prompt);
  const shown = forms.find((form) => {
    const normalised = normaliseAnswer(form);
    return normalised.length >= 2 && containsWords(normalisedPrompt, normalised);
  });
  if (shown !== undefined) add("answer-in-prompt", `« ${shown} »`);

  // A gap-fill is a quotation with a gap, by design: « Complétez : « … …… … » » — it must
  // close its quotation and hold exactly one gap.
  const endsWell =
    question.type === "true_false"
      ? prompt.endsWith(".") || prompt.endsWith(" ?")
      : isGapFill
        ? prompt.endsWith(" »") && prompt.split("……").length === 2
        : prompt.endsWith(" ?");
  if (!endsWell) {
    add(isGapFill ? "gap-fill-ending" : "prompt-ending", `ends with « ${prompt.slice(-12)} »`);
  }

  const { evidence } = question;
  if (body.slice(evidence.start, evidence.end) !== evidence.text) {
    add("evidence-mismatch", `[${evidence.start}, ${evidence.end})`);
  }

  if (question.type === "single_choice") addOptionDefects(question, add);

  if (isGapFill && forms.length > 0 && !gapFillFits(prompt, forms, evidence.text, question.kind)) {
    add("gap-fill-mismatch", `answer « ${forms[0]} »`);
  }
  const spacedYear = forms.map((form) => SPACED_YEAR.exec(form)).find((match) => match);
  if (spacedYear && evidence.text.includes(`${spacedYear[1]}${spacedYear[2]}`)) {
    add("number-format", `answer « ${spacedYear[0]} » for ${spacedYear[1]}${spacedYear[2]}`);
  }

  const unbalanced = unbalancedPairs(prompt);
  if (unbalanced.length > 0) add("unbalanced-punctuation", unbalanced.join(", "));

  for (const [check, pattern] of [
    ["spacing", SPACING],
    ["determiner-before-title", DETERMINER_BEFORE_TITLE],
    ["capital-mid-sentence", CAPITAL_MID_SENTENCE],
    ["dangling-end", DANGLING_END],
    ["stray-letter", STRAY_LETTER],
    ["half-question", HALF_QUESTION],
  ] as const) {
    const match = pattern.exec(prompt);
    if (match) add(check, `« ${around(prompt, match.index)} »`);
  }

  const contractions = new Set<number>();
  for (const match of prompt.matchAll(MISSING_CONTRACTION)) {
    contractions.add(match.index);
    add("missing-contraction", `« ${around(prompt, match.index)} »`);
  }
  for (const match of prompt.matchAll(MISSING_ELISION)) {
    // `que il` is both; report it once, as the contraction the brief names.
    if (contractions.has(match.index)) continue;
    // `de Ouaga 2000` in a gap-fill's sentence: the article's own words, as it wrote them.
    if (insideQuotation(prompt, match.index)) continue;
    add("missing-elision", `« ${around(prompt, match.index)} »`);
  }
  for (const match of prompt.matchAll(WRONG_ELISION)) {
    // `Birni N'Konni`, `Fada N'Gourma`: a name's own apostrophe, no elision.
    if (/^[NM]['’]\p{Lu}/u.test(prompt.slice(match.index, match.index + 3))) continue;
    add("wrong-elision", `« ${around(prompt, match.index)} »`);
  }

  if (prompt.length > MAX_PROMPT_LENGTH) add("prompt-too-long", `${prompt.length} characters`);
  for (const [check, { find }] of Object.entries(CLASS_CHECKS)) {
    for (const detail of find(question, body)) add(check, detail);
  }
  return defects;
}

/** Defects of a whole quiz: each question's, prompts asked twice, and the quiz-level checks. */
export function findQuizDefects(questions: Question[], body: string): Defect[] {
  const defects = questions.flatMap((question) => findDefects(question, body));
  for (const [check, { find }] of Object.entries(QUIZ_CHECKS)) {
    for (const finding of find(questions, body)) {
      defects.push({
        check,
        questionId: finding.questionId,
        prompt: finding.prompt,
        detail: finding.detail,
      });
    }
  }
  const seen = new Set<string>();
  for (const question of questions) {
    const key = normaliseAnswer(question.prompt);
    if (seen.has(key)) {
      defects.push({
        check: "duplicate-prompt",
        questionId: question.id,
        prompt: question.prompt,
        detail: "asked earlier in the same quiz",
      });
    }
    seen.add(key);
  }
  return defects;
}

function addOptionDefects(
  question: Question & { type: "single_choice" },
  add: (check: DefectCheck, detail: string) => void,
): void {
  const { options } = question;
  if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS) {
    add("option-count", `${options.length} options`);
  }
  const right = options.find((option) => option.id === question.answer);
  if (!right) add("missing-right-option", `answer id ${question.answer}`);
  const seen = new Map<string, string>();
  for (const option of options) {
    const normalised = normaliseAnswer(option.text);
    const earlier = seen.get(normalised);
    if (earlier !== undefined) add("duplicate-options", `« ${earlier} » / « ${option.text} »`);
    seen.set(normalised, option.text);
  }
  if (question.kind === "person") {
    const surnames = new Map<string, string>();
    for (const option of options) {
      const surname = normaliseAnswer(option.text).split(" ").at(-1) ?? "";
      const earlier = surnames.get(surname);
      if (earlier !== undefined) add("options-share-name", `« ${earlier} » / « ${option.text} »`);
      surnames.set(surname, option.text);
    }
  }
  const texts = options.map((option) => option.text);
  if (
    texts.some((text) => GROUPED_NUMBER.test(text)) &&
    texts.some((t) => UNGROUPED_NUMBER.test(t))
  ) {
    add("number-format", texts.join(" · "));
  }
  if (!right) return;
  const normalisedRight = normaliseAnswer(right.text);
  const normalisedPrompt = normaliseAnswer(question.prompt);
  for (const option of wrongOptions(options, right)) {
    const normalised = normaliseAnswer(option.text);
    if (normalised === normalisedRight) continue; // already reported as a duplicate
    if (containsWords(normalised, normalisedRight) || containsWords(normalisedRight, normalised)) {
      add("option-overlaps-answer", `« ${option.text} » vs right « ${right.text} »`);
    }
    if (normalised.length >= 4 && containsWords(normalisedPrompt, normalised)) {
      add("option-in-prompt", `« ${option.text} »`);
    }
  }
}

function wrongOptions(options: ChoiceOption[], right: ChoiceOption): ChoiceOption[] {
  return options.filter((option) => option.id !== right.id);
}

/**
 * Whether putting a right form in the blank gives back the evidence around it. Numbers may be
 * written in words in the article and in digits in the answer, and dates get their year from the
 * dateline, so for them the text either side of the blank is enough.
 */
function gapFillFits(prompt: string, forms: string[], evidence: string, kind: string): boolean {
  const open = prompt.indexOf("« ");
  const close = prompt.lastIndexOf(" »");
  const quoted = open >= 0 && close > open ? prompt.slice(open + 2, close) : prompt;
  const gap = quoted.indexOf(GAP);
  if (gap < 0) return true;
  const beforeGap = quoted.slice(0, gap);
  const left = beforeGap.slice(beforeGap.lastIndexOf("…") + 1).slice(-GAP_CONTEXT);
  const afterGap = quoted.slice(gap + GAP.length);
  const ellipsis = afterGap.indexOf("…");
  const right = (ellipsis >= 0 ? afterGap.slice(0, ellipsis) : afterGap).slice(0, GAP_CONTEXT);
  const haystack = loose(evidence);
  if (forms.some((form) => haystack.includes(loose(`${left}${form}${right}`)))) return true;
  if (kind !== "number" && kind !== "date") return false;
  const leftAt = haystack.indexOf(loose(left));
  return leftAt >= 0 && haystack.indexOf(loose(right), leftAt) >= 0;
}

/** Lowercase letters and digits only, so that spacing and punctuation do not count. */
function loose(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Quote and bracket pairs that do not balance in `text`. */
function unbalancedPairs(text: string): string[] {
  const count = (character: string) => text.split(character).length - 1;
  const problems: string[] = [];
  for (const [open, close] of [
    ["«", "»"],
    ["“", "”"],
    ["(", ")"],
    ["[", "]"],
  ] as const) {
    if (count(open) !== count(close))
      problems.push(`${open}${count(open)} ${close}${count(close)}`);
  }
  if (count('"') % 2 !== 0) problems.push(`"${count('"')}`);
  return problems;
}

/** Whether `index` falls inside a « … » quotation of the prompt (the article's own words). */
function insideQuotation(prompt: string, index: number): boolean {
  const opened = prompt.lastIndexOf("«", index);
  return opened !== -1 && prompt.indexOf("»", opened) > index;
}

/** The value a figure question keys, if it keys one. */
function keyedValue(question: Question): number | undefined {
  if (question.kind !== "number") return undefined;
  return valuesIn(rightAnswer(question)?.canonical ?? "")[0];
}

/** Figure keys that the quiz's prompts and other keys let a student compute (round 135). */
function computableFigures(questions: Question[]): QuizFinding[] {
  const findings: QuizFinding[] = [];
  for (const question of questions) {
    const value = keyedValue(question);
    // Small whole numbers and years add up by chance.
    if (value === undefined || (Number.isInteger(value) && value < 20)) continue;
    if (value >= 1900 && value <= 2100) continue;
    const percent = /%/u.test(rightAnswer(question)?.canonical ?? "");
    const sight = questions.flatMap((other) => {
      const prompt = other.prompt.replace(/\d{1,2}\s?h(?:\s?\d{2})?(?!\p{L})/gu, " ");
      const key = other.id === question.id ? undefined : keyedValue(other);
      return [...valuesIn(prompt), ...(key === undefined ? [] : [key])];
    });
    // A share's complement: an earlier question keys the other share of the sentence's whole.
    const complement = questions.find(
      (other) =>
        questions.indexOf(other) < questions.indexOf(question) &&
        other.evidence.start === question.evidence.start &&
        percent &&
        /%/u.test(rightAnswer(other)?.canonical ?? "") &&
        Math.abs((keyedValue(other) ?? 0) + value - 100) < 0.01,
    );
    if (complement) {
      findings.push({
        questionId: question.id,
        prompt: question.prompt,
        detail: `100 % less ${complement.id}'s key`,
      });
      continue;
    }
    const seen = [...new Set(sight)].filter(
      (shown) => shown >= value * 0.1 && shown !== value && !(shown >= 1900 && shown <= 2100),
    );
    const close = (x: number) => Math.abs(x - value) <= value * 1e-6;
    const pair = seen
      .flatMap((a) => seen.map((b) => [a, b] as const))
      .find(([a, b]) => a !== b && (close(a + b) || (a > b && close(a - b))));
    if (pair) {
      findings.push({
        questionId: question.id,
        prompt: question.prompt,
        detail: `${pair[0]} and ${pair[1]} in sight`,
      });
    }
  }
  return findings;
}
