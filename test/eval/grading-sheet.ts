/**
 * @module
 * The blind grading sheet: each held-out article as the student sees it, then its questions with
 * the keyed answer, and nothing that tells how they were made (no template, no defect flag).
 * Every question carries its article slug and id, so that grades come back matched.
 */
import type { Question } from "../../src/core/quiz/quiz";
import type { ArticleResult } from "./corpus-eval";
import { rightAnswer } from "./right-answer";

const TYPE_LABELS: Record<Question["type"], string> = {
  short_answer: "short answer",
  single_choice: "single choice",
  true_false: "true/false",
};

/**
 * The sheet for the 10-question quizzes of `articles`, as Markdown.
 *
 * @example
 * writeFileSync("sheet.md", renderGradingSheet(evaluateCorpus("test/eval/held-out")));
 */
export function renderGradingSheet(articles: ArticleResult[]): string {
  const lines = [
    "# Grading sheet",
    "",
    "For each question: GOOD (grammatical, answerable from the article, keyed answer right, " +
      "worth asking), WEAK (right but trivial or low value) or DEFECT (ungrammatical or garbled, " +
      "wrong or truncated answer, unanswerable or ambiguous, absurd distractors, answer given " +
      "away), and a short cause for WEAK and DEFECT. Return " +
      '`[{ "article": "<slug>", "question": "<id>", "verdict": "GOOD", "cause": "…" }]`.',
    "",
  ];
  for (const result of articles) {
    const { article } = result;
    lines.push(`## Article \`${result.topic}\``, "", `### ${article.title}`, "");
    if (article.caption) lines.push(`*${article.caption}*`, "");
    for (const paragraph of article.paragraphs) lines.push(paragraph, "");
    lines.push(`### Questions (article \`${result.topic}\`)`, "");
    for (const question of result.quiz10) lines.push(...questionLines(question), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function questionLines(question: Question): string[] {
  const lines = [`**${question.id}** (${TYPE_LABELS[question.type]}) ${question.prompt}`];
  if (question.type === "single_choice") {
    lines.push("", ...question.options.map((option) => `- ${option.id}) ${option.text}`));
  }
  const keyed =
    question.type === "true_false"
      ? question.answer
        ? "vrai"
        : "faux"
      : question.type === "single_choice"
        ? `${question.answer}) ${rightAnswer(question)?.canonical ?? ""}`
        : (rightAnswer(question)?.canonical ?? "");
  lines.push("", `Keyed answer: ${keyed}`);
  // A phrase is marked against its accepted wordings (and, for *l'un des points …*, any item of
  // the list): the teacher sees them, so does the grader.
  // So is an organisation's acronym or full name (round 66 graded `PAG` as taking no name).
  if (
    question.type === "short_answer" &&
    (question.kind === "phrase" || question.kind === "organisation")
  ) {
    const others = question.accepted.filter((form) => form !== question.answer);
    if (others.length > 0) lines.push("", `Also accepted: ${others.join(" · ")}`);
  }
  return lines;
}
