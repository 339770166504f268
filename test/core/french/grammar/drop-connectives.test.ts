import { describe, expect, it } from "vitest";
import { dropConnectives } from "../../../../src/core/french/grammar/drop-connectives";

describe("dropConnectives", () => {
  it("drops the adverbs that tie a sentence to the one before (the @example)", () => {
    expect(dropConnectives("devra toutefois construire 600 logements")).toBe(
      "devra construire 600 logements",
    );
    expect(dropConnectives("a cependant réduit de 12 % sa consommation")).toBe(
      "a réduit de 12 % sa consommation",
    );
  });

  it("drops `en revanche` and `par contre` (round 65: *Pourquoi l'Allemagne recule en revanche … ?*)", () => {
    expect(dropConnectives("recule en revanche de 3,1 %")).toBe("recule de 3,1 %");
    expect(dropConnectives("progresse par contre de 2 %")).toBe("progresse de 2 %");
  });

  it("keeps `alors` and a word that only contains a connective (`toutefoisière`)", () => {
    expect(dropConnectives("a alors signé un accord")).toBe("a alors signé un accord");
    expect(dropConnectives("la toutefoisière")).toBe("la toutefoisière");
  });
});
