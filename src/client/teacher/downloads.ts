/**
 * @module
 * Downloads fetched by the script, so that a refusal is said on the page: the exports of a
 * quiz and an assignment's class sheet, saved under the name the server gives.
 */
import { element } from "./dom";
import { say, sayRefusal } from "./messages";

/**
 * Fetches a file, then saves it through a temporary link to a blob.
 *
 * @example
 * await download(() => page.request(() => api.quizzes[":id"].export.$get(args)));
 */
export async function download(
  request: () => Promise<{
    ok: boolean;
    status: number;
    headers: Headers;
    json(): Promise<unknown>;
    blob(): Promise<Blob>;
  } | null>,
): Promise<void> {
  say("Préparation du fichier…");
  const response = await request();
  if (!response) return;
  if (!response.ok) {
    await sayRefusal("L'export a échoué", response);
    return;
  }
  const name = fileName(response.headers.get("Content-Disposition")) || "ardoise-export";
  const url = URL.createObjectURL(await response.blob());
  const link = element("a", { href: url, download: name, hidden: "" });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the blob can go.
  window.setTimeout(() => URL.revokeObjectURL(url), 60000);
  say(`Fichier « ${name} » téléchargé.`);
}

/**
 * The file name of a Content-Disposition header.
 *
 * @example
 * fileName(`attachment; filename="x.csv"`); // "x.csv"
 * fileName("attachment; filename*=UTF-8''%C3%A9.csv"); // "é.csv"
 */
export function fileName(disposition: string | null): string {
  if (!disposition) return "";
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // Badly encoded: try the plain parameter.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  return plain ? (plain[1] ?? plain[2] ?? "").trim() : "";
}
