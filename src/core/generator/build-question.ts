/**
 * @module
 * Turns a selected candidate into a question of the quiz: its type, options, key and evidence.
 */
import type { ArticleAnalysis } from "../french/entities";
import { normalizeAnswer } from "../marking/normalize-answer";
import type { Question } from "../quiz/quiz";
import type { AnswerForms } from "./answer-forms";
import type { Candidate } from "./candidate";
import { chooseDistractors } from "./choose-distractors";

const OPTION_IDS = ["a", "b", "c", "d", "e"];
const collator = new Intl.Collator("fr", { sensitivity: "base" });

/**
 * Builds a question. Choice options are sorted alphabetically, so their order says nothing of
 * which one is right.
 *
 * @example
 * buildQuestion(candidate, forms, analysis, "q3");
 */
export function buildQuestion(
  candidate: Candidate,
  forms: AnswerForms,
  analysis: ArticleAnalysis,
  id: string,
): Question {
  const { start, end, text } = candidate.sentence;
  const base = { id, prompt: candidate.prompt, evidence: { text, start, end } };
  const { answer } = candidate;
  if (answer.kind === "truth") {
    return { ...base, type: "true_false", kind: "phrase", answer: answer.value };
  }
  const kind = answer.kind;
  // A wrong option the prompt itself names is obviously wrong: leave it out.
  const prompt = ` ${normalizeAnswer(candidate.prompt)} `;
  const distractors = candidate.choice
    ? chooseDistractors(answer, forms.answer, analysis).filter(
        (option) => !prompt.includes(` ${normalizeAnswer(option)} `),
      )
    : [];
  if (distractors.length >= 2) {
    const texts = [forms.answer, ...distractors].sort(collator.compare);
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
