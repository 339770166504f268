/**
 * @module
 * The tables of the workerd harness (workerd-targets.ts) in BENCHMARKS.md: each hot path's
 * ratio to bare Hono and CPU per request, one column per product measured (the baseline commit
 * and the working tree, side by side in one run), then the CPU of creating a quiz.
 */
import { formatMs, formatRate } from "./report";
import type { WorkerdOutcome, WorkerdTargetResult } from "./workerd-targets";

/** What a run of the workerd harness keeps: its outcome and which products it measured. */
export interface WorkerdSection extends WorkerdOutcome {
  /** Product labels in column order, each with the code it was built from. */
  products: { label: string; code: string }[];
  settings: { connections: number; duration: number; slices: number; warmup: number };
  profileRequests: number;
}

const ratioOf = (result: WorkerdTargetResult | undefined): string => {
  if (!result) return "—";
  if (result.status !== "measured" || result.ratio === undefined) {
    return `error: ${result.error ?? "?"}`;
  }
  const range = result.ratioRange
    ? ` (${result.ratioRange[0].toFixed(2)}–${result.ratioRange[1].toFixed(2)})`
    : "";
  return `**${result.ratio.toFixed(2)}×**${range}`;
};

const cpuOf = (result: WorkerdTargetResult | undefined): string =>
  result?.cpuMs === undefined ? "—" : formatMs(result.cpuMs);

/** The workerd harness's part of the report. */
export function renderWorkerd(section: WorkerdSection | { error: string } | undefined): string {
  const title = "### HTTP load: the built Worker on workerd (no `wrangler dev`)";
  if (!section) return `${title}\n\nNot run.`;
  if ("error" in section) return `${title}\n\nFailed: ${section.error}`;
  const labels = section.products.map((product) => product.label);
  const find = (product: string, id: string, layer: "none" | "assets" = "none") =>
    section.targets.find(
      (target) =>
        target.product === product && target.id === id && (target.layer ?? "none") === layer,
    );
  const withAssets = section.targets.some((target) => target.layer === "assets");
  const pathIds = [
    ...new Set(section.targets.filter((t) => t.product !== "reference").map((t) => t.id)),
  ];
  const last = labels.at(-1) ?? "";
  const rows = pathIds.map((id) => {
    const any = section.targets.find((target) => target.id === id);
    const latest = find(last, id);
    const goal = any?.target === undefined ? "—" : `≥ ${any.target}×`;
    const met =
      any?.target === undefined || latest?.ratio === undefined
        ? "—"
        : latest.ratio >= any.target
          ? "yes"
          : "**no**";
    const statuses = labels.map((label) => find(label, id)?.probeStatus ?? "—").join(" → ");
    return `| ${[
      any?.label ?? id,
      `\`${any?.request ?? ""}\``,
      ...labels.map((label) => ratioOf(find(label, id))),
      ...(withAssets ? labels.map((label) => ratioOf(find(label, id, "assets"))) : []),
      goal,
      met,
      latest?.load ? formatRate(latest.load.requestsPerSecond) : "—",
      latest?.load ? formatMs(latest.load.p50) : "—",
      ...labels.map((label) => cpuOf(find(label, id))),
      statuses,
    ].join(" | ")} |`;
  });
  const referenceRows = section.targets
    .filter((target) => target.product === "reference")
    .map(
      (target) =>
        `| ${target.label} | ${ratioOf(target)} | ${
          target.load ? formatRate(target.load.requestsPerSecond) : "—"
        } | ${target.load ? formatMs(target.load.p50) : "—"} | ${cpuOf(target)} |`,
    );
  const { settings } = section;
  const products = section.products
    .map((product) => `**${product.label}** = ${product.code}`)
    .join("; ");
  const started = Object.entries(section.startMs)
    .map(([name, ms]) => `${name} ${ms} ms (${section.startCpuMs?.[name] ?? "?"} ms CPU)`)
    .join(", ");
  return [
    title,
    "",
    "Every Worker built by `wrangler deploy --dry-run --outdir` (the bundle that would be " +
      "uploaded: same esbuild, aliases, minification) and served by the workerd that wrangler " +
      "ships, through Miniflare's API with the bindings of its wrangler.toml (D1 in a local " +
      "SQLite, rate limits, `[assets]`) — no `wrangler dev` proxy, no file watcher. " +
      `${settings.connections} connections (autocannon), ${settings.warmup} s warm-up + ` +
      `${settings.duration} s per target in up to ${settings.slices} slices, each paired with a ` +
      "slice of bare Hono right before or after it; × bare Hono is the target's req/s over those " +
      "bare Hono slices' (in brackets the lowest and highest pair). Success is 2xx, or 304 for a " +
      "revalidation. CPU ms/request: user + system CPU time of the workerd process serving " +
      `the target (its entry Worker, the Worker, its assets layer and its D1) over ${section.profileRequests} ` +
      "requests sent 4 at a time after the load (node:http, no Accept-Encoding, as autocannon " +
      "sends them: no gzip by Miniflare's entry Worker), from /proc (10 ms ticks); " +
      `bare Hono's is ${section.referenceCpuMs === undefined ? "n/a" : formatMs(section.referenceCpuMs)} ms.`,
    "",
    "The product is served twice from the same build: alone (the first columns, our code " +
      "against bare Hono; the targets apply to these) and behind its `[assets]` layer as " +
      "configured (Miniflare's asset router Workers in front of it, as under `wrangler dev`; " +
      "compare with the bare Hono + [assets] row below, the floor for that layer). Req/s, p50, " +
      "CPU and status are those of the product alone.",
    "",
    `Products: ${products}. Start-up, from \`new Miniflare\` to its first answer, and in brackets the CPU time of its workerd process by then (compiling the bundle, running its global scope): ${started}.`,
    "",
    `| Hot path | Request | ${labels.map((label) => `${label}: × bare Hono`).join(" | ")}${withAssets ? ` | ${labels.map((label) => `${label} via [assets]: × bare Hono`).join(" | ")}` : ""} | Target | Met (${last})? | ${last}: req/s | ${last}: p50 ms | ${labels.map((label) => `${label}: CPU ms/req`).join(" | ")} | Status ${labels.join(" → ")} |`,
    `| --- | --- | ${labels.map(() => "---:").join(" | ")}${withAssets ? ` | ${labels.map(() => "---:").join(" | ")}` : ""} | --- | --- | ---: | ---: | ${labels.map(() => "---:").join(" | ")} | --- |`,
    ...rows,
    "",
    "Reference Workers, same harness:",
    "",
    "| Worker | × bare Hono | req/s | p50 ms | CPU ms/req |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...referenceRows,
    "",
    renderGeneration(section),
  ].join("\n");
}

function renderGeneration(section: WorkerdSection): string {
  const labels = section.products.map((product) => product.label);
  const articles = [...new Set(section.generation.map((entry) => entry.id))];
  if (articles.length === 0) return "";
  const rows = articles.map((id) => {
    const entries = labels.map((label) =>
      section.generation.find((entry) => entry.product === label && entry.id === id),
    );
    const any = entries.find(Boolean);
    return `| ${id} | ${any?.chars ?? "?"} | ${entries
      .map((entry) =>
        entry?.cpuMs === undefined
          ? `error: ${entry?.error ?? "—"}`
          : `**${formatMs(entry.cpuMs)}** (${(entry.runsMs ?? []).join(", ")})`,
      )
      .join(" | ")} | ≤ ${any?.targetMs ?? "?"} |`;
  });
  const profiles = section.generation
    .filter((entry) => entry.profile)
    .map((entry) => {
      const profile = entry.profile;
      if (!profile) return "";
      const top = profile.top
        .map(
          (fn) =>
            `${fn.name}${fn.where ? ` (\`${fn.where}\`)` : ""} ${(fn.share * 100).toFixed(1)} %`,
        )
        .join("; ");
      return `- **${entry.id}** (${entry.product}, unminified build, ${profile.requests} creations, sampled every ${profile.samplingIntervalUs} µs; ${formatMs(profile.cpuMsPerRequest)} ms of samples a creation, the profiler's own cost included): ${top}`;
    });
  return [
    "#### Creating a quiz (`POST /api/quizzes`), CPU per quiz in workerd",
    "",
    "CPU time of the product's workerd process per creation (generation, D1 insert and JSON), " +
      "warm: after two creations not counted; in brackets each run (10 ms ticks).",
    "",
    `| Article | chars | ${labels.map((label) => `${label}: CPU ms/quiz`).join(" | ")} | Target (warm) |`,
    `| --- | ---: | ${labels.map(() => "---:").join(" | ")} | --- |`,
    ...rows,
    "",
    "Where the time goes: V8's sampling profile of the isolate (DevTools protocol) during " +
      "20 creations after 5 not counted, on an unminified build of the same code, functions by self time, share of " +
      "all non-idle samples, each sample counted once (a late sample on a descheduled thread " +
      "would otherwise count wall time); `fetch`, `Response`, `(program)` and " +
      "`(garbage collector)` are the runtime's. Noisy on shared cores: read the top few only.",
    "",
    ...profiles,
  ].join("\n");
}
