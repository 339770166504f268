import { describe, expect, it } from "vitest";
import { WEEKDAY_NAMES } from "../../../../src/core/french/lexicon/weekday-names";

describe("WEEKDAY_NAMES", () => {
  it("lists the seven days, Monday first, as an alternation that matches whole names only", () => {
    expect(WEEKDAY_NAMES.split("|")).toEqual([
      "lundi",
      "mardi",
      "mercredi",
      "jeudi",
      "vendredi",
      "samedi",
      "dimanche",
    ]);
    const day = new RegExp(`^(?:${WEEKDAY_NAMES})$`, "u");
    expect(day.test("mercredi")).toBe(true);
    expect(day.test("mercredis")).toBe(false);
  });
});
