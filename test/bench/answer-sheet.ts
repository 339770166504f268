/**
 * @module
 * A full answer sheet such as a student hands in, for the marking benchmark and the
 * submission load test alike.
 */

/** What the sheet needs of a question: the answer key (a `Question` or a key-view question). */
export interface KeyedQuestion {
  id: string;
  type: "single_choice" | "true_false" | "short_answer";
  answer: string | boolean;
  options?: readonly { id: string }[];
}

/**
 * Every question answered: the 1st, 3rd… right; the 2nd, 4th… as a student who got it wrong
 * (another option, the opposite truth value) or misspelt it (two letters swapped, which the
 * fuzzy matching has to look at).
 *
 * @example
 * answerSheet(quiz.questions); // { q1: "b", q2: false, q3: "Jan Jambon", q4: "Chrales Michel" }
 */
export function answerSheet(questions: readonly KeyedQuestion[]): Record<string, string | boolean> {
  const sheet: Record<string, string | boolean> = {};
  questions.forEach((question, index) => {
    const right = index % 2 === 0;
    if (question.type === "true_false") {
      sheet[question.id] = right ? question.answer === true : question.answer !== true;
    } else if (question.type === "single_choice") {
      const wrong = question.options?.find((option) => option.id !== question.answer)?.id;
      sheet[question.id] = right ? String(question.answer) : (wrong ?? String(question.answer));
    } else {
      const text = String(question.answer);
      sheet[question.id] = right ? text : swapMiddleLetters(text);
    }
  });
  return sheet;
}

function swapMiddleLetters(text: string): string {
  if (text.length < 4) return `${text}x`;
  const i = Math.floor(text.length / 2);
  return text.slice(0, i - 1) + text.charAt(i) + text.charAt(i - 1) + text.slice(i + 1);
}
