/**
 * @module
 * The evaluation results as a markdown report for people, and as a short summary for the
 * terminal.
 */
import type { AnswerKind } from "../../src/core/quiz/quiz";
import { HUMAN_ANSWER_KINDS } from "./classify-answer";
import type { ArticleResult } from "./corpus-eval";
import { DEFECT_CHECKS } from "./find-defects";
import { F1_THRESHOLD, PIAF_QUESTION_COUNT, type PiafResult, type Score } from "./piaf-eval";

export interface EvalResults {
  corpus: ArticleResult[];
  /** Absent when PIAF was skipped. */
  piaf?: PiafResult;
  /** PIAF paragraphs sampled by `--limit`, if any. */
  limit?: number;
  runtimeMs: number;
  date: string;
}

const FACT_KINDS: AnswerKind[] = [
  "person",
  "organisation",
  "place",
  "date",
  "number",
  "role",
  "phrase",
];

/** The full markdown report. */
export function renderReport(results: EvalResults): string {
  const lines: string[] = [
    "# Generator evaluation",
    "",
    `Produced by \`npm run eval\` (\`npx tsx test/eval/run-eval.ts\`) on ${results.date}` +
      `${results.limit === undefined ? "" : `, PIAF limited to ${results.limit} paragraphs`}` +
      ` in ${(results.runtimeMs / 1000).toFixed(1)} s.`,
    "",
    "## Summary",
    "",
    ...summaryLines(results).map((line) => `- ${line}`),
    "",
    ...corpusSection(results.corpus),
    ...(results.piaf ? piafSection(results.piaf) : []),
  ];
  return `${lines.join("\n")}\n`;
}

/** The few lines printed to the terminal (also the report's summary). */
export function summaryLines(results: EvalResults): string[] {
  const { corpus, piaf } = results;
  const facts = corpus.flatMap((article) => article.facts);
  const lines = [
    `Corpus: ${corpus.length} articles, ${sum(corpus, (a) => a.questionsAt10)} questions at 10, ` +
      `${sum(corpus, (a) => a.questionsAt20)} at 20; facts asked ` +
      `${ratio(facts.filter((f) => f.askedAt10).length, facts.length)} at 10, ` +
      `${ratio(facts.filter((f) => f.askedAt20).length, facts.length)} at 20 ` +
      `(of ${facts.length}), ${ratio(facts.filter((f) => f.askedExactlyAt20).length, facts.length)} ` +
      `at 20 with equal answers only; ${defectCount(corpus)} defects` +
      `${corpus.some((a) => a.error) ? `; ${corpus.filter((a) => a.error).length} generator errors` : ""}.`,
  ];
  if (piaf) {
    const perParagraph = (n: number) => (n / Math.max(1, piaf.paragraphs)).toFixed(1);
    const [ours, , baseline] = piaf.systems;
    lines.push(
      `PIAF: ${piaf.paragraphs} paragraphs, ${piaf.humanQuestions} human questions; ` +
        `ours ${perParagraph(piaf.generatedQuestions)} questions/paragraph ` +
        `(max ${piaf.maxQuestionsPerParagraph}), ${perParagraph(ours?.candidates ?? 0)} answers/paragraph.`,
    );
    for (const system of [ours, baseline]) {
      if (!system) continue;
      lines.push(
        `PIAF ${system.name}: exact ${ratio(system.overall.exact, system.overall.questions)}, ` +
          `F1≥${F1_THRESHOLD} ${ratio(system.overall.f1Hits, system.overall.questions)}, ` +
          `${perParagraph(system.candidates)} candidates/paragraph.`,
      );
    }
    if (piaf.errors.length > 0)
      lines.push(`PIAF: generator threw on ${piaf.errors.length} paragraphs.`);
  }
  return lines;
}

function corpusSection(corpus: ArticleResult[]): string[] {
  const facts = corpus.flatMap((article) => article.facts);
  const defects = corpus.flatMap((article) =>
    article.defects.map((defect) => ({ ...defect, topic: article.topic })),
  );
  const lines = [
    "## Corpus (test/eval/corpus)",
    "",
    "A fact is asked when a question's right answer (short answer or an accepted form; right " +
      "option) matches the fact's answer or an alternative after `normalizeAnswer`: equal, or one " +
      "contains the other as whole words when both have 4 characters or more. True/false " +
      "questions are not counted.",
    "",
    "“Asked (20, equal)” is the strict variant: normalised answers equal, no containment (a " +
      "truncated name such as « Institut national de recherche » for the Inrae counts as asked " +
      "under the lenient rule only).",
    "",
  ];
  const corpusRows: Cell[][] = corpus.map((article) => {
    const asked10 = article.facts.filter((fact) => fact.askedAt10).length;
    const asked20 = article.facts.filter((fact) => fact.askedAt20).length;
    return [
      article.topic,
      article.title,
      article.characters,
      article.questionsAt10,
      article.questionsAt20,
      article.facts.length,
      ratio(asked10, article.facts.length),
      ratio(asked20, article.facts.length),
      ratio(article.facts.filter((fact) => fact.askedExactlyAt20).length, article.facts.length),
      article.error ? "generator threw" : article.defects.length,
    ];
  });
  corpusRows.push([
    "**total**",
    "",
    sum(corpus, (a) => a.characters),
    sum(corpus, (a) => a.questionsAt10),
    sum(corpus, (a) => a.questionsAt20),
    facts.length,
    ratio(facts.filter((f) => f.askedAt10).length, facts.length),
    ratio(facts.filter((f) => f.askedAt20).length, facts.length),
    ratio(facts.filter((f) => f.askedExactlyAt20).length, facts.length),
    defects.length,
  ]);
  lines.push(
    ...table(
      [
        ["Article", "l"],
        ["Title", "l"],
        ["Chars", "r"],
        ["Questions (10)", "r"],
        ["Questions (20)", "r"],
        ["Facts", "r"],
        ["Asked (10)", "r"],
        ["Asked (20)", "r"],
        ["Asked (20, equal)", "r"],
        ["Defects", "r"],
      ],
      corpusRows,
    ),
    "",
    "### Facts asked, by kind",
    "",
    ...table(
      [
        ["Kind", "l"],
        ["Facts", "r"],
        ["Asked (10)", "r"],
        ["Asked (20)", "r"],
      ],
      FACT_KINDS.map((kind) => facts.filter((fact) => fact.kind === kind))
        .filter((ofKind) => ofKind.length > 0)
        .map((ofKind) => [
          ofKind[0]?.kind ?? "",
          ofKind.length,
          ratio(ofKind.filter((f) => f.askedAt10).length, ofKind.length),
          ratio(ofKind.filter((f) => f.askedAt20).length, ofKind.length),
        ]),
    ),
  );
  lines.push("", "### Facts not asked in the 20-question quiz", "");
  for (const article of corpus) {
    for (const fact of article.facts.filter((f) => !f.askedAt20)) {
      lines.push(`- ${article.topic}: ${fact.fact} — « ${fact.answer} » (${fact.kind})`);
    }
  }

  lines.push(
    "",
    "### Defects",
    "",
    "Checked on both quizzes (10 and 20 questions); ids marked (10) come from the 10-question quiz.",
    "",
    ...table(
      [
        ["Check", "l"],
        ["What it catches", "l"],
        ["Count", "r"],
      ],
      Object.entries(DEFECT_CHECKS).map(([check, description]) => [
        check,
        description,
        defects.filter((d) => d.check === check).length,
      ]),
    ),
  );
  lines.push("");
  // Every gap-fill prompt trips the same ending check: list their ids only.
  const gapFillEndings = defects.filter((defect) => defect.check === "gap-fill-ending");
  if (gapFillEndings.length > 0) {
    lines.push(
      `- \`gap-fill-ending\` (${gapFillEndings.length}): ` +
        gapFillEndings.map((defect) => `${defect.topic} ${defect.questionId}`).join(", "),
    );
  }
  for (const defect of defects.filter((d) => d.check !== "gap-fill-ending")) {
    lines.push(
      `- ${defect.topic} ${defect.questionId} \`${defect.check}\` ${defect.detail} — ${defect.prompt}`,
    );
  }
  for (const article of corpus.filter((a) => a.error)) {
    lines.push(`- ${article.topic}: generator threw: ${article.error?.split("\n")[0]}`);
  }

  lines.push("", "### Generated questions (20-question quiz)", "");
  for (const article of corpus) {
    lines.push(
      `#### ${article.topic}: ${article.title}`,
      "",
      ...table(
        [
          ["Id", "l"],
          ["Type", "l"],
          ["Kind", "l"],
          ["Prompt", "l"],
          ["Answer", "l"],
          ["Other options", "l"],
          ["In 10", "l"],
        ],
        article.questions.map((question) => [
          question.id,
          question.type,
          question.kind,
          question.prompt,
          question.answer,
          question.distractors.join(" · "),
          question.inDefaultQuiz ? "yes" : "",
        ]),
      ),
      "",
    );
  }
  return lines;
}

function piafSection(piaf: PiafResult): string[] {
  const perParagraph = (n: number) => (n / Math.max(1, piaf.paragraphs)).toFixed(1);
  const [ours, oursCanonical, baseline, baselineCanonical] = piaf.systems;
  const lines = [
    "## PIAF answer-candidate recall",
    "",
    `Each PIAF paragraph is given to the generator as an article body (${PIAF_QUESTION_COUNT} ` +
      "questions asked); the right answers of its questions are its candidates. A human question " +
      "is an exact match when a candidate equals a human answer after `normalizeAnswer`, an F1 hit " +
      `when a candidate reaches SQuAD token F1 ≥ ${F1_THRESHOLD} (normalised tokens, articles ` +
      "dropped). “Canonical only” counts the answer shown to students, not the other accepted " +
      "forms; for the baseline, a number with a unit also accepts the bare number.",
    "",
    `${piaf.paragraphs} paragraphs, ${piaf.humanQuestions} human questions; our generator wrote ` +
      `${perParagraph(piaf.generatedQuestions)} questions per paragraph (max ` +
      `${piaf.maxQuestionsPerParagraph}).`,
    "",
    ...table(
      [
        ["System", "l"],
        ["Candidates / paragraph", "r"],
        ["Exact", "r"],
        ["F1 ≥ 0.5", "r"],
        ["Mean F1", "r"],
      ],
      piaf.systems.map((system) => [
        system.name,
        perParagraph(system.candidates),
        ratio(system.overall.exact, system.overall.questions),
        ratio(system.overall.f1Hits, system.overall.questions),
        (system.overall.f1Sum / Math.max(1, system.overall.questions)).toFixed(3),
      ]),
    ),
  ];
  const rates = (score: Score | undefined) => [
    score ? ratio(score.exact, score.questions) : "",
    score ? ratio(score.f1Hits, score.questions) : "",
  ];
  lines.push(
    "",
    "### By kind of human answer (heuristic classification)",
    "",
    ...table(
      [
        ["Kind", "l"],
        ["Human questions", "r"],
        ["Ours exact", "r"],
        ["Ours F1 ≥ 0.5", "r"],
        ["Ours canonical exact", "r"],
        ["Baseline exact", "r"],
        ["Baseline F1 ≥ 0.5", "r"],
        ["Baseline canonical exact", "r"],
      ],
      HUMAN_ANSWER_KINDS.map((kind) => [
        kind,
        piaf.humanKinds[kind],
        ...rates(ours?.byKind[kind]),
        rates(oursCanonical?.byKind[kind])[0] ?? "",
        ...rates(baseline?.byKind[kind]),
        rates(baselineCanonical?.byKind[kind])[0] ?? "",
      ]),
    ),
    "",
    "### What our generator wrote on PIAF",
    "",
    `By type: ${formatCounts(piaf.generatedByType)}. By kind: ${formatCounts(piaf.generatedByKind)}.`,
    "",
  );
  if (piaf.errors.length > 0) {
    lines.push("### Generator errors", "", ...piaf.errors.map((error) => `- ${error}`), "");
  }
  return lines;
}

/** All defects, and how many are not gap-fill endings. */
function defectCount(corpus: ArticleResult[]): string {
  const defects = corpus.flatMap((article) => article.defects);
  const gapFill = defects.filter((defect) => defect.check === "gap-fill-ending").length;
  return `${defects.length} (${defects.length - gapFill} without the ${gapFill} gap-fill endings)`;
}

type Cell = string | number;

/** A markdown table; `r` columns are right-aligned. */
function table(columns: [title: string, align: "l" | "r"][], rows: Cell[][]): string[] {
  const line = (cells: Cell[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  const rule = `|${columns.map(([, align]) => (align === "r" ? "--:" : "---")).join("|")}|`;
  return [line(columns.map(([title]) => title)), rule, ...rows.map(line)];
}

function escapeCell(cell: Cell): string {
  return String(cell)
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`;
}

function sum<T>(items: T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key} ${count}`)
    .join(", ");
}
