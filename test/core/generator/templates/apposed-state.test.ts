import { describe, expect, it } from "vitest";
import { apposedState, frontedState } from "../../../../src/core/generator/templates/apposed-state";

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

describe("frontedState", () => {
  const subjectOf = (rest: string) =>
    /^(?:l['’]enceinte|le projet)/u.test(rest)
      ? { subject: rest.startsWith("le") ? "le projet" : "l'enceinte", plural: false }
      : undefined;
  it("writes a fronted participle's state as a sentence on the subject after it", () => {
    expect(
      frontedState(
        "Fermée depuis février 2025 en raison de l'état de sa pelouse, l'enceinte peut désormais accueillir 3 000 spectateurs.",
        subjectOf,
      ),
    ).toBe("L'enceinte était fermée depuis février 2025 en raison de l'état de sa pelouse.");
    expect(
      frontedState(
        "Lancé en 2023 pour faire face à la sécheresse, le projet couvre 85 hectares.",
        subjectOf,
      ),
    ).toBe("Le projet a été lancé en 2023 pour faire face à la sécheresse.");
  });
  it("reads nothing without a cause, or when the participle does not agree", () => {
    expect(frontedState("Lancé en 2023, le projet couvre 85 hectares.", subjectOf)).toBeUndefined();
    expect(
      frontedState(
        "Lancés en 2023 pour lutter contre la sécheresse, le projet couvre 85 hectares.",
        subjectOf,
      ),
    ).toBeUndefined();
  });
});
