import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LIMIT_PERIOD_SECONDS } from "../../src/middleware/teacher-auth-limiter";

describe("the rate limiting bindings' period", () => {
  it("is LIMIT_PERIOD_SECONDS in every [[ratelimits]] of wrangler.toml", () => {
    const config = readFileSync(new URL("../../wrangler.toml", import.meta.url), "utf8");
    const periods = [...config.matchAll(/^simple\s*=\s*\{[^}]*period\s*=\s*(\d+)/gm)].map((match) =>
      Number(match[1]),
    );
    expect(periods.length).toBeGreaterThanOrEqual(2);
    for (const period of periods) expect(period).toBe(LIMIT_PERIOD_SECONDS);
  });
});
