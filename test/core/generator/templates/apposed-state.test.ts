import { describe, expect, it } from "vitest";
import { apposedState } from "../../../../src/core/generator/templates/apposed-state";

describe("apposedState", () => {
  it("writes a state in apposition as its own sentence, in the tense its circumstances give", () => {
    expect(
      apposedState(
        "Le projet doit remplacer la salle de gymnastique du collège du Pré-Bailly, fermée depuis janvier en raison de la présence d'amiante dans les faux plafonds.",
      ),
    ).toBe(
      "La salle de gymnastique du collège du Pré-Bailly est fermée depuis janvier en raison de la présence d'amiante dans les faux plafonds.",
    );
    expect(
      apposedState("Il a inauguré le pont de Dubreuil, endommagé en 2021 à cause du séisme."),
    ).toBe("Le pont de Dubreuil a été endommagé en 2021 à cause du séisme.");
  });

  it("reads none where no noun phrase agrees with the participle, or no cause follows", () => {
    expect(
      apposedState(
        "Le conseil a voté le projet de rénovation, fermée depuis mai en raison de fuites.",
      ),
    ).toBeUndefined();
    expect(apposedState("Le musée, fermé depuis mai, rouvrira en juin.")).toBeUndefined();
  });
});
