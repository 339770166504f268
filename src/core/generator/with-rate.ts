/**
 * @module
 * Keeps a figure's rate with it: a question that asks `40 mètres cubes par heure` without saying
 * `par heure` keys the figure with its rate, and its options carry the rate too.
 */
import { type Rate, rateAfter } from "../french/rate-after";
import type { Candidate } from "./candidate";

/** `kilo`, `kilogramme` and `kg` name one thing: a prompt saying one has the rate. */
const SAME_THING: Readonly<Record<string, string>> = {
  kilogramme: "kilo(?:gramme)?|kg",
  kilo: "kilo(?:gramme)?|kg",
  kg: "kilo(?:gramme)?|kg",
  année: "an|année",
  an: "an|année",
};

/**
 * The candidate, its number answer widened to the rate written after it (blind grading, round
 * 66: `15,8 dinars` for `15,8 dinars le kilogramme` was a truncated key). A blank leaves the rate
 * in the sentence, and a prompt that says the rate already asks it: both stay as they are.
 *
 * @example
 * withRate(candidate, analysis.body).answer; // { kind: "number", quantity: { unit: "dinars le kilogramme", … } }
 */
export function withRate(candidate: Candidate, body: string): Candidate {
  const { answer } = candidate;
  if (answer.kind !== "number" || candidate.prompt.includes("……")) return candidate;
  const { quantity } = answer;
  const rate = rateAfter(body.slice(quantity.end, quantity.end + 40));
  if (!rate) return withRateAfterCounted(candidate, body.slice(quantity.end, quantity.end + 80));
  if (saysRate(candidate.prompt, rate)) return candidate;
  const end = quantity.end + rate.length;
  return {
    ...candidate,
    answer: {
      kind: "number",
      quantity: {
        ...quantity,
        text: body.slice(quantity.start, end),
        end,
        unit: `${quantity.unit} ${rate.written}`,
      },
    },
  };
}

/** `de tubercules frais`: what a figure counts, a few words, before a rate. */
const COUNTED_THEN_PER = /^\s+(?:de|d['’])\s*(?:[\p{Ll}'’-]+\s+){1,4}?(?=par\s)/u;

/**
 * `peut traiter 2 tonnes de tubercules frais par jour`: a rate after what the figure counts is
 * the question's to say (round 153: *Combien de tonnes peut traiter l'unité ?*, DEFECT for both
 * graders, « par jour » omis); the question asks it (*… l'unité par jour ?*).
 */
function withRateAfterCounted(candidate: Candidate, after: string): Candidate {
  const counted = COUNTED_THEN_PER.exec(after);
  const rate = counted && rateAfter(after.slice(counted[0].length - 1));
  if (!rate || !/\s\?$/u.test(candidate.prompt)) return candidate;
  if (saysRate(candidate.prompt, rate)) return candidate;
  return { ...candidate, prompt: candidate.prompt.replace(/\s\?$/u, ` ${rate.per} ?`) };
}

/** Whether the prompt names the rate's thing or time already (`par jour`, `chaque jour`, `au kilo`). */
function saysRate(prompt: string, rate: Rate): boolean {
  return new RegExp(
    String.raw`(?<![\p{L}])(?:${SAME_THING[rate.noun] ?? rate.noun})s?(?![\p{L}])`,
    "iu",
  ).test(prompt);
}
