import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import { askReportedSpeech } from "../../../../src/core/generator/templates/ask-reported-speech";

function analysisOf(...paragraphs: string[]) {
  return analyseArticle(parseArticle(["Titre", ...paragraphs].join("\n\n")));
}

describe("askReportedSpeech", () => {
  const analysis = analysisOf(
    "« La ville investira dans les transports », a affirmé, lundi 3 octobre à Rennes, la maire, Nathalie Appéré.",
    "« Cette grenouille mesure à peine un centimètre », a expliqué, mardi 4 octobre à Paris, le directeur du laboratoire, Thomas Girard.",
    "Le 04/10/2022 à 09h00",
  );
  const candidates = askReportedSpeech(analysis);
  const byPrompt = new Map(candidates.map((c) => [c.prompt, c]));

  it("asks who said it, as a choice among the article's people", () => {
    const who = byPrompt.get("Qui a affirmé que la ville investira dans les transports ?");
    expect(who?.answer).toMatchObject({ kind: "person", person: { name: "Nathalie Appéré" } });
    expect(who?.choice).toBe(true);
    expect(who?.template).toBe("speech-who");
  });

  it("asks when she said it, with `a-t-elle` for a woman", () => {
    const when = byPrompt.get(
      "Quel jour Nathalie Appéré a-t-elle affirmé que la ville investira dans les transports ?",
    );
    expect(when?.answer.kind).toBe("date");
    expect(when && answerForms(when.answer, analysis).answer).toBe("lundi 3 octobre");
    expect(when?.choice).toBe(false);
  });

  // Where it was said went for the bundle budget (a place copied back: 0 GOOD of 42 `Où`).
  it("does not ask where she said it", () => {
    expect(candidates.some((c) => /^(?:Où|Dans quel)/u.test(c.prompt))).toBe(false);
  });

  it("uses `a-t-il` for a man, and keeps each speech's topics apart", () => {
    expect(candidates.map((c) => c.prompt)).toEqual([
      "Qui a affirmé que la ville investira dans les transports ?",
      "Quel jour Nathalie Appéré a-t-elle affirmé que la ville investira dans les transports ?",
      "Qui a expliqué que cette grenouille mesure à peine un centimètre ?",
      "Quel jour Thomas Girard a-t-il expliqué que cette grenouille mesure à peine un centimètre ?",
    ]);
    expect(new Set(candidates.map((c) => c.topic)).size).toBe(candidates.length);
  });

  it("asks only who, when the speaker's gender is unknown", () => {
    const unknown = analysisOf(
      "« Le budget sera voté en décembre », a précisé, mardi 4 octobre à Rennes, le premier adjoint, Marc Hervé.",
    );
    expect(askReportedSpeech(unknown).map((c) => c.prompt)).toEqual([
      "Qui a précisé que le budget sera voté en décembre ?",
    ]);
  });

  it("drops a leading `Mais` from the reported words", () => {
    const but = analysisOf(
      "« Mais la route sera rouverte lundi », a assuré la préfète, Anne Durand.",
    );
    expect(askReportedSpeech(but).map((c) => c.prompt)).toEqual([
      "Qui a assuré que la route sera rouverte lundi ?",
    ]);
  });

  it.each([
    [
      "words too long to ask about",
      "« La ville investira dans les transports en commun, les pistes cyclables et les trottoirs de tous les quartiers du centre », a affirmé la maire, Nathalie Appéré.",
    ],
    ["no person named as the speaker", "« La route sera rouverte lundi », a assuré la préfecture."],
    ["no speech verb", "« La route sera rouverte lundi », selon la préfète, Anne Durand."],
  ])("asks nothing for %s", (_, sentence) => {
    expect(askReportedSpeech(analysisOf(sentence))).toEqual([]);
  });

  it("keeps a first-person quotation as a quotation, never `que nous …`", () => {
    const prompts = askReportedSpeech(
      analysisOf("« Nous avons joué avec courage », a affirmé l'entraîneur, Antoine Kombouaré."),
    ).map((candidate) => candidate.prompt);
    expect(prompts).toEqual(["Qui a affirmé : « Nous avons joué avec courage » ?"]);
  });

  it("asks nothing when the speaker comes first (`Le président, X, a annoncé que …`)", () => {
    expect(
      askReportedSpeech(
        analysisOf(
          "Le président du comité, Ousmane Gaye, a annoncé que la prochaine édition serait labellisée par World Athletics.",
        ),
      ).map((c) => c.prompt),
    ).toEqual([]);
  });
});

describe("askReportedSpeech on a quotation's last sentence", () => {
  it("drops the connective it opens on (`Or,`)", () => {
    const prompts = askReportedSpeech(
      analysisOf(
        "« Les étudiantes réussissent. Or, le vrai décrochage se produit sur les chantiers », a expliqué la professeure Geneviève Tremblay.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts).toContain(
      "Qui a expliqué que le vrai décrochage se produit sur les chantiers ?",
    );
  });
});

describe("askReportedSpeech on the speaker's here and now", () => {
  it("reports no clause holding `on` or `ce soir`: the quotation stays a quotation", () => {
    const prompts = askReportedSpeech(
      analysisOf(
        "« C'est la qualification qui compte ce soir, le reste, on le corrigera », a déclaré le sélectionneur, Didier Rouvière.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts).toEqual([
      "Qui a déclaré : « C'est la qualification qui compte ce soir, le reste, on le corrigera » ?",
    ]);
  });
});

describe("askReportedSpeech on a child's words", () => {
  it("reports no clause that would turn `Papa` into the third person", () => {
    const analysis = analysisOf(
      "« Papa ne reviendra pas, mais la justice a dit que c'était un meurtre », a confié le fils de la victime, Julien Hennuy.",
    );
    expect(
      askReportedSpeech(analysis)
        .map((c) => c.prompt)
        .join(" "),
    ).not.toMatch(/que papa/iu);
  });
});

describe("askReportedSpeech on a connective opening the quotation", () => {
  it("leaves `En revanche,` out of the reported clause", () => {
    const analysis = analysisOf(
      "En revanche, l'abonnement des élèves reste fixé à 80 dirhams, a précisé le président de l'ECI, Abdellah Bouzidi.",
    );
    expect(askReportedSpeech(analysis).map((c) => c.prompt)).toContain(
      "Qui a précisé que l'abonnement des élèves reste fixé à 80 dirhams ?",
    );
  });
});

describe("askReportedSpeech on a statement that opens on a participle (round 113)", () => {
  it("leaves the participle's phrase out of *Qui a expliqué que … ?*", () => {
    const prompts = askReportedSpeech(
      analysisOf(
        "Prévu le 9 novembre, le lancement avait été repoussé d'une semaine, a expliqué le président du comité d'organisation, Dieudonné Kambiré.",
      ),
    ).map((candidate) => candidate.prompt);
    expect(prompts).toContain("Qui a expliqué que le lancement avait été repoussé d'une semaine ?");
  });
});
