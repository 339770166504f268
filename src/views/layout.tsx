/**
 * @module
 * The frame of every student page (French, one readable column, no third-party resources) and
 * the helper that sends a page.
 */
import type { Context } from "hono";
import { html, raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { typesetPageHtml } from "./typeset-page";

/**
 * Same-origin everything: the stylesheet and the script are static assets, nothing is inline.
 * A page that cannot run foreign code cannot be made to leak or fake a quiz.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

/** The frame's own words, in each language a page may be in. */
const WORDS = {
  fr: {
    navigation: "Navigation principale",
    quizzes: "Tous les quiz",
    footer: "Ardoise · quiz de compréhension d'articles de presse",
  },
  en: {
    navigation: "Main navigation",
    quizzes: "All quizzes",
    footer: "Ardoise · reading-comprehension quizzes on French news articles",
  },
} as const;

export interface LayoutProps {
  /** The page's own title; " · Ardoise" is added. */
  title: string;
  /** The page's own scripts (deferred), e.g. `["/quiz.js"]`; most pages need none. */
  scripts?: readonly string[];
  /** The page's own stylesheets, after the site's `/ardoise.css`, e.g. `["/tools.css"]`. */
  styles?: readonly string[];
  /**
   * The page's language: French, or English for the API's documentation, which is then English
   * throughout, the site's header and footer included.
   */
  lang?: "fr" | "en";
  /** A wider main column, for pages that put two columns side by side on wide screens. */
  wide?: boolean;
  /** A "skip to" link for keyboard users, when the page has a long lead-in. */
  skipTo?: { href: string; label: string };
  children?: Child;
}

/**
 * The `<html lang="fr">` document around a page's `<main>` content.
 *
 * @example
 * <Layout title="Tous les quiz"><h1>Tous les quiz</h1></Layout>
 * <Layout title="Espace enseignant" styles={["/tools.css"]} scripts={["/teacher.js"]}>…</Layout>
 */
export function Layout({
  title,
  lang = "fr",
  scripts = [],
  styles = [],
  wide = false,
  skipTo,
  children,
}: LayoutProps) {
  const words = WORDS[lang];
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Ardoise`}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/ardoise.css" />
        {styles.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        {scripts.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body>
        {skipTo ? (
          <a class="skip-link" href={skipTo.href}>
            {skipTo.label}
          </a>
        ) : null}
        <header class="site-header">
          <div class="column site-header-inner">
            <a class="brand" href="/">
              Ardoise
            </a>
            <nav aria-label={words.navigation}>
              <a href="/quizzes">{words.quizzes}</a>
            </nav>
          </div>
        </header>
        <main id="main" class={wide ? "column column-wide" : "column"}>
          {children}
        </main>
        <footer class="site-footer">
          <p class="column">{words.footer}</p>
        </footer>
      </body>
    </html>
  );
}

/**
 * Sends a page as an HTML document with the pages' security headers, in French typography
 * (typeset-page.ts: applied here, never to stored text).
 *
 * @example
 * return renderPage(c, <QuizPage quiz={view} />);
 * return renderPage(c, <ErrorPage title="Quiz introuvable" … />, 404);
 */
export async function renderPage(
  c: Context,
  page: Child,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "same-origin");
  const document = await html`${raw("<!DOCTYPE html>")}${page}`;
  return c.html(typesetPageHtml(document.toString()), status);
}
