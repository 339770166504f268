/**
 * @module
 * What a page answers when its handler throws, in French HTML as the rest of the pages (the
 * API answers with problem details in src/index.ts): a client error as such, a database outage
 * as 503 with Retry-After, anything else as 500.
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { isTransientD1Error } from "../storage/transient-errors";
import { ErrorPage } from "../views/error-page";
import { renderPage } from "../views/layout";

/**
 * The error handler of the page routes.
 *
 * @example
 * pages.onError(onPageError);
 */
export function onPageError(error: Error, c: Context): Response | Promise<Response> {
  if (error instanceof HTTPException && error.status < 500) {
    return renderPage(
      c,
      <ErrorPage title="Requête refusée">
        <p>La page n'a pas pu traiter cette demande. Revenez en arrière et réessayez.</p>
      </ErrorPage>,
      error.status,
    );
  }
  console.error(error);
  // The database restarting or overloaded, as the API answers it: nothing was stored, and
  // trying again in a moment is the thing to do.
  if (isTransientD1Error(error)) {
    c.header("Retry-After", "2");
    return renderPage(
      c,
      <ErrorPage title="Service momentanément indisponible">
        <p>
          La base de données ne répond pas pour l'instant ; rien n'a été enregistré. Réessayez dans
          quelques secondes (en rechargeant la page ou en validant à nouveau le formulaire : vos
          réponses sont encore dans la page précédente).
        </p>
      </ErrorPage>,
      503,
    );
  }
  return renderPage(
    c,
    <ErrorPage title="Erreur du serveur">
      <p>
        Quelque chose s'est mal passé de notre côté ; l'erreur a été enregistrée. Réessayez dans un
        instant.
      </p>
    </ErrorPage>,
    500,
  );
}

/**
 * Whether a request is a browser's asking for a page: not under /api/ (API clients always get
 * problem details) and accepting HTML, as browsers say in `Accept` when they follow a link.
 *
 * @example
 * wantsPage(c); // true for a browser on /quizes, false for curl or anything under /api/
 */
export function wantsPage(c: Context): boolean {
  if (c.req.path === "/api" || c.req.path.startsWith("/api/")) return false;
  return /\btext\/html\b/i.test(c.req.header("Accept") ?? "");
}

/**
 * The French page for an address that leads nowhere (404), or that takes other methods (405,
 * with `Allow`): what happened, and ways back to the quizzes and the home page.
 *
 * @example
 * app.notFound((c) => (wantsPage(c) ? pageNotFound(c, []) : problem(c, …)));
 */
export function pageNotFound(c: Context, allowed: readonly string[]): Response | Promise<Response> {
  if (allowed.length > 0) {
    c.header("Allow", allowed.join(", "));
    return renderPage(
      c,
      <ErrorPage title="Action impossible à cette adresse">
        <p>
          Cette adresse existe, mais elle ne peut pas être utilisée ainsi ({c.req.method}). Si vous
          avez suivi un lien ou validé un formulaire d'un autre site, revenez à{" "}
          <a href="/">l'accueil d'Ardoise</a>.
        </p>
      </ErrorPage>,
      405,
    );
  }
  return renderPage(
    c,
    <ErrorPage title="Page introuvable">
      <p>
        Il n'y a pas de page à l'adresse <code>{c.req.path.slice(0, 200)}</code>. Vérifiez
        l'adresse, ou repartez de <a href="/">l'accueil d'Ardoise</a>.
      </p>
    </ErrorPage>,
    404,
  );
}
