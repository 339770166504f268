/**
 * @module
 * A quiz as Moodle XML (question/format/xml), the richest format Moodle imports: the article as
 * a description, then a multichoice, truefalse or shortanswer question per question.
 */
import type { Question, Quiz } from "../quiz/quiz";
import { acceptedForms } from "./accepted-forms";
import { escapeXml, toCdata } from "./escape-xml";
import { toMoodleCategoryPath } from "./moodle-category-path";

/**
 * HTML for a `format="html"` field, in CDATA as Moodle writes it. The text in it is
 * HTML-escaped, so `>` never survives to end the section early; `toCdata` splits one anyway.
 */
function html(markup: string): string {
  return `<text>${toCdata(markup)}</text>`;
}

/** Plain text as an HTML paragraph, its line breaks kept. */
function paragraph(text: string): string {
  return `<p>${escapeXml(text).replace(/\r\n?|\n/g, "<br>")}</p>`;
}

/** The characters Moodle's exporter (`xml_escape`) sees as needing CDATA: htmlspecialchars'. */
const NEEDS_CDATA = /[&<>"']/;

/**
 * Plain text for a field Moodle compares as typed (names, short answers, the category).
 * Moodle's reader (`xmlize`) drops every whitespace-only piece of text between two entities, so
 * `Tom &amp; &apos;Jerry&apos;` would come back as `Tom &'Jerry'`: text holding `& < > " '` goes
 * in CDATA, as Moodle's own exporter writes it; any other text has nothing to escape.
 */
function plain(text: string): string {
  return `<text>${NEEDS_CDATA.test(text) ? toCdata(text) : escapeXml(text)}</text>`;
}

/** Moodle's shortanswer reads `*` as a wildcard; `\*` is a literal asterisk. */
function literalShortAnswer(text: string): string {
  return text.replaceAll("*", "\\*");
}

/** `fraction` takes values from Moodle's list of grades only; 100 and 0 are on it. */
function answer(fraction: 100 | 0, text: string, format: "html" | "moodle_auto_format"): string {
  return [
    `    <answer fraction="${fraction}" format="${format}">`,
    `      ${text}`,
    `      <feedback format="html"><text></text></feedback>`,
    "    </answer>",
  ].join("\n");
}

function header(type: string, name: string, questionHtml: string, feedbackHtml: string): string[] {
  return [
    `  <question type="${type}">`,
    `    <name>${plain(name)}</name>`,
    `    <questiontext format="html">${html(questionHtml)}</questiontext>`,
    `    <generalfeedback format="html">${html(feedbackHtml)}</generalfeedback>`,
  ];
}

function question(q: Question): string {
  const lines = header(
    q.type === "single_choice"
      ? "multichoice"
      : q.type === "true_false"
        ? "truefalse"
        : "shortanswer",
    q.id.toUpperCase(),
    paragraph(q.prompt),
    paragraph(q.evidence.text),
  );
  lines.push("    <defaultgrade>1</defaultgrade>", "    <hidden>0</hidden>");
  switch (q.type) {
    case "single_choice":
      lines.push(
        "    <penalty>0.3333333</penalty>",
        "    <single>true</single>",
        "    <shuffleanswers>true</shuffleanswers>",
        "    <answernumbering>abc</answernumbering>",
        "    <showstandardinstruction>0</showstandardinstruction>",
        ...q.options.map((option) =>
          answer(option.id === q.answer ? 100 : 0, html(escapeXml(option.text)), "html"),
        ),
      );
      break;
    case "true_false":
      // Moodle reads the answer whose text is `true` first, then `false`.
      lines.push(
        "    <penalty>1</penalty>",
        answer(q.answer ? 100 : 0, plain("true"), "moodle_auto_format"),
        answer(q.answer ? 0 : 100, plain("false"), "moodle_auto_format"),
      );
      break;
    case "short_answer":
      lines.push(
        "    <penalty>0.3333333</penalty>",
        // 0: case does not matter, as when Ardoise marks.
        "    <usecase>0</usecase>",
        ...acceptedForms(q).map((form) =>
          answer(100, plain(literalShortAnswer(form)), "moodle_auto_format"),
        ),
      );
      break;
  }
  lines.push("  </question>");
  return lines.join("\n");
}

function article(quiz: Quiz): string {
  const { title, paragraphs } = quiz.article;
  const body = `<h2>${escapeXml(title)}</h2>${paragraphs.map(paragraph).join("")}`;
  return [
    ...header("description", "Article", body, ""),
    "    <defaultgrade>0</defaultgrade>",
    "    <penalty>0</penalty>",
    "    <hidden>0</hidden>",
    "  </question>",
  ].join("\n");
}

/**
 * The quiz as a Moodle XML document: a category question (`Ardoise/<title>`), the article as a
 * description, then each question named after its id (`Q1`), its text and the evidence
 * (general feedback) as HTML in CDATA, right answers at fraction 100 and wrong ones at 0.
 * Multiple-choice questions take one answer and shuffle; short answers ignore case.
 *
 * @example
 * toMoodleXml(quiz);
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <question type="category">…'
 */
export function toMoodleXml(quiz: Quiz): string {
  const category = [
    '  <question type="category">',
    `    <category>${plain(toMoodleCategoryPath(quiz.title))}</category>`,
    "  </question>",
  ].join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<quiz>",
    category,
    article(quiz),
    ...quiz.questions.map(question),
    "</quiz>",
    "",
  ].join("\n");
}
