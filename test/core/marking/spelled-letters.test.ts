import { describe, expect, it } from "vitest";
import { joinSpelledLetters } from "../../../src/core/marking/spelled-letters";

describe("joinSpelledLetters", () => {
  it.each([
    ["D.S.I.T.I.", "DSITI"],
    ["D.S.I.T.I", "DSITI"],
    ["D. S. I. T. I.", "DSITI"],
    ["D S I T I", "DSITI"],
    ["d s i t i", "dsiti"],
    ["la D.S.I.T.I.", "la DSITI"],
    ["l'O.N.U.", "l'ONU"],
    ["U E", "UE"],
    ["u.e.", "ue"],
    ["DSITI (D.S.I.T.I.)", "DSITI (DSITI)"],
  ])("%j → %j", (typed, joined) => {
    expect(joinSpelledLetters(typed)).toBe(joined);
  });

  it.each([["M. Michel"], ["il y a deux ans"], ["à l'ONU"], ["Jan Jambon"], ["J.-M. Le Pen"]])(
    "leaves %j as it is",
    (typed) => {
      expect(joinSpelledLetters(typed)).toBe(typed);
    },
  );
});
