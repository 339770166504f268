/**
 * @module
 * The Moodle question-bank category a quiz's questions are imported into.
 */

/**
 * `Ardoise/<title>` as a Moodle category path: `/` separates categories, so a slash in the
 * title is doubled, and a name that would begin or end with one is padded with a space, as
 * Moodle's own `assemble_category_path` does. The importer prepends `top` itself.
 *
 * @example
 * toMoodleCategoryPath("Bruxelles/Rabat : l'enquête"); // "Ardoise/Bruxelles//Rabat : l'enquête"
 */
export function toMoodleCategoryPath(title: string): string {
  const name = title.replace(/\s+/g, " ").trim() || "Quiz";
  let escaped = name.replaceAll("/", "//");
  if (escaped.startsWith("/")) escaped = ` ${escaped}`;
  if (escaped.endsWith("/")) escaped = `${escaped} `;
  return `Ardoise/${escaped}`;
}
