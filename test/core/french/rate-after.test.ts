import { describe, expect, it } from "vitest";
import { rateAfter } from "../../../src/core/french/rate-after";

describe("rateAfter", () => {
  it("reads a rate per thing or per time, as written and as a question says it", () => {
    expect(rateAfter(" le kilogramme, contre 17,2 dinars")).toMatchObject({
      written: "le kilogramme",
      per: "par kilogramme",
    });
    expect(rateAfter(" par heure, a été repérée lundi")).toMatchObject({
      written: "par heure",
      per: "par heure",
    });
    expect(rateAfter(" chaque mois")?.per).toBe("par mois");
    expect(rateAfter(" l'unité.")?.per).toBe("par unité");
    // Round 123: `11 tonnes | à l'hectare` had been keyed `11 tonnes`.
    expect(rateAfter(" à l'hectare, contre 8,5 tonnes")).toMatchObject({
      written: "à l'hectare",
      per: "par hectare",
    });
    expect(rateAfter(" à la famille")).toBeUndefined();
    // Round 161: `19 litres` keyed for a flow of 19 litres a second.
    expect(rateAfter(" par seconde.")?.per).toBe("par seconde");
    expect(rateAfter(" par kilomètre de voie")?.per).toBe("par kilomètre");
    expect(rateAfter(" par kilomètre carré, contre 17 800")?.per).toBe("par kilomètre carré");
  });

  it("reads no rate in a time (`l'an dernier`, `le jour de l'ouverture`) nor in what follows a comma", () => {
    expect(rateAfter(" l'an dernier")).toBeUndefined();
    expect(rateAfter(" le mois prochain")).toBeUndefined();
    expect(rateAfter(" le jour de l'ouverture")).toBeUndefined();
    expect(rateAfter(", par jour")).toBeUndefined();
    expect(rateAfter(" pour la région")).toBeUndefined();
  });
});

describe("rateAfter on a weight the trade uses", () => {
  it("reads `par quintal de 100 livres` and `la livre`", () => {
    expect(rateAfter(" par quintal de 100 livres pour la récolte")?.per).toBe("par quintal");
    expect(rateAfter(" la livre, contre 6,50 $")?.per).toBe("par livre");
  });
});
