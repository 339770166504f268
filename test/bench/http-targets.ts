/**
 * @module
 * The HTTP side of the bench: starts the five servers (bare Worker, bare Hono, bare Hono behind
 * the assets layer, the product, and the bare Worker on workerd alone), then measures each
 * target in slices paired with bare Hono (see load.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { transform } from "esbuild";
import { migrate } from "../dev-server";
import { answerSheet, type KeyedQuestion } from "./answer-sheet";
import { randomToken } from "./cold-start";
import {
  combine,
  type LoadResult,
  type LoadSettings,
  type LoadTarget,
  runPaired,
  type Slice,
  warmUp,
} from "./load";
import { workerdBinary } from "./machine";
import { BENCH_DIR, ROOT } from "./paths";
import { formatMs, formatRate, type TargetResult } from "./report";
import {
  makeTempDir,
  type RunningWorker,
  removeOnCleanUp,
  startRawWorkerd,
  startWorker,
} from "./start-worker";

export const SEED_ID = "belgique-maroc-dsiti-2016";

interface Plan {
  id: string;
  label: string;
  server: "rawWorkerd" | "bare" | "bareHono" | "bareHonoAssets" | "product";
  method: "GET" | "POST";
  path: string;
  /** The request as the table names it. */
  request: string;
  target?: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOutcome {
  /** What may make the figures unreliable. */
  warnings: string[];
  targets: TargetResult[];
  /** Every bare Hono slice of the run, as one result. */
  reference: LoadResult | undefined;
}

export async function runLoadTests(
  productConfig: string,
  options: LoadSettings,
  log: (line: string) => void,
): Promise<LoadOutcome> {
  const token = randomToken();
  const productState = makeTempDir("product");
  const workers = join(BENCH_DIR, "workers");
  if (!existsSync(join(workers, ".wrangler"))) removeOnCleanUp(join(workers, ".wrangler"));
  log("  starting: migrating the product's local D1, then four wrangler dev and one workerd…");
  await migrate(ROOT, productState, productConfig);
  const [rawWorkerd, bare, bareHono, bareHonoAssets, product] = await Promise.all([
    startBareOnWorkerd(),
    startWorker({
      name: "bare",
      config: join(workers, "bare.toml"),
      persistTo: makeTempDir("bare"),
      echo: true,
    }),
    startWorker({
      name: "bare-hono",
      config: join(workers, "bare-hono.toml"),
      persistTo: makeTempDir("bare-hono"),
      echo: true,
    }),
    startWorker({
      name: "bare-hono-assets",
      config: join(workers, "bare-hono-assets.toml"),
      persistTo: makeTempDir("bare-hono-assets"),
      echo: true,
    }),
    startWorker({
      name: "product",
      config: productConfig,
      persistTo: productState,
      vars: { TEACHER_TOKEN: token },
      echo: true,
    }),
  ]);
  const servers = { rawWorkerd, bare, bareHono, bareHonoAssets, product };
  log(
    `  bare ${bare.url}, bare Hono ${bareHono.url}, bare Hono + assets ${bareHonoAssets.url}, ` +
      `product ${product.url}, bare on workerd alone ${rawWorkerd.url}`,
  );

  const reference: LoadTarget = { method: "GET", url: `${bareHono.url}/` };
  await warmUp(reference, options);
  const plans = await planTargets(product, token);
  const results: TargetResult[] = [];
  const referenceSlices: Slice[] = [];
  for (const plan of plans) {
    const result: TargetResult = {
      id: plan.id,
      label: plan.label,
      request: plan.request,
      status: "measured",
      ...(plan.target === undefined ? {} : { target: plan.target }),
    };
    results.push(result);
    const target: LoadTarget = {
      method: plan.method,
      url: `${servers[plan.server].url}${plan.path}`,
      ...(plan.headers ? { headers: plan.headers } : {}),
      ...(plan.body === undefined ? {} : { body: plan.body }),
    };
    const probe = await fetch(target.url, {
      method: target.method,
      ...(target.headers ? { headers: target.headers } : {}),
      ...(target.body === undefined ? {} : { body: target.body }),
    });
    const probeText = await probe.text();
    if (probe.status === 404) {
      result.status = "not available";
      log(`  ${plan.label}: not available (404 at ${plan.request})`);
      continue;
    }
    if (probe.status < 200 || probe.status >= 300) {
      result.status = "error";
      result.error = `probe answered ${probe.status}: ${probeText.slice(0, 200)}`;
      log(`  ${plan.label}: ERROR, ${result.error}`);
      continue;
    }
    try {
      const paired = await runPaired(target, reference, options);
      referenceSlices.push(...paired.reference);
      const load = combine(paired.target, options.connections);
      const alongside = combine(paired.reference, options.connections);
      result.load = load;
      result.reference = alongside;
      const rate = (slice: Slice) => (slice.duration > 0 ? slice.ok / slice.duration : 0);
      result.sliceRates = {
        target: paired.target.map((slice) => round(rate(slice))),
        reference: paired.reference.map((slice) => round(rate(slice))),
      };
      const pairRatios = paired.target
        .map((slice, i) => {
          const against = paired.reference[i];
          return against && rate(against) > 0 ? rate(slice) / rate(against) : Number.NaN;
        })
        .filter((value) => !Number.isNaN(value));
      if (alongside.requestsPerSecond > 0) {
        result.ratio = load.requestsPerSecond / alongside.requestsPerSecond;
        if (result.target !== undefined) result.met = result.ratio >= result.target;
      }
      if (pairRatios.length > 0) {
        result.ratioRange = [Math.min(...pairRatios), Math.max(...pairRatios)];
      }
      const problems = load.non2xx + load.errors + load.timeouts;
      log(
        `  ${plan.label}: ${formatRate(load.requestsPerSecond)} req/s, p50 ${formatMs(
          load.p50,
        )} ms, p99 ${formatMs(load.p99)} ms; bare Hono alongside ${formatRate(
          alongside.requestsPerSecond,
        )} req/s → ${result.ratio?.toFixed(2) ?? "n/a"}×${
          problems > 0
            ? ` — ${load.non2xx} non-2xx ${JSON.stringify(load.statusCodes)}, ${load.errors} errors, ${load.timeouts} timeouts`
            : ""
        }`,
      );
    } catch (error) {
      result.status = "error";
      result.error = (error as Error).message;
      log(`  ${plan.label}: ERROR, ${result.error}`);
    }
  }
  const all =
    referenceSlices.length > 0 ? combine(referenceSlices, options.connections) : undefined;
  if (all) {
    results.splice(1, 0, {
      id: "bare-hono",
      label: "Bare Hono (reference)",
      request: "GET /",
      status: "measured",
      load: all,
      ratio: 1,
    });
  }
  const warnings: string[] = [];
  const buildError = product.output.find((line) => /Build failed|\[ERROR\]/.test(line));
  if (buildError) {
    warnings.push(
      `The product's wrangler dev reported "${buildError.trim()}" during the load phase ` +
        "(it then keeps serving the previous build).",
    );
  }
  for (const warning of warnings) log(`  WARNING: ${warning}`);
  return { warnings, targets: results, reference: all };
}

/** workers/bare.ts served by the workerd binary wrangler uses, without wrangler dev. */
async function startBareOnWorkerd(): Promise<RunningWorker> {
  const binary = workerdBinary();
  if (!binary) throw new Error("no workerd binary found under node_modules/wrangler");
  const workers = join(BENCH_DIR, "workers");
  const { code } = await transform(readFileSync(join(workers, "bare.ts"), "utf8"), {
    loader: "ts",
    format: "esm",
  });
  const toml = readFileSync(join(workers, "bare.toml"), "utf8");
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1] ?? "2026-11-01";
  return startRawWorkerd("bare-workerd", binary, code, date);
}

/** The targets, in the order they run, each paired with bare Hono. */
async function planTargets(product: RunningWorker, token: string): Promise<Plan[]> {
  const json = { "Content-Type": "application/json" };
  const submission = await submissionBody(product, token);
  const article = readFileSync(join(BENCH_DIR, "article-3k.fr.txt"), "utf8");
  const storedId = await createQuiz(product, token, article);
  return [
    {
      id: "bare",
      label: "Bare Worker",
      server: "bare",
      method: "GET",
      path: "/",
      request: "GET /",
    },
    {
      id: "bare-workerd",
      label: "Bare Worker, workerd alone (diagnostic)",
      server: "rawWorkerd",
      method: "GET",
      path: "/",
      request: "GET /",
    },
    {
      id: "bare-hono-assets",
      label: "Bare Hono + [assets] (diagnostic)",
      server: "bareHonoAssets",
      method: "GET",
      path: "/",
      request: "GET /",
    },
    {
      id: "quiz-json",
      label: "Quiz JSON",
      server: "product",
      method: "GET",
      path: `/api/quizzes/${SEED_ID}`,
      request: "GET /api/quizzes/:id",
      target: 0.8,
    },
    {
      id: "quiz-json-stored",
      label: "Quiz JSON, created quiz (D1 read)",
      server: "product",
      method: "GET",
      path: `/api/quizzes/${storedId}`,
      request: "GET /api/quizzes/:id",
      target: 0.8,
    },
    {
      id: "quiz-page",
      label: "Student page (HTML)",
      server: "product",
      method: "GET",
      path: `/quizzes/${SEED_ID}`,
      request: "GET /quizzes/:id",
      target: 0.6,
    },
    {
      id: "submission",
      label: "Submission (D1 write)",
      server: "product",
      method: "POST",
      path: `/api/quizzes/${SEED_ID}/submissions`,
      request: "POST /api/quizzes/:id/submissions",
      target: 0.3,
      headers: json,
      body: submission,
    },
    {
      id: "generation",
      label: `Generation (${article.length}-char article)`,
      server: "product",
      method: "POST",
      path: "/api/quizzes",
      request: "POST /api/quizzes",
      headers: { ...json, Authorization: `Bearer ${token}` },
      body: JSON.stringify({ text: article }),
    },
  ];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Creates a quiz (stored in D1) from `article`; its id. */
async function createQuiz(product: RunningWorker, token: string, article: string): Promise<string> {
  const response = await fetch(`${product.url}/api/quizzes`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ text: article }),
  });
  if (response.status !== 201) throw new Error(`POST /api/quizzes answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/** A valid, full answer sheet for the seed quiz, built from its answer key. */
async function submissionBody(product: RunningWorker, token: string): Promise<string> {
  const response = await fetch(`${product.url}/api/quizzes/${SEED_ID}/key`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) {
    throw new Error(`GET /api/quizzes/${SEED_ID}/key answered ${response.status}`);
  }
  const key = (await response.json()) as { questions: KeyedQuestion[] };
  return JSON.stringify({ answers: answerSheet(key.questions), student: "Banc d'essai" });
}
