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
