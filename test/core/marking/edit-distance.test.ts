import { describe, expect, it } from "vitest";
import { editDistance } from "../../../src/core/marking/edit-distance";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["michel", "michel", 0],
    ["michel", "michell", 1], // insertion
    ["charles", "charls", 1], // deletion
    ["rabat", "rabot", 1], // substitution
    ["michel", "mihcel", 1], // adjacent transposition counts once
    ["ab", "ba", 1],
    ["ca", "abc", 3], // OSA, not Damerau: a transposed pair is not edited again
    ["dsiti", "dsti", 1],
    ["dsiti", "dgsn", 4],
    ["kitten", "sitting", 3],
    ["jambon", "michel", 6],
  ])("%j → %j is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it("is symmetric", () => {
    for (const [a, b] of [
      ["charles michel", "charls micheal"],
      ["direction", "driection"],
      ["dgsn", "dsiti"],
    ] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });

  it("counts a letter outside the BMP as one character", () => {
    expect(editDistance("a𝒳b", "ab")).toBe(1);
  });
});
