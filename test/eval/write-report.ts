/**
 * @module
 * The evaluation results as a markdown report for people, and as a short summary for the
 * terminal.
 */
import type { AnswerKind } from "../../src/core/quiz/quiz";
import { HUMAN_ANSWER_KINDS } from "./classify-answer";
import { type ArticleResult, DEFAULT_KEY_FACTS } from "./corpus-eval";
import { DEFECT_CHECKS } from "./find-defects";
import { type Grading, gradeSummary, renderGradings } from "./grades";
import { F1_THRESHOLD, PIAF_QUESTION_COUNT, type PiafResult, type Score } from "./piaf-eval";
import { emptyFormCounts, QUESTION_FORMS, type QuizMetrics } from "./quiz-metrics";

/** One set of articles: `dev` (tuned on) or `held-out` (measured, never tuned on). */
export interface CorpusSet {
  name: "dev" | "held-out";
  /** The folder, relative to the repository (`test/eval/corpus`). */
  dir: string;
  articles: ArticleResult[];
}

export interface EvalResults {
  sets: CorpusSet[];
  /** Blind gradings of the held-out set, newest first. */
  gradings: Grading[];
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
    ...quizLevelSection(results.sets),
    "## Blind gradings (held-out, 10 questions)",
    "",
    ...renderGradings(
      results.gradings,
      results.sets.find((set) => set.name === "held-out")?.articles ?? [],
    ),
    ...results.sets.flatMap(corpusSection),
    ...(results.piaf ? piafSection(results.piaf) : []),
  ];
  return `${lines.join("\n")}\n`;
}

/** The few lines printed to the terminal (also the report's summary): dev and held-out side by side. */
export function summaryLines(results: EvalResults): string[] {
  const { sets, piaf } = results;
  const totals = sets.map((set) => ({ name: set.name, totals: setTotals(set.articles) }));
  const sideBySide = (value: (t: SetTotals) => string) =>
    totals.map(({ name, totals: t }) => `${name} ${value(t)}`).join(" · ");
  const atBoth = (value: (m: QuizMetrics) => number, whole: (m: QuizMetrics) => number) =>
    sideBySide(
      (t) => `${ratio(value(t.at10), whole(t.at10))} / ${ratio(value(t.at20), whole(t.at20))}`,
    );
  const lines = [
    `Articles: ${sideBySide((t) => `${t.articles} (${t.at10.questions} questions at 10, ${t.at20.questions} at 20)`)}.`,
    `Key facts asked at 10 / 20 (target on held-out ≥ 70 % / ≥ 90 %): ${sideBySide(
      (t) =>
        `${ratio(t.keyAsked10, t.keyFacts)} / ${ratio(t.keyAsked20, t.keyFacts)} (of ${t.keyFacts})`,
    )}.`,
    `All facts asked at 10 / 20: ${sideBySide(
      (t) => `${ratio(t.asked10, t.facts)} / ${ratio(t.asked20, t.facts)} (of ${t.facts})`,
    )}.`,
    `Gap-fills at 10 / 20 (target ≤ 30 %): ${atBoth(
      (m) => m.gapFills,
      (m) => m.questions,
    )}.`,
    `Give-aways at 10 / 20 (target 0): ${sideBySide((t) => `${t.at10.giveAways.length} / ${t.at20.giveAways.length}`)}.`,
    `At 10, same answer twice / > 2 from one sentence / copied true statements: ${sideBySide(
      (t) =>
        `${t.at10.repeatedAnswers.length} / ${t.at10.crowdedSentences.length} / ${t.at10.copiedTrueStatements.length}`,
    )}.`,
    `Automatic defects (both quizzes): ${sideBySide((t) => String(t.defects))}` +
      `${sets.some((set) => set.articles.some((a) => a.error)) ? "; the generator threw on some articles" : ""}.`,
  ];
  const [latest] = results.gradings;
  lines.push(
    latest
      ? `Blind grading « ${latest.label} » (${latest.date}): ${gradeSummary(latest.grades)}.`
      : "Blind grading: none yet.",
  );
  if (piaf) {
    const perParagraph = (n: number) => (n / Math.max(1, piaf.paragraphs)).toFixed(1);
    const [ours, , baseline, , withAlternatives] = piaf.systems;
    lines.push(
      `PIAF: ${piaf.paragraphs} paragraphs, ${piaf.humanQuestions} human questions; ` +
        `ours ${perParagraph(piaf.generatedQuestions)} questions/paragraph ` +
        `(max ${piaf.maxQuestionsPerParagraph}).`,
    );
    for (const [label, system] of [
      [`ours, the ${PIAF_QUESTION_COUNT}-question quiz`, ours],
      ["ours, the quiz and its alternatives", withAlternatives],
      ["baseline", baseline],
    ] as const) {
      if (!system) continue;
      lines.push(
        `PIAF ${label}: exact ${ratio(system.overall.exact, system.overall.questions)}, ` +
          `F1≥${F1_THRESHOLD} ${ratio(system.overall.f1Hits, system.overall.questions)}, ` +
          `${perParagraph(system.candidates)} candidates/paragraph.`,
      );
    }
    if (piaf.errors.length > 0)
      lines.push(`PIAF: generator threw on ${piaf.errors.length} paragraphs.`);
  }
  return lines;
}

/** A set's figures, summed over its articles. */
interface SetTotals {
  articles: number;
  facts: number;
  keyFacts: number;
  asked10: number;
  asked20: number;
  keyAsked10: number;
  keyAsked20: number;
  /** Key facts the headline or caption prints (WEAK when asked, under the grading brief). */
  keyInHeadline: number;
  keyAskedBeyondHeadline10: number;
  keyAskedBeyondHeadline20: number;
  defects: number;
  at10: QuizMetrics;
  at20: QuizMetrics;
}

function setTotals(articles: ArticleResult[]): SetTotals {
  const facts = articles.flatMap((article) => article.facts);
  const key = facts.filter((fact) => fact.key);
  return {
    articles: articles.length,
    facts: facts.length,
    keyFacts: key.length,
    asked10: facts.filter((fact) => fact.askedAt10).length,
    asked20: facts.filter((fact) => fact.askedAt20).length,
    keyAsked10: key.filter((fact) => fact.askedAt10).length,
    keyAsked20: key.filter((fact) => fact.askedAt20).length,
    keyInHeadline: key.filter((fact) => fact.inHeadline).length,
    keyAskedBeyondHeadline10: key.filter((fact) => !fact.inHeadline && fact.askedAt10).length,
    keyAskedBeyondHeadline20: key.filter((fact) => !fact.inHeadline && fact.askedAt20).length,
    defects: sum(articles, (article) => article.defects.length),
    at10: sumMetrics(articles.map((article) => article.metrics10)),
    at20: sumMetrics(articles.map((article) => article.metrics20)),
  };
}

function sumMetrics(all: (QuizMetrics | undefined)[]): QuizMetrics {
  const total: QuizMetrics = {
    questions: 0,
    gapFills: 0,
    byForm: emptyFormCounts(),
    giveAways: [],
    repeatedAnswers: [],
    crowdedSentences: [],
    copiedTrueStatements: [],
  };
  for (const metrics of all) {
    if (!metrics) continue;
    total.questions += metrics.questions;
    total.gapFills += metrics.gapFills;
    for (const form of QUESTION_FORMS) total.byForm[form] += metrics.byForm[form];
    total.giveAways.push(...metrics.giveAways);
    total.repeatedAnswers.push(...metrics.repeatedAnswers);
    total.crowdedSentences.push(...metrics.crowdedSentences);
    total.copiedTrueStatements.push(...metrics.copiedTrueStatements);
  }
  return total;
}

/** The issue's quiz-level targets, dev and held-out side by side, at 10 and 20 questions. */
function quizLevelSection(sets: CorpusSet[]): string[] {
  const columns = sets.flatMap((set) => {
    const totals = setTotals(set.articles);
    return [
      { title: `${set.name} (10)`, totals, metrics: totals.at10, at: 10 },
      { title: `${set.name} (20)`, totals, metrics: totals.at20, at: 20 },
    ];
  });
  const row = (label: string, cell: (c: (typeof columns)[number]) => Cell): Cell[] => [
    label,
    ...columns.map(cell),
  ];
  const defaulted = sets.flatMap((set) =>
    set.articles.filter((article) => article.keyDefaulted).map((article) => article.topic),
  );
  return [
    "## Quiz-level measures (issue 10 targets)",
    "",
    "Targets, on the held-out set: key facts asked ≥ 70 % at 10 and ≥ 90 % at 20; gap-fills " +
      "≤ 30 %; no give-away. A question's form comes from its prompt's first words (`Qui est le…` " +
      "and `Quelle fonction…` are role questions). A give-away is a question whose right answer " +
      "(or an accepted form; not a bare 1–2 digit number) stands as whole words in another " +
      "question's prompt or true/false statement of the same quiz. A copied true statement is a " +
      "true/false question keyed true whose statement (5 words or more) stands word for word in " +
      "the article.",
    "",
    defaulted.length > 0
      ? `Facts files without \`key\` flags (${defaulted.join(", ")}): their first ` +
        `${DEFAULT_KEY_FACTS} facts count as key.`
      : "Every facts file flags its key facts.",
    "",
    ...table(
      [["Measure", "l"], ...columns.map((c) => [c.title, "r"] as [string, "r"])],
      [
        row("Articles", (c) => c.totals.articles),
        row("Questions", (c) => c.metrics.questions),
        row("Facts asked", (c) =>
          ratio(c.at === 10 ? c.totals.asked10 : c.totals.asked20, c.totals.facts),
        ),
        row("**Key facts asked**", (c) =>
          ratio(c.at === 10 ? c.totals.keyAsked10 : c.totals.keyAsked20, c.totals.keyFacts),
        ),
        row("Key facts the headline or caption prints", (c) =>
          ratio(c.totals.keyInHeadline, c.totals.keyFacts),
        ),
        row("Key facts asked, of those it does not print", (c) =>
          ratio(
            c.at === 10 ? c.totals.keyAskedBeyondHeadline10 : c.totals.keyAskedBeyondHeadline20,
            c.totals.keyFacts - c.totals.keyInHeadline,
          ),
        ),
        row("Gap-fills (« Complétez »)", (c) => ratio(c.metrics.gapFills, c.metrics.questions)),
        ...QUESTION_FORMS.map((form) => row(`form: ${form}`, (c) => c.metrics.byForm[form])),
        row("**Give-aways**", (c) => c.metrics.giveAways.length),
        row("Same answer twice", (c) => c.metrics.repeatedAnswers.length),
        row("Questions beyond 2 from one sentence", (c) => c.metrics.crowdedSentences.length),
        row("Copied true statements", (c) => c.metrics.copiedTrueStatements.length),
      ],
    ),
    "",
  ];
}

function corpusSection(set: CorpusSet): string[] {
  const corpus = set.articles;
  const facts = corpus.flatMap((article) => article.facts);
  const defects = corpus.flatMap((article) =>
    article.defects.map((defect) => ({ ...defect, topic: article.topic })),
  );
  const lines = [
    `## ${set.name === "dev" ? "Dev set (tuned on)" : "Held-out set (measured, never tuned on)"}: ${set.dir}`,
    "",
    "A fact is asked when a question's right answer (short answer or an accepted form; right " +
      "option) matches the fact's answer or an alternative after `normaliseAnswer`: equal, or one " +
      "contains the other as whole words when both have 4 characters or more. True/false " +
      "questions are not counted.",
    "",
    "“Asked (20, equal)” is the strict variant: normalised answers equal, no containment (a " +
      "truncated name such as « Institut national de recherche » for the Inrae counts as asked " +
      "under the lenient rule only). “Key” counts the key facts (* : the file has no `key` " +
      `flags, its first ${DEFAULT_KEY_FACTS} facts count).`,
    "",
  ];
  const corpusRows: Cell[][] = corpus.map((article) => {
    const asked10 = article.facts.filter((fact) => fact.askedAt10).length;
    const asked20 = article.facts.filter((fact) => fact.askedAt20).length;
    const key = article.facts.filter((fact) => fact.key);
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
      `${key.length}${article.keyDefaulted ? "*" : ""}`,
      ratio(key.filter((fact) => fact.askedAt10).length, key.length),
      ratio(key.filter((fact) => fact.askedAt20).length, key.length),
      article.error ? "generator threw" : article.defects.length,
    ];
  });
  const keyFacts = facts.filter((fact) => fact.key);
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
    keyFacts.length,
    ratio(keyFacts.filter((f) => f.askedAt10).length, keyFacts.length),
    ratio(keyFacts.filter((f) => f.askedAt20).length, keyFacts.length),
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
        ["Key", "r"],
        ["Key asked (10)", "r"],
        ["Key asked (20)", "r"],
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
      lines.push(
        `- ${article.topic}: ${fact.fact} — « ${fact.answer} » (${fact.kind}${fact.key ? ", key" : ""})`,
      );
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
      "is an exact match when a candidate equals a human answer after `normaliseAnswer`, an F1 hit " +
      `when a candidate reaches SQuAD token F1 ≥ ${F1_THRESHOLD} (normalised tokens, articles ` +
      "dropped). “Canonical only” counts the answer shown to students, not the other accepted " +
      "forms; for the baseline, a number with a unit also accepts the bare number. “Ours + " +
      "alternatives” also counts the answers of `generateQuizDraft(...).alternatives`: the " +
      "quiz-level rules (one question per answer, ≤ 2 per sentence, ≤ 30 % gap-fills) leave " +
      "fewer questions per paragraph than the generator found.",
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
