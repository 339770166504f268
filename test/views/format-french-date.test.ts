import { describe, expect, it } from "vitest";
import { formatFrenchDateTime } from "../../src/views/format-french-date";

describe("formatFrenchDateTime", () => {
  it.each([
    ["2016-03-01T13:33", "1er mars 2016 à 13 h 33"],
    ["2016-12-24T09:05", "24 décembre 2016 à 9 h 05"],
    ["2021-08-15T00:00:59", "15 août 2021 à 0 h 00"],
    ["2016-02-02", "2 février 2016"],
  ])("writes %s as « %s »", (published, expected) => {
    expect(formatFrenchDateTime(published)).toBe(expected);
  });

  it.each(["", "mardi", "2016-13-01", "2016-03-00", "2016-03-01T25:00", "2016-03-01T13:33Z"])(
    "gives up on %j rather than guess",
    (published) => {
      expect(formatFrenchDateTime(published)).toBeUndefined();
    },
  );
});
