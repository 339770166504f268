import { describe, expect, it } from "vitest";
import { toMoodleCategoryPath } from "../../../src/core/export/moodle-category-path";

describe("toMoodleCategoryPath", () => {
  it("puts the quiz under Ardoise, slashes doubled as Moodle escapes them", () => {
    expect(toMoodleCategoryPath("Paris/Rabat")).toBe("Ardoise/Paris//Rabat");
  });

  it("pads a name that would start or end with a slash, as Moodle does", () => {
    expect(toMoodleCategoryPath("/début et fin/")).toBe("Ardoise/ //début et fin// ");
  });

  it("keeps the title on one line", () => {
    expect(toMoodleCategoryPath("  Un\ntitre  ")).toBe("Ardoise/Un titre");
    expect(toMoodleCategoryPath(" ")).toBe("Ardoise/Quiz");
  });
});
