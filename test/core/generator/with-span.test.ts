import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import { withSpan } from "../../../src/core/generator/with-span";
import { numberCandidate } from "./number-candidate";

/** The prompt asked of `figure` in the one-sentence article `text`, with its span of time. */
function asked(prompt: string, figure: string, text: string): string {
  const analysis = analyseArticle(parseArticle(`Titre\n\n${text}`));
  return withSpan(numberCandidate(analysis, figure, prompt), analysis.body).prompt;
}

describe("withSpan", () => {
  it("says the span a count was made over, after the figure or opening the sentence (round 166: « chiffre sans repère »)", () => {
    expect(
      asked(
        "Combien de naufrages ont été enregistrés ?",
        "quatre naufrages",
        "Selon les services de la navigation lacustre, quatre naufrages ont été enregistrés depuis janvier sur les axes reliant Kalehe à Goma.",
      ),
    ).toBe("Combien de naufrages ont été enregistrés depuis janvier ?");
    expect(
      asked(
        "Combien de césariennes l'équipe a-t-elle pratiquées ?",
        "21 césariennes",
        "En six semaines, l'équipe a déjà pratiqué 21 césariennes, sans aucun décès maternel.",
      ),
    ).toBe("Combien de césariennes l'équipe a-t-elle pratiquées en six semaines ?");
    expect(
      asked(
        "Combien de millimètres de pluie la station météo a-t-elle enregistrés ?",
        "312 millimètres",
        "Entre le 1er avril et le 31 mai, la station météo a enregistré 312 millimètres de pluie, près du double de la normale.",
      ),
    ).toBe(
      "Combien de millimètres de pluie la station météo a-t-elle enregistrés entre le 1er avril et le 31 mai ?",
    );
  });

  it("leaves a question that says its time, asks a length, or counts things a participle dates", () => {
    const wrecks =
      "Selon les services de la navigation lacustre, quatre naufrages ont été enregistrés depuis janvier sur les axes reliant Kalehe à Goma.";
    expect(
      asked("Combien de naufrages ont été enregistrés en 2026 ?", "quatre naufrages", wrecks),
    ).toBe("Combien de naufrages ont été enregistrés en 2026 ?");
    expect(
      asked(
        "Combien de structures provisoires le bâtiment doit-il remplacer ?",
        "deux structures",
        "Le bâtiment doit remplacer deux structures provisoires installées dans des conteneurs depuis 2019.",
      ),
    ).toBe("Combien de structures provisoires le bâtiment doit-il remplacer ?");
    expect(
      asked(
        "Combien de semaines l'équipe a-t-elle travaillé ?",
        "six semaines",
        "En six semaines, l'équipe a déjà pratiqué 21 césariennes.",
      ),
    ).toBe("Combien de semaines l'équipe a-t-elle travaillé ?");
  });
});
