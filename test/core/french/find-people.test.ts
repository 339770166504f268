import { describe, expect, it } from "vitest";
import seedText from "../../../src/content/seed-article.fr.txt";
import { parseArticle } from "../../../src/core/article/parse-article";
import { findPeople } from "../../../src/core/french/find-people";

describe("findPeople", () => {
  it("finds the seed's people, merges spellings and reads roles", () => {
    const body = parseArticle(seedText).paragraphs.join("\n\n");
    const people = findPeople(body);
    const summary = people.map((p) => [p.name, p.aliases, p.gender, p.roles.map((r) => r.text)]);
    console.log(JSON.stringify(summary, null, 1));
    expect(people.map((p) => p.name)).toEqual([
      "Jan Jambon",
      "Charles Michel",
      "Mourad Naimi",
      "Theo Francken",
      "Freddy Roosemont",
    ]);
  });
});
