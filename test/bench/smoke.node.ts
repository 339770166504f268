/**
 * The smoke benchmark in `npm test`: the built Worker on workerd (without its assets layer) next
 * to a bare Hono Worker built the same way (workerd-targets.ts), each hot path for a second in two slices paired with bare
 * Hono. Fails when a ratio to bare Hono falls to half the one the last full `npm run bench`
 * committed (smoke-baseline.json): a 2× regression, far outside the noise of a shared 2-core
 * machine, where a smaller change would make the test flaky.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./paths";
import { readSmokeBaseline, SMOKE_REGRESSION_FACTOR } from "./smoke-baseline";
import { cleanUp } from "./start-worker";
import { runWorkerdBench, type WorkerdTargetResult } from "./workerd-targets";

const baseline = readSmokeBaseline();

afterAll(async () => {
  await cleanUp();
});

describe("the smoke benchmark (built Worker on workerd, against bare Hono)", () => {
  it("has a committed baseline to compare with", () => {
    expect(baseline, "test/bench/smoke-baseline.json: run npm run bench").toBeDefined();
    expect(Object.keys(baseline?.ratios ?? {}).length).toBeGreaterThanOrEqual(5);
  });

  it(`has no hot path at less than 1/${SMOKE_REGRESSION_FACTOR} of its baseline ratio`, {
    timeout: 240_000,
  }, async () => {
    const ratios = baseline?.ratios ?? {};
    const outcome = await runWorkerdBench(
      [{ label: "now", dir: ROOT }],
      {
        connections: 4,
        duration: 1,
        slices: 2,
        warmup: 0.3,
        profileRequests: 0,
        generationRuns: 0,
        only: Object.keys(ratios),
      },
      () => undefined,
    );
    const measured = new Map<string, WorkerdTargetResult>(
      outcome.targets.map((target) => [target.id, target]),
    );
    const report = Object.entries(ratios).map(([id, expected]) => {
      const result = measured.get(id);
      return {
        id,
        baseline: expected,
        now: result?.ratio,
        error: result?.error,
        floor: expected / SMOKE_REGRESSION_FACTOR,
      };
    });
    console.log(
      report
        .map(
          (row) =>
            `${row.id}: ${row.now?.toFixed(2) ?? row.error} × bare Hono (baseline ${row.baseline.toFixed(2)}, floor ${row.floor.toFixed(2)})`,
        )
        .join("\n"),
    );
    for (const row of report) {
      expect(row.error, row.id).toBeUndefined();
      expect(row.now, `${row.id}: ratio to bare Hono`).toBeGreaterThanOrEqual(row.floor);
    }
  });
});
