import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askAmountOf } from "../../../../src/core/generator/templates/ask-amount-of";

function amounts(text: string): [string, string][] {
  const analysis = analyseArticle(parseArticle(`Titre\n\n${text}`));
  return askAmountOf(analysis).map((candidate) => [
    candidate.prompt,
    candidate.answer.kind === "number"
      ? candidate.answer.quantity.text
      : candidate.answer.kind === "phrase"
        ? candidate.answer.text
        : "",
  ]);
}

describe("askAmountOf", () => {
  it("accepts what a sum is for without the place it names (`… de la région`)", () => {
    const analysis = analyseArticle(
      parseArticle(
        "Titre\n\nLe ministère a versé mardi une aide de 2 millions de dollars pour la formation de mineurs de la région.",
      ),
    );
    const purpose = askAmountOf(analysis).find((candidate) => candidate.template === "amount-for");
    expect(purpose?.answer).toMatchObject({
      text: "la formation de mineurs de la région",
      shorter: ["la formation de mineurs"],
    });
  });

  it("asks what a voted sum is for (`un crédit de … pour la rénovation …`, round 127)", () => {
    expect(
      amounts(
        "Le conseil communal de Bulle a voté en mars un crédit de 4,2 millions de francs pour la rénovation de la piscine couverte dans le quartier de la Condémine.",
      ),
    ).toEqual([
      [
        "Quel est le montant du crédit voté par le conseil communal de Bulle ?",
        "4,2 millions de francs",
      ],
      [
        "À quoi servira le crédit voté par le conseil communal de Bulle ?",
        "la rénovation de la piscine couverte dans le quartier de la Condémine",
      ],
    ]);
  });

  it("asks no sum in an apposition before the verb as its object", () => {
    expect(
      amounts(
        "L'opération, dotée d'un budget de 240 000 euros, comprend également la distribution de crème solaire.",
      ),
    ).toEqual([]);
  });

  it("asks how far a funder named by a passive took part (`financés par … à hauteur de …`)", () => {
    expect(
      amounts(
        "Les travaux ont été financés par l'État malien à hauteur de 7,9 milliards de francs CFA, le reste étant apporté par la BID.",
      ),
    ).toEqual([
      [
        "À hauteur de combien les travaux ont-ils été financés par l'État malien ?",
        "7,9 milliards de francs CFA",
      ],
    ]);
    expect(
      amounts(
        "La campagne est financée par l'Union européenne à hauteur de 1,5 million de dollars et mise en œuvre avec l'appui de l'Unicef.",
      ),
    ).toEqual([
      [
        "À hauteur de combien la campagne est-elle financée par l'Union européenne ?",
        "1,5 million de dollars",
      ],
    ]);
    // Three funders and one sum: which one gave it is not said.
    expect(
      amounts(
        "La construction a été financée en partie par l'État, la Région Bretagne et le Département, à hauteur de 2,1 millions d'euros.",
      ),
    ).toEqual([]);
  });

  it("asks the amount of a sum a clause's object holds, with its verb and subject (the @example)", () => {
    expect(
      amounts(
        "Le Conseil d'Etat a adopté mercredi un crédit d'étude de 14,8 millions de francs pour prolonger la ligne.",
      ),
    ).toEqual([
      [
        "Quel est le montant du crédit d'étude adopté par le Conseil d'Etat ?",
        "14,8 millions de francs",
      ],
    ]);
  });

  it("agrees the participle with the thing, reads a simple tense and keeps an adjective", () => {
    expect(
      amounts(
        "Le gouvernement a débloqué une enveloppe supplémentaire de 14,5 millions d'euros. La lauréate reçoit un chèque de 5 millions de francs CFA.",
      ),
    ).toEqual([
      [
        "Quel est le montant de l'enveloppe supplémentaire débloquée par le gouvernement ?",
        "14,5 millions d'euros",
      ],
      ["Quel est le montant du chèque reçu par la lauréate ?", "5 millions de francs CFA"],
    ]);
  });

  it("asks nothing of a sum that is no object of the verb, of no money, or of a pointing subject", () => {
    expect(
      amounts(
        "Le ministre a inauguré mardi la route, financée par un prêt de 40 millions d'euros. Le club a signé un contrat de trois ans. Cette infrastructure a nécessité un investissement de 48 milliards de dinars.",
      ),
    ).toEqual([]);
  });
});
