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
 * Every text is marked `[plain]`: shown as written, where Moodle's default format would read `<`
 * or `&` in a prompt as HTML; and a text of its own that begins with `[html]`, `[markdown]`,
 * `[moodle]` or `[plain]` is not read as a format marker, since the importer only reads the
 * first one (`parse_text_with_format`).
 */
function plainText(text: string): string {
  return `[plain]${escapeGift(text)}`;
}

/**
 * The evidence as general feedback: last in the braces, behind `####` (the importer takes the
 * last `####`, and an escaped text holds no `#` of its own).
 */
function generalFeedback(question: Question): string {
  return `####${plainText(question.evidence.text)}`;
}

/**
 * Every answer carries its weight, as Moodle's exporter writes them, so that a text beginning
 * `%50%` is text: `=%100%` before each short answer (the importer reads a leading `%n%` as the
 * weight), `~%0%` before a wrong option (same), `=` alone before the right option (nothing after
 * it is read as a weight).
 */
function answers(question: Question): string {
  const feedback = generalFeedback(question);
  switch (question.type) {
    case "true_false":
      return `{${question.answer ? "TRUE" : "FALSE"}${feedback}}`;
    case "single_choice": {
      const options = question.options.map(
        (option) => `\t${option.id === question.answer ? "=" : "~%0%"}${plainText(option.text)}`,
      );
      return `{\n${options.join("\n")}\n\t${feedback}\n}`;
    }
    case "short_answer": {
      // A form holding `->` is not representable: with the `=` before it, Moodle's importer
      // reads the question as a matching one, and GIFT has no escape for `-` or `>`. Moodle's
      // own exporter writes it the same way; no article answer has one.
      const forms = acceptedForms(question).map(
        (form) => `\t=%100%[plain]${escapeShortAnswer(form)}`,
      );
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
 * accepted answer at 100 % (`=%100%`), the right option (`=`) among the wrong ones (`~%0%`), or
 * `{TRUE}` / `{FALSE}`, and the evidence sentence as general feedback (`####`, last inside the
 * braces); every text marked `[plain]`.
 *
 * Not representable: a short answer containing `->` (Moodle reads a matching question).
 *
 * @example
 * toGift(quiz);
 * // "$CATEGORY: Ardoise/Un ministre à Rabat\n\n::Article::[plain]Un ministre…\n\n
 * //  ::Q1::[plain]Qui est ministre ?{\n\t=%100%[plain]Jan Jambon\n\t=%100%[plain]Jambon\n
 * //  \t####[plain]Jan Jambon est ministre.\n}\n…"
 */
export function toGift(quiz: Quiz): string {
  const { title, paragraphs } = quiz.article;
  const article = `::Article::${plainText([title, ...paragraphs].join("\n\n"))}`;
  const questions = quiz.questions.map(
    (question) =>
      `::${escapeGift(question.id.toUpperCase())}::${plainText(question.prompt)}${answers(question)}`,
  );
  return `${[categoryLine(quiz.title), article, ...questions].join("\n\n")}\n`;
}
