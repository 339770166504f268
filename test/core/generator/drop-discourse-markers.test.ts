import { describe, expect, it } from "vitest";
import type { Candidate } from "../../../src/core/generator/candidate";
import { dropDiscourseMarkers } from "../../../src/core/generator/drop-discourse-markers";

function dropped(prompt: string): string {
  const candidate = {
    template: "why",
    prompt,
    answer: { kind: "phrase", text: "pour évoquer leurs grands-mères" },
    sentence: { text: "x", start: 0, end: 1 },
    reliability: 0.8,
    topic: "t",
    choice: false,
  } satisfies Candidate;
  return dropDiscourseMarkers(candidate).prompt;
}

describe("dropDiscourseMarkers", () => {
  it("drops what ties the sentence to the one before (round 122: `d'ailleurs` copied)", () => {
    expect(
      dropped("Pourquoi est-ce que plusieurs spectatrices ont d'ailleurs pris la parole ?"),
    ).toBe("Pourquoi est-ce que plusieurs spectatrices ont pris la parole ?");
    expect(dropped("Pourquoi la province crée-t-elle également un fonds de 180 millions ?")).toBe(
      "Pourquoi la province crée-t-elle un fonds de 180 millions ?",
    );
  });

  it("drops `ensuite`, which points at the sentence before (round 127)", () => {
    expect(dropped("Pourquoi les sacs s'empilent-ils ensuite dans les cours ?")).toBe(
      "Pourquoi les sacs s'empilent-ils dans les cours ?",
    );
  });

  it("drops `en attendant` a why put last from the sentence's opening (round 123)", () => {
    expect(
      dropped(
        "Pourquoi le CRDA distribuera-t-il 3 tonnes de semences à l'automne prochain en attendant ?",
      ),
    ).toBe("Pourquoi le CRDA distribuera-t-il 3 tonnes de semences à l'automne prochain ?");
  });

  it("keeps a comparison and a blank's quoted sentence", () => {
    expect(dropped("Pourquoi la saison a-t-elle été aussi longue que prévu ?")).toBe(
      "Pourquoi la saison a-t-elle été aussi longue que prévu ?",
    );
    const gap = "Complétez : « Plusieurs spectatrices ont d'ailleurs pris …… la parole. »";
    expect(dropped(gap)).toBe(gap);
  });
});
