import { describe, expect, it } from "vitest";
import { isRangeEnd, isRangeStart } from "../../../src/core/french/is-range-bound";

function endOf(body: string, text: string): boolean {
  return isRangeEnd(body, { start: body.indexOf(text) });
}

describe("isRangeEnd and isRangeStart", () => {
  it("finds the end of a range of days, the @example", () => {
    expect(endOf("Le festival s'est tenu du 18 au 26 octobre.", "26 octobre")).toBe(true);
    expect(endOf("Le festival s'est tenu le 26 octobre.", "26 octobre")).toBe(false);
  });

  it("takes no time of day for a range's other end (`samedi 5 décembre à 14 h`)", () => {
    const body =
      "Ils ont prévu un rassemblement samedi 5 décembre à 14 h, place de l'Hôtel-de-Ville.";
    expect(isRangeStart(body, { end: body.indexOf("décembre") + 8 })).toBe(false);
    const range = "Le salon se tient du 5 décembre au 8 décembre, puis du 9 à 12 h.";
    expect(isRangeStart(range, { end: range.indexOf("décembre") + 8 })).toBe(true);
  });

  it("finds the end of a range of centuries (`entre le IIIe et le Ier siècle`)", () => {
    const body = "Un village occupé entre le IIIe et le Ier siècle avant notre ère.";
    expect(endOf(body, "Ier siècle")).toBe(true);
  });

  it("finds the start of a range before `à` and a day", () => {
    const body = "dans la nuit de lundi à mardi";
    expect(isRangeStart(body, { end: body.indexOf("lundi") + 5 })).toBe(true);
  });
});
