/**
 * @module
 * Blind grades of held-out quizzes (`test/eval/grades/<date>-<label>.json`): reading them, and
 * rendering each grading as tables by question form and by cause.
 */
import * as v from "valibot";
import type { ArticleResult } from "./corpus-eval";
import { QUESTION_FORMS, questionForm } from "./quiz-metrics";

export const VERDICTS = ["GOOD", "WEAK", "DEFECT"] as const;
export type Verdict = (typeof VERDICTS)[number];

const GradeSchema = v.object({
  article: v.pipe(v.string(), v.minLength(1)),
  question: v.pipe(v.string(), v.minLength(1)),
  verdict: v.picklist(VERDICTS),
  cause: v.optional(v.string()),
  /** The prompt as graded, if the grader copied it: tells a grade of a question since changed. */
  prompt: v.optional(v.string()),
});
const GradesSchema = v.array(GradeSchema);

export type Grade = v.InferOutput<typeof GradeSchema>;

export interface Grading {
  date: string;
  label: string;
  file: string;
  grades: Grade[];
}

const FILE_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.json$/u;

/**
 * One grades file, from its name (`<YYYY-MM-DD>-<label>.json`) and its parsed JSON. Throws,
 * naming the file and the first problem, when either is wrong.
 *
 * @example
 * parseGrading("2026-12-01-reviewer-a.json", [{ article: "x", question: "q1", verdict: "GOOD" }]);
 * // { date: "2026-12-01", label: "reviewer-a", file: "2026-12-01-reviewer-a.json", grades: [...] }
 */
export function parseGrading(file: string, json: unknown): Grading {
  const name = FILE_NAME.exec(file);
  if (!name) throw new Error(`${file}: name it <YYYY-MM-DD>-<label>.json`);
  const parsed = v.safeParse(GradesSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((item) => String(item.key)).join(".") ?? "";
    throw new Error(
      `${file}: ${path ? `${path}: ` : ""}${issue?.message ?? "invalid"}; expected ` +
        '[{ "article", "question", "verdict": "GOOD"|"WEAK"|"DEFECT", "cause"? }]',
    );
  }
  return { date: name[1] ?? "", label: name[2] ?? "", file, grades: parsed.output };
}

/** Newest first: by date, then by label (numbers in labels compared as numbers). */
export function byDateDescending(a: Grading, b: Grading): number {
  // Same day: the later label (round-2 after round-1) first too; a paired round's "start" side
  // graded the older generator, so its "final" side comes first.
  const order = (label: string) => label.replace("-start-", "-0-");
  return (
    b.date.localeCompare(a.date) ||
    order(b.label).localeCompare(order(a.label), "en", { numeric: true })
  );
}

/** Where a grade's question is not in the current quiz, or its prompt changed since grading. */
const UNMATCHED = "(not in the current quiz)";
const CHANGED = "(changed since grading)";

/**
 * One section per grading: verdicts by question form, by cause, and in total. Grades are matched
 * to the current held-out 10-question quizzes by article slug and question id.
 */
export function renderGradings(gradings: Grading[], heldOut: ArticleResult[]): string[] {
  if (gradings.length === 0) {
    return [
      "No grading yet: `npm run eval -- --grading-sheet FILE` writes the sheet; grades go to " +
        "`test/eval/grades/<date>-<label>.json`.",
      "",
    ];
  }
  const questions = new Map(
    heldOut.flatMap((article) =>
      article.quiz10.map((question) => [`${article.topic}\u0000${question.id}`, question] as const),
    ),
  );
  return gradings.flatMap((grading) => {
    const byForm = new Map<string, Grade[]>();
    for (const grade of grading.grades) {
      const question = questions.get(`${grade.article}\u0000${grade.question}`);
      const form = !question
        ? UNMATCHED
        : grade.prompt !== undefined && grade.prompt !== question.prompt
          ? CHANGED
          : questionForm(question);
      byForm.set(form, [...(byForm.get(form) ?? []), grade]);
    }
    const byCause = new Map<string, Grade[]>();
    for (const grade of grading.grades.filter((g) => g.verdict !== "GOOD")) {
      const cause = grade.cause?.trim() || "(no cause given)";
      byCause.set(cause, [...(byCause.get(cause) ?? []), grade]);
    }
    const formOrder = [...QUESTION_FORMS, CHANGED, UNMATCHED];
    const formRows = formOrder
      .filter((form) => byForm.has(form))
      .map((form) => [form, ...verdictCells(byForm.get(form) ?? [])]);
    const causeRows = [...byCause.entries()]
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
      .map(([cause, grades]) => [
        cause,
        ...VERDICTS.slice(1).map((verdict) => count(grades, verdict)),
        grades.length,
      ]);
    return [
      `### Grading « ${grading.label} » (${grading.date}, \`grades/${grading.file}\`)`,
      "",
      `Total: ${gradeSummary(grading.grades)} (targets: ≥ 80 % GOOD, ≤ 3 % DEFECT).`,
      "",
      "| Form | GOOD | WEAK | DEFECT | Questions |",
      "|---|--:|--:|--:|--:|",
      ...formRows.map((row) => `| ${row.join(" | ")} |`),
      `| **total** | ${verdictCells(grading.grades).join(" | ")} |`,
      "",
      "| Cause (WEAK and DEFECT) | WEAK | DEFECT | Questions |",
      "|---|--:|--:|--:|",
      ...causeRows.map(
        (row) => `| ${row.map((cell) => String(cell).replace(/\|/g, "\\|")).join(" | ")} |`,
      ),
      "",
    ];
  });
}

/**
 * `GOOD 44 %, WEAK 32 %, DEFECT 24 % of 120 questions`.
 *
 * @example
 * gradeSummary(grading.grades);
 */
export function gradeSummary(grades: Grade[]): string {
  const share = (verdict: Verdict) =>
    grades.length === 0 ? "–" : `${((100 * count(grades, verdict)) / grades.length).toFixed(1)} %`;
  return `${VERDICTS.map((verdict) => `${verdict} ${share(verdict)}`).join(", ")} of ${grades.length} questions`;
}

/** GOOD, WEAK and DEFECT as `count (percent)`, then the number of grades. */
function verdictCells(grades: Grade[]): string[] {
  return [
    ...VERDICTS.map((verdict) => {
      const n = count(grades, verdict);
      return `${n} (${grades.length === 0 ? 0 : ((100 * n) / grades.length).toFixed(0)} %)`;
    }),
    String(grades.length),
  ];
}

function count(grades: Grade[], verdict: Verdict): number {
  return grades.filter((grade) => grade.verdict === verdict).length;
}
