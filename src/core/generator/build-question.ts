/**
 * @module
 * Turns a selected candidate into a question of the quiz: its type, options, key and evidence.
 */
import type { ArticleAnalysis } from "../french/entities";
import { startsWithVowelSound } from "../french/grammar/starts-with-vowel-sound";
import { parseFrenchNumber } from "../french/parse-french-number";
import { valuesIn } from "../french/values-in";
import { normaliseAnswer } from "../marking/normalise-answer";
import type { Question } from "../quiz/quiz";
import type { AnswerForms } from "./answer-forms";
import type { Candidate } from "./candidate";
import { chooseDistractors } from "./choose-distractors";

const OPTION_IDS = ["a", "b", "c", "d", "e"];
const MIN_DISTRACTORS = 3;
const collator = new Intl.Collator("fr", { sensitivity: "base" });

/**
 * Builds a question. Choice options are sorted alphabetically, so their order says nothing of
 * which one is right; figures in numeric order, the answer `rank` options from the bottom when
 * the quiz gives one (see generateQuizDraft).
 *
 * @example
 * buildQuestion(candidate, forms, analysis, "q3");
 */
export function buildQuestion(
  candidate: Candidate,
  forms: AnswerForms,
  analysis: ArticleAnalysis,
  id: string,
  rank?: number,
): Question {
  const { start, end, text } = candidate.sentence;
  const base = { id, prompt: candidate.prompt, evidence: { text, start, end } };
  const { answer } = candidate;
  if (answer.kind === "truth") {
    return { ...base, type: "true_false", kind: "phrase", answer: answer.value };
  }
  const kind = answer.kind;
  // A wrong option the prompt itself names is obviously wrong: leave it out; so is one that
  // does not fit the elision before the gap (`d'……` rules out `Constantine`).
  const prompt = ` ${normaliseAnswer(candidate.prompt)} `;
  const fits = elisionFit(candidate.prompt);
  const least = leastTotal(candidate.prompt);
  // The prompt's figures, and its number words standing alone (`en demande désormais cinq`).
  const statedValues =
    answer.kind === "number"
      ? [
          ...valuesIn(candidate.prompt),
          ...(candidate.prompt.match(NUMBER_WORDS) ?? []).flatMap(
            (word) => parseFrenchNumber(word.toLowerCase()) ?? [],
          ),
        ]
      : [];
  const distractors = candidate.choice
    ? chooseDistractors(
        answer,
        forms.answer,
        analysis,
        (option) =>
          prompt.includes(` ${normaliseAnswer(option)} `) ||
          // `qui prend habituellement ……, en demande désormais cinq`: a figure the prompt states
          // in words is no wrong option (set CI, now dev: `5 jours` ruled out by the sentence).
          (answer.kind === "number" && statedValues.includes(numberIn(option))) ||
          !fits(option) ||
          (answer.kind === "number" && numberIn(option) <= least),
        rank,
      )
    : [];
  // Fewer than three plausible wrong options make a guess, not a question: ask it open.
  if (distractors.length >= MIN_DISTRACTORS) {
    const numeric = kind === "number";
    // Numbers in numeric order, the rest alphabetical: either says nothing of which one is right.
    const texts = [forms.answer, ...distractors].sort((a, b) =>
      numeric ? numberIn(a) - numberIn(b) : collator.compare(a, b),
    );
    const options = texts.map((optionText, index) => ({
      id: OPTION_IDS[index] ?? `o${index}`,
      text: optionText,
    }));
    const right = options.find((option) => option.text === forms.answer)?.id ?? "a";
    return { ...base, type: "single_choice", kind, options, answer: right };
  }
  return {
    ...base,
    type: "short_answer",
    kind,
    answer: forms.answer,
    accepted: forms.accepted,
    rejected: forms.rejected,
    ...(forms.date ? { date: forms.date } : {}),
    ...(forms.value !== undefined ? { value: forms.value } : {}),
  };
}

/** A number written as a word: `cinq`, `vingt-cinq`, `douze`. */
const NUMBER_WORDS =
  /(?<!\p{L})(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)(?:-\p{Ll}+)*(?!\p{L})/giu;

/**
 * Which options read right after what stands before the gap: after `d'`, `l'`, `qu'` only one
 * that opens on a vowel sound; after `de`, `le`, `la`, `que` only one that does not.
 */
function elisionFit(prompt: string): (option: string) => boolean {
  const gap = prompt.indexOf("……");
  const before = gap > 0 ? prompt.slice(Math.max(0, gap - 5), gap) : "";
  if (/(?:^|[\s«(])(?:[dlj]|qu)['’]$/iu.test(before)) return startsWithVowelSound;
  if (/(?:^|[\s«(])(?:de|le|la|que)\s$/iu.test(before)) {
    return (option) => !startsWithVowelSound(option);
  }
  return () => true;
}

/**
 * `près de 1 800 des quelque …… ouvriers`: the blank is a total the figure before is part of,
 * so no option may be as small (`1 800 des quelque 1 800` was absurd); `-Infinity` otherwise.
 */
function leastTotal(prompt: string): number {
  const part =
    /(\d[\d\s\u00a0]*(?:,\d+)?)\s+(?:des|sur)\s+(?:quelque\s+|près de\s+|plus de\s+|environ\s+)?……/u.exec(
      prompt,
    );
  return part ? numberIn(part[1] ?? "") : Number.NEGATIVE_INFINITY;
}

/** The value of an option written by `chooseDistractors` (`1 500 euros` → 1500, `2,5 %` → 2.5). */
function numberIn(text: string): number {
  const digits = /^\d[\d\s\u00a0]*(?:,\d+)?/u.exec(text)?.[0] ?? "0";
  return Number(digits.replace(/[\s\u00a0]/gu, "").replace(",", "."));
}
