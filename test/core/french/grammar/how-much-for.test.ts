import { describe, expect, it } from "vitest";
import { howMuchFor } from "../../../../src/core/french/grammar/how-much-for";

describe("howMuchFor", () => {
  it("asks a sum handed over with Combien, a level reached with Quel montant, no count reached", () => {
    expect(howMuchFor("verser", true)).toBe("Combien");
    expect(howMuchFor("recruter", false)).toBe("Combien");
    expect(howMuchFor(undefined, false)).toBe("Combien");
    expect(howMuchFor("atteindre", true)).toBe("Quel montant");
    expect(howMuchFor("dépasser", true)).toBe("Quel montant");
    expect(howMuchFor("atteindre", false)).toBeUndefined();
  });
});
