/**
 * @module
 * The teacher token, kept in sessionStorage: this tab only, gone when it closes or on
 * « Se déconnecter ». The page's HTML holds no token and nothing private.
 */

const STORAGE_KEY = "ardoise:teacher-token";

/** The token kept by this tab, or null. */
export function readToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Keeps `value` for this tab; null forgets it. */
export function keepToken(value: string | null): void {
  try {
    if (value) sessionStorage.setItem(STORAGE_KEY, value);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage off: the token lasts as long as the page.
  }
}
