/**
 * @module
 * The bench of our code: every Worker built as `wrangler deploy` builds it and served by workerd
 * directly (built-worker.ts), no `wrangler dev` proxy. Bare Worker, bare Hono (the reference of
 * every ratio), bare Hono behind the assets layer, the product with its assets layer (as
 * deployed) and without it, and optionally the product at another commit (`--baseline <ref>`),
 * so that one run gives the ratios before and after a change under the same load. Each hot path
 * is measured in slices paired with bare Hono (load.ts), then its CPU time per request is read
 * from the isolate's profiler (cpu-profile.ts); so is the CPU time of creating a quiz from a
 * 5,000- and a 20,000-character article.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { answerSheet, type KeyedQuestion } from "./answer-sheet";
import { type BuiltWorker, buildWorker, type ServedWorker, serveBuiltWorker } from "./built-worker";
import { randomToken } from "./cold-start";
import { type CpuProfileSummary, profileRequests } from "./cpu-profile";
import {
  combine,
  type LoadResult,
  type LoadSettings,
  type LoadTarget,
  runPaired,
  type Slice,
  UNIQUE_ID,
  warmUp,
} from "./load";
import { BENCH_DIR } from "./paths";
import { formatMs, formatRate } from "./report";
import { makeTempDir, removeOnCleanUp } from "./start-worker";

export const SEED_ID = "belgique-maroc-dsiti-2016";

/** The articles quizzes are created from, for the generation CPU figures. */
export const GENERATION_ARTICLES = [
  { id: "article-5k", file: "article-5k.fr.txt", targetMs: 5 },
  { id: "article-20k", file: "article-20k.fr.txt", targetMs: 15 },
] as const;

export interface WorkerdSettings extends LoadSettings {
  /** Requests per CPU profile of a hot path (0: no profiles). */
  profileRequests: number;
  /** Quizzes created per article for its CPU figure, after 2 not counted (0: none). */
  generationRuns: number;
  /** Only these hot paths (ids), e.g. for the smoke test; all when left out. */
  only?: readonly string[];
  /** Only the product without its assets layer (the smoke test); else both. */
  withoutAssets?: boolean;
}

/** One product to measure: the working tree's, or a baseline commit's. */
export interface ProductUnderTest {
  /** "after" / "before" … as the tables name it. */
  label: string;
  /** The dir holding its wrangler.toml, src/, migrations/. */
  dir: string;
}

export interface WorkerdTargetResult {
  id: string;
  /** Which product (its label), or "reference" for the bare Workers. */
  product: string;
  /** In front of the product: nothing ("none") or its `[assets]` layer. */
  layer: "none" | "assets";
  label: string;
  request: string;
  target?: number;
  status: "measured" | "error";
  error?: string;
  /** Status code of the probe request (304 for a revalidation that works). */
  probeStatus?: number;
  load?: LoadResult;
  reference?: LoadResult;
  ratio?: number;
  ratioRange?: [number, number];
  /** Median of the pair ratios (one per slice pair). */
  ratioMedian?: number;
  /** CPU time of the serving workerd process per request (ms), over `profileRequests`. */
  cpuMs?: number;
}

export interface GenerationResult {
  product: string;
  id: string;
  chars: number;
  targetMs: number;
  /** CPU time of the serving workerd process per quiz created (ms), warm. */
  cpuMs?: number;
  /** Of each run, to show the spread. */
  runsMs?: number[];
  /** V8's profile of the same creations on an unminified build: where the time goes. */
  profile?: CpuProfileSummary;
  error?: string;
}

export interface WorkerdOutcome {
  targets: WorkerdTargetResult[];
  generation: GenerationResult[];
  /** ms from starting workerd to the first answer, per server. */
  startMs: Record<string, number>;
  /** CPU ms of each server's workerd process by then (start-up, global scope included). */
  startCpuMs: Record<string, number>;
  /** The bare Hono Worker's CPU per request, measured as the others'. */
  referenceCpuMs?: number;
}

interface Plan {
  layer?: "none" | "assets";
  id: string;
  label: string;
  request: string;
  target?: number;
  load: LoadTarget;
  /** Expected status of a working path (304 for revalidations). */
  expect: number;
}

/** What the D1 diagnostic Worker stores: a sheet's size, as the submission's body. */
const DIAGNOSTIC_SHEET = JSON.stringify({
  answers: { q1: "a", q2: "b", q3: true, q4: "une réponse", q5: "c", q6: false },
  student: "Banc d'essai",
});

/** Hot paths of a product: id → label, request, target ratio to bare Hono. */
export const HOT_PATHS = [
  { id: "quiz-json", label: "Quiz JSON", request: "GET /api/quizzes/:id", target: 0.9 },
  {
    id: "quiz-json-created",
    label: "Quiz JSON, created quiz (D1 read)",
    request: "GET /api/quizzes/:id",
    target: 0.5,
  },
  { id: "quiz-page", label: "Student page (HTML)", request: "GET /quizzes/:id", target: 0.8 },
  {
    id: "quiz-json-304",
    label: "Quiz JSON, revalidated (304)",
    request: "GET /api/quizzes/:id + If-None-Match",
    target: 0.95,
  },
  {
    id: "quiz-json-created-304",
    label: "Quiz JSON, created quiz, revalidated (304)",
    request: "GET /api/quizzes/:id + If-None-Match",
  },
  {
    id: "submission",
    label: "Submission (D1 batch)",
    request: "POST /api/quizzes/:id/submissions",
    target: 0.5,
  },
  {
    id: "submission-keyed",
    label: "Submission with Idempotency-Key (D1 batch)",
    request: "POST /api/quizzes/:id/submissions + Idempotency-Key",
    target: 0.5,
  },
  { id: "list", label: "Quiz list", request: "GET /api/quizzes" },
] as const;

/**
 * Builds and serves everything, measures every hot path of every product against bare Hono,
 * then the generation CPU. Stops every server it started (also on failure).
 */
export async function runWorkerdBench(
  products: readonly ProductUnderTest[],
  settings: WorkerdSettings,
  log: (line: string) => void,
): Promise<WorkerdOutcome> {
  const workers = join(BENCH_DIR, "workers");
  removeOnCleanUp(join(workers, ".wrangler"));
  const token = randomToken();
  const full = settings.only === undefined;
  log("  building (wrangler deploy --dry-run --outdir) …");
  const build = (config: string, name: string) => buildWorker(config, makeTempDir(`build-${name}`));
  const [bareBuild, bareHonoBuild, bareHonoAssetsBuild, bareHonoD1Build, ...productBuilds] =
    await Promise.all([
      full ? build(join(workers, "bare.toml"), "bare") : undefined,
      build(join(workers, "bare-hono.toml"), "bare-hono"),
      full ? build(join(workers, "bare-hono-assets.toml"), "bare-hono-assets") : undefined,
      full ? build(join(workers, "bare-hono-d1.toml"), "bare-hono-d1") : undefined,
      ...products.map((product) => build(join(product.dir, "wrangler.toml"), "product")),
    ]);
  const latest = products.at(-1);
  const unminifiedBuild =
    latest && settings.generationRuns > 0
      ? await buildWorker(join(latest.dir, "wrangler.toml"), makeTempDir("build-unminified"), {
          minify: false,
        })
      : undefined;
  const served: ServedWorker[] = [];
  const startMs: Record<string, number> = {};
  const startCpuMs: Record<string, number> = {};
  const serve = async (
    built: BuiltWorker,
    name: string,
    extra: Partial<Parameters<typeof serveBuiltWorker>[1]> = {},
  ) => {
    const started = performance.now();
    const worker = await serveBuiltWorker(built, { name, persistTo: makeTempDir(name), ...extra });
    served.push(worker);
    startMs[name] = Math.round(performance.now() - started);
    startCpuMs[name] = worker.startCpuMs;
    return worker;
  };
  try {
    // One at a time: their start-up times are a figure too.
    const bareHono = await serve(bareHonoBuild, "bare-hono");
    const bare = bareBuild ? await serve(bareBuild, "bare") : undefined;
    const bareHonoAssets = bareHonoAssetsBuild
      ? await serve(bareHonoAssetsBuild, "bare-hono-assets")
      : undefined;
    const bareHonoD1 = bareHonoD1Build
      ? await serve(bareHonoD1Build, "bare-hono-d1", {
          migrations: join(workers, "bare-hono-d1-migrations"),
        })
      : undefined;
    const productServers: {
      product: ProductUnderTest;
      /** Behind its `[assets]` layer, as configured; absent when only `withoutAssets`. */
      worker?: ServedWorker;
      /** The same build with the assets layer left out: our code alone in front. */
      noAssets: ServedWorker;
    }[] = [];
    for (const [i, product] of products.entries()) {
      const built = productBuilds[i] as BuiltWorker;
      const options = {
        vars: { TEACHER_TOKEN: token },
        migrations: join(product.dir, "migrations"),
      };
      const noAssets = await serve(built, `product-${product.label}`, {
        ...options,
        assets: false,
      });
      const worker = settings.withoutAssets
        ? undefined
        : await serve(built, `product-${product.label}-assets`, options);
      productServers.push({ product, noAssets, ...(worker ? { worker } : {}) });
    }
    const unminified = unminifiedBuild
      ? await serve(unminifiedBuild, "product-unminified", {
          vars: { TEACHER_TOKEN: token },
          migrations: join((latest as ProductUnderTest).dir, "migrations"),
          assets: false,
        })
      : undefined;
    log(`  served: ${served.map((worker) => `${worker.name} ${worker.url}`).join(", ")}`);

    const reference: LoadTarget = { method: "GET", url: new URL("/", bareHono.url).href };
    await warmUp(reference, settings);
    const referenceCpuMs =
      settings.profileRequests > 0
        ? await cpuPerRequest(bareHono, reference, settings.profileRequests)
        : undefined;
    const results: WorkerdTargetResult[] = [];
    const measure = async (product: string, plan: Plan, worker: ServedWorker) => {
      const result = await measureTarget(product, plan, worker, reference, settings);
      results.push(result);
      log(describe(result));
    };
    const plain = (url: string): LoadTarget => ({ method: "GET", url });
    if (bare) {
      await measure(
        "reference",
        { id: "bare", label: "Bare Worker", request: "GET /", load: plain(bare.url), expect: 200 },
        bare,
      );
    }
    if (bareHonoAssets) {
      await measure(
        "reference",
        {
          id: "bare-hono-assets",
          label: "Bare Hono + [assets]",
          request: "GET /",
          load: plain(bareHonoAssets.url),
          expect: 200,
        },
        bareHonoAssets,
      );
    }
    if (bareHonoD1) {
      // The floor of the figures of routes that use D1: one round trip and nothing else.
      const write = (path: string): LoadTarget => ({
        method: "POST",
        url: new URL(path, bareHonoD1.url).href,
        headers: { "Content-Type": "application/json" },
        body: DIAGNOSTIC_SHEET,
      });
      await measure(
        "reference",
        {
          id: "bare-hono-d1-read",
          label: "Bare Hono + one D1 SELECT (diagnostic)",
          request: "GET /",
          load: plain(bareHonoD1.url),
          expect: 200,
        },
        bareHonoD1,
      );
      await measure(
        "reference",
        {
          id: "bare-hono-d1",
          label: "Bare Hono + one D1 INSERT (diagnostic)",
          request: "POST /",
          load: write("/"),
          expect: 201,
        },
        bareHonoD1,
      );
      await measure(
        "reference",
        {
          id: "bare-hono-d1-batch",
          label: "Bare Hono + one D1 batch of 2 INSERTs (diagnostic)",
          request: "POST /batch",
          load: write("/batch"),
          expect: 201,
        },
        bareHonoD1,
      );
    }
    const generation: GenerationResult[] = [];
    for (const { product, worker, noAssets } of productServers) {
      const layers = [
        { layer: "none" as const, server: noAssets },
        ...(worker ? [{ layer: "assets" as const, server: worker }] : []),
      ];
      for (const { layer, server } of layers) {
        for (const plan of await planProduct(server, token)) {
          if (settings.only && !settings.only.includes(plan.id)) continue;
          await measure(product.label, { ...plan, layer }, server);
        }
      }
      if (settings.generationRuns > 0) {
        for (const article of GENERATION_ARTICLES) {
          const entry = await measureGeneration(
            product.label,
            noAssets,
            token,
            article,
            settings.generationRuns,
            product === products.at(-1) ? unminified : undefined,
          );
          generation.push(entry);
          log(
            `  ${product.label}: create a quiz from ${entry.chars} chars: ${
              entry.cpuMs === undefined
                ? `ERROR ${entry.error}`
                : `${formatMs(entry.cpuMs)} ms CPU a quiz`
            }`,
          );
        }
      }
    }
    // The reference row: all the bare Hono slices of the run.
    return {
      targets: results,
      generation,
      startMs,
      startCpuMs,
      ...(referenceCpuMs === undefined ? {} : { referenceCpuMs }),
    };
  } finally {
    await Promise.all(served.map((worker) => worker.stop().catch(() => undefined)));
    agent.destroy();
  }
}

function describe(result: WorkerdTargetResult): string {
  const name = `${result.product === "reference" ? "" : `${result.product}: `}${result.label}${
    result.layer === "assets" && result.product !== "reference" ? " via [assets]" : ""
  }`;
  if (!result.load) return `  ${name}: ERROR ${result.error}`;
  const cpu = result.cpuMs === undefined ? "" : `, ${formatMs(result.cpuMs)} ms CPU a request`;
  return `  ${name}: ${formatRate(result.load.requestsPerSecond)} req/s (${result.probeStatus}), p50 ${formatMs(
    result.load.p50,
  )} ms → ${result.ratio?.toFixed(2) ?? "n/a"}× bare Hono${cpu}`;
}

async function measureTarget(
  product: string,
  plan: Plan,
  worker: ServedWorker,
  reference: LoadTarget,
  settings: WorkerdSettings,
): Promise<WorkerdTargetResult> {
  const result: WorkerdTargetResult = {
    id: plan.id,
    product,
    layer: plan.layer ?? "none",
    label: plan.label,
    request: plan.request,
    status: "measured",
    ...(plan.target === undefined ? {} : { target: plan.target }),
  };
  try {
    const probe = await send(plan.load);
    result.probeStatus = probe;
    if (probe !== plan.expect && !(plan.expect === 304 && probe === 200)) {
      throw new Error(`probe answered ${probe}, expected ${plan.expect}`);
    }
    const paired = await runPaired(plan.load, reference, settings);
    const load = combine(paired.target, settings.connections);
    const alongside = combine(paired.reference, settings.connections);
    result.load = load;
    result.reference = alongside;
    if (alongside.requestsPerSecond > 0)
      result.ratio = load.requestsPerSecond / alongside.requestsPerSecond;
    const rate = (slice: Slice) => (slice.duration > 0 ? slice.ok / slice.duration : 0);
    const pairs = paired.target
      .map((slice, i) => {
        const against = paired.reference[i];
        return against && rate(against) > 0 ? rate(slice) / rate(against) : Number.NaN;
      })
      .filter((value) => !Number.isNaN(value))
      .sort((a, b) => a - b);
    if (pairs.length > 0) {
      result.ratioRange = [pairs[0] as number, pairs.at(-1) as number];
      const middle = Math.floor(pairs.length / 2);
      result.ratioMedian =
        pairs.length % 2 === 1
          ? (pairs[middle] as number)
          : ((pairs[middle - 1] as number) + (pairs[middle] as number)) / 2;
    }
    if (settings.profileRequests > 0) {
      result.cpuMs = await cpuPerRequest(worker, plan.load, settings.profileRequests);
    }
  } catch (error) {
    result.status = "error";
    result.error = (error as Error).message;
  }
  return result;
}

/** CPU time of the worker's workerd process per request, over `count` requests. */
async function cpuPerRequest(
  worker: ServedWorker,
  target: LoadTarget,
  count: number,
): Promise<number> {
  const before = worker.cpuTimeMs();
  await sendAll(target, count);
  return (worker.cpuTimeMs() - before) / count;
}

/** Kept-alive connections, as autocannon keeps its own. */
const agent = new http.Agent({ keepAlive: true });

/**
 * Sends one request, reads the body; its status. With node:http, as autocannon sends its
 * requests: no `Accept-Encoding` (Node's `fetch` would send `gzip, deflate`, and Miniflare's
 * entry Worker would then gzip every compressible body, a cost the load figures never see).
 */
export function send(target: LoadTarget, via: http.Agent = agent): Promise<number> {
  const body = target.body === undefined ? undefined : Buffer.from(target.body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      target.url,
      {
        method: target.method,
        agent: via,
        headers: {
          ...withUniqueIds(target.headers),
          ...(body ? { "Content-Length": body.byteLength } : {}),
        },
      },
      (response) => {
        response.on("data", () => {});
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** `headers` with each {@link UNIQUE_ID} replaced by a new UUID, as autocannon does it. */
function withUniqueIds(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => [
      name,
      value.replaceAll(UNIQUE_ID, crypto.randomUUID()),
    ]),
  );
}

/** `count` requests, 4 at a time; how many were sent. */
async function sendAll(target: LoadTarget, count: number): Promise<number> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      await send(target);
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
  return count;
}

/** The hot paths of one served product, with the data they need (a created quiz, ETags). */
async function planProduct(worker: ServedWorker, token: string): Promise<Plan[]> {
  const url = (path: string) => new URL(path, worker.url).href;
  const teacher = { Authorization: `Bearer ${token}` };
  const json = { "Content-Type": "application/json" };
  const article = readFileSync(join(BENCH_DIR, "article-3k.fr.txt"), "utf8");
  const created = await fetch(url("/api/quizzes"), {
    method: "POST",
    headers: { ...json, ...teacher },
    body: JSON.stringify({ text: article }),
  });
  if (created.status !== 201) {
    throw new Error(`POST /api/quizzes answered ${created.status}: ${await created.text()}`);
  }
  const createdId = ((await created.json()) as { id: string }).id;
  const keyResponse = await fetch(url(`/api/quizzes/${SEED_ID}/key`), { headers: teacher });
  if (!keyResponse.ok)
    throw new Error(`GET /api/quizzes/${SEED_ID}/key answered ${keyResponse.status}`);
  const key = (await keyResponse.json()) as { questions: KeyedQuestion[] };
  const submission = JSON.stringify({
    answers: answerSheet(key.questions),
    student: "Banc d'essai",
  });
  const etagOf = async (path: string) => {
    const response = await fetch(url(path));
    await response.arrayBuffer();
    // Before ETags existed the header is absent: the request is then a plain GET (200).
    return response.headers.get("ETag") ?? '"none"';
  };
  const shippedJson = `/api/quizzes/${SEED_ID}`;
  const createdJson = `/api/quizzes/${createdId}`;
  const page = `/quizzes/${SEED_ID}`;
  const get = (path: string, headers?: Record<string, string>): LoadTarget => ({
    method: "GET",
    url: url(path),
    ...(headers ? { headers } : {}),
  });
  const loads: Record<(typeof HOT_PATHS)[number]["id"], { load: LoadTarget; expect: number }> = {
    "quiz-json": { load: get(shippedJson), expect: 200 },
    "quiz-json-created": { load: get(createdJson), expect: 200 },
    "quiz-page": { load: get(page), expect: 200 },
    "quiz-json-304": {
      load: get(shippedJson, { "If-None-Match": await etagOf(shippedJson) }),
      expect: 304,
    },
    "quiz-json-created-304": {
      load: get(createdJson, { "If-None-Match": await etagOf(createdJson) }),
      expect: 304,
    },
    submission: {
      load: {
        method: "POST",
        url: url(`/api/quizzes/${SEED_ID}/submissions`),
        headers: json,
        body: submission,
      },
      expect: 201,
    },
    // As the quiz page's script and the API's clients send it: a new key per sheet.
    "submission-keyed": {
      load: {
        method: "POST",
        url: url(`/api/quizzes/${SEED_ID}/submissions`),
        headers: { ...json, "Idempotency-Key": UNIQUE_ID },
        body: submission,
      },
      expect: 201,
    },
    list: { load: get("/api/quizzes"), expect: 200 },
  };
  return HOT_PATHS.map((path) => ({ ...path, ...loads[path.id] }));
}

/** Creations before the profile starts, and creations profiled (the V8 samples a creation). */
const PROFILE_WARM_UPS = 5;
const PROFILE_CREATIONS = 20;

/**
 * CPU per quiz created from `article`, after two creations not counted (warm JIT); then, when
 * an unminified build is served too, V8's profile of {@link PROFILE_CREATIONS} creations there.
 */
async function measureGeneration(
  product: string,
  worker: ServedWorker,
  token: string,
  article: (typeof GENERATION_ARTICLES)[number],
  runs: number,
  unminified: ServedWorker | undefined,
): Promise<GenerationResult> {
  const text = readFileSync(join(BENCH_DIR, article.file), "utf8");
  const result: GenerationResult = {
    product,
    id: article.id,
    chars: text.length,
    targetMs: article.targetMs,
  };
  const create = (on: ServedWorker): LoadTarget => ({
    method: "POST",
    url: new URL("/api/quizzes", on.url).href,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ text }),
  });
  const createOnce = async (on: ServedWorker) => {
    const status = await send(create(on));
    if (status !== 201) throw new Error(`POST /api/quizzes answered ${status}`);
  };
  try {
    for (let i = 0; i < 2; i++) await createOnce(worker);
    const runsMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = worker.cpuTimeMs();
      await createOnce(worker);
      runsMs.push(worker.cpuTimeMs() - before);
    }
    result.runsMs = runsMs;
    result.cpuMs = runsMs.reduce((sum, ms) => sum + ms, 0) / runs;
    if (unminified) {
      // A profile of a few creations swung by ±40 % from run to run on shared cores: it warms
      // up longer and samples more creations than the tick count does.
      for (let i = 0; i < PROFILE_WARM_UPS; i++) await createOnce(unminified);
      const creations = Math.max(PROFILE_CREATIONS, runs);
      result.profile = await profileRequests(
        unminified.inspectorUrl,
        async () => {
          for (let i = 0; i < creations; i++) await createOnce(unminified);
          return creations;
        },
        { top: 15 },
      );
    }
  } catch (error) {
    result.error = (error as Error).message;
  }
  return result;
}
