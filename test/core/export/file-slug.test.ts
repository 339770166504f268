import { describe, expect, it } from "vitest";
import { toFileSlug } from "../../../src/core/export/file-slug";

describe("toFileSlug", () => {
  it("folds accents and ligatures and joins words with single hyphens", () => {
    expect(toFileSlug("Belgique-Maroc : la DSITI s'inquiète !")).toBe(
      "belgique-maroc-la-dsiti-s-inquiete",
    );
    expect(toFileSlug("Œuvre — « cœur »")).toBe("oeuvre-coeur");
  });

  it("stays short and never ends with a hyphen", () => {
    const slug = toFileSlug(`${"mot ".repeat(40)}fin`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("falls back to quiz when nothing is left", () => {
    expect(toFileSlug("« ! »")).toBe("quiz");
    expect(toFileSlug('"; rm -rf /')).toBe("rm-rf");
  });
});
