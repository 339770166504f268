import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeXml, toCdata } from "../../../src/core/export/escape-xml";

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it("drops characters XML cannot hold and keeps the rest, emoji included", () => {
    const text = `a\u0000b\u0008c\td\ne\rf\uFFFEg\uD800h 🙂 é`;
    expect(escapeXml(text)).toBe("abc\td\ne\rfgh 🙂 é");
  });

  it("round-trips through an XML parser, in text and in attributes", () => {
    const text = `"quoted" & 'single' <tag> ]]> 🙂`;
    const xml = `<r a="${escapeXml(text)}">${escapeXml(text)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, htmlEntities: false }).parse(xml);
    expect(parsed.r).toEqual({ "#text": text, "@_a": text });
  });

  it("keeps text as written in CDATA, splitting ]]> and dropping what XML cannot hold", () => {
    const text = `Tom & 'Jerry' < > "x" ]]> fin\u0001`;
    const xml = `<r>${toCdata(text)}</r>`;
    expect(xml).toBe(`<r><![CDATA[Tom & 'Jerry' < > "x" ]]]]><![CDATA[> fin]]></r>`);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser().parse(xml).r).toBe(`Tom & 'Jerry' < > "x" ]]> fin`);
  });
});
