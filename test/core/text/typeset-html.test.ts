import { describe, expect, it } from "vitest";
import { typesetFrenchHtml } from "../../../src/core/text/typeset-html";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("typesetFrenchHtml", () => {
  it("typesets text between tags, ordinals in <sup>, and leaves tags and attributes alone", () => {
    expect(
      typesetFrenchHtml(
        '<html lang="fr"><p title="Qui ?">Qui ? Le 1 mars, la <b>2ème</b> fois : oui.</p>',
      ),
    ).toBe(
      `<html lang="fr"><p title="Qui ?">Qui${NNBSP}? Le 1<sup>er</sup> mars, la <b>2<sup>e</sup></b> fois${NBSP}: oui.</p>`,
    );
  });

  it("keeps entities right: an escaped & or ' is no sentence punctuation", () => {
    expect(typesetFrenchHtml("<p>L&#39;AT&amp;T : oui &lt;b&gt;</p>")).toBe(
      `<p>L&#39;AT&amp;T${NBSP}: oui &lt;b&gt;</p>`,
    );
  });

  it("leaves code, scripts, textareas, other languages and what the caller keeps verbatim", () => {
    const html =
      '<code>a : b</code><script>x ? y : z</script><textarea>Qui ?</textarea><div lang="en">Note: yes</div><span class="answer-text">1 mars ?</span><p>Fin ?</p>';
    expect(
      typesetFrenchHtml(html, {
        verbatim: (_tag, attributes) => attributes.includes("answer-text"),
      }),
    ).toBe(html.replace("Fin ?", `Fin${NNBSP}?`));
  });

  it("puts no markup in a title or an option, and keeps the length of the article's paragraphs", () => {
    expect(typesetFrenchHtml("<title>La 2ème fois ?</title><option>1ère</option>")).toBe(
      `<title>La 2e fois${NNBSP}?</title><option>1re</option>`,
    );
    const paragraph = '<p data-offset="0">Il a dit: « le 1 mars <mark>oui</mark> » ?</p>';
    const typeset = typesetFrenchHtml(paragraph);
    expect(typeset).toBe(
      `<p data-offset="0">Il a dit: «${NBSP}le 1 mars <mark>oui</mark>${NBSP}»${NNBSP}?</p>`,
    );
    expect(typeset).toHaveLength(paragraph.length);
  });

  it("leaves void elements and comments out of the nesting", () => {
    expect(typesetFrenchHtml('<p>Nom<input value="a"> : <!-- x ? --><br>Oui ?</p>')).toBe(
      `<p>Nom<input value="a">${NBSP}: <!-- x ? --><br>Oui${NNBSP}?</p>`,
    );
  });
});
