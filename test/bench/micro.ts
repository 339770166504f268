/**
 * @module
 * CPU per operation for the pure core, measured with mitata in Node. The core is plain
 * TypeScript with no I/O and no Node or Workers API, so Node's V8 runs it as workerd's V8 does
 * (both are V8 with the same JIT tiers; only the V8 versions differ slightly).
 *
 * Timed with the process's CPU clock, not the wall clock: on two cores shared with other jobs a
 * wall-clock timing also counts the time spent waiting for a core (2–5× here under load).
 * Ratios (generation ÷ tokenising) compare medians.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { do_not_optimize, measure } from "mitata";
import { parseArticle } from "../../src/core/article/parse-article";
import { splitSentences } from "../../src/core/french/split-sentences";
import { generateQuiz } from "../../src/core/generator/generate-quiz";
import { markAnswer } from "../../src/core/marking/mark-answer";
import { toStudentView } from "../../src/core/quiz/to-student-view";
import { answerSheet } from "./answer-sheet";
import { BENCH_DIR, ROOT } from "./paths";

export interface MicroResult {
  name: string;
  /** Nanoseconds per operation. */
  avg: number;
  p50: number;
  p99: number;
  min: number;
  max: number;
  samples: number;
  /** This takes `value` times as long as `to` (generation vs tokenising), by median (p50). */
  ratio?: { to: string; value: number };
  note?: string;
}

export interface MicroReport {
  results: MicroResult[];
  /** The very first seed generation in this process: cold JIT, as in a fresh isolate. */
  firstSeedGenerationMs: number;
  /** Sizes of the texts, in characters. */
  texts: Record<string, number>;
  /** Why the page rendering was not measured, when it was not. */
  renderSkipped?: string;
  v8: string;
}

const SEED_ID = "belgique-maroc-dsiti-2016";

export async function runMicro(log: (line: string) => void): Promise<MicroReport> {
  const seedRaw = readFileSync(join(ROOT, "src", "content", "seed-article.fr.txt"), "utf8");
  const raw3k = readFileSync(join(BENCH_DIR, "article-3k.fr.txt"), "utf8");
  const raw20k = readFileSync(join(BENCH_DIR, "article-20k.fr.txt"), "utf8");

  // First: the cold call, before anything warmed the generator up.
  const coldStart = cpuNow();
  const seedQuiz = generateQuiz(parseArticle(seedRaw), { id: SEED_ID });
  const firstSeedGenerationMs = (cpuNow() - coldStart) / 1e6;

  const body = (raw: string) => parseArticle(raw).paragraphs.join("\n\n");
  const seedBody = body(seedRaw);
  const body3k = body(raw3k);
  const body20k = body(raw20k);
  const sheet = answerSheet(seedQuiz.questions);

  const results: MicroResult[] = [];
  const bench = async (name: string, fn: () => unknown, note?: string) => {
    const stats = await measure(fn, { now: cpuNow, min_samples: 24 });
    const result: MicroResult = {
      name,
      avg: stats.avg,
      p50: stats.p50,
      p99: stats.p99,
      min: stats.min,
      max: stats.max,
      samples: stats.samples.length,
      ...(note ? { note } : {}),
    };
    results.push(result);
    log(`  ${name}: ${formatNs(stats.avg)} avg, ${formatNs(stats.p99)} p99`);
    return result;
  };

  const splitSeed = await bench(`tokenise seed (${seedBody.length} chars)`, () =>
    do_not_optimize(splitSentences(seedBody)),
  );
  const genSeed = await bench("generate seed quiz (parse + generate)", () =>
    do_not_optimize(generateQuiz(parseArticle(seedRaw), { id: SEED_ID })),
  );
  genSeed.ratio = { to: splitSeed.name, value: genSeed.p50 / splitSeed.p50 };

  const split3k = await bench(`tokenise 3k article (${body3k.length} chars)`, () =>
    do_not_optimize(splitSentences(body3k)),
  );
  const gen3k = await bench("generate 3k article (parse + generate)", () =>
    do_not_optimize(generateQuiz(parseArticle(raw3k), { id: "bench-3k" })),
  );
  gen3k.ratio = { to: split3k.name, value: gen3k.p50 / split3k.p50 };

  const split20k = await bench(`tokenise 20k article (${body20k.length} chars)`, () =>
    do_not_optimize(splitSentences(body20k)),
  );
  const gen20k = await bench("generate 20k article (parse + generate)", () =>
    do_not_optimize(generateQuiz(parseArticle(raw20k), { id: "bench-20k" })),
  );
  gen20k.ratio = { to: split20k.name, value: gen20k.p50 / split20k.p50 };

  await bench(
    `mark full answer sheet of seed quiz (${seedQuiz.questions.length} questions)`,
    () => {
      for (const question of seedQuiz.questions) {
        do_not_optimize(markAnswer(question, sheet[question.id]));
      }
    },
    "half right, half wrong or misspelt",
  );
  await bench("student JSON view of seed quiz (toStudentView + JSON.stringify)", () =>
    do_not_optimize(JSON.stringify(toStudentView(seedQuiz))),
  );

  const page = await loadPageRenderer();
  let renderSkipped: string | undefined;
  if (typeof page === "string") {
    renderSkipped = page;
    log(`  render student page: skipped (${page})`);
  } else {
    try {
      const html = await page(toStudentView(seedQuiz));
      if (!html.includes(seedQuiz.questions[0]?.prompt.slice(0, 10) ?? "")) {
        throw new Error("the rendered page does not show the first question");
      }
      await bench(
        `render student page of seed quiz (toStudentView + QuizPage, ${html.length} chars)`,
        () => page(toStudentView(seedQuiz)),
        "src/pages/quiz-page.tsx, hono/jsx to an HTML string",
      );
    } catch (error) {
      renderSkipped = `rendering failed: ${(error as Error).message}`;
      log(`  render student page: skipped (${renderSkipped})`);
    }
  }

  return {
    results,
    firstSeedGenerationMs,
    texts: {
      seed: seedRaw.length,
      "article-3k": raw3k.length,
      "article-20k": raw20k.length,
    },
    ...(renderSkipped ? { renderSkipped } : {}),
    v8: String(process.versions.v8),
  };
}

/**
 * CPU time used by this process so far, in nanoseconds (`process.cpuUsage`, microsecond
 * resolution; `threadCpuUsage` only moves in steps of milliseconds here). The cores are shared:
 * wall time would also count the time spent waiting for one. It includes V8's helper threads
 * (concurrent GC and compilation), which the operation causes too.
 */
function cpuNow(): number {
  const { user, system } = process.cpuUsage() as { user: number; system: number };
  return (user + system) * 1000;
}

type PageRenderer = (view: ReturnType<typeof toStudentView>) => Promise<string>;

/**
 * The student page renderer (src/pages/quiz-page.tsx, `QuizPage`), loaded at run time so that
 * the benchmark still runs, and type-checks, if it is missing or changes shape. A string says
 * why it cannot be used.
 */
async function loadPageRenderer(): Promise<PageRenderer | string> {
  const file = join(ROOT, "src", "pages", "quiz-page.tsx");
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    return `no student page renderer: cannot load src/pages/quiz-page.tsx (${(error as Error).message.split("\n")[0]})`;
  }
  const QuizPage = module.QuizPage;
  if (typeof QuizPage !== "function") return "src/pages/quiz-page.tsx exports no QuizPage";
  return async (view) => {
    const node = (QuizPage as (props: { quiz: unknown }) => { toString(): unknown })({
      quiz: view,
    });
    const html = await node.toString();
    if (typeof html !== "string") throw new Error("QuizPage did not render to a string");
    return html;
  };
}

export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`;
  return `${ns.toFixed(0)} ns`;
}
