import { describe, expect, it } from "vitest";
import { standingAlone, toDefinite } from "../../../../src/core/french/grammar/to-definite";

describe("toDefinite", () => {
  it.each([
    ["une délégation belge", "la délégation belge"],
    ["un accord", "l'accord"],
    ["des élèves", "les élèves"],
    ["un hôpital", "l'hôpital"],
    ["une équipe", "l'équipe"],
    ["un stade", "le stade"],
    ["Une enquête", "l'enquête"],
    ["d'une délégation", "la délégation"],
    ["d'un accord", "l'accord"],
    ["des enquêteurs de la police", "les enquêteurs de la police"],
    ["  un contrat de trois ans ", "le contrat de trois ans"],
  ])("%j → %j", (phrase, expected) => {
    expect(toDefinite(phrase)).toBe(expected);
  });

  it("leaves a phrase that is already definite as it is", () => {
    expect(toDefinite("le ministre")).toBe("le ministre");
    expect(toDefinite("l'accord")).toBe("l'accord");
    expect(toDefinite("les travaux")).toBe("les travaux");
  });

  it("keeps `le`/`la` whole before an aspirated h (`le héros`, `la hausse`)", () => {
    expect(toDefinite("un héros")).toBe("le héros");
    expect(toDefinite("une hausse des prix")).toBe("la hausse des prix");
  });
});

describe("standingAlone", () => {
  it("turns a demonstrative into the definite article, and leaves any other phrase", () => {
    expect(standingAlone("cette convention")).toBe("la convention");
    expect(standingAlone("ces litiges")).toBe("les litiges");
    expect(standingAlone("ce projet")).toBe("le projet");
    expect(standingAlone("cet institut")).toBe("l'institut");
    expect(standingAlone("la station")).toBe("la station");
  });
});

describe("toDefinite on a share", () => {
  it("keeps `une partie de`, `une centaine d'` as written", () => {
    expect(toDefinite("une partie de la récolte")).toBe("une partie de la récolte");
    expect(toDefinite("une centaine d'hommes")).toBe("une centaine d'hommes");
    expect(toDefinite("une délégation belge")).toBe("la délégation belge");
  });
});
