/**
 * @module
 * Reads every blind grading of `test/eval/grades/` (Node only: the rendering is in grades.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { byDateDescending, type Grading, parseGrading } from "./grades";

/**
 * Every grading of `dir`, newest first; none when the folder does not exist.
 * Throws, naming the file, when a file is misnamed or not a valid list of grades.
 *
 * @example
 * loadGradings("test/eval/grades"); // [{ date: "2026-12-01", label: "reviewer-a", grades: […] }]
 */
export function loadGradings(dir: string): Grading[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(join(dir, file), "utf8"));
      } catch (error) {
        throw new Error(`${join(dir, file)}: not JSON (${String(error)})`);
      }
      return parseGrading(file, json);
    })
    .sort(byDateDescending);
}
