import { describe, expect, it } from "vitest";
import { roughCounts } from "../../../src/core/french/rough-counts";

describe("roughCounts", () => {
  it("reads each rough count as its round figure, in the order written", () => {
    expect(
      roughCounts(
        "Une vingtaine d'exploitants, des centaines de visiteurs et une Douzaine d'élus.",
      ),
    ).toEqual([20, 100, 12]);
  });

  it("reads no figure in a word that only ends like one", () => {
    expect(roughCounts("Une fontaine, une semaine, un domaine.")).toEqual([]);
  });
});
