import { describe, expect, it } from "vitest";
import { withoutCauseConnective } from "../../../src/core/marking/without-cause-connective";

describe("withoutCauseConnective", () => {
  it.each([
    ["parce que les pontes se sont succédé", "les pontes se sont succédé"],
    ["parce qu'il pleuvait", "il pleuvait"],
    ["car la route était coupée", "la route était coupée"],
    ["en raison du mauvais temps", "mauvais temps"],
    ["à cause d'un défaut de la ligne", "un défaut de la ligne"],
    ["grâce aux dons des habitants", "dons des habitants"],
    ["pour limiter la propagation", "limiter la propagation"],
    ["afin d'éviter l'engorgement", "éviter l'engorgement"],
  ])("takes %j for %j", (text, cause) => {
    expect(withoutCauseConnective(text)).toBe(cause);
  });

  it("leaves a phrase without connective, or a connective alone, as it is", () => {
    expect(withoutCauseConnective("la sécheresse")).toBe("la sécheresse");
    expect(withoutCauseConnective("pour")).toBe("pour");
    expect(withoutCauseConnective("cartes d'identité")).toBe("cartes d'identité");
  });
});
