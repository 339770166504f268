import { describe, expect, it } from "vitest";
import { MONTH_NAMES } from "../../../../src/core/french/lexicon/month-names";

describe("MONTH_NAMES", () => {
  it("lists the twelve months from janvier, with their accents", () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[0]).toBe("janvier");
    expect(MONTH_NAMES[1]).toBe("février");
    expect(MONTH_NAMES[7]).toBe("août");
    expect(MONTH_NAMES[11]).toBe("décembre");
  });
});
