import { describe, expect, it } from "vitest";
import { withArticleElision } from "../../../src/core/generator/with-article-elision";

describe("withArticleElision (round 172: Boghé's « l'hakem »)", () => {
  it("writes back an h-word's article as the article writes it", () => {
    const body = "Le hakem de la moughataa de Boghé a invité les exploitants à payer la redevance.";
    expect(
      withArticleElision("Pourquoi l'hakem de la moughataa a-t-il invité les exploitants ?", body),
    ).toBe("Pourquoi le hakem de la moughataa a-t-il invité les exploitants ?");
    expect(withArticleElision("L'hakem a-t-il visité le site ?", body)).toBe(
      "Le hakem a-t-il visité le site ?",
    );
  });

  it("leaves an elision the article makes too, and prompts with no elided h", () => {
    const body = "Le ministre a inauguré l'huilerie et la salle d'hémodialyse de l'hôpital.";
    expect(withArticleElision("Qui a inauguré l'huilerie ?", body)).toBe(
      "Qui a inauguré l'huilerie ?",
    );
    expect(withArticleElision("Qui a inauguré la salle d'hémodialyse ?", body)).toBe(
      "Qui a inauguré la salle d'hémodialyse ?",
    );
    expect(withArticleElision("Qui a inauguré le canal ?", body)).toBe("Qui a inauguré le canal ?");
  });
});
