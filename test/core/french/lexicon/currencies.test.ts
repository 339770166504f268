import { describe, expect, it } from "vitest";
import { isMoneyUnit } from "../../../../src/core/french/lexicon/currencies";

describe("isMoneyUnit", () => {
  it("knows currencies by name, with or without a scale", () => {
    for (const unit of [
      "euros",
      "millions de francs CFA",
      "milliards d'ariary",
      "dinars",
      "livres libanaises",
    ]) {
      expect(isMoneyUnit(unit), unit).toBe(true);
    }
  });

  it("knows the abbreviations of francophone papers, in capitals only", () => {
    for (const unit of ["DA", "milliards de DA", "FC", "MRU", "MDH", "FCFA", "M$", "Md €"]) {
      expect(isMoneyUnit(unit), unit).toBe(true);
    }
    for (const unit of ["da", "Mru", "fc"]) expect(isMoneyUnit(unit), unit).toBe(false);
  });

  it("does not take a count or a measure for a sum", () => {
    for (const unit of ["personnes", "tonnes", "km", "%", "millions de tonnes", "M"]) {
      expect(isMoneyUnit(unit), unit).toBe(false);
    }
  });
});
