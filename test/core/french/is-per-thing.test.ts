import { describe, expect, it } from "vitest";
import { isPerThing } from "../../../src/core/french/is-per-thing";

describe("isPerThing", () => {
  it("takes `par` and a thing for a rate (the @example), not `par` and a time", () => {
    expect(isPerThing(" par entaille cette saison")).toBe(true);
    expect(isPerThing(" par mètre de façade et par étage")).toBe(true);
    expect(isPerThing(" par an")).toBe(false);
    expect(isPerThing(" par jour dans le fleuve")).toBe(false);
    expect(isPerThing(", selon les producteurs")).toBe(false);
  });
});
