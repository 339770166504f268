/**
 * @module
 * The languages a text may be written in, nearest first: franc-min's method (its script
 * expressions, then trigram distances to the profiles of the script's languages) on the
 * profiles `language-profiles.generated.ts` keeps. franc-min itself bundles 82 profiles, 17 KiB
 * of them for scripts where telling the language adds nothing to refusing a non-French text;
 * a test checks that this ranks Latin-script texts exactly as franc-min does.
 */
import { asTuples } from "trigram-utils";
import { PROFILES, SCRIPTS } from "./language-profiles.generated";

/** franc reads no further. */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
/** The distance a trigram the profile lacks adds. */
const MAX_DIFFERENCE = 300;

/** A language (ISO 639-3, or a script's name when its languages are not profiled) and its score, 1 the nearest. */
export type LanguageScore = [language: string, score: number];

let ranks: Record<string, Record<string, Map<string, number>>> | undefined;

/**
 * The text's languages, nearest first, scored as franc's `francAll` does: `[["und", 1]]` when
 * it cannot tell; `[[script, 1]]` for a script whose languages are not profiled (`Cyrillic`).
 *
 * @example
 * rankLanguages("Le conseil municipal a approuvé mardi un projet de logements")[0]?.[0]; // "fra"
 * rankLanguages("Городской совет Москвы во вторник одобрил план")[0]; // ["Cyrillic", 1]
 */
export function rankLanguages(text: string): LanguageScore[] {
  if (text.length < MIN_LENGTH) return [["und", 1]];
  const value = text.slice(0, MAX_LENGTH);
  const script = topScript(value);
  if (!script) return [["und", 1]];
  ranks ??= rankTables();
  const languages = ranks[script];
  if (!languages) return [[script, 1]];
  const trigrams = asTuples(value);
  const distances: LanguageScore[] = Object.entries(languages).map(([language, model]) => [
    language,
    distance(trigrams, model),
  ]);
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]?.[1] ?? 0;
  const max = value.length * MAX_DIFFERENCE - min;
  return distances.map(([language, score]) => [language, 1 - (score - min) / max || 0]);
}

/** The script most of the text's characters are in; undefined when none is (digits only). */
function topScript(value: string): string | undefined {
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of Object.entries(SCRIPTS)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return topCount > 0 ? top : undefined;
}

function distance(trigrams: [string, number][], model: Map<string, number>): number {
  let total = 0;
  for (const [trigram, count] of trigrams) {
    const rank = model.get(trigram);
    total += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return total;
}

function rankTables(): Record<string, Record<string, Map<string, number>>> {
  const tables: Record<string, Record<string, Map<string, number>>> = {};
  for (const [script, languages] of Object.entries(PROFILES)) {
    const table: Record<string, Map<string, number>> = {};
    for (const [language, profile] of Object.entries(languages)) {
      const ranked = new Map<string, number>();
      // A trigram listed twice keeps its first rank, as franc's table does.
      profile.split("|").forEach((trigram, rank) => {
        if (!ranked.has(trigram)) ranked.set(trigram, rank);
      });
      table[language] = ranked;
    }
    tables[script] = table;
  }
  return tables;
}
