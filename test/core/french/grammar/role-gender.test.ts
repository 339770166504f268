import { describe, expect, it } from "vitest";
import { roleGender } from "../../../../src/core/french/grammar/role-gender";

describe("roleGender", () => {
  it.each([
    ["présidente d'un groupement de femmes", "f"],
    ["vice-présidente du conseil", "f"],
    ["directrice médicale", "f"],
    ["ambassadrice", "f"],
    ["cheffe de service", "f"],
    ["directeur général de la SBRG", "m"],
    ["président du club", "m"],
    ["ambassadeur", "m"],
    ["chef de la police", "m"],
  ])("reads %s as %s", (role, gender) => {
    expect(roleGender(role)).toBe(gender);
  });

  it.each(["ministre des Mines", "secrétaire d'État", "maire de Pontivy", "porte-parole"])(
    "reads no gender in %s, which both share",
    (role) => {
      expect(roleGender(role)).toBeUndefined();
    },
  );
});
