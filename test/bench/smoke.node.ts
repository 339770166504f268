/**
 * The smoke benchmark in `npm test`: the built Worker on workerd (without its assets layer) next
 * to a bare Hono Worker built the same way (workerd-targets.ts), each hot path for a second in
 * two slices paired with bare Hono. Fails when a ratio to bare Hono falls to half the one the
 * last full `npm run bench` committed (smoke-baseline.json) twice in a row (a path below its
 * floor is measured again): a 2× regression, outside the noise of a shared 2-core machine,
 * where a smaller change would make the test flaky.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./paths";
import { readSmokeBaseline, SMOKE_REGRESSION_FACTOR } from "./smoke-baseline";
import { cleanUp } from "./start-worker";
import { runWorkerdBench, type WorkerdTargetResult } from "./workerd-targets";

const baseline = readSmokeBaseline();
const ratios = baseline?.ratios ?? {};

afterAll(async () => {
  await cleanUp();
});

/** The hot paths `ids`, as the full bench measures them but for a second each. */
async function measure(ids: string[]): Promise<WorkerdTargetResult[]> {
  const outcome = await runWorkerdBench(
    [{ label: "now", dir: ROOT }],
    {
      connections: 10,
      duration: 1,
      slices: 2,
      warmup: 0.3,
      profileRequests: 0,
      generationRuns: 0,
      only: ids,
      withoutAssets: true,
    },
    () => undefined,
  );
  return outcome.targets;
}

const belowFloor = (target: WorkerdTargetResult) =>
  target.ratio === undefined || target.ratio < (ratios[target.id] ?? 0) / SMOKE_REGRESSION_FACTOR;

describe("the smoke benchmark (built Worker on workerd, against bare Hono)", () => {
  it("has a committed baseline to compare with", () => {
    expect(baseline, "test/bench/smoke-baseline.json: run npm run bench").toBeDefined();
    expect(Object.keys(ratios).length).toBeGreaterThanOrEqual(5);
  });

  it(`has no hot path at less than 1/${SMOKE_REGRESSION_FACTOR} of its baseline ratio`, {
    timeout: 300_000,
  }, async () => {
    const measured = new Map<string, WorkerdTargetResult>();
    for (const target of await measure(Object.keys(ratios))) measured.set(target.id, target);
    // Below its floor: measured once more. A real 2× regression is below it again; a slice
    // that a burst of other jobs slowed down is not.
    const again = [...measured.values()].filter(belowFloor).map((target) => target.id);
    if (again.length > 0) {
      for (const target of await measure(again)) measured.set(target.id, target);
    }
    const report = Object.entries(ratios).map(([id, expected]) => ({
      id,
      baseline: expected,
      floor: expected / SMOKE_REGRESSION_FACTOR,
      now: measured.get(id)?.ratio,
      error: measured.get(id)?.error,
      twice: again.includes(id),
    }));
    console.log(
      report
        .map(
          (row) =>
            `${row.id}: ${row.now?.toFixed(2) ?? row.error} × bare Hono (baseline ${row.baseline.toFixed(2)}, floor ${row.floor.toFixed(2)}${row.twice ? ", measured twice" : ""})`,
        )
        .join("\n"),
    );
    for (const row of report) {
      expect(row.error, row.id).toBeUndefined();
      expect(row.now, `${row.id}: ratio to bare Hono`).toBeGreaterThanOrEqual(row.floor);
    }
  });
});
