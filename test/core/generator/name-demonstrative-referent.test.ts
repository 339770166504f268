import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import type { Candidate } from "../../../src/core/generator/candidate";
import { rankCandidates } from "../../../src/core/generator/generate-quiz";
import { nameDemonstrativeReferent } from "../../../src/core/generator/name-demonstrative-referent";

/** A candidate of `template` with `prompt`, on the last sentence of `text`, renamed. */
function renamed(prompt: string, text: string, title = "Titre", template = "why"): string {
  const analysis = analyseArticle(parseArticle([title, text].join("\n\n")));
  const sentence = analysis.sentences.at(-1);
  if (!sentence) throw new Error("no sentence");
  const candidate = {
    template,
    prompt,
    answer: { kind: "phrase", text: "des difficultés de financement" },
    sentence,
    reliability: 0.95,
    topic: "t",
    choice: false,
  } as Candidate;
  return nameDemonstrativeReferent(candidate, analysis, title).prompt;
}

describe("nameDemonstrativeReferent", () => {
  it("names a thing the article introduced before (`un tronçon`, `une campagne`) with the definite article, contracted after `de`", () => {
    expect(
      renamed(
        "Pourquoi les travaux de ce tronçon avaient-ils été ralentis ?",
        "La ligne relie Djelfa à Boughezoul sur un tronçon de 140 km. Les travaux de ce tronçon avaient été ralentis en raison de difficultés de financement.",
      ),
    ).toBe("Pourquoi les travaux du tronçon avaient-ils été ralentis ?");
    expect(
      renamed(
        "Pourquoi cette campagne de dix jours a-t-elle été décidée ?",
        "Une campagne de vaccination s'ouvre lundi. Cette campagne de dix jours a été décidée en raison d'une hausse des cas.",
      ),
    ).toBe("Pourquoi la campagne de dix jours a-t-elle été décidée ?");
    // The headline names it too; a plural stays plural, and `cet` elides.
    expect(
      renamed(
        "Pourquoi ces litiges se multiplient-ils ?",
        "Ces litiges se multiplient en raison de la pression foncière.",
        "Allada : un litige foncier devant le tribunal",
      ),
    ).toBe("Pourquoi les litiges se multiplient-ils ?");
  });

  it("leaves a noun that sums up what was said, one not named before, a time, and other templates as written", () => {
    const decision = "Pourquoi cette décision a-t-elle été prise ?";
    expect(
      renamed(
        decision,
        "La commune a fermé la piscine. Cette décision a été prise en raison de fissures.",
      ),
    ).toBe(decision);
    // Named before only with its definite article, the thing is one the reader must know already.
    const flood = "À quoi les autorités attribuent-elles cette crue ?";
    expect(
      renamed(
        flood,
        "La crue a inondé trois quartiers. Les autorités attribuent cette crue aux pluies.",
      ),
    ).toBe(flood);
    const festival = "Pourquoi ce festival est-il né ?";
    expect(renamed(festival, "Ce festival est né afin de valoriser la musique locale.")).toBe(
      festival,
    );
    const year = "Pourquoi la récolte a-t-elle chuté cette année ?";
    expect(renamed(year, "La récolte a chuté cette année en raison de la sécheresse.")).toBe(year);
    const blank = "Combien de kilomètres ce tronçon mesure-t-il ?";
    expect(
      renamed(
        blank,
        "La ligne passe par un tronçon. Ce tronçon mesure 140 km.",
        "Titre",
        "how-many",
      ),
    ).toBe(blank);
  });
});

describe("rankCandidates with nameDemonstrativeReferent", () => {
  it("keeps a why that names the campaign the article named before, instead of dropping it", () => {
    const article = parseArticle(
      [
        "Arcahaie : une campagne de vaccination contre le choléra",
        "Le ministère de la Santé a lancé lundi une campagne de vaccination contre le choléra dans la commune de l'Arcahaie. Cette campagne de dix jours a été décidée en raison d'une hausse des cas suspects.",
      ].join("\n\n"),
    );
    const prompts = rankCandidates(article, analyseArticle(article)).map(
      (ranked) => ranked.candidate.prompt,
    );
    expect(prompts).toContain("Pourquoi la campagne de dix jours a-t-elle été décidée ?");
  });
});
