import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import seedText from "../../../src/content/seed-article.fr.txt";

describe("analyseArticle", () => {
  const analysis = analyseArticle(parseArticle(seedText));

  it("dumps", () => {
    console.log(JSON.stringify({ ...analysis, body: undefined, sentences: analysis.sentences.map(s=>s.text) }, null, 1));
  });
});
