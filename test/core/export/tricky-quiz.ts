/**
 * @module
 * A quiz whose every text holds what export formats must escape: GIFT's `~ = # { } : \`, XML's
 * `< > & " '`, CSV's quotes, semicolons and line breaks, a CDATA end `]]>`, a Moodle wildcard
 * `*` and a leading `=` or `-` that a spreadsheet would run as a formula; and what importers
 * misread: spaces between XML specials (`Tom & 'Jerry'`), which Moodle's XML reader drops
 * between entities; a leading `%50%` (a GIFT weight) or `[html]` (a GIFT format); a negative
 * number a spreadsheet must keep as a number.
 */
import type { Quiz } from "../../../src/core/quiz/quiz";

export const TRICKY = `: ~ = # { } \\ " ' < > & ]]> ;`;

export const trickyQuiz: Quiz = {
  // Begins with a digit, which no QTI identifier may.
  id: "7-tricky",
  title: `Fort : "guillemets" & <balises> / {accolades}`,
  language: "fr",
  article: {
    title: `Un titre ${TRICKY}`,
    paragraphs: [
      `Premier paragraphe ${TRICKY}, puis du texte.`,
      "Deuxième paragraphe,\nsur deux lignes.",
    ],
  },
  questions: [
    {
      id: "q1",
      type: "short_answer",
      kind: "phrase",
      prompt: `Qui a dit ${TRICKY} ?\nSeconde ligne, "citée".`,
      answer: "A = B {c}",
      accepted: [
        "A = B {c}",
        "a ~ b",
        "x#y\\z",
        "5 * 3",
        "Cœur : <&>",
        "a = b {C}",
        "Tom & 'Jerry'",
        `" < > &`,
        "%50% des voix",
        "[html]<b>gras</b>",
        "-5",
      ],
      rejected: [],
      evidence: { text: `Preuve ${TRICKY}\nsur deux lignes.`, start: 0, end: 10 },
    },
    {
      id: "q2",
      type: "single_choice",
      kind: "phrase",
      prompt: `Laquelle ? ${TRICKY}`,
      options: [
        { id: "a", text: "=égal" },
        { id: "b", text: "~tilde & <b>gras</b>" },
        { id: "c", text: "#dièse {x}: \\ fin" },
        { id: "d", text: '"cité", virgule' },
      ],
      answer: "c",
      evidence: { text: "Il a choisi #dièse {x}: \\ fin.", start: 11, end: 40 },
    },
    {
      id: "q3",
      type: "true_false",
      kind: "phrase",
      prompt: "Vrai : 1 = 1 & 2 > 1 ?",
      answer: true,
      evidence: { text: "1 = 1, c'est {vrai}.", start: 41, end: 60 },
    },
    {
      id: "q4",
      type: "true_false",
      kind: "number",
      prompt: "-1 > 0 ?",
      answer: false,
      evidence: { text: "=SOMME(A1:A2) n'est pas une preuve.", start: 61, end: 90 },
    },
    {
      id: "q5",
      type: "single_choice",
      kind: "phrase",
      prompt: "Tom & 'Jerry' < > ?",
      options: [
        { id: "a", text: "%20% de hausse" },
        { id: "b", text: "[html]<i>penché</i>" },
        { id: "c", text: "[markdown]*étoiles*" },
        { id: "d", text: "[moodle]texte" },
        { id: "e", text: "%100% faux" },
      ],
      answer: "b",
      evidence: { text: "[html]<b>preuve</b> & fin", start: 91, end: 100 },
    },
    {
      id: "q6",
      type: "true_false",
      kind: "phrase",
      prompt: "[plain]Affirmation",
      answer: false,
      evidence: { text: "[markdown]*preuve*", start: 101, end: 110 },
    },
  ],
};
