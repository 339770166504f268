import { describe, expect, it } from "vitest";
import { formatRate } from "../../src/views/format-rate";

describe("formatRate", () => {
  it("writes a rate as a French percentage, a dash when there is none", () => {
    expect(formatRate(0.8333)).toBe("83\u00a0%");
    expect(formatRate(1)).toBe("100\u00a0%");
    expect(formatRate(0)).toBe("0\u00a0%");
    expect(formatRate(null)).toBe("—");
  });
});
