import { describe, expect, it } from "vitest";
import { formatFrenchNumber } from "../../../../src/core/french/grammar/format-french-number";

describe("formatFrenchNumber", () => {
  it.each([
    [40000, "40 000"],
    [2016, "2016"],
    [1000, "1000"],
    [2100, "2100"],
    [2101, "2 101"],
    [999, "999"],
    [3.5, "3,5"],
    [12.5, "12,5"],
    [0.5, "0,5"],
    [42.195, "42,195"],
    [1.23456, "1,235"],
    [1234567, "1 234 567"],
    [1500.5, "1 500,5"],
    [0, "0"],
  ])("%d → %j", (value, expected) => {
    expect(formatFrenchNumber(value)).toBe(expected);
  });

  it("writes a four-digit count with a unit with its thousands space (`1 200 souches`)", () => {
    expect(formatFrenchNumber(1200, "souches")).toBe("1 200");
    expect(formatFrenchNumber(2016, "habitants")).toBe("2 016");
    expect(formatFrenchNumber(2016, "")).toBe("2016");
  });

  it("separates thousands with a plain space, as people type it", () => {
    expect(formatFrenchNumber(1_000_000_000)).toBe("1 000 000 000");
    expect(formatFrenchNumber(32000)).not.toMatch(/[\u00a0\u202f]/);
  });
});

describe("formatFrenchNumber on sums in cents", () => {
  it("writes both cents of a small sum (`16,40 $`), not of a scaled one (`2,8 milliards`)", () => {
    expect(formatFrenchNumber(16.4, "$")).toBe("16,40");
    expect(formatFrenchNumber(1.5, "euro")).toBe("1,50");
    expect(formatFrenchNumber(2.8, "milliards de francs CFA")).toBe("2,8");
    expect(formatFrenchNumber(3.5, "%")).toBe("3,5");
  });
});
