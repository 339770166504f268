/**
 * @module
 * A quiz as Moodle GIFT text, written the way Moodle's own GIFT importer reads it
 * (question/format/gift/format.php): the article as a description, then one question per
 * block, blocks separated by blank lines.
 */
import type { Question, Quiz } from "../quiz/quiz";
import { acceptedForms } from "./accepted-forms";
import { toMoodleCategoryPath } from "./moodle-category-path";

/**
 * Escapes free text for GIFT as Moodle's exporter does (`repchar`): the backslash first, then
 * `~ = # { } :`, and line breaks as `\n`. A literal line break would be risky: a blank line
 * ends the question, and a line that starts with `//` is dropped as a comment.
 */
function escapeGift(text: string): string {
  return text
    .replaceAll("\\", "\\\\")
    .replace(/[~=#{}:]/g, (char) => `\\${char}`)
    .replace(/\r\n?|\n/g, "\\n");
}

/**
 * A short answer as Moodle matches it: `*` is a wildcard there, `\*` a literal asterisk.
 * GIFT leaves `\*` alone, so it reaches the question as written.
 */
function escapeShortAnswer(text: string): string {
  return escapeGift(text).replaceAll("*", "\\*");
}

/**
 * Question text is marked `[plain]`: shown as written, where Moodle's default format would read
 * `<` or `&` in a prompt as HTML. Answers and feedback inherit the question's format.
 */
function questionText(text: string): string {
  return `[plain]${escapeGift(text)}`;
}

function answers(question: Question): string {
  const feedback = `####${escapeGift(question.evidence.text)}`;
  switch (question.type) {
    case "true_false":
      return `{${question.answer ? "TRUE" : "FALSE"}${feedback}}`;
    case "single_choice": {
      const options = question.options.map(
        (option) => `\t${option.id === question.answer ? "=" : "~"}${escapeGift(option.text)}`,
      );
      return `{\n${options.join("\n")}\n\t${feedback}\n}`;
    }
    case "short_answer": {
      const forms = acceptedForms(question).map((form) => `\t=${escapeShortAnswer(form)}`);
      return `{\n${forms.join("\n")}\n\t${feedback}\n}`;
    }
  }
}

/** Moodle's importer applies GIFT escapes even on this line but never undoes them there. */
function categoryLine(title: string): string {
  return `$CATEGORY: ${toMoodleCategoryPath(title.replaceAll("\\", ""))}`;
}

/**
 * The quiz in GIFT: a `$CATEGORY:` line (`Ardoise/<title>`), the article as a description
 * (`::Article::`, no answers), then each question named after its id (`::Q1::`) with every
 * accepted answer, the right option (`=`) among the wrong ones (`~`), or `{TRUE}` / `{FALSE}`,
 * and the evidence sentence as general feedback (`####`, last inside the braces).
 *
 * Not representable, so not escaped: a short answer containing `->` (Moodle would read a
 * matching question) or starting with `%n%` (read as a weight). Neither comes from articles.
 *
 * @example
 * toGift(quiz);
 * // "$CATEGORY: Ardoise/Un ministre à Rabat\n\n::Article::[plain]Un ministre…\n\n
 * //  ::Q1::[plain]Qui est ministre ?{\n\t=Jan Jambon\n\t=Jambon\n\t####Jan Jambon est ministre.\n}\n…"
 */
export function toGift(quiz: Quiz): string {
  const { title, paragraphs } = quiz.article;
  const article = `::Article::${questionText([title, ...paragraphs].join("\n\n"))}`;
  const questions = quiz.questions.map(
    (question) =>
      `::${escapeGift(question.id.toUpperCase())}::${questionText(question.prompt)}${answers(question)}`,
  );
  return `${[categoryLine(quiz.title), article, ...questions].join("\n\n")}\n`;
}
