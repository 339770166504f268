import { describe, expect, it } from "vitest";
import {
  endsBeforeComplement,
  endsIncomplete,
} from "../../../../src/core/french/grammar/ends-incomplete";

describe("endsIncomplete", () => {
  it("ends incomplete on a verb of trying or a span of days cut from what says which (round 168)", () => {
    expect(endsIncomplete("parce qu'ils n'ont pas réussi")).toBe(true);
    expect(endsIncomplete("pour stocker le poisson frais pendant les jours")).toBe(true);
    expect(endsIncomplete("parce qu'ils n'ont pas réussi à recruter assez de personnel")).toBe(
      false,
    );
    expect(endsIncomplete("pour stocker le poisson frais")).toBe(false);
    expect(endsIncomplete("parce que l'opération a réussi")).toBe(false);
    expect(endsIncomplete("parce que les travaux ont commencé")).toBe(false);
  });

  it("ends incomplete on a kind without what it is of (round 165: « … d'une variété »)", () => {
    expect(endsIncomplete("un sac de 20 kilogrammes d'une variété")).toBe(true);
    expect(endsIncomplete("un sac de 20 kilogrammes")).toBe(false);
  });

  it("ends incomplete on an adjective its measure completes (round 164: « savoir-faire vieux »)", () => {
    expect(endsIncomplete("pour assurer la transmission d'un savoir-faire vieux")).toBe(true);
    expect(endsIncomplete("une digue longue")).toBe(true);
    expect(endsIncomplete("pour assurer la transmission d'un savoir-faire")).toBe(false);
  });

  it("takes a month or a day for a phrase's end, not for a function word (`… de grêle en avril`)", () => {
    expect(endsIncomplete("deux épisodes de grêle en avril")).toBe(false);
    expect(endsIncomplete("une réunion prévue mardi")).toBe(false);
    expect(endsIncomplete("deux épisodes de grêle en avril et")).toBe(true);
  });

  it.each([
    ["a noun of quantity without its complement", "un montant proportionnel au nombre"],
    ["a stage without its complement", "parce que le dossier s'est réglé avant l'étape"],
    ["measures without their complement", "deux attaques commises malgré des mesures"],
    ["a function word", "le chalutage à moins"],
    ["a gerund without its object", "pour capter l'argent public en profitant"],
    ["a sentence's full stop", "à une combinaison de facteurs."],
    ["a nominal phrase without its object", "la mise en service"],
    ["a noun cut before its complement (round 64)", "Qui a annoncé la mise"],
    ["an idiom cut (round 64)", "d'une reprise à bout"],
    ["an infinitive of ability without its object (round 64)", "un capteur capable de détecter"],
    ["a connective of cause cut off (round 64)", "des citernes entières à cause"],
    ["a modal's infinitive without its object", "car les plants n'ont pas pu former"],
    ["a rough count without what it counts", "le retard d'une soixantaine"],
    ["a participle without what it is for (round 77)", "un bassin d'apprentissage destiné"],
  ])("is true of %s", (_, phrase) => {
    expect(endsIncomplete(phrase)).toBe(true);
  });

  it.each([
    "pour ne pas nuire à la fraie",
    "un acompte de 40% à la signature",
    "la construction d'un pont",
    "en raison des risques d'inondations",
    "un bassin destiné aux écoles",
  ])("is false of %s", (phrase) => {
    expect(endsIncomplete(phrase)).toBe(false);
  });
});

describe("endsBeforeComplement", () => {
  it("finds `à partir`, `à compter` and `le temps` cut before what they need (round 129)", () => {
    expect(endsIncomplete("pour accueillir l'école de musique à partir")).toBe(true);
    expect(endsIncomplete("pour laisser aux colonies le temps")).toBe(true);
    expect(endsIncomplete("pour accueillir l'école de musique")).toBe(false);
    expect(endsIncomplete("malgré le mauvais temps")).toBe(false);
  });

  it("reads `des cours` as prices, `au cours` as open", () => {
    expect(endsIncomplete("la forte baisse des cours")).toBe(false);
    expect(endsIncomplete("des pluies tombées au cours")).toBe(true);
  });

  it("finds a phrase cut before its complement, and lets an object end on a count", () => {
    expect(endsBeforeComplement("un capteur portatif capable de détecter")).toBe(true);
    expect(endsBeforeComplement("la mise")).toBe(true);
    expect(endsBeforeComplement("310 personnes")).toBe(false);
    expect(endsBeforeComplement("le doublé 100 m")).toBe(false);
    expect(endsBeforeComplement("la mise au chômage partiel de 300 employés")).toBe(false);
  });

  it("reads an action named alone as cut before its complement (`l'arrivée`), not one after `à`", () => {
    expect(endsBeforeComplement("l'arrivée")).toBe(true);
    expect(endsBeforeComplement("Qui annonce l'arrivée ?")).toBe(true);
    expect(endsBeforeComplement("la taxe à l'exportation")).toBe(false);
    expect(endsBeforeComplement("l'arrivée de 1 500 tonnes d'oignons")).toBe(false);
  });
});

describe("endsBeforeComplement on a locution cut from its complement (round 111)", () => {
  it("finds `au détriment`, `en faveur`, `à l'intention` at the end, not inside", () => {
    expect(endsBeforeComplement("pour avoir détourné 412 000 $ au détriment")).toBe(true);
    expect(endsBeforeComplement("un vote en faveur")).toBe(true);
    expect(endsBeforeComplement("des cours à l'intention")).toBe(true);
    expect(
      endsBeforeComplement("pour avoir détourné 412 000 $ au détriment de la coopérative"),
    ).toBe(false);
  });
});

describe("endsIncomplete on a preposition's head", () => {
  it.each(["pour déployer ses capteurs connectés auprès", "pour circuler autour"])(
    "is true of %s",
    (phrase) => {
      expect(endsIncomplete(phrase)).toBe(true);
    },
  );
});

describe("endsIncomplete on a locution cut before its `de`", () => {
  it.each(["car une liane ne donne ses gousses qu'au bout", "à l'issue", "au sein"])(
    "is true of %s",
    (phrase) => {
      expect(endsIncomplete(phrase)).toBe(true);
    },
  );
  it("is false of `jusqu'au bout`", () => {
    expect(endsIncomplete("pour maintenir la motivation jusqu'au bout")).toBe(false);
  });
});
