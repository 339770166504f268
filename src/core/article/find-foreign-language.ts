/**
 * @module
 * Tells an article clearly written in another language than French, so that it is refused
 * rather than turned into questions such as « …… began in March 2021 ».
 *
 * The detector is franc-min 6.2.0 (trigram profiles of 82 languages, by wooorm). Measured for
 * issue 11 against tinyld 1.3.4 and eld 2.1.0 on the 761 PIAF paragraphs of 200–2,000
 * characters, our 9 French articles and 30 news paragraphs each in English, Spanish, Italian,
 * German and Portuguese, alone and joined (200–1,700 characters): franc-min named every text
 * right (866 of 866) and adds 54 KiB gzipped to the Worker; tinyld missed 2 French paragraphs
 * and adds 254 KiB (its 33 KiB "light" build missed 7); eld missed 1 but its smallest build
 * adds 289 KiB, over the bundle budget. franc-min takes 0.3 ms on 200 characters and 1.8 ms
 * on 2,000 (Node 24); it reads the first 1,024 characters only (0.9 ms), so no article costs
 * more: a sample of 2,048 decided the same for the 761 PIAF paragraphs, the 54 articles of
 * test/eval and test/bench and 100 runs of three PIAF paragraphs, and cost 1.6 ms a creation.
 * With the rule below, none of those French texts nor the 34 articles of test/eval is refused,
 * every foreign one is, and no text with a French paragraph beside a foreign one.
 *
 * Since issue 10 ran the bundle to its budget, franc's method runs on its Latin profiles only
 * (rank-languages.ts, 17 KiB less): an Arabic, Cyrillic or Devanagari text is named by its
 * script (`alphabet arabe`), Arabic no longer told from Persian or Urdu.
 */
import { rankLanguages } from "./rank-languages";

/** A language the text is clearly written in, other than French. */
export interface ForeignLanguage {
  /**
   * ISO 639-1 when the language has one (`en`), else ISO 639-3 (`fuv`); ISO 15924 for a text
   * named by its script (`Cyrl`).
   */
  code: string;
  /** Its name in French (`anglais`, `alphabet cyrillique`); the code when there is none. */
  name: string;
}

/** franc reads no further: the sample that decides. */
const SAMPLE_LENGTH = 1024;

/**
 * How far behind the winner French must be, as franc's distance over the text's length
 * (`(1 − French score) × length`): pure English, Spanish, Italian, German or Portuguese
 * paragraphs of 230 characters and more score 27 to 104; a text half French scores less.
 */
const CLEAR_GAP = 20;

/** A paragraph this long that franc reads as French makes the text mixed, not foreign. */
const MIXED_PARAGRAPH_LENGTH = 150;

const FRENCH = "fra";

/** Scripts whose languages are not told apart: the text is named by its script. */
const UNPROFILED_SCRIPTS: Readonly<Record<string, ForeignLanguage>> = {
  Arabic: { code: "Arab", name: "alphabet arabe" },
  Cyrillic: { code: "Cyrl", name: "alphabet cyrillique" },
  Devanagari: { code: "Deva", name: "devanagari" },
};

const frenchNames = new Intl.DisplayNames(["fr"], { type: "language" });

/**
 * The language of `text` when it is clearly not French; `undefined` when it is French, or
 * when the detector is unsure: a text too short or with too few words to tell, one where
 * French comes close second, or one with a paragraph in French (an article quoting a speech
 * in English is still a French article).
 *
 * @example
 * findForeignLanguage("The city council approved on Tuesday a plan to build 2,000 homes…");
 * // { code: "en", name: "anglais" }
 * findForeignLanguage("Le conseil municipal a approuvé mardi un projet de 2 000 logements…");
 * // undefined
 */
export function findForeignLanguage(text: string): ForeignLanguage | undefined {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const scores = rankLanguages(sample);
  const [best] = scores[0] ?? [];
  if (best === undefined || best === "und" || best === FRENCH) return undefined;
  const french = scores.find(([language]) => language === FRENCH)?.[1] ?? 0;
  if ((1 - french) * sample.length < CLEAR_GAP) return undefined;
  const hasFrenchParagraph = sample
    .split(/\n\s*\n/)
    .some(
      (block) => block.length >= MIXED_PARAGRAPH_LENGTH && rankLanguages(block)[0]?.[0] === FRENCH,
    );
  if (hasFrenchParagraph) return undefined;
  const script = UNPROFILED_SCRIPTS[best];
  if (script) return script;
  const code = toShortCode(best);
  return { code, name: frenchNames.of(code) ?? code };
}

/** `eng` → `en` (the CLDR aliases behind `Intl`); a code without a short form stays as it is. */
function toShortCode(iso6393: string): string {
  try {
    return Intl.getCanonicalLocales(iso6393)[0] ?? iso6393;
  } catch {
    return iso6393;
  }
}
