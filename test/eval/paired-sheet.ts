/**
 * @module
 * A paired grading sheet: two generators' quizzes on the same held-out articles, side by side
 * (Quiz 1 and Quiz 2, in an order drawn per article and kept in a map the graders never see),
 * so that one grader judges both and the questions they share get the same verdict. Rounds 47
 * and 49 graded one sheet twice and saw GOOD vary threefold between graders: two sheets graded
 * apart could not be compared.
 *
 * `npx tsx test/eval/paired-sheet.ts merge START.md FINAL.md PAIRED.md MAP.json` merges two
 * sheets of `npm run eval -- --grading-sheet`; `… split PAIRED.md MAP.json GRADES.json
 * START.json FINAL.json` turns the grades back into one file a generator, with prompts.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

/** The generator a quiz of the paired sheet comes from. */
export type Side = "start" | "final";
/** Article slug → which side is Quiz 1 and which Quiz 2. */
export type PairMap = Record<string, Record<"1" | "2", Side>>;
/** A grade as graders return it, and as the report reads it (with the prompt). */
export interface Grade {
  article: string;
  question: string;
  verdict: "GOOD" | "WEAK" | "DEFECT";
  cause?: string;
  prompt?: string;
}

const HEADER = `# Grading sheet (two quizzes an article)

Each article below is followed by **two alternative quizzes**, Quiz 1 and Quiz 2, made for it independently (a teacher would hand out one of them). Grade **every question of both quizzes** with GOOD (grammatical, answerable from the article, keyed answer right, worth asking), WEAK (right but trivial or low value) or DEFECT (ungrammatical or garbled, wrong or truncated answer, unanswerable or ambiguous, absurd distractors, answer given away), and a short cause for WEAK and DEFECT. Judge each question on its own merits and give-aways **within its own quiz only**. A question that appears in both quizzes is graded in each. Question ids are \`1-q3\` (Quiz 1, question 3) and \`2-q3\`. Return \`[{ "article": "<slug>", "question": "1-q3", "verdict": "GOOD", "cause": "…" }]\`.

`;

/**
 * A sheet's articles: slug → its whole block, the article's text and its questions block (the
 * whole block on a paired sheet, which has no `### Questions` heading).
 */
function articlesOf(sheet: string): Map<string, { text: string; questions: string }> {
  const parts = sheet.split(/^## Article `([^`]+)`\n/mu);
  const articles = new Map<string, { text: string; questions: string }>();
  for (let index = 1; index < parts.length; index += 2) {
    const slug = parts[index] ?? "";
    const block = parts[index + 1] ?? "";
    const [text = "", questions = block] = block.split(`### Questions (article \`${slug}\`)\n`);
    articles.set(slug, { text, questions });
  }
  return articles;
}

/**
 * Merges the start and final sheets of the same articles.
 *
 * @example
 * const { sheet, map } = mergeSheets(startSheet, finalSheet);
 */
export function mergeSheets(start: string, final: string): { sheet: string; map: PairMap } {
  const before = articlesOf(start);
  const after = articlesOf(final);
  const slugs = [...after.keys()].sort();
  if (slugs.length !== before.size || slugs.some((slug) => !before.has(slug))) {
    throw new Error("the two sheets do not hold the same articles");
  }
  const map: PairMap = {};
  const blocks = slugs.map((slug) => {
    // Drawn from the slug, not from a clock: the same sheets give the same paired sheet.
    const finalFirst =
      Number.parseInt(createHash("sha256").update(slug).digest("hex").slice(-8), 16) % 2 === 0;
    const order: Side[] = finalFirst ? ["final", "start"] : ["start", "final"];
    map[slug] = { "1": order[0] ?? "final", "2": order[1] ?? "start" };
    const quizzes = order.map((side, index) => {
      const questions = (side === "final" ? after : before).get(slug)?.questions ?? "";
      const renamed = questions.replace(/^\*\*q(\d+)\*\*/gmu, `**${index + 1}-q$1**`);
      return `### Quiz ${index + 1} (article \`${slug}\`)\n${renamed.trim() ? renamed : "(no question)\n\n"}`;
    });
    return `## Article \`${slug}\`\n${after.get(slug)?.text ?? ""}${quizzes.join("")}`;
  });
  return { sheet: HEADER + blocks.join(""), map };
}

/**
 * Splits the grades of a paired sheet into the start's and the final's, each with its prompt
 * and its own question ids (`q3`).
 *
 * @example
 * const { start, final } = splitGrades(pairedSheet, map, grades);
 */
export function splitGrades(sheet: string, map: PairMap, grades: Grade[]): Record<Side, Grade[]> {
  const prompts = new Map<string, string>();
  for (const [slug, { questions }] of articlesOf(sheet)) {
    for (const match of questions.matchAll(/^\*\*(\d-q\d+)\*\* \([^)]*\) (.*)$/gmu)) {
      prompts.set(`${slug} ${match[1]}`, match[2] ?? "");
    }
  }
  if (grades.length !== prompts.size) {
    throw new Error(`${grades.length} grades for ${prompts.size} questions`);
  }
  const sides: Record<Side, Grade[]> = { start: [], final: [] };
  for (const grade of grades) {
    const [quiz = "", question = ""] = grade.question.split("-");
    const side = map[grade.article]?.[quiz as "1" | "2"];
    const prompt = prompts.get(`${grade.article} ${grade.question}`);
    if (!side || prompt === undefined) throw new Error(`no ${grade.question} in ${grade.article}`);
    sides[side].push({ ...grade, question, prompt });
  }
  const order = (a: Grade, b: Grade) =>
    a.article.localeCompare(b.article) || Number(a.question.slice(1)) - Number(b.question.slice(1));
  return { start: sides.start.sort(order), final: sides.final.sort(order) };
}

if (process.argv[1]?.endsWith("paired-sheet.ts")) {
  const [command, ...paths] = process.argv.slice(2);
  const read = (path = "") => readFileSync(path, "utf8");
  if (command === "merge") {
    const [start, final, out, mapPath] = paths;
    const { sheet, map } = mergeSheets(read(start), read(final));
    writeFileSync(out ?? "", sheet);
    writeFileSync(mapPath ?? "", `${JSON.stringify(map, null, 1)}\n`);
  } else if (command === "split") {
    const [sheet, mapPath, gradesPath, outStart, outFinal] = paths;
    const sides = splitGrades(read(sheet), JSON.parse(read(mapPath)), JSON.parse(read(gradesPath)));
    writeFileSync(outStart ?? "", `${JSON.stringify(sides.start, null, 1)}\n`);
    writeFileSync(outFinal ?? "", `${JSON.stringify(sides.final, null, 1)}\n`);
  } else {
    throw new Error(
      "usage: paired-sheet.ts merge START FINAL OUT MAP | split SHEET MAP GRADES OUT_START OUT_FINAL",
    );
  }
}
