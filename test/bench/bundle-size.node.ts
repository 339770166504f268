/**
 * The Worker stays within its size budget: what `wrangler deploy --dry-run` would upload,
 * gzipped, for the code as it is (test/bench/bundle-size.ts measures it).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type BundleReport, GZIP_LIMIT_KIB, measureBundle } from "./bundle-size";
import { ROOT } from "./paths";

const outdir = mkdtempSync(join(tmpdir(), "ardoise-bundle-"));

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

describe("the Worker bundle", () => {
  let report: BundleReport;

  it(`is at most ${GZIP_LIMIT_KIB} KiB gzipped`, { timeout: 120_000 }, async () => {
    report = await measureBundle(ROOT, outdir);
    expect(report.gzipKiB).toBeGreaterThan(50);
    expect(report.gzipKiB).toBeLessThanOrEqual(GZIP_LIMIT_KIB);
  });

  it("holds the language detector, with franc-min's Latin profiles only", () => {
    const modules = report.modules.map((entry) => entry.module);
    expect(modules).toContain("src/core/article/language-profiles.generated.ts");
    expect(modules).toContain("trigram-utils");
    expect(modules).not.toContain("franc-min");
  });

  it("leaves out the routes' descriptions, which only the API's documentation reads", () => {
    const code = report.files
      .filter((file) => file.name.endsWith(".js"))
      .map((file) => readFileSync(join(outdir, file.name), "utf8"))
      .join("\n");
    expect(code).toContain("/api/quizzes"); // the routes themselves are there
    // A summary of `describeRoute(WITH_API_DOCS ? {…} : {})` in src/routes/quizzes.ts.
    expect(code).not.toContain("The listed quizzes, a page at a time");
  });
});
