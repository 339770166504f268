/**
 * rankLanguages runs franc-min's method on the profiles the Worker keeps: it must rank every
 * Latin-script text exactly as franc-min itself does, and the committed profiles
 * must be the installed package's (rebuild: node scripts/build-language-profiles.mjs).
 */
import { francAll } from "franc-min";
import { describe, expect, it } from "vitest";
import { profilesModule, readCommittedModule } from "../../../scripts/build-language-profiles.mjs";
import { rankLanguages } from "../../../src/core/article/rank-languages";
import { PARAGRAPHS } from "./language-samples";

const ARABIC =
  "وافق المجلس البلدي لمدينة فاس يوم الثلاثاء على مشروع لبناء ألفي مسكن بأسعار معقولة في موقع " +
  "مصنع قديم، وقال رئيس المجلس إن الأسر الأولى ستتمكن من الانتقال في ربيع 2027.";
const PERSIAN =
  "شورای شهر تهران روز سه‌شنبه طرح ساخت دو هزار واحد مسکونی ارزان‌قیمت را در محل یک کارخانه " +
  "قدیمی تصویب کرد و شهردار گفت نخستین خانواده‌ها می‌توانند در بهار ۲۰۲۷ نقل مکان کنند.";

describe("rankLanguages", () => {
  it("ranks as franc-min does: every paragraph, alone and joined, in six languages", () => {
    const texts = [
      ...Object.values(PARAGRAPHS).flatMap((paragraphs) => [
        ...paragraphs,
        paragraphs.join("\n\n"),
        ...paragraphs.map((paragraph) => paragraph.slice(0, 40)),
      ]),
      "2016 – 2017 : 12 / 14 ; 3,5 %",
      "court",
    ];
    expect(texts.length).toBeGreaterThanOrEqual(80);
    for (const text of texts) expect(rankLanguages(text), text).toEqual(francAll(text));
  });

  it("names the script of a text whose script's profiles it leaves out", () => {
    expect(rankLanguages("Городской совет Москвы во вторник одобрил план строительства")).toEqual([
      ["Cyrillic", 1],
    ]);
    // Arabic and Persian alike: the Arabic script's profiles are left out too.
    expect(rankLanguages(ARABIC)).toEqual([["Arabic", 1]]);
    expect(rankLanguages(PERSIAN)).toEqual([["Arabic", 1]]);
  });

  it("keeps franc-min's profiles (rebuild: node scripts/build-language-profiles.mjs)", () => {
    expect(readCommittedModule()).toBe(profilesModule());
  });
});
