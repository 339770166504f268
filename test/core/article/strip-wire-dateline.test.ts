import { describe, expect, it } from "vitest";
import { stripWireDateline } from "../../../src/core/article/strip-wire-dateline";

describe("stripWireDateline with the place's country or region", () => {
  it("strips `Bukavu, RDC (AFP) - ` and `Mbuji-Mayi (RD Congo) (AFP) - `", () => {
    expect(stripWireDateline("Bukavu, RDC (AFP) - Au moins 23 personnes ont été tuées.")).toBe(
      "Au moins 23 personnes ont été tuées.",
    );
    expect(
      stripWireDateline("Mbuji-Mayi (RD Congo) (AFP) - Au moins 63 personnes sont mortes."),
    ).toBe("Au moins 63 personnes sont mortes.");
  });

  it("keeps a name and its party before a dash", () => {
    const sentence = "Le Premier ministre, Paul Biya (RDPC) - a parlé.";
    expect(stripWireDateline(sentence)).toBe(sentence);
  });
});

describe("stripWireDateline with a date in figures", () => {
  it("strips `Rabat, 06/06/2026 (MAP) - `", () => {
    expect(stripWireDateline("Rabat, 06/06/2026 (MAP) - Le club a été sacré champion.")).toBe(
      "Le club a été sacré champion.",
    );
  });
});

describe("stripWireDateline with a date in words and no agency", () => {
  it("strips `LOMÉ, 30 novembre 2026 – ` and `Lomé, le 30 nov. – `", () => {
    expect(stripWireDateline("LOMÉ, 30 novembre 2026 – Le Togo et le Niger ont signé.")).toBe(
      "Le Togo et le Niger ont signé.",
    );
    expect(stripWireDateline("Lomé, le 30 nov. – Le Togo a signé.")).toBe("Le Togo a signé.");
  });

  it("keeps a sentence whose dash follows no date (`Lomé, la capitale – …`)", () => {
    const sentence = "Lomé, la capitale – Le Togo a signé.";
    expect(stripWireDateline(sentence)).toBe(sentence);
  });
});

describe("stripWireDateline with a region or a bracketed agency", () => {
  it("strips `RUKA, Finlande — ` and `P-au-P, 27 nov. 2026 [AlterPresse] --- `", () => {
    expect(stripWireDateline("RUKA, Finlande — La Québécoise a gagné.")).toBe(
      "La Québécoise a gagné.",
    );
    expect(stripWireDateline("DOLBEAU-MISTASSINI, Qc — Les producteurs souffrent.")).toBe(
      "Les producteurs souffrent.",
    );
    expect(stripWireDateline("P-au-P, 27 nov. 2026 [AlterPresse] --- Le ministère a lancé.")).toBe(
      "Le ministère a lancé.",
    );
  });

  it("keeps a sentence that opens on a name in capitals and a word (`Jean-Marc, Paul — …`)", () => {
    const sentence = "Jean-Marc, Paul — Le chat dort.";
    expect(stripWireDateline(sentence)).toBe(sentence);
  });
});

describe("stripWireDateline on an agency of several words", () => {
  it("strips `LE MOULE (Guadeloupe La 1ère) — `, a digit in the agency (round 100)", () => {
    expect(
      stripWireDateline("LE MOULE (Guadeloupe La 1ère) — Le Moulien Kévin Lacrosse a gagné."),
    ).toBe("Le Moulien Kévin Lacrosse a gagné.");
  });

  it("strips `SHERBROOKE (La Presse canadienne) — ` (round 95: the dateline stood in a question)", () => {
    expect(
      stripWireDateline("SHERBROOKE (La Presse canadienne) — Le Phoenix de Sherbrooke a gagné."),
    ).toBe("Le Phoenix de Sherbrooke a gagné.");
    expect(stripWireDateline("Jean-Marc (PS) a dit non.")).toBe("Jean-Marc (PS) a dit non.");
  });
});

describe("stripWireDateline on the datelines of round 110's dev articles", () => {
  it("strips an agency with an apostrophe (`(L'Avenir)`, `(L'Écho du Limousin)`)", () => {
    expect(stripWireDateline("BERTRIX, 28 mars (L'Avenir) – L'école restera ouverte.")).toBe(
      "L'école restera ouverte.",
    );
    expect(
      stripWireDateline("LIMOGES, 17 septembre (L'Écho du Limousin) – Le tribunal a validé."),
    ).toBe("Le tribunal a validé.");
  });

  it("strips a place with its region in brackets and a date (`BISCARROSSE (Landes), 19 juin – `)", () => {
    expect(stripWireDateline("BISCARROSSE (Landes), 19 juin – La dune a reculé.")).toBe(
      "La dune a reculé.",
    );
  });

  it("leaves nothing of a dateline on a line of its own (`ABIDJAN, 16 février (APA) -`)", () => {
    expect(stripWireDateline("ABIDJAN, 16 février (APA) -")).toBe("");
    expect(stripWireDateline("MAROUA, 13 juin –")).toBe("");
    expect(stripWireDateline("PAPEETE, le 15 mars 2025 -")).toBe("");
    // A headline-like line that is no dateline stays.
    expect(stripWireDateline("Coup dur pour les transporteurs –")).toBe(
      "Coup dur pour les transporteurs –",
    );
  });

  it("strips a place, its province and an agency of several words (`AMQUI, Qc, 18 février (La Presse canadienne) – `)", () => {
    expect(
      stripWireDateline(
        "AMQUI, Qc, 18 février (La Presse canadienne) – Le propriétaire a annoncé.",
      ),
    ).toBe("Le propriétaire a annoncé.");
    expect(
      stripWireDateline("JOLIETTE (Québec), 4 juin (La Presse canadienne) – Le conseil a voté."),
    ).toBe("Le conseil a voté.");
  });
});
