/**
 * @module
 * `npm run eval`: measures the question generator on the dev corpus (test/eval/corpus), on the
 * held-out corpus (test/eval/held-out) and on PIAF, renders the blind gradings of
 * test/eval/grades, writes test/eval/report.md and prints a summary.
 *
 * Options: `--limit N` samples N PIAF paragraphs for a quick run; `--no-piaf` skips PIAF;
 * `--report FILE` writes the report elsewhere; `--grading-sheet FILE` also writes the blind
 * grading sheet of the held-out 10-question quizzes. `ARDOISE_SHARED` overrides where shared/ is
 * (default: next to the repository).
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { evaluateCorpus } from "./corpus-eval";
import { renderGradingSheet } from "./grading-sheet";
import { loadGradings } from "./load-gradings";
import { evaluatePiaf, loadPiaf, sampleParagraphs } from "./piaf-eval";
import { type CorpusSet, renderReport, summaryLines } from "./write-report";

interface Options {
  limit?: number;
  piaf: boolean;
  report?: string;
  gradingSheet?: string;
}

function parseOptions(args: string[]): Options {
  const options: Options = { piaf: true };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === "--limit") {
      const limit = Number(args[++index]);
      if (!Number.isInteger(limit) || limit < 1)
        throw new Error("--limit needs a positive integer");
      options.limit = limit;
    } else if (arg === "--no-piaf") {
      options.piaf = false;
    } else if (arg === "--report" || arg === "--grading-sheet") {
      const file = args[++index];
      if (!file) throw new Error(`${arg} needs a file name`);
      if (arg === "--report") options.report = file;
      else options.gradingSheet = file;
    } else {
      throw new Error(
        `Unknown option ${arg}; use --limit N, --no-piaf, --report FILE or --grading-sheet FILE`,
      );
    }
  }
  return options;
}

function main(): void {
  const started = performance.now();
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  // This file is test/eval/run-eval.ts; tsx passes its path as argv[1].
  const evalDir = dirname(resolve(process.argv[1] as string));
  const repoRoot = resolve(evalDir, "../..");
  const sharedDir = resolve(process.env.ARDOISE_SHARED ?? resolve(repoRoot, "../shared"));
  const piafFile = join(sharedDir, "eval/piaf/piaf-v1.0.json");

  const sets: CorpusSet[] = (
    [
      ["dev", "corpus"],
      ["held-out", "held-out"],
    ] as const
  ).map(([name, folder]) => ({
    name,
    dir: relative(repoRoot, join(evalDir, folder)),
    articles: evaluateCorpus(join(evalDir, folder)),
  }));
  let gradings: ReturnType<typeof loadGradings>;
  try {
    gradings = loadGradings(join(evalDir, "grades"));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  let piaf: ReturnType<typeof evaluatePiaf> | undefined;
  if (options.piaf && existsSync(piafFile)) {
    piaf = evaluatePiaf(sampleParagraphs(loadPiaf(piafFile), options.limit));
  } else if (options.piaf) {
    console.warn(`PIAF not found at ${piafFile} (set ARDOISE_SHARED); skipping it.`);
  }

  const results = {
    sets,
    gradings,
    ...(piaf ? { piaf } : {}),
    ...(options.limit === undefined ? {} : { limit: options.limit }),
    runtimeMs: performance.now() - started,
    date: new Date().toISOString().slice(0, 10),
  };
  const reportFile = resolve(options.report ?? join(evalDir, "report.md"));
  writeFileSync(reportFile, renderReport(results));
  for (const line of summaryLines(results)) console.log(line);
  if (options.gradingSheet) {
    const sheetFile = resolve(options.gradingSheet);
    const heldOut = sets.find((set) => set.name === "held-out")?.articles ?? [];
    writeFileSync(sheetFile, renderGradingSheet(heldOut));
    console.log(`Grading sheet: ${sheetFile}`);
  }
  console.log(
    `Report: ${relative(repoRoot, reportFile)} (${(results.runtimeMs / 1000).toFixed(1)} s)`,
  );
}

main();
