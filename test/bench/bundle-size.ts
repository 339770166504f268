/**
 * @module
 * How big the deployed Worker is: what `wrangler deploy --dry-run` says it would upload, and
 * which modules weigh most (esbuild's metafile for the same entry point).
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { buildWorker } from "./built-worker";

/**
 * The project's budget for the Worker, gzipped (issue 11): far under Cloudflare's limits, so
 * that cold starts stay short. test/bench/bundle-size.node.ts holds every change to it.
 */
export const GZIP_LIMIT_KIB = 300;

export interface BundleReport {
  /** From wrangler's "Total Upload: X KiB / gzip: Y KiB". */
  uploadKiB: number;
  gzipKiB: number;
  withinLimit: boolean;
  /** Files wrangler wrote (source maps and README left out), bytes. */
  files: { name: string; bytes: number }[];
  /** esbuild's bundle of src/index.ts, unminified like wrangler's. */
  esbuild: { bytes: number; gzipBytes: number };
  /** Bytes in the bundle per package (node_modules) or source file, largest first. */
  modules: { module: string; bytes: number; share: number }[];
  /** Bytes in the bundle from src/ and from node_modules/. */
  totals: { source: number; packages: number };
}

/** `product`: the dir holding the product's wrangler.toml and src/ (the snapshot). */
export async function measureBundle(product: string, outdir: string): Promise<BundleReport> {
  const { output } = await buildWorker(join(product, "wrangler.toml"), outdir);
  const sizes = /Total Upload:\s*([\d.]+)\s*KiB\s*\/\s*gzip:\s*([\d.]+)\s*KiB/.exec(output);
  if (!sizes) throw new Error(`no "Total Upload" line in wrangler's output:\n${output}`);
  const uploadKiB = Number(sizes[1]);
  const gzipKiB = Number(sizes[2]);
  const files = readdirSync(outdir)
    .filter((name) => !name.endsWith(".map") && name !== "README.md")
    .map((name) => ({ name, bytes: statSync(join(outdir, name)).size }))
    .sort((a, b) => b.bytes - a.bytes);

  const result = await build({
    absWorkingDir: product,
    entryPoints: ["src/index.ts"],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["browser", "module", "main"],
    loader: { ".txt": "text" },
    // As wrangler.toml `[define]`: the routes' descriptions are the API documentation's alone.
    define: { WITH_API_DOCS: "false" },
    external: ["cloudflare:*", "node:*"],
    outfile: "index.js",
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const bundle = result.outputFiles[0]?.contents ?? new Uint8Array();
  const bytesByModule = new Map<string, number>();
  let source = 0;
  let packages = 0;
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const module = moduleOf(path);
      bytesByModule.set(module, (bytesByModule.get(module) ?? 0) + bytesInOutput);
      if (path.includes("node_modules/")) packages += bytesInOutput;
      else source += bytesInOutput;
    }
  }
  const total = source + packages;
  const modules = [...bytesByModule]
    .map(([module, bytes]) => ({ module, bytes, share: total > 0 ? bytes / total : 0 }))
    .sort((a, b) => b.bytes - a.bytes);

  return {
    uploadKiB,
    gzipKiB,
    withinLimit: gzipKiB <= GZIP_LIMIT_KIB,
    files,
    esbuild: { bytes: bundle.length, gzipBytes: gzipSync(bundle).length },
    modules,
    totals: { source, packages },
  };
}

/** `node_modules/@scope/pkg/…` → `@scope/pkg`, `node_modules/pkg/…` → `pkg`, else the path. */
function moduleOf(path: string): string {
  const at = path.lastIndexOf("node_modules/");
  if (at === -1) return path;
  const parts = path.slice(at + "node_modules/".length).split("/");
  return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
}
