/**
 * @module
 * One question of the form: a `<fieldset>` with the numbered prompt as `<legend>` and one field
 * named by the question id (a text input, or radio buttons), every input with its `<label>`.
 */

import { MAX_ANSWER_LENGTH } from "../core/marking/sheet-limits";
import type { StudentQuestion } from "../core/quiz/to-student-view";

export interface QuestionFieldsetProps {
  question: StudentQuestion;
  /** 1-based position in the quiz. */
  number: number;
  /** The answer to show filled in (on the results page): text, option id, `true` / `false`. */
  value?: string;
  /** Locked once marked: answers stay visible but cannot be changed. */
  disabled?: boolean;
  /** Left unanswered in a sheet sent back for confirmation. */
  missing?: boolean | undefined;
}

/**
 * A question as a fieldset. Options come in the server's order, which says nothing of the answer.
 *
 * @example
 * <QuestionFieldset question={{ id: "q9", type: "true_false", prompt: "…" }} number={9} />
 * // <fieldset …><legend>9. …</legend> radios q9-true (Vrai) and q9-false (Faux)</fieldset>
 */
export function QuestionFieldset({
  question,
  number,
  value,
  disabled,
  missing,
}: QuestionFieldsetProps) {
  return (
    <fieldset
      class={missing ? "question question-missing" : "question"}
      id={`question-${question.id}`}
      data-question-id={question.id}
      data-type={question.type}
      disabled={disabled}
    >
      <legend>
        <span class="question-number">{number}.</span>{" "}
        <span class="question-prompt">{question.prompt}</span>
        {missing ? <span class="missing-note"> (sans réponse)</span> : null}
      </legend>
      {question.type === "short_answer" ? (
        <div class="answer-field">
          <label for={question.id}>Votre réponse</label>
          <input
            type="text"
            id={question.id}
            name={question.id}
            value={value}
            maxlength={MAX_ANSWER_LENGTH}
            autocomplete="off"
            spellcheck={false}
          />
        </div>
      ) : (
        <div class="options">
          {choices(question).map((choice) => {
            const id = `${question.id}-${choice.value}`;
            return (
              <div class="option">
                <input
                  type="radio"
                  id={id}
                  name={question.id}
                  value={choice.value}
                  checked={value === choice.value}
                />
                <label for={id}>{choice.label}</label>
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}

/** The radio buttons of a question: its options, or Vrai / Faux. */
function choices(question: StudentQuestion): { value: string; label: string }[] {
  if (question.type === "true_false") {
    return [
      { value: "true", label: "Vrai" },
      { value: "false", label: "Faux" },
    ];
  }
  return (question.options ?? []).map((option) => ({ value: option.id, label: option.text }));
}
