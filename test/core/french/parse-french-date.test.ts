import { describe, expect, it } from "vitest";
import { findFrenchDates, parseFrenchDate } from "../../../src/core/french/parse-french-date";

describe("parseFrenchDate", () => {
  it.each([
    ["1er mars 2016", { year: 2016, month: 3, day: 1 }],
    ["1 mars 2016", { year: 2016, month: 3, day: 1 }],
    ["1ᵉʳ mars 2016", { year: 2016, month: 3, day: 1 }],
    ["premier mars 2016", { year: 2016, month: 3, day: 1 }],
    ["01/03/2016", { year: 2016, month: 3, day: 1 }],
    ["1/3/2016", { year: 2016, month: 3, day: 1 }],
    ["01.03.2016", { year: 2016, month: 3, day: 1 }],
    ["01-03-2016", { year: 2016, month: 3, day: 1 }],
    ["01/03/16", { year: 2016, month: 3, day: 1 }],
    ["2016-03-01", { year: 2016, month: 3, day: 1 }],
    ["mardi 1er mars", { month: 3, day: 1 }],
    ["mardi 1er mars 2016", { year: 2016, month: 3, day: 1 }],
    ["Mardi 1er Mars 2016.", { year: 2016, month: 3, day: 1 }],
    ["le 1er mars", { month: 3, day: 1 }],
    ["Le mardi 1er mars 2016", { year: 2016, month: 3, day: 1 }],
    ["  1er\u00a0mars\u00a02016 ", { year: 2016, month: 3, day: 1 }],
    ["12 janvier 2015", { year: 2015, month: 1, day: 12 }],
    ["3 février", { month: 2, day: 3 }],
    ["3 fevrier", { month: 2, day: 3 }],
    ["15 août 2020", { year: 2020, month: 8, day: 15 }],
    ["15 aout 2020", { year: 2020, month: 8, day: 15 }],
    ["25 déc. 2019", { year: 2019, month: 12, day: 25 }],
    ["29 février 2016", { year: 2016, month: 2, day: 29 }],
    ["29 février", { month: 2, day: 29 }],
    ["3/12", { month: 12, day: 3 }],
    ["03/12", { month: 12, day: 3 }],
    ["le 3.12", { month: 12, day: 3 }],
    ["3 déc.", { month: 12, day: 3 }],
    ["3 dec", { month: 12, day: 3 }],
  ])("%j", (input, date) => {
    expect(parseFrenchDate(input)).toEqual(date);
  });

  it.each([
    [""],
    ["mars"],
    ["mars 2016"], // no day
    ["2016"],
    ["Rabat"],
    ["32 mars 2016"],
    ["31 avril 2016"],
    ["29 février 2015"], // not a leap year
    ["13/13/2016"],
    ["1er mars 2016 à Rabat"],
    ["1er mars et 2 mars"],
    ["12 maisons"],
    ["31/4"], // no 31 April
    ["3/13"],
    ["3/12 à Rabat"],
  ])("reads no single date in %j", (input) => {
    expect(parseFrenchDate(input)).toBeUndefined();
  });
});

describe("findFrenchDates", () => {
  it("finds each way of writing a date, with offsets into the text", () => {
    const text =
      "Il a affirmé, mardi 1er mars à Rabat, que la visite était prévue le 12 janvier 2015. " +
      "Le 01/03/2016 à 13h33. Publié le 2016-03-02, révisé en mars 2016.";
    const dates = findFrenchDates(text);
    expect(dates).toEqual([
      { text: "mardi 1er mars", start: 14, end: 28, month: 3, day: 1, weekday: "mardi" },
      { text: "12 janvier 2015", start: 68, end: 83, year: 2015, month: 1, day: 12 },
      { text: "01/03/2016", start: 88, end: 98, year: 2016, month: 3, day: 1 },
      { text: "2016-03-02", start: 118, end: 128, year: 2016, month: 3, day: 2 },
      { text: "mars 2016", start: 140, end: 149, year: 2016, month: 3 },
    ]);
    for (const date of dates) expect(text.slice(date.start, date.end)).toBe(date.text);
  });

  it("takes a day, month and year as one date, not a month and year", () => {
    expect(findFrenchDates("le 1er mars 2016")).toEqual([
      { text: "1er mars 2016", start: 3, end: 16, year: 2016, month: 3, day: 1 },
    ]);
  });

  it("keeps the weekday as written, lowercased", () => {
    expect(findFrenchDates("Mardi 1er mars")[0]?.weekday).toBe("mardi");
  });

  it("ignores a month without a day or year, and numbers that are not dates", () => {
    expect(findFrenchDates("En mars, 13h33, 45 %, 3/4 des cartes, 01.02.03.04.05.")).toEqual([]);
  });

  it("ignores impossible numeric dates", () => {
    expect(findFrenchDates("Le 31/04/2016 ou le 12/25/2016.")).toEqual([]);
  });

  it("does not take a word starting with a month name for a month", () => {
    expect(findFrenchDates("Les 12 maisons de 2016")).toEqual([]);
  });
});
